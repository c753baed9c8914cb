import Testing
import Words

@testable import QuestionGeneration

/// The adversary's word lists are data, one `.cues` file a language beside its catalogue: each must be complete.
struct CueListFileTests {
    @Test(arguments: Phrasing.allCases) func everyLanguageFileHasEveryList(_ phrasing: Phrasing) throws {
        let data = try #require(try WordLists.validate(phrasing.rawValue), "no .cues file for \(phrasing.rawValue)")
        for name in CueLists.fileNames + ["stopWords"] {
            #expect(!data[name].isEmpty, "\(phrasing.rawValue).cues has no [\(name)]")
        }
        #expect(data.names.contains("capitalisedNegatives"))
        let lists = CueLists.of(phrasing)
        for name in CueLists.Name.allCases { #expect(!lists[name].isEmpty, "\(name)") }
    }

    @Test func theFilesReadAsTheListsDid() {
        #expect(CueLists.english.careTeam.first == "care team")
        #expect(CueLists.english.stemFrames.first == "true or false: ")
        #expect(CueLists.spanish.negatedAbsolute.contains("no siempre"))
        #expect(CueLists.chinese.careTeam.contains("医生"))
        #expect(
            CueLists.stopWords.contains("the") && CueLists.stopWords.contains("para")
                && CueLists.stopWords.contains("的"))
        #expect(Phrasing.spanish.negatives == ["no", "nunca", "excepto", "salvo"])
        #expect(Phrasing.chinese.negatives.isEmpty)
    }

    @Test func aBrokenFileSaysWhere() {
        #expect(throws: CatalogueError.self) {
            try WordLists(code: "xx", bytes: Array("doctor\n".utf8), file: "xx.cues")
        }
        do {
            _ = try WordLists(code: "xx", bytes: Array("[a]\nx\n[a]\ny\n".utf8), file: "xx.cues")
            Issue.record("a list named twice was read")
        } catch {
            #expect(error.line == 3 && error.file == "xx.cues")
        }
        let read = try? WordLists(code: "xx", bytes: Array("# c\n[a]\n\"b \"\nc\n".utf8), file: "xx.cues")
        #expect(read?["a"] == ["b ", "c"])
    }
}
