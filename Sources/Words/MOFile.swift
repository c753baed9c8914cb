/// A compiled gettext catalogue (`msgfmt`'s `.mo`), looked up where it lies: the form a catalogue ships in.
///
/// Reading a PO file means walking all of it (every comment and reference line) before the first message can be
/// said: about a millisecond at start-up for a 200 KB catalogue, and more with every message added. A `.mo` file is
/// the same messages sorted, with a table of where each is: opening one reads its header, and each look-up is a
/// binary search over the sorted English, so a session pays only for the messages it says. `scripts/messages.py
/// compile` writes them from the PO files (`msgfmt`, which leaves fuzzy messages out); a test checks that each says
/// exactly what its PO file says.
///
/// The layout (GNU gettext manual, "The Format of GNU MO Files"): a magic number (0x950412de in the file's byte
/// order), a revision, the number of messages N, and the offsets of two tables of N (length, offset) pairs: the
/// originals, sorted by their bytes, and their translations. An original is `msgid`, or `msgctxt` EOT `msgid`, with
/// `NUL msgid_plural` after it for a plural; a plural's translation is its forms joined by NUL. The first message is
/// the header (msgid "").
public struct MOFile: Sendable {
    private let bytes: [UInt8]
    private let bigEndian: Bool
    /// The number of messages, the header among them.
    public let count: Int
    private let originals: Int
    private let translations: Int
    /// The header's fields (`Plural-Forms`, `X-Teachback-Locale`…).
    public let header: [String: String]

    /// Reads the header and checks the tables lie inside the file.
    /// - Throws: `CatalogueError` (line 1) when it is not a `.mo` file or a table points outside it.
    public init(bytes: [UInt8], file: String) throws(CatalogueError) {
        func fail(_ what: String) -> CatalogueError {
            CatalogueError(file: file, line: 1, column: 1, reason: .outOfOrder(what))
        }
        guard bytes.count >= 28 else { throw fail("a file too short to be a compiled catalogue") }
        let big: Bool
        switch Self.word(bytes, 0, bigEndian: false) {
        case 0x9504_12de: big = false
        case 0xde12_0495: big = true
        default: throw fail("no .mo magic number")
        }
        let count = Self.word(bytes, 8, bigEndian: big)
        let originals = Self.word(bytes, 12, bigEndian: big)
        let translations = Self.word(bytes, 16, bigEndian: big)
        guard count >= 0, originals + 8 * count <= bytes.count, translations + 8 * count <= bytes.count else {
            throw fail("a table of messages that runs past the end of the file")
        }
        for table in [originals, translations] {
            for n in 0..<count {
                let length = Self.word(bytes, table + 8 * n, bigEndian: big)
                let offset = Self.word(bytes, table + 8 * n + 4, bigEndian: big)
                guard offset + length < bytes.count else { throw fail("message \(n) runs past the end of the file") }
            }
        }
        var header: [String: String] = [:]
        if count > 0, Self.word(bytes, originals, bigEndian: big) == 0 {
            let length = Self.word(bytes, translations, bigEndian: big)
            let offset = Self.word(bytes, translations + 4, bigEndian: big)
            let text = String(decoding: bytes[offset..<(offset + length)], as: UTF8.self)
            for field in text.split(separator: "\n") {
                guard let colon = field.firstIndex(of: ":") else { continue }
                header[String(field[..<colon])] = String(field[field.index(after: colon)...].trimmingSpaces())
            }
        }
        self.bytes = bytes
        self.bigEndian = big
        self.count = count
        self.originals = originals
        self.translations = translations
        self.header = header
    }

    /// The 32-bit number at a byte offset, in the file's byte order.
    private static func word(_ bytes: [UInt8], _ at: Int, bigEndian: Bool) -> Int {
        let b = (bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3])
        return Int(
            bigEndian
                ? UInt32(b.0) << 24 | UInt32(b.1) << 16 | UInt32(b.2) << 8 | UInt32(b.3)
                : UInt32(b.3) << 24 | UInt32(b.2) << 16 | UInt32(b.1) << 8 | UInt32(b.0))
    }

    private func word(_ at: Int) -> Int { Self.word(bytes, at, bigEndian: bigEndian) }

    private func length(_ table: Int, _ n: Int) -> Int { word(table + 8 * n) }

    private func slice(_ table: Int, _ n: Int) -> ArraySlice<UInt8> {
        let offset = word(table + 8 * n + 4)
        return bytes[offset..<(offset + word(table + 8 * n))]
    }

    /// A message's translations (one, or a plural's forms) by its key (`msgid`, or `msgctxt` EOT `msgid`); nil when
    /// the catalogue does not have it.
    public func strings(for key: String) -> [String]? {
        var key = key
        return key.withUTF8 { wanted -> [String]? in
            var low = 0
            var high = count
            while low < high {
                let middle = (low + high) / 2
                let original = slice(originals, middle)
                // An original compares by its msgid (the bytes before a plural's NUL), as msgfmt sorted them.
                let end = original.firstIndex(of: 0) ?? original.endIndex
                let order = compare(original[original.startIndex..<end], wanted)
                if order == 0 {
                    return slice(translations, middle).split(separator: 0, omittingEmptySubsequences: false).map {
                        String(decoding: $0, as: UTF8.self)
                    }
                }
                if order < 0 { low = middle + 1 } else { high = middle }
            }
            return nil
        }
    }

    /// Byte order of two byte strings: negative, zero or positive, as C's strcmp.
    private func compare(_ a: ArraySlice<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        var i = a.startIndex
        var j = 0
        while i < a.endIndex && j < b.count {
            if a[i] != b[j] { return Int(a[i]) - Int(b[j]) }
            i += 1
            j += 1
        }
        return (a.endIndex - i) - (b.count - j)
    }
}
