import QuizEngine
import Testing

@testable import TerminalUI

/// A text field (a nurse's note, a learner's name) longer than its line shows where the typing is.
struct TextFieldTests {
    @Test func aLongFieldShowsItsEndWithTheCursorInside() {
        let typed = "Said she would call the clinic if her cough gets worse or she has a fever over 38 degrees"
        var body = Body(width: 38)
        body.field(typed)
        let line = body.lines[0].map(\.text).joined()
        #expect(TextLayout.width(line) <= 38, "\(line)")
        #expect(line.hasPrefix("> …") && line.hasSuffix("38 degrees_"), "\(line)")
        let cursor = try? #require(body.cursor)
        #expect((cursor?.column ?? 99) <= 37 && cursor?.column == TextLayout.width(line) - 1)
    }

    @Test func aShortFieldIsShownWhole() {
        var body = Body(width: 38)
        body.field("Ana")
        #expect(body.lines[0].map(\.text).joined() == "> Ana_")
        #expect(body.cursor?.column == 5)
    }

    @Test func wideCharactersAreNeverCut() {
        var body = Body(width: 20)
        body.field(String(repeating: "病人说她会打电话", count: 4))
        let line = body.lines[0].map(\.text).joined()
        #expect(TextLayout.width(line) <= 20, "\(line)")
        #expect(line.hasSuffix("打电话_"))
    }
}
