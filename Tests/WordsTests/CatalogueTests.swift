import Testing
import Words

/// Reading PO files and filling their messages.
struct CatalogueTests {
    static let spanish = """
        # A comment.
        msgid ""
        msgstr ""
        "Language: es\\n"
        "Plural-Forms: nplurals=2; plural=(n != 1);\\n"
        "X-Teachback-Locale: es_ES\\n"
        "X-Teachback-Voice: es-419\\n"

        #: Sources/Example.swift:1
        #, python-brace-format
        msgid "Hello, {name}."
        msgstr "Hola, {name}."

        msgctxt "roster column"
        msgid "Ready"
        msgstr "Lista"

        msgid "Ready"
        msgstr "Preparada"

        #, python-brace-format
        msgid "{count} question"
        msgid_plural "{count} questions"
        msgstr[0] "{count} pregunta"
        msgstr[1] "{count} preguntas"

        #, fuzzy
        msgid "Quit"
        msgstr "Salgo"

        msgid "Long"
        msgstr ""
        "Una frase "
        "en dos partes con \\"comillas\\"."

        msgid "Untranslated"
        msgstr ""

        #~ msgid "Old"
        #~ msgstr "Viejo"
        """

    func catalogue() throws -> Catalogue { try Catalogue(code: "es", po: Array(Self.spanish.utf8), file: "es.po") }

    @Test func messagesAreTranslatedWithTheirPlaceholders() throws {
        let c = try catalogue()
        #expect(c.text("Hello, {name}.", ["name": "Ana"]) == "Hola, Ana.")
        #expect(c.text("Ready") == "Preparada")
        #expect(c.text("Ready", context: "roster column") == "Lista")
        #expect(c.text("Long") == "Una frase en dos partes con \"comillas\".")
        #expect(c.localeIdentifier == "es_ES" && c.voice == "es-419")
    }

    @Test func pluralsFollowTheRule() throws {
        let c = try catalogue()
        #expect(c.plural("{count} question", "{count} questions", count: 1) == "1 pregunta")
        #expect(c.plural("{count} question", "{count} questions", count: 0) == "0 preguntas")
        #expect(Catalogue.english.plural("{count} question", "{count} questions", count: 1) == "1 question")
        #expect(Catalogue.english.plural("{count} question", "{count} questions", count: 3) == "3 questions")
    }

    /// As gettext: a fuzzy or empty translation, a missing one, or an obsolete one reads in English.
    @Test func whatIsNotTranslatedReadsInEnglish() throws {
        let c = try catalogue()
        #expect(c.text("Quit") == "Quit")
        #expect(c.text("Untranslated") == "Untranslated")
        #expect(c.text("Old") == "Old")
        #expect(c.text("Never heard of") == "Never heard of")
        #expect(!c.translates("Quit") && c.translates("Ready", context: "roster column"))
    }

    @Test func bracesAndUnknownPlaceholders() {
        let en = Catalogue.english
        #expect(en.text("{{literal}} and {name}", ["name": "x"]) == "{literal} and x")
        // A placeholder without a value stays, so a test sees it.
        #expect(en.text("Hi {who}") == "Hi {who}")
        #expect(en.text("{a}{b}", ["a": 1, "b": "two"]) == "1two")
        #expect(en.text("unclosed {name", ["name": "x"]) == "unclosed {name")
    }

    @Test func brokenFilesSayWhereAndWhy() {
        func error(_ text: String) -> CatalogueError? {
            do {
                _ = try Catalogue(code: "xx", po: Array(text.utf8), file: "xx.po")
                return nil
            } catch { return error }
        }
        #expect(error("msgid \"a\"\nmsgstr \"b\n")?.line == 2)
        #expect(error("msgid \"a\"\nmsgstr \"b\"\nmsgid \"c\"\n")?.description.contains("has no msgstr") == true)
        #expect(error("msgstr \"b\"\n")?.line == 1)
        #expect(error("msgid \"a\"\nbogus\n")?.description == "xx.po:2:1: a line PO does not know: bogus")
        #expect(error("msgid \"a\\q\"\nmsgstr \"b\"\n")?.line == 1)
        let wrongForms = """
            msgid ""
            msgstr "Plural-Forms: nplurals=3; plural=n;\\n"

            msgid "a"
            msgid_plural "as"
            msgstr[0] "x"
            msgstr[1] "y"
            """
        #expect(error(wrongForms)?.line == 4)
        #expect(error("msgid \"\"\nmsgstr \"Plural-Forms: nplurals=2; plural=(n;\\n\"\n")?.line == 1)
        #expect(throws: CatalogueError.self) { try Catalogue(code: "xx", po: [0xFF, 0xFE], file: "xx.po") }
    }

    /// Every catalogue Teachback ships reads without an error (CI also runs msgfmt --check and
    /// scripts/messages.py check on them).
    @Test(arguments: Catalogue.languages) func everyShippedCatalogueReads(_ code: String) throws {
        if let catalogue = try Catalogue.validate(code) {
            #expect(catalogue.code == code)
            #expect(!catalogue.localeIdentifier.isEmpty && !catalogue.voice.isEmpty)
        }
        #expect(Catalogue.named(code).code == code)
    }
}
