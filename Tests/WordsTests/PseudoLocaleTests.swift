import Testing
import Words

/// The pseudo-locale: longer, accented, bracketed, placeholders kept.
struct PseudoLocaleTests {
    @Test func aMessageIsAccentedLengthenedAndBracketed() {
        let pseudo = PseudoLocale.transform("Start today's questions")
        #expect(pseudo.hasPrefix("[Šţàŕţ ţöðàý'š ǫûéšţîöñš"))
        #expect(pseudo.hasSuffix("·]"))
        // No ASCII letter is left, so English that is not from a catalogue stands out.
        #expect(!pseudo.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic })
        // About 40% longer.
        let growth = Double(pseudo.count) / Double("Start today's questions".count)
        #expect(growth > 1.3 && growth < 1.6)
    }

    @Test func placeholdersAreKeptSoTheyAreFilled() {
        #expect(Catalogue.pseudo.text("Hello, {name}.", ["name": "Ana"]).hasPrefix("[Ĥéļļö, Ana."))
        #expect(Catalogue.pseudo.plural("{count} question", "{count} questions", count: 2).hasPrefix("[2 ǫûéšţîöñš"))
        #expect(Catalogue.named("qps").isPseudo)
    }
}
