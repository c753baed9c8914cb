/// Where the learner database lives.
public enum StoreLocation {
    /// `--db PATH`, else `TEACHBACK_DB`, else `$XDG_DATA_HOME/teachback/teachback.sqlite`, else
    /// `~/.local/share/teachback/teachback.sqlite`.
    public static func resolve(explicit: String?, environment: [String: String]) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let env = environment["TEACHBACK_DB"], !env.isEmpty { return env }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/teachback/teachback.sqlite" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "."
        return home + "/.local/share/teachback/teachback.sqlite"
    }
}
