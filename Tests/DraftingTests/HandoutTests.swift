import BuiltInBank
import ContentModel
import Foundation
import Testing

/// Reading handouts: the article's words and nothing else, from text, Markdown and saved web pages, and a clear
/// refusal (never a crash or a hang) for what cannot be one.
@Suite struct HandoutTests {
    static func fixture(_ path: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/Handouts/" + path, withExtension: nil))
        return Array(try Data(contentsOf: url))
    }

    static func read(_ text: String, _ format: Handout.Format) throws -> Handout {
        try Handout.parse(Array(text.utf8), format: format).get()
    }

    @Test func theSeedArticleReadsAsTitleHeadingsAndParagraphs() throws {
        let path = try #require(BuiltInBank.paths.first { $0.hasSuffix("immunotherapy-recurrence") })
        let handout = try Handout.read(path: path + "/immunotherapy-recurrence.txt").get()
        #expect(handout.format == .text)
        #expect(handout.title == "How Does Immunotherapy Prevent Cancer Recurrence?")
        let headings = handout.blocks.compactMap { if case .heading(2, let t, _) = $0 { t } else { nil } }
        #expect(
            headings == [
                "Benefits of Immunotherapy", "Types of Immunotherapy Treatments", "Side Effects and Management",
                "Success Stories", "Frequently Asked Questions",
            ])
        // A line broken inside a sentence ("…on enemy" / "targets so…") is one paragraph.
        #expect(handout.text.contains("putting a flag on enemy targets so our body knows what to attack."))
        // "Q: …" lines are paragraphs, never headings.
        #expect(handout.blocks.contains(.paragraph(text: "Q: What is immunotherapy?", line: 25)))
    }

    @Test func markdownKeepsWordsAndDropsMarkup() throws {
        let handout = try Self.read(
            """
            # Taking **warfarin**

            Warfarin is a *blood thinner*. See [the leaflet](https://example.org/x) or ![a pill](pill.png) `now`.
            It works \\*slowly\\*.

            Setext heading
            --------------

            - Eat the same amount of greens
            - Call 911 if you
              fall and hit your head

            ```
            code is not words
            ```
            <!-- a comment -->
            | food | amount |
            |------|--------|
            | kale | 1 cup |
            """, .markdown)
        #expect(handout.title == "Taking warfarin")
        #expect(
            handout.blocks == [
                .heading(level: 1, text: "Taking warfarin", line: 1),
                .paragraph(text: "Warfarin is a blood thinner. See the leaflet or now. It works *slowly*.", line: 3),
                .heading(level: 2, text: "Setext heading", line: 6),
                .listItem(text: "Eat the same amount of greens", list: 1, line: 9),
                .listItem(text: "Call 911 if you fall and hit your head", list: 1, line: 10),
                .paragraph(text: "food; amount", line: 17),
                .paragraph(text: "kale; 1 cup", line: 19),
            ])
    }

    @Test func aSavedWebPageGivesItsArticleOnly() throws {
        let bytes = try Self.fixture("wound-care/wound-care.html")
        #expect(Handout.format(name: "page", bytes: bytes) == .html)
        let handout = try Handout.parse(bytes, format: .html).get()
        let text = handout.text
        #expect(handout.title == "Caring for Your Surgical Wound at Home")
        for furniture in ["Patient Portal", "Donate", "cookies", "Related articles", "gtag", "font-family", "©"] {
            #expect(!text.contains(furniture), "page furniture read as article text: \(furniture)")
        }
        #expect(handout.blocks.contains { if case .listItem = $0 { true } else { false } })
        #expect(!text.contains("&rsquo;") && !text.contains("&nbsp;") && !text.contains("<"))
    }

    @Test func pageFurnitureAndScriptsAreDroppedWhereverTheyAre() throws {
        let handout = try Self.read(
            """
            <html><head><title>Page &amp; title</title><script>document.write("<p>not words</p>")</script></head>
            <body><nav><p>Home</p></nav><div class="cookie-banner"><p>We use cookies</p></div>
            <main><h1>Wound care</h1><p>Keep it <b>dry</b>&nbsp;for 48&#160;hours.</p>
            <div hidden><p>hidden text</p></div><p aria-hidden="true">aria hidden</p>
            <style>p { color: red }</style><SCRIPT>var x = "</p>";</SCRIPT>
            <ul><li>Redness</li><li>Swelling &#x2014; or pus</li></ul>
            <p>Bad &#0; refs &#x202E; &bogus; stay</p></main><footer><p>© Hospital</p></footer></body></html>
            """, .html)
        #expect(handout.title == "Wound care")
        #expect(
            handout.blocks == [
                .heading(level: 1, text: "Wound care", line: 3),
                .paragraph(text: "Keep it dry for 48 hours.", line: 3),
                .listItem(text: "Redness", list: 1, line: 6),
                .listItem(text: "Swelling — or pus", list: 1, line: 6),
                .paragraph(text: "Bad refs &bogus; stay", line: 7),
            ])
    }

    @Test func anArticleElementIsPreferredToTheRestOfThePage() throws {
        let handout = try Self.read(
            "<body><p>Teaser one</p><article><p>Short teaser.</p></article><article><h1>Real</h1><p>The real article, longer than the teaser by far.</p></article></body>",
            .html)
        #expect(handout.text == "Real\nThe real article, longer than the teaser by far.")
    }

    @Test func controlCharactersAreRemovedAndCounted() throws {
        let handout = try Self.read("Title Line\r\nA \u{1B}[31mred\u{1B}[0m word\u{202E} here.\r\nNext line.", .text)
        #expect(handout.text.contains("A [31mred[0m word here."))
        #expect(handout.removedCharacters?.count == 3)
        #expect(handout.removedCharacters?.firstLine == 2)
    }

    @Test func whatCannotBeAHandoutIsRefusedWithWhere() throws {
        #expect(throws: Handout.Problem.binary(line: 2, column: 3)) {
            try Handout.parse(Array("one\nab\u{0}c".utf8), format: .text).get()
        }
        #expect(throws: Handout.Problem.invalidUTF8(line: 1, column: 4)) {
            try Handout.parse([0x61, 0x62, 0x63, 0xFF], format: .text).get()
        }
        #expect(throws: Handout.Problem.noText) {
            try Handout.parse(Array("<nav><p>Home</p></nav><script>x</script>".utf8), format: .html).get()
        }
        let message = Handout.Problem.binary(line: 2, column: 3).message(file: "h.txt").text(.english)
        #expect(message.hasPrefix("h.txt:2:3: "))
    }

    @Test func aHostilePageOfFiveMegabytesIsReadToTheEnd() throws {
        // Unclosed nesting, a tag that never ends its attributes, a script that never closes: each costs one pass.
        var page = String(repeating: "<div><span class=\"a\">x &amp; ", count: 60_000)
        page += String(repeating: "</em>", count: 200_000)
        page += "<p>Last words.</p><img alt=\"never closed"
        #expect(page.utf8.count > 2_500_000)
        let handout = try Self.read(page, .html)
        #expect(handout.text.hasSuffix("Last words."))
        let unclosedScript = "<p>Before.</p><script>" + String(repeating: "a<b>", count: 1_000_000)
        #expect(try Self.read(unclosedScript, .html).text == "Before.")
    }

    @Test func aHandoutOverTheLimitIsRefusedBeforeItIsRead() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("big-\(getpid()).html").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        FileManager.default.createFile(atPath: path, contents: Data(count: Handout.maximumSize + 1))
        guard case .failure(.file(.tooLarge)) = Handout.read(path: path) else {
            Issue.record("a file over the limit was read")
            return
        }
    }
}
