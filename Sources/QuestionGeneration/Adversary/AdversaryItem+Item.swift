extension AdversaryItem {
    /// What the adversary reads of a generated item: what a patient is shown, and the key.
    public init(_ item: Item) {
        self.init(
            id: item.id, kind: item.kind, point: item.teachingPoint, section: item.section, stem: item.stem,
            options: item.options, answer: item.answer, explanation: item.explanation, feedback: item.feedback,
            critical: item.critical)
    }
}
