import Synchronization

/// The languages Teachback ships and where their catalogues are. To add a language: its PO file in
/// `Catalogues/`, a line in `Package.swift`'s resources and one here (see README, "Adding a language").
extension Catalogue {
    /// Every language's tag, English first, the pseudo-locale last.
    public static let languages: [String] = ["en", "es", "zh-Hans", "qps"]

    /// The PO file's bytes for each translated language.
    private static func builtIn(_ code: String) -> [UInt8]? {
        switch code {
        case "es": PackageResources.es_po
        case "zh-Hans": PackageResources.zh_Hans_po
        default: nil
        }
    }

    /// Catalogues read so far: each is read once per process, when first needed.
    private static let cache = Mutex<[String: Catalogue]>([:])

    /// The catalogue of a language Teachback ships; English for one it does not.
    ///
    /// A shipped catalogue that cannot be read (CI checks every one, so this is a broken build) reads as English
    /// rather than stopping a patient's session.
    public static func named(_ code: String) -> Catalogue {
        switch code {
        case "en": return .english
        case "qps": return .pseudo
        default: break
        }
        if let known = cache.withLock({ $0[code] }) { return known }
        let catalogue: Catalogue
        if let bytes = builtIn(code), let read = try? Catalogue(code: code, po: bytes, file: "\(code).po") {
            catalogue = read
        } else {
            catalogue = .english
        }
        cache.withLock { $0[code] = catalogue }
        return catalogue
    }

    /// Reads a shipped language's catalogue, reporting what is wrong with it (for the tests and the checks).
    public static func validate(_ code: String) throws(CatalogueError) -> Catalogue? {
        guard let bytes = builtIn(code) else { return nil }
        return try Catalogue(code: code, po: bytes, file: "Sources/Words/Catalogues/\(code).po")
    }
}
