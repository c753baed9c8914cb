/// A language the program speaks. Every sentence a learner or nurse sees comes from a strings type per screen,
/// each of which answers in the language it was made with.
public enum Language: String, Sendable, CaseIterable {
    case english = "en"
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
}
