import Foundation
import Words

/// How the checks read text: stop words, normal forms, content words, whole-word search.
extension ItemLint {
    /// The `[lintStopWords]` of every language's `.cues` file.
    static let stopWords: Set<String> = CueWords.union("lintStopWords")
    /// `stopWords` looked up by bytes, for lower- or upper-case ASCII words.
    static let stopWordTable: ByteKeyedTable<Bool> = {
        var table = ByteKeyedTable<Bool>()
        for word in stopWords { table.insert(word) }
        return table
    }()

    static let longestStopWord = stopWords.map(\.utf8.count).max() ?? 0

    /// Whether the ASCII word, lower-cased, is a stop word.
    static func isStopWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        // Words longer than every stop word are not looked up.
        guard word.count <= longestStopWord else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.count) { lower in
            for (i, b) in word.enumerated() { lower[i] = ASCII.lower(b) }
            return stopWordTable.contains(UnsafeBufferPointer(lower))
        }
    }

    /// Options that combine others ("all of the above"): the `[combinationOptions]` of every language's `.cues` file.
    static let combinationOptions: Set<String> = CueWords.union("combinationOptions")

    static let longestCombination = combinationOptions.map(\.utf8.count).max() ?? 0

    /// Whether a normalised text is one of `combinationOptions` (longer texts are not compared).
    static func isCombination(normalised: String) -> Bool {
        normalised.utf8.count <= longestCombination && combinationOptions.contains(normalised)
    }

    /// Lower-case letters and digits with single spaces: how options are compared.
    static func normalise(_ s: String) -> String {
        if let ascii = withBytes(
            s,
            { bytes -> String? in
                guard ASCII.isASCII(bytes) else { return nil }
                // ASCII: bytes in, bytes out, written straight into the string.
                return String(unsafeUninitializedCapacity: bytes.count) { out in
                    var count = 0
                    var pendingSpace = false
                    for b in bytes {
                        let lower = ASCII.lower(b)
                        if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) {
                            if pendingSpace && count > 0 {
                                out[count] = 32
                                count += 1
                            }
                            pendingSpace = false
                            out[count] = lower
                            count += 1
                        } else {
                            pendingSpace = true
                        }
                    }
                    return count
                }
            })
        {
            return ascii
        }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in s.lowercased().unicodeScalars {
            let keep = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if keep {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }

    static func contentWords(_ s: String) -> Set<String> { contentWords(normalised: normalise(s)) }

    static func contentWords(normalised: String) -> Set<String> {
        Set(
            normalised.split(separator: " ").map { word -> String in
                word.count > 4 && word.hasSuffix("s") ? String(word.dropLast()) : String(word)
            }.filter { $0.count >= 4 && !stopWords.contains($0) })
    }

    /// Whether the normalised `haystack` contains the normalised `needle` as whole words.
    static func containsWords(_ haystack: String, _ needle: String) -> Bool {
        find(needle, in: haystack, wholeWords: true)
    }

    /// Whether `needle`'s bytes occur in `haystack`'s; with `wholeWords`, only between spaces or the ends.
    static func find(_ needle: String, in haystack: String, wholeWords: Bool) -> Bool {
        withBytes(haystack) { h in
            withBytes(needle) { n in
                guard let needleBase = n.baseAddress, !n.isEmpty else { return !wholeWords }
                guard let haystackBase = h.baseAddress, n.count <= h.count else { return false }
                for start in 0...(h.count - n.count) where h[start] == n[0] {
                    let end = start + n.count
                    if wholeWords && ((start > 0 && h[start - 1] != 32) || (end < h.count && h[end] != 32)) {
                        continue
                    }
                    if memcmp(haystackBase + start, needleBase, n.count) == 0 { return true }
                }
                return false
            }
        }
    }

    /// The number of characters as a reader sees them; one per byte for ASCII text without a CR LF pair.
    static func characterCount(_ s: String) -> Int {
        withBytes(s) { ASCII.isASCII($0) && !$0.contains(13) } ? s.utf8.count : s.count
    }

    static func withPeriod(_ s: String) -> String {
        s.last.map { ".?!".contains($0) } == true ? s : s + "."
    }
}
