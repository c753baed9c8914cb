/// One item as the cues read it: every text of it normalised once, and what several cues share.
///
/// A session simulation asks each item hundreds of times; reading its texts once, and scoring once the cues that
/// need no session (`itemScores`), leaves only the session cues (memory, leak) to compute per asking.
struct ReadItem: Sendable {
    /// Where a true-or-false item's true and false options are.
    struct Truth: Sendable, Equatable {
        var trueIndex: Int
        var falseIndex: Int
    }

    let item: AdversaryItem
    /// The whole stem, frame and all: the familiar-treatment cue asks whether it names a treatment itself.
    let stem: AdversaryText
    /// The stem without the generator's frame: a true-or-false item's statement, and the words clang and leak read.
    let statement: AdversaryText
    let options: [AdversaryText]
    /// Each option's own content words: those no other option has. Words all options share are the topic's words
    /// and tell nothing; counting them made every option saying "side effect" look leaked in a bank about side effects.
    let ownWords: [Set<String>]
    let explanation: AdversaryText
    /// Per option, the feedback shown when it is picked.
    let feedback: [AdversaryText?]
    /// Where the true and false options are; nil unless a true-or-false item's options are the language's words.
    let truth: Truth?
    /// The stem as the memory cue keys it (normalised, a "not" / "no es" taken out): group items share one stem.
    let frame: String
    /// Whether the stem was negated: then an option shown as a key there is wrong in the plain stem, and back.
    let negated: Bool
    /// The scores of the cues that need no session; a cue absent does not tell the options apart (or was not asked
    /// for: `LeakGraph` reads items without scoring them).
    var itemScores: [CueID: [Double]]

    var isTrueFalse: Bool { item.kind == .trueFalse }
    var optionCount: Int { item.options.count }

    /// The key as read; nil if the item's answer is not one of its options.
    var key: AdversaryText? { options.indices.contains(item.answer) ? options[item.answer] : nil }

    /// Each option's own content words, from every option's content words.
    static func ownWords(_ sets: [Set<String>]) -> [Set<String>] {
        sets.indices.map { index in
            var own = sets[index]
            for other in sets.indices where other != index { own.subtract(sets[other]) }
            return own
        }
    }

    /// A true-or-false cue's verdict as option scores: +1 true, −1 false, 0 (or no truth options) says nothing.
    func vote(_ verdict: Int) -> [Double]? {
        guard verdict != 0, let truth else { return nil }
        var scores = Array(repeating: 0.0, count: optionCount)
        scores[verdict > 0 ? truth.trueIndex : truth.falseIndex] = 1
        return scores
    }
}
