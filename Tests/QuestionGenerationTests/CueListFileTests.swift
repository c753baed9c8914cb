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

    /// The item-writing checks' words and the syllable rules' exceptions are data too: every language has each list
    /// (empty where the language needs none), and what the checks read is what the files say.
    @Test(arguments: Phrasing.allCases) func lintAndSyllableListsAreInEveryFile(_ phrasing: Phrasing) throws {
        let data = try #require(try WordLists.validate(phrasing.rawValue))
        for name in ["lintAbsolute", "lintHedge", "lintStopWords", "combinationOptions", "syllableExceptions"] {
            #expect(data.names.contains(name), "\(phrasing.rawValue).cues has no [\(name)]")
        }
        #expect(!data["lintAbsolute"].isEmpty && !data["lintHedge"].isEmpty && !data["combinationOptions"].isEmpty)
    }

    @Test func lintReadsItsWordsFromTheFiles() {
        // English and Spanish as whole words, after normalising
        #expect(CueWords.absolute(inNormalised: ItemLint.normalise("It always works")) == "always")
        #expect(CueWords.absolute(inNormalised: ItemLint.normalise("Funciona siempre")) == "siempre")
        #expect(CueWords.absolute(inNormalised: ItemLint.normalise("It works hallways")) == nil)
        #expect(CueWords.hedge(inNormalised: ItemLint.normalise("Puede ayudar")) == "puede")
        // Chinese writes no spaces: its phrases are found as characters in a row
        #expect(CueWords.absolute(inNormalised: ItemLint.normalise("这种治疗总是有效。")) == "总是")
        #expect(CueWords.hedge(inNormalised: ItemLint.normalise("它可能会有帮助")) == "可能")
        #expect(CueWords.absolute(inNormalised: ItemLint.normalise("它会有帮助")) == nil)
        #expect(ItemLint.isCombination(normalised: "all of the above"))
        #expect(ItemLint.isCombination(normalised: "ninguna de las anteriores"))
        #expect(ItemLint.isCombination(normalised: "以上都是"))
        #expect(ItemLint.stopWords.contains("the") && ItemLint.stopWords.contains("opciones"))
        // The English syllable rules' exceptions, and Spanish's vowels, from en.cues and es.cues
        #expect(Readability.exceptions["chemotherapy"] == 5 && Readability.syllableCount("chemotherapy") == 5)
        #expect(Readability.spanishSyllables("inmunoterapia") == 6 && Readability.spanishSyllables("día") == 2)
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
