/// The letters that name a question's options: A for the first, B for the second, and so on.
public enum OptionLetter {
    /// The most options a question can have a letter for (A to Z).
    public static let count = 26

    /// "A" for 0, "B" for 1; options past Z have no letter and get "?".
    public static func uppercase(_ index: Int) -> Character {
        guard (0..<count).contains(index), let scalar = Unicode.Scalar(65 + UInt32(index)) else { return "?" }
        return Character(scalar)
    }

    /// The option a typed letter or digit names, among `optionCount` options: "a"/"A"/"1" → 0; nil for anything else.
    public static func index(of character: Character, optionCount: Int) -> Int? {
        if let ascii = character.asciiValue {
            let upper = ascii & ~0x20
            if (65...90).contains(upper) && character.isLetter {
                let index = Int(upper) - 65
                return index < optionCount ? index : nil
            }
        }
        if let digit = character.wholeNumberValue, digit >= 1, digit <= optionCount {
            return digit - 1
        }
        return nil
    }
}
