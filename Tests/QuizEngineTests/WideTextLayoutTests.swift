import Testing

@testable import QuizEngine

/// Chinese takes two columns a character and breaks lines between characters, not at spaces.
struct WideTextLayoutTests {
    @Test func chineseWrapsBetweenCharactersWithinTheWidth() {
        let text = "免疫疗法帮助您的身体对抗癌症。它不是对每个人都有效，请问您的医生。"
        for width in [10, 11, 20, 36, 39] {
            let lines = TextLayout.wrap(text, width: width)
            #expect(lines.joined() == text, "width \(width)")
            for line in lines { #expect(TextLayout.width(line) <= width, "\(width): \(line)") }
        }
    }

    @Test func aClosingMarkNeverStartsALineAndAnOpeningOneNeverEndsOne() {
        let text = "请按（回车）键，然后再试一次。您好，“Ana”！"
        for width in 10...30 {  // every piece fits a line (a longer one is cut where it must)
            let lines = TextLayout.wrap(text, width: width)
            for line in lines.dropFirst() {
                #expect(!TextLayout.closingMarks.contains(line.first ?? " "), "\(width): \(lines)")
            }
            for line in lines where lines.count > 1 {
                #expect(!TextLayout.openingMarks.contains(line.last ?? " "), "\(width): \(lines)")
            }
            #expect(lines.joined() == text)
        }
    }

    @Test func mixedTextKeepsItsSpacesAndEnglishStillWrapsAtSpaces() {
        #expect(TextLayout.wrap("按 Enter 键开始", width: 8) == ["按 Enter", "键开始"])
        #expect(TextLayout.wrap("Hello there, Ana.", width: 12) == ["Hello there,", "Ana."])
        #expect(TextLayout.wrap("a  b", width: 10) == ["a b"])
    }

    /// A letter with its accent, or an emoji with its skin tone, is one character: never cut in two.
    @Test func nothingIsCutInsideACharacter() {
        let decomposed = "Jose\u{301} Nun\u{303}ez"
        for width in 1...6 {
            for line in TextLayout.wrap(decomposed, width: width) {
                #expect(!(line.unicodeScalars.first.map { $0.properties.generalCategory == .nonspacingMark } ?? false))
            }
        }
        let (head, tail) = TextLayout.split("👍🏽👍🏽", at: 2)
        #expect(head == "👍🏽" && tail == "👍🏽")
        #expect(TextLayout.truncate("免疫疗法帮助您", to: 7) == "免疫疗…")
        #expect(TextLayout.width(TextLayout.truncate("免疫疗法帮助您", to: 6)) <= 6)
    }
}
