import ContentModel
import QuestionGeneration
import QuizEngine

/// A bank opened for a session: the bank, its questions, and which questions give others away. The bank cache keeps
/// all three, so a start from the cache neither generates questions nor reads them for leaks.
struct OpenedBank: Codable {
    var bank: Bank
    var items: [Item]
    /// `Topic.reveals(bank:items:)`.
    var reveals: [String: [String]]

    /// Generates the questions of a bank just loaded, and their leaks.
    init(generating bank: Bank) {
        let items = QuestionGenerator.generate(bank, seed: 0).items
        self.init(bank: bank, items: items, reveals: Topic.reveals(bank: bank, items: items))
    }

    init(bank: Bank, items: [Item], reveals: [String: [String]]) {
        self.bank = bank
        self.items = items
        self.reveals = reveals
    }

    var topic: Topic { Topic(bank: bank, items: items, reveals: reveals) }
}
