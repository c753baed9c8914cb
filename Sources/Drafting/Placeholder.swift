import Words

/// What a draft leaves to the educator, as hints after `TO WRITE:` (in the bank's language).
enum Placeholder {
    static let wrongAnswer = Message(
        "a wrong answer that a patient who did not read the handout might believe", context: "a draft's placeholder")
    static let wrongAction = Message(
        "something a patient might reasonably do instead, which is not what the handout says",
        context: "a draft's placeholder")
    static let feedback = Message(
        "why that answer is wrong, in plain words, and what the handout says instead", context: "a draft's placeholder")
    static let situation = Message(
        "a situation in which a patient must decide what to do, where the right answer below is what to do",
        context: "a draft's placeholder")
    static let nonMember = Message(
        "a real alternative that a patient might confuse with these, which is not one of them",
        context: "a draft's placeholder")
    static let listQuestion = Message(
        "a question the list answers; the answer below is one of its items", context: "a draft's placeholder")
    static let falseBelief = Message(
        "a false belief about this part that a patient might hold, which the quoted sentence shows is wrong",
        context: "a draft's placeholder")
    static let whyFalse = Message("why the belief is false, in plain words", context: "a draft's placeholder")
    static let audience = Message(
        "who this bank is for (for example: adults having this treatment, and the people who help them)",
        context: "a draft's placeholder")

    static func definition(_ term: String) -> Message {
        Message(
            "what {term} is, in a phrase that could stand as an answer (the quotes say it)",
            context: "a draft's placeholder", ["term": term])
    }

    static func memberNoun(_ label: String) -> Message {
        Message(
            "how to name one of the {label} in a question, for example \"a type of …\"",
            context: "a draft's placeholder", ["label": label])
    }

    static func question(_ tells: DraftCues.FactTells) -> Message {
        switch tells {
        case .cause:
            Message("a question asking why, which the answer below answers", context: "a draft's placeholder")
        case .purpose:
            Message("a question asking what for, which the answer below answers", context: "a draft's placeholder")
        case .time:
            Message("a question asking when, which the answer below answers", context: "a draft's placeholder")
        case .way:
            Message("a question asking how, which the answer below answers", context: "a draft's placeholder")
        case .place:
            Message("a question asking where, which the answer below answers", context: "a draft's placeholder")
        case .examples:
            Message("a question asking what, which the answer below answers", context: "a draft's placeholder")
        }
    }
}
