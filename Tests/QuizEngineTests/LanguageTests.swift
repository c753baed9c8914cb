import Scheduling
import Testing

@testable import QuizEngine

/// Which language a tag, a locale or a bank's `language` names.
struct LanguageTests {
    @Test func tagsAndLocalesChooseTheLanguage() {
        #expect(Language(code: "es-MX") == .spanish)
        #expect(Language(code: "es_US.UTF-8") == .spanish)
        #expect(Language(code: "zh-Hans") == .simplifiedChinese)
        #expect(Language(code: "zh_CN.UTF-8") == .simplifiedChinese)
        #expect(Language(code: "zh-hans-CN") == .simplifiedChinese)
        #expect(Language(code: "qps") == .pseudo)
        #expect(Language(code: "fr_FR.UTF-8") == nil)
    }

    /// Chinese in traditional characters is another written language: never given Simplified Chinese screens.
    @Test func traditionalChineseIsNotSimplified() {
        for code in ["zh-Hant", "zh_TW.UTF-8", "zh-HK", "zh_MO"] { #expect(Language(code: code) == nil, "\(code)") }
    }

    @Test func eachLanguageHasItsVoiceLocaleAndDates() throws {
        let december12 = try #require(CalendarDay("2026-12-12"))
        #expect(Language.simplifiedChinese.words.voice == "cmn")
        #expect(Language.spanish.words.voice == "es-419")
        #expect(Language.english.words.voice == "en-us")
        #expect(Strings(.simplifiedChinese).topics.day(december12) == "12月12日")
        #expect(Strings(.spanish).topics.day(december12) == "12 de diciembre")
        #expect(Strings(.simplifiedChinese).common.questions(3) == "3道题")
    }
}
