import Synchronization

/// The languages Teachback ships and where their catalogues are. To add a language: its PO file in `Catalogues/`
/// (translators' text) and the `.mo` file `scripts/messages.py compile` makes of it (what the program reads), a line
/// in `Package.swift`'s resources and one here (see README, "Adding a language").
extension Catalogue {
    /// Every language's tag, English first, the pseudo-locale last.
    public static let languages: [String] = ["en", "es", "zh-Hans", "qps"]

    /// The compiled catalogue of each translated language (`scripts/messages.py compile`): what a session reads.
    private static func compiled(_ code: String) -> [UInt8]? {
        switch code {
        case "es": PackageResources.es_mo
        case "zh-Hans": PackageResources.zh_Hans_mo
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
        if let bytes = compiled(code), let read = try? Catalogue(code: code, mo: bytes, file: "\(code).mo") {
            catalogue = read
        } else {
            catalogue = .english
        }
        cache.withLock { $0[code] = catalogue }
        return catalogue
    }

    /// A shipped language's compiled catalogue, reporting what is wrong with it (for the tests).
    public static func validateCompiled(_ code: String) throws(CatalogueError) -> MOFile? {
        guard let bytes = compiled(code) else { return nil }
        return try MOFile(bytes: bytes, file: "Sources/Words/Catalogues/\(code).mo")
    }

    /// Whether Teachback ships a translated catalogue for the language (English and the pseudo-locale need none).
    public static func isTranslated(_ code: String) -> Bool { compiled(code) != nil }
}
