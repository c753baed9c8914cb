import Scheduling
import LearnerModel

/// What a learner or nurse wants, whatever the input was: a key in the full-screen trainer, a line in plain mode,
/// a button on a web page. Each UI owns its own map from input to intents; the engine never sees a key.
package enum Intent: Sendable, Equatable {
    /// Open the learner with this name or code, adding them if new (the learner picker).
    case chooseLearner(name: String)
    /// The text in the screen's text field is now this (the learner picker, the nurse's name).
    case editText(String)
    /// Move the focus in the screen's list by this many rows.
    case moveFocus(by: Int)
    /// Do what the focused row offers (Enter).
    case activate
    /// Scroll the screen's body, or the open passage, by this many lines.
    case scroll(by: Int)
    /// Leave the screen or close what is open over it (Escape).
    case back
    /// Start a session of this mode (and section).
    case start(SessionMode, section: String?)
    /// Open a screen.
    case open(Destination)
    /// Answer the current question with this option (0 = A).
    case answer(option: Int)
    /// Say how sure the learner was of the answer just chosen.
    case rateConfidence(Grading.Confidence)
    /// Take back the last answer of this session.
    case undo
    /// Open a section's passage: this one, or the current question's when nil.
    case read(section: Int?)
    /// Show another section's passage (+1 the next, -1 the one before).
    case turnPage(by: Int)
    /// Go on from the feedback to the next question.
    case next
    /// Stop the session (every answer is already saved) and sum it up.
    case stop
    /// Change a setting by one step (-1 or +1).
    case changeSetting(SettingsEntry, by: Int)
    /// The signed-in nurse signs out (the sessions are no longer nurse-led).
    case signOut
    /// A character typed into the sign-in's secret (nil: the last one rubbed out). The secret is never in a view, so
    /// its field cannot be edited as `editText` edits the others.
    case typeInSecret(Character?)
    /// Open one of the learner's topics (by its bank id).
    case openTopic(String)
    /// Review across all the learner's topics: every topic's due questions first, then new ones.
    case reviewAllTopics
    /// On the nurse's plan screen: put the focused topic on the plan or take it off.
    case togglePlan
    /// On the nurse's plan screen: move the focused topic's date by this many days (it gets one if it had none).
    case moveReadyBy(days: Int)
    /// On the nurse's plan screen: take the focused topic's date away.
    case clearReadyBy
    /// In the teach-back step: record what the patient did for the point shown, with the note typed, and go on.
    case recordTeachBack(TeachBackResult)
    /// Hand the computer to the next learner; the nurse stays.
    case nextLearner
    /// The input could not be understood on this screen; the engine says what it expects.
    case unrecognised
    /// End the program (input ended, the terminal went away, or the learner quit).
    case quit

    /// A screen the learner can open.
    package enum Destination: Sendable, Equatable {
        case home
        /// The learner's topics.
        case topics
        case help
        case progress
        case settings
        /// The nurse's plan for the learner: topics and dates.
        case plan
        /// The nurse's sign-in, or signing out when one is signed in.
        case signIn
        /// The nurse's roster: every learner with a plan, who needs the nurse first.
        case roster
        /// The nurse's teach-back check of the open topic: its safety points and those missed often.
        case teachBack
        /// In the teach-back step: a short note for the point shown.
        case teachBackNote
        /// The list of sections, to read one or to practise one.
        case sectionPicker(forReading: Bool)
    }
}
