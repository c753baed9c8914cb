/// The one-line notices under the title: what just happened, or what to do.
public struct NoticeStrings: Sendable, Equatable {
    public let language: Language

    public var nothingToTakeBack: String { "Nothing to take back." }
    public var nothingToTakeBackInSession: String { "Nothing to take back in this session." }
    public var answerTakenBack: String { "Your last answer was taken back." }
    public func answerNotSaved(_ why: String) -> String { "Your answer was not saved: \(why)" }
    public func nurseLed(_ nurse: String) -> String { "Nurse-led session with \(nurse)." }
    public var typeAName: String { "Type your name or a code, then press Enter." }
    public var noMissedQuestions: String { "No missed questions. Well done!" }
    public var nothingDue: String {
        "Nothing is due now, and today's new questions are done. Come back later, or try the exam."
    }
    public var noQuestions: String { "There are no questions for that." }
    /// - Parameter last: the last option's letter.
    public func pressALetter(last: Character) -> String { "Press a letter from A to \(last) to answer." }
}
