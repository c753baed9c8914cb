import QuizEngine
import Testing

@testable import TerminalUI

/// The pager `bank review` draws: every row inside the window at 40×12 and 200×60, in every language, the keys and
/// the typed answer always in view, and the body scrolled with "more" marks.
@Suite struct PagerLayoutTests {
    static let languages = ["en", "es", "zh-Hans", "qps"]

    static func page(_ code: String, prompt: (String, String)? = nil, notice: String? = nil) throws -> PagerPage {
        let language = try #require(Language(code: code))
        let words = language.words
        var body = [
            Span(
                words.text(
                    "[{n} of {count}] {kind} '{id}' ({file}:{line})",
                    [
                        "n": 1, "count": 29, "kind": "faqs", "id": "faq-what-is-it", "file": "bank/faqs.yaml",
                        "line": 3,
                    ]), .accent)
        ]
        for n in 0..<30 {
            body.append(Span("      - text: a wrong answer number \(n) that is long enough to wrap at forty columns"))
        }
        body.append(Span("    免疫疗法是一种帮助您的免疫系统对抗癌症的治疗方法，医生常常在其他治疗效果不好时建议使用。"))
        return PagerPage(
            title: words.text("Teachback · reviewing {bank}", ["bank": "/home/educator/banks/wound-care"]), body: body,
            keys: words.text(
                "{a} accept · {e} edit · {d} drop · {b} beyond the source · {s} skip · {q} quit",
                context: "bank review's keys", ["a": "a", "e": "e", "d": "d", "b": "b", "s": "s", "q": "q"]),
            notice: notice, prompt: prompt.map { (question: $0.0, typed: $0.1) }, strings: Strings(language).common)
    }

    @Test(arguments: languages)
    func everyRowFitsAndTheKeysShowAtBothSizes(code: String) throws {
        for (width, height) in [(40, 12), (80, 24), (200, 60)] {
            let (image, scroll, maximum) = PagerLayout.render(
                try Self.page(code), scroll: 0, width: width, height: height)
            #expect(image.lines.count == height)
            for row in image.text { #expect(TextLayout.width(row) <= width, "\(code) \(width)×\(height): \(row)") }
            #expect(scroll == 0)
            let text = image.text.joined(separator: "\n")
            // The keys' first words show at the bottom; a body taller than the window says there is more below.
            #expect(image.text.suffix(3).joined().contains("a "), "\(code) \(width)×\(height)")
            #expect((maximum > 0) == text.contains(Strings(try #require(Language(code: code))).common.moreBelow))
        }
    }

    @Test func scrollingIsClampedAndMarked() throws {
        let page = try Self.page("en")
        let (top, _, maximum) = PagerLayout.render(page, scroll: -5, width: 40, height: 12)
        #expect(!top.text.joined().contains("more above"))
        let (bottom, used, _) = PagerLayout.render(page, scroll: 10_000, width: 40, height: 12)
        #expect(used == maximum && maximum > 0)
        #expect(bottom.text.joined().contains("more above"))
        #expect(!bottom.text.joined().contains("more below"))
    }

    @Test(arguments: languages)
    func aPromptShowsItsQuestionAndTheEndOfWhatIsTyped(code: String) throws {
        let typed = String(repeating: "reason ", count: 20) + "END"
        let page = try Self.page(code, prompt: ("Why does it go beyond the source? (one line; empty to cancel)", typed))
        let (image, _, _) = PagerLayout.render(page, scroll: 0, width: 40, height: 12)
        let last = try #require(image.text.last)
        #expect(last.hasPrefix(" > ") && last.hasSuffix("END"), "\(last)")
        #expect(image.cursor?.row == 11)
        for row in image.text { #expect(TextLayout.width(row) <= 40) }
    }

    @Test func aLongNoticeKeepsRowsForTheBody() throws {
        let notice = String(repeating: "Not accepted: 7 problems are left in it. ", count: 10)
        let (image, _, _) = PagerLayout.render(try Self.page("en", notice: notice), scroll: 0, width: 40, height: 12)
        let bodyRows = image.text.filter { $0.hasPrefix("       ") || $0.contains("[1 of 29]") }
        #expect(bodyRows.count >= 2, "\(image.text)")
        #expect(image.text.contains { $0.hasSuffix("…") })
    }

    @Test func aWindowTooSmallSaysSo() throws {
        let (image, _, _) = PagerLayout.render(try Self.page("en"), scroll: 0, width: 39, height: 11)
        #expect(image.text.joined(separator: " ").contains("Please make this window bigger"))
    }
}
