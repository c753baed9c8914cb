import LearnerModel

/// The one-line notices under the title: what just happened, or what to do.
package struct NoticeStrings: Sendable, Equatable {
    package let language: Language

    package var nothingToTakeBack: String { language.text("Nothing to take back.") }
    package var nothingToTakeBackInSession: String {
        language.text("Nothing to take back in this session.")
    }
    package var answerTakenBack: String {
        language.text("Your last answer was taken back.")
    }
    package func answerNotSaved(_ why: String) -> String {
        language.text("Your answer was not saved: {why}", ["why": why])
    }
    /// Why a step failed, in this language (the store's words come from its catalogue too).
    package func failure(_ failure: EngineFailure) -> String {
        switch failure.reason {
        case .store(let error): error.message(language.words)
        case .topicUnavailable(let id): language.text("the topic '{id}' cannot be opened", ["id": id])
        case .other(let description): description
        }
    }
    package func nurseLed(_ nurse: String) -> String {
        language.text("Nurse-led session with {nurse}.", ["nurse": nurse])
    }
    package func signedIn(_ nurse: String) -> String {
        language.text("{nurse} signed in.", ["nurse": nurse])
    }
    package func signedOut(_ nurse: String) -> String {
        language.text("{nurse} signed out.", ["nurse": nurse])
    }
    package func stillThere(seconds: Int) -> String {
        language.text(
            "Still there? Press any key. Otherwise this session ends in {seconds} seconds.", ["seconds": seconds])
    }
    package func stillTherePlain(seconds: Int) -> String {
        language.text(
            "Still there? Type your answer and press Enter. Otherwise this session ends in {seconds} seconds.",
            ["seconds": seconds])
    }
    /// - Parameter seconds: the idle time (said in minutes from two minutes up).
    package func endedAfterIdle(seconds: Int) -> String {
        let minutes = seconds / 60
        let time =
            seconds < 120
            ? language.text("{seconds} seconds", ["seconds": seconds])
            : language.text("{minutes} minutes", ["minutes": minutes])
        return language.text("The last session ended after {time} without a key. Answers are saved.", ["time": time])
    }
    package var typeAName: String {
        language.text("Type your name or a code, then press Enter.")
    }
    package var noMissedQuestions: String {
        language.text("No missed questions. Well done!")
    }
    package var nothingDue: String {
        language.text("Nothing is due now, and today's new questions are done. Come back later, or try the exam.")
    }
    package var noQuestions: String { language.text("There are no questions for that.") }
    /// - Parameter last: the last option's letter.
    package func pressALetter(last: Character) -> String {
        language.text("Press a letter from A to {last} to answer.", ["last": last])
    }
}
