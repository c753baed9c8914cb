import ContentModel
import Foundation
import LearnerModel
import QuestionGeneration
import Scheduling

/// One topic a learner studies: a bank and the questions made from it.
package struct Topic: Sendable {
    package var bank: Bank
    package var items: [Item]
    package var itemsByID: [String: Item]
    package var planner: SessionPlanner
    package var id: String { bank.metadata.id }

    /// - Parameter reveals: `Topic.reveals(bank:items:)` for these items, when it was computed before (the bank
    ///   cache keeps it); nil computes it.
    package init(bank: Bank, items: [Item], reveals: [String: [String]]? = nil) {
        self.bank = bank
        self.items = items
        self.itemsByID = Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.planner = SessionPlanner(
            items: items, sectionOrder: bank.sections.map(\.id),
            reveals: reveals ?? Self.reveals(bank: bank, items: items))
    }

    /// Which items give others away (issue 23: no item gives another away), by revealing item: the planner asks the
    /// revealed one first. Passages are not among the revealers: a patient opens one by choice.
    package static func reveals(bank: Bank, items: [Item]) -> [String: [String]] {
        let graph = LeakGraph(
            items: items.map(AdversaryItem.init), passages: [:], language: Phrasing(code: bank.metadata.language))
        return Dictionary(grouping: graph.itemPairs, by: \.revealer).mapValues { $0.map(\.revealed) }
    }

    package var info: TopicInfo {
        TopicInfo(id: id, title: bank.metadata.title, pointCount: planner.points.count)
    }
}

/// What the trainer knows of a topic it has not opened: enough to list it with its counts.
package struct TopicInfo: Sendable, Equatable {
    package var id: String
    package var title: String
    package var pointCount: Int

    package init(id: String, title: String, pointCount: Int) {
        self.id = id
        self.title = title
        self.pointCount = pointCount
    }
}

/// A question in a session's queue: which topic, which item.
package struct Asked: Sendable, Hashable {
    package var topic: String
    package var item: String

    package init(topic: String, item: String) {
        self.topic = topic
        self.item = item
    }
}

/// What a topic asks of a learner today: reviews due, new questions allowed, and what its date means.
package struct TopicDay: Sendable, Equatable {
    package var due: Int
    package var new: Int
    /// The plan's date for this topic, with the pace it sets; nil without a date.
    package var readyBy: CalendarDay?
    package var pace: Pacing.Pace?
}
