import Foundation
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
        if Catalogue.isTranslated(code) {
            let catalogue = try Catalogue(code: code, po: try Self.poBytes(code), file: "\(code).po")
            #expect(catalogue.code == code)
            #expect(!catalogue.localeIdentifier.isEmpty && !catalogue.voice.isEmpty)
        }
        #expect(Catalogue.named(code).code == code)
    }

    /// The translators' PO file of a shipped language, from the source tree.
    static func poBytes(_ code: String) throws -> [UInt8] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Words/Catalogues")
        return [UInt8](try Data(contentsOf: folder.appendingPathComponent("\(code).po")))
    }

    /// What a session reads (the compiled `.mo`) says exactly what the translators' PO file says: every translated
    /// message with the same forms, no other message, the same header. Fails when a PO file changed and
    /// `scripts/messages.py compile` was not run.
    @Test(arguments: Catalogue.languages) func theCompiledCatalogueIsThePOFile(_ code: String) throws {
        guard Catalogue.isTranslated(code) else { return }
        let po = try POFile(bytes: try Self.poBytes(code), file: "\(code).po")
        let mo = try #require(try Catalogue.validateCompiled(code))
        let translated = po.entries.filter { !$0.flags.contains("fuzzy") && !$0.strings.allSatisfy(\.isEmpty) }
        #expect(mo.count == translated.count + 1, "run scripts/messages.py compile")
        for entry in translated {
            let key = entry.context.map { $0 + "\u{4}" + entry.id } ?? entry.id
            #expect(mo.strings(for: key) == entry.strings, "\(code).mo: \(key) (run scripts/messages.py compile)")
        }
        #expect(mo.header["Plural-Forms"] == po.header["Plural-Forms"])
        #expect(mo.header["X-Teachback-Voice"] == po.header["X-Teachback-Voice"])
        #expect(mo.strings(for: "no message has this text") == nil)
        // And a session's catalogue (read from the .mo) says what the PO file's does
        let read = try Catalogue(code: code, po: try Self.poBytes(code), file: "\(code).po")
        let named = Catalogue.named(code)
        #expect(named.text("Hello, {name}.", ["name": "Ana"]) == read.text("Hello, {name}.", ["name": "Ana"]))
        #expect(
            named.plural("{count} question", "{count} questions", count: 3)
                == read.plural("{count} question", "{count} questions", count: 3))
    }

    @Test func aFileThatIsNotACompiledCatalogueIsRefused() {
        #expect(throws: CatalogueError.self) { try MOFile(bytes: Array("msgid \"\"\n".utf8), file: "x.mo") }
        // A table pointing past the end of the file
        var bytes: [UInt8] = [0xde, 0x12, 0x04, 0x95, 0, 0, 0, 0, 5, 0, 0, 0, 28, 0, 0, 0, 68, 0, 0, 0, 0, 0, 0, 0]
        bytes += [UInt8](repeating: 0, count: 8)
        #expect(throws: CatalogueError.self) { try MOFile(bytes: bytes, file: "x.mo") }
    }
}
