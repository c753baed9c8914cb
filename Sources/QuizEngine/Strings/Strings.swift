import Foundation
import Words

/// A language the program speaks: a catalogue of its words (`Words`), chosen by its tag. Every sentence a learner or
/// nurse sees comes from a strings type per screen, each of which answers in the language it was made with.
package struct Language: Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// The tag ("en", "es", "qps").
    package let rawValue: String

    private init(tag: String) { rawValue = tag }

    package static let english = Language(tag: "en")
    package static let spanish = Language(tag: "es")
    package static let simplifiedChinese = Language(tag: "zh-Hans")
    /// The pseudo-locale, for testing: English lengthened, accented and bracketed.
    package static let pseudo = Language(tag: "qps")

    /// Every language Teachback ships a catalogue for, English first and the pseudo-locale last.
    package static var allCases: [Language] { Catalogue.languages.map(Language.init(tag:)) }

    /// The languages a learner may choose (not the pseudo-locale).
    package static var spoken: [Language] { allCases.filter { $0 != .pseudo } }

    /// The language of a code such as a bank's `language` ("es", "es-MX"), a locale ("es_US.UTF-8") or `--language`;
    /// nil when the program does not speak it.
    package init?(code: String) {
        let lowered = code.lowercased()
        let tags = Catalogue.languages
        if let exact = tags.first(where: { $0.lowercased() == lowered }) {
            self.init(tag: exact)
            return
        }
        let base = lowered.prefix { $0.isLetter }
        // Chinese written in traditional characters (Taiwan, Hong Kong, Macau) is not Simplified Chinese.
        if base == "zh", ["hant", "tw", "hk", "mo"].contains(where: { lowered.contains($0) }) { return nil }
        guard let tag = tags.first(where: { $0.lowercased().prefix { $0.isLetter } == base }) else { return nil }
        self.init(tag: tag)
    }

    /// The language of the environment, as a C program reads it: `LC_ALL`, then `LC_MESSAGES`, then `LANG`; the
    /// first that is set and not "C" or "POSIX" decides. Nil when none names a language the program speaks.
    package static func fromEnvironment(_ environment: [String: String]) -> Language? {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            if value == "C" || value.hasPrefix("C.") || value == "POSIX" { return nil }
            return Language(code: value)
        }
        return nil
    }

    package var description: String { rawValue }

    /// This language's catalogue (read once per process).
    package var words: Catalogue { Catalogue.named(rawValue) }

    /// A message in this language; see `Catalogue.text`.
    package func text(
        _ id: String, context: String? = nil, _ arguments: KeyValuePairs<String, any CustomStringConvertible> = [:]
    ) -> String {
        words.text(id, context: context, arguments)
    }

    /// A message whose words follow a number; see `Catalogue.plural`.
    package func plural(
        _ one: String, _ other: String, count: Int, context: String? = nil,
        _ arguments: KeyValuePairs<String, any CustomStringConvertible> = [:]
    ) -> String {
        words.plural(one, other, count: count, context: context, arguments)
    }

    /// The locale dates and numbers are written in.
    package var locale: Locale { Locale(identifier: words.localeIdentifier) }
}

/// Every screen's sentences in one language.
package struct Strings: Sendable, Equatable {
    package let language: Language

    package init(_ language: Language = .english) { self.language = language }

    /// The sentences for a bank's language (its `language:`), English when the program does not speak it.
    package init(bankLanguage code: String) { self.init(Language(code: code) ?? .english) }

    package var common: CommonStrings { CommonStrings(language: language) }
    package var picker: LearnerPickerStrings { LearnerPickerStrings(language: language) }
    package var home: HomeStrings { HomeStrings(language: language) }
    package var topics: TopicsStrings { TopicsStrings(language: language) }
    package var plan: PlanStrings { PlanStrings(language: language) }
    package var question: QuestionStrings { QuestionStrings(language: language) }
    package var feedback: FeedbackStrings { FeedbackStrings(language: language) }
    package var summary: SummaryStrings { SummaryStrings(language: language) }
    package var progress: ProgressStrings { ProgressStrings(language: language) }
    package var reading: ReadingStrings { ReadingStrings(language: language) }
    package var help: HelpStrings { HelpStrings(language: language) }
    package var settings: SettingsStrings { SettingsStrings(language: language) }
    package var facilitator: FacilitatorStrings { FacilitatorStrings(language: language) }
    package var sectionPicker: SectionPickerStrings { SectionPickerStrings(language: language) }
    package var notices: NoticeStrings { NoticeStrings(language: language) }
    package var teachBack: TeachBackStrings { TeachBackStrings(language: language) }
    package var speech: SpeechStrings { SpeechStrings(language: language) }
    package var report: ReportStrings { ReportStrings(language: language) }
    package var roster: RosterStrings { RosterStrings(language: language) }
}
