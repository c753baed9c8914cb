import ContentModel
import Foundation
import LearnerModel
import QuestionGeneration
import Scheduling

/// One topic a learner studies: a bank and the questions made from it.
public struct Topic: Sendable {
    public var bank: Bank
    public var items: [Item]
    public var itemsByID: [String: Item]
    public var planner: SessionPlanner
    public var id: String { bank.metadata.id }

    /// - Parameter reveals: `Topic.reveals(bank:items:)` for these items, when it was computed before (the bank
    ///   cache keeps it); nil computes it.
    public init(bank: Bank, items: [Item], reveals: [String: [String]]? = nil) {
        self.bank = bank
        self.items = items
        self.itemsByID = Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        self.planner = SessionPlanner(
            items: items, sectionOrder: bank.sections.map(\.id),
            reveals: reveals ?? Self.reveals(bank: bank, items: items))
    }

    /// Which items give others away (issue 23: no item gives another away), by revealing item: the planner asks the
    /// revealed one first. Passages are not among the revealers: a patient opens one by choice.
    public static func reveals(bank: Bank, items: [Item]) -> [String: [String]] {
        let graph = LeakGraph(
            items: items.map(AdversaryItem.init), passages: [:], language: Phrasing(code: bank.metadata.language))
        return Dictionary(grouping: graph.itemPairs, by: \.revealer).mapValues { $0.map(\.revealed) }
    }

    public var info: TopicInfo {
        TopicInfo(id: id, title: bank.metadata.title, pointCount: planner.points.count)
    }
}

/// What the trainer knows of a topic it has not opened: enough to list it with its counts.
public struct TopicInfo: Sendable, Equatable {
    public var id: String
    public var title: String
    public var pointCount: Int

    public init(id: String, title: String, pointCount: Int) {
        self.id = id
        self.title = title
        self.pointCount = pointCount
    }
}

/// A question in a session's queue: which topic, which item.
public struct Asked: Sendable, Hashable {
    public var topic: String
    public var item: String

    public init(topic: String, item: String) {
        self.topic = topic
        self.item = item
    }
}

/// What a topic asks of a learner today: reviews due, new questions allowed, and what its date means.
public struct TopicDay: Sendable, Equatable {
    public var due: Int
    public var new: Int
    /// The plan's date for this topic, with the pace it sets; nil without a date.
    public var readyBy: CalendarDay?
    public var pace: Pacing.Pace?
}
