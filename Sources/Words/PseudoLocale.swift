/// The pseudo-locale `qps`: a message a translator would have written ~40% longer, every letter accented, in
/// brackets, so a screen shows at once what does not come from a catalogue (plain ASCII), what is cut (a
/// bracket missing its partner) and what does not fit.
public enum PseudoLocale {
    /// The pseudo-translation of an English message; placeholders (`{name}`) are kept as they are.
    public static func transform(_ message: String) -> String {
        var result = "["
        var letters = 0
        var inPlaceholder = false
        var previous: Character?
        for character in message {
            if character == "{" && previous != "{" { inPlaceholder = true }
            if inPlaceholder || !character.isASCII {
                result.append(character)
            } else {
                result.append(accented[character] ?? character)
                if character.isLetter { letters += 1 }
            }
            if character == "}" { inPlaceholder = false }
            previous = character
        }
        // About 40% longer, counted on what a translator would translate; never shorter than one mark.
        result += String(repeating: "·", count: max(1, (letters * 2 + 4) / 5))
        return result + "]"
    }

    private static let accented: [Character: Character] = {
        let plain = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let marked = Array("àƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀßÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ")
        return Dictionary(uniqueKeysWithValues: zip(plain, marked))
    }()
}
