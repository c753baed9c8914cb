import Foundation

/// A language the program speaks. Every sentence a learner or nurse sees comes from a strings type per screen,
/// each of which answers in the language it was made with.
package enum Language: String, Sendable, CaseIterable {
    case english = "en"
    case spanish = "es"

    /// The language of a code such as a bank's `language` ("es", "es-MX") or a locale ("es_US.UTF-8"); nil when
    /// the program does not speak it.
    package init?(code: String) {
        let base = code.lowercased().prefix { $0.isLetter }
        switch base {
        case "en": self = .english
        case "es": self = .spanish
        default: return nil
        }
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

    /// The sentence in this language: English first, Spanish second.
    @inlinable package func pick<T>(_ english: T, _ spanish: T) -> T { self == .english ? english : spanish }

    /// The locale dates and numbers are written in.
    package var locale: Locale { Locale(identifier: pick("en_US_POSIX", "es_ES")) }
}

/// Every screen's sentences in one language.
package struct Strings: Sendable, Equatable {
    package let language: Language

    package init(_ language: Language = .english) { self.language = language }

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
