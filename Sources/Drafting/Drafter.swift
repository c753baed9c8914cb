import ContentModel
import Foundation
import Words

/// Drafts a bank from a handout: sections from its headings, and candidate elements from its sentences, every one
/// quoting the handout word for word. Nothing is invented: what a sentence cannot give (wrong answers, a situation,
/// a question's wording) is a placeholder.
///
/// The reading is by patterns, one element kind at a time, in this order (a sentence gives one element at most):
/// questions and answers, defining sentences (concepts; "types of" sections and lists of them make groups),
/// instructions (actions, `critical` by their words), sentences that state a cause, purpose, time, way or place
/// (facts, the answer span from the cue on), and general statements (true claims).
public struct Drafter {
    let cues: DraftCues
    let language: String

    /// The languages a handout can be drafted in: those whose `.cues` file has the `[draft…]` lists.
    public static var languages: [String] { Catalogue.languages.filter { !DraftCues(language: $0).isEmpty } }

    /// A drafter for a language whose `.cues` file has the `[draft…]` lists, or nil.
    public init?(language: String) {
        let cues = DraftCues(language: language)
        guard !cues.isEmpty else { return nil }
        self.cues = cues
        self.language = language
    }

    /// One sentence of the handout, where it is.
    struct Unit {
        var text: String
        var section: Int
        var block: Int
        /// Its block is a list item, of this list.
        var list: Int?
        var isQuestion: Bool { text.hasSuffix("?") || text.hasSuffix("?\"") }
    }

    struct Section {
        var id: String
        var title: String
        var heading: String?
        var blocks: [Handout.Block]
    }

    public func draft(_ handout: Handout, id: String?, sourceFile: String) -> BankDraft {
        let title = handout.title ?? (sourceFile as NSString).deletingPathExtension
        let sections = sectionsOf(handout, title: title)
        let ids = IDs(taken: Set(sections.map(\.id)))
        var draftSections: [DraftSection] = []
        var units: [Unit] = []
        for (s, section) in sections.enumerated() {
            var lines: [String] = []
            for (b, block) in section.blocks.enumerated() {
                switch block {
                case .heading(_, let text, _):
                    lines.append(text)
                    units.append(Unit(text: text, section: s, block: b, list: nil))
                case .paragraph(let text, _):
                    lines.append(text)
                    for sentence in Sentences.split(text) {
                        units.append(Unit(text: sentence, section: s, block: b, list: nil))
                    }
                case .listItem(let text, let list, _):
                    lines.append("- " + text)
                    units.append(Unit(text: text, section: s, block: b, list: list))
                }
            }
            draftSections.append(DraftSection(id: section.id, title: section.title, lines: lines))
        }
        var state = State(units: units, sections: sections, ids: ids)
        faqs(&state)
        concepts(&state)
        groups(&state)
        actions(&state)
        facts(&state)
        claims(&state)
        let bankID = id ?? IDs.slug(title, stopWords: [], words: 5, fallback: "handout")
        return BankDraft(
            id: bankID, title: title, language: language, sourceFile: sourceFile, sections: draftSections,
            elements: state.elements.sorted { $0.order < $1.order }.map(\.element))
    }

    /// What the drafting so far has decided.
    struct State {
        var units: [Unit]
        var sections: [Section]
        var ids: IDs
        /// Units already an element's main sentence.
        var used: Set<Int> = []
        var elements: [(order: Int, element: DraftElement)] = []
        /// Concepts found: their id, term (lower-cased), section.
        var concepts: [(id: String, term: String, section: Int)] = []

        mutating func add(_ element: DraftElement, at unit: Int) {
            elements.append((unit, element))
        }

        func sectionID(_ unit: Int) -> String { sections[units[unit].section].id }
    }

    // MARK: Sections

    /// The handout's sections: each heading of the highest level below the title starts one; what comes before the
    /// first is a section named by the title; deeper headings stay inside their section. A heading with nothing
    /// under it makes no section.
    func sectionsOf(_ handout: Handout, title: String) -> [Section] {
        var blocks = handout.blocks
        if let first = blocks.firstIndex(where: { if case .heading(1, _, _) = $0 { true } else { false } }),
            blocks[first].text == handout.title
        {
            blocks.remove(at: first)
        }
        let levels = blocks.compactMap { if case .heading(let l, _, _) = $0 { l } else { nil } }
        let top = levels.min() ?? 1
        var ids = IDs()
        var result: [Section] = []
        var current = Section(id: "", title: title, heading: nil, blocks: [])
        func close() {
            guard current.blocks.contains(where: { if case .heading = $0 { false } else { true } }) else { return }
            current.id = ids.make(IDs.slug(current.title, stopWords: cues.stopWords, words: 4, fallback: "section"))
            result.append(current)
        }
        for block in blocks {
            if case .heading(let level, let text, _) = block, level <= top {
                close()
                current = Section(id: "", title: text, heading: text, blocks: [])
                continue
            }
            current.blocks.append(block)
        }
        close()
        return result
    }
}

/// Element ids: made from words, unique in the bank.
struct IDs {
    var taken: Set<String> = []

    mutating func make(_ base: String) -> String {
        var id = base
        var n = 2
        while taken.contains(id) {
            id = base + "-\(n)"
            n += 1
        }
        taken.insert(id)
        return id
    }

    /// An id from a text's first `words` words that are not stop words: lower-case ASCII letters, digits, hyphens.
    static func slug(_ text: String, stopWords: Set<String>, words: Int, fallback: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        let all = Tokens(folded).words.map { word in
            String(word.unicodeScalars.filter { ("a"..."z").contains($0) || ("0"..."9").contains($0) })
        }.filter { !$0.isEmpty }
        let kept = all.filter { !stopWords.contains($0) }
        var chosen = Array((kept.isEmpty ? all : kept).prefix(words))
        while let first = chosen.first, first.first?.isNumber == true { chosen.removeFirst() }
        let id = chosen.joined(separator: "-")
        return id.isEmpty ? fallback : id
    }
}
