import Foundation

/// What a screen in the pseudo-locale (`qps`) must show, as a translator's tester reads it: every word the program
/// wrote comes from a catalogue (so it is accented and bracketed), and no message is cut without its ellipsis.
///
/// Words a screen shows from data — a bank's text, a learner's or nurse's name — are in plain ASCII in every
/// language; `allowed` lists them.
package struct PseudoLocaleCheck: Sendable {
    /// Every ASCII word the data on the screens may show.
    package let allowed: Set<String>

    package init(allowed: Set<String>) { self.allowed = allowed }

    /// The words of the given files and extra texts (bank folders, test fixtures).
    package init(folders: [String], texts: [String]) throws {
        var words = Set<String>()
        for folder in folders {
            let enumerator = FileManager.default.enumerator(atPath: folder)
            while let name = enumerator?.nextObject() as? String {
                let path = (folder as NSString).appendingPathComponent(name)
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
                words.formUnion(Self.asciiWords(text))
            }
        }
        for text in texts { words.formUnion(Self.asciiWords(text)) }
        self.init(allowed: words)
    }

    /// Runs of two or more ASCII letters.
    package static func asciiWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII, CharacterSet.letters.contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else {
                if current.count >= 2 { words.append(current) }
                current = ""
            }
        }
        if current.count >= 2 { words.append(current) }
        return words
    }

    /// What is wrong with a screen: English not from a catalogue, or a message cut without an ellipsis.
    package func problems(_ lines: [String]) -> [String] {
        var found: [String] = []
        for (n, line) in lines.enumerated() {
            // A word of data cut to fit ("immunothera…") is the start of an allowed word.
            let strays = Self.asciiWords(line).filter { word in
                !allowed.contains(word) && !(line.contains(word + "…") && allowed.contains { $0.hasPrefix(word) })
            }
            if !strays.isEmpty {
                found.append("line \(n + 1): not from a catalogue: \(strays.joined(separator: " ")) in \"\(line)\"")
            }
        }
        // A message opens with "[" and closes with "]", on its line or a later one (it may wrap). One left open at
        // the end of the screen was cut: it must show "…" after it.
        var open: [(line: Int, text: Substring)] = []
        for (n, line) in lines.enumerated() {
            var index = line.startIndex
            while index < line.endIndex {
                if line[index] == "[" {
                    open.append((n, line[index...]))
                } else if line[index] == "]", !open.isEmpty {
                    open.removeLast()
                }
                index = line.index(after: index)
            }
        }
        for cut in open {
            let rest = lines[cut.line...].dropFirst().joined(separator: "\n")
            if !cut.text.contains("…") && !rest.contains("…") {
                found.append("line \(cut.line + 1): a message cut without \"…\": \"\(cut.text)\"")
            }
        }
        return found
    }
}
