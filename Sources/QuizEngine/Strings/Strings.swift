import Foundation

/// A language the program speaks. Every sentence a learner or nurse sees comes from a strings type per screen,
/// each of which answers in the language it was made with.
public enum Language: String, Sendable, CaseIterable {
    case english = "en"
    case spanish = "es"

    /// The language of a code such as a bank's `language` ("es", "es-MX") or a locale ("es_US.UTF-8"); nil when
    /// the program does not speak it.
    public init?(code: String) {
        let base = code.lowercased().prefix { $0.isLetter }
        switch base {
        case "en": self = .english
        case "es": self = .spanish
        default: return nil
        }
    }

    /// The language of the environment, as a C program reads it: `LC_ALL`, then `LC_MESSAGES`, then `LANG`; the
    /// first that is set and not "C" or "POSIX" decides. Nil when none names a language the program speaks.
    public static func fromEnvironment(_ environment: [String: String]) -> Language? {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            if value == "C" || value.hasPrefix("C.") || value == "POSIX" { return nil }
            return Language(code: value)
        }
        return nil
    }

    /// The sentence in this language: English first, Spanish second.
    @inlinable public func pick<T>(_ english: T, _ spanish: T) -> T { self == .english ? english : spanish }

    /// The locale dates and numbers are written in.
    public var locale: Locale { Locale(identifier: pick("en_US_POSIX", "es_ES")) }
}

/// Every screen's sentences in one language.
public struct Strings: Sendable, Equatable {
    public let language: Language

    public init(_ language: Language = .english) { self.language = language }

    public var common: CommonStrings { CommonStrings(language: language) }
    public var picker: LearnerPickerStrings { LearnerPickerStrings(language: language) }
    public var home: HomeStrings { HomeStrings(language: language) }
    public var topics: TopicsStrings { TopicsStrings(language: language) }
    public var plan: PlanStrings { PlanStrings(language: language) }
    public var question: QuestionStrings { QuestionStrings(language: language) }
    public var feedback: FeedbackStrings { FeedbackStrings(language: language) }
    public var summary: SummaryStrings { SummaryStrings(language: language) }
    public var progress: ProgressStrings { ProgressStrings(language: language) }
    public var reading: ReadingStrings { ReadingStrings(language: language) }
    public var help: HelpStrings { HelpStrings(language: language) }
    public var settings: SettingsStrings { SettingsStrings(language: language) }
    public var facilitator: FacilitatorStrings { FacilitatorStrings(language: language) }
    public var sectionPicker: SectionPickerStrings { SectionPickerStrings(language: language) }
    public var notices: NoticeStrings { NoticeStrings(language: language) }
    public var teachBack: TeachBackStrings { TeachBackStrings(language: language) }
    public var speech: SpeechStrings { SpeechStrings(language: language) }
    public var report: ReportStrings { ReportStrings(language: language) }
}
