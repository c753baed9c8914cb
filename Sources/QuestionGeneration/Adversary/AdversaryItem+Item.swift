import Foundation

extension AdversaryItem {
    /// What the adversary reads of a generated item: what a patient is shown, and the key.
    public init(_ item: Item) {
        self.init(
            id: item.id, kind: item.kind, point: item.teachingPoint, section: item.section, stem: item.stem,
            options: item.options, answer: item.answer, explanation: item.explanation, feedback: item.feedback,
            critical: item.critical)
    }
}

extension AdversaryItem {
    /// The items of a file as `teachback bank items --format json` prints them (an earlier build's too, whose items
    /// may name no teaching point: the point is then the element's kind and the source, as the generator makes it).
    public static func items(fromJSON data: Data) throws -> [AdversaryItem] {
        try JSONDecoder().decode(ItemsFile.self, from: data).items.map {
            AdversaryItem(
                id: $0.id, kind: $0.kind, point: TeachingPoint.id(kind: $0.kind, source: $0.point ?? $0.source),
                section: $0.section, stem: $0.stem, options: $0.options, answer: $0.answer,
                explanation: $0.explanation, feedback: $0.feedback, critical: $0.critical)
        }
    }

    private struct ItemsFile: Decodable {
        var items: [Row]

        struct Row: Decodable {
            var id: String
            var kind: ItemKind
            var section: String
            var stem: String
            var options: [String]
            var answer: Int
            var explanation: String
            var feedback: [String?]
            var source: String
            var critical: Bool
            var point: String?
        }
    }
}
