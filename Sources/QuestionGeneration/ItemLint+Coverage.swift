import ContentModel
import Words

/// What a bank teaches that no question asks any more: the check that keeps the item-writing rules from dropping a
/// teaching point — a safety one above all — without anyone noticing.
///
/// Generation still leaves out an item that fails a rule (the trainer never asks it); `bank lint` then fails the bank
/// for every teaching point left with no item, naming each form and why it failed, and for every objective no item
/// tests.
extension ItemLint {
    /// One teaching point the bank means to teach: its id, the element that names it, the item ids its forms make.
    struct ExpectedPoint {
        var id: String
        var critical: Bool
        var location: SourceLocation?
        var itemIDs: [String]
        /// Why the author asks no form of it (a concept with `forms: []`), when that is so.
        var notAsked: String?
    }

    /// Every teaching point of the bank, from its elements (not from the items, which may have lost some).
    static func expectedPoints(_ bank: Bank) -> [ExpectedPoint] {
        var points: [String: ExpectedPoint] = [:]
        var order: [String] = []
        func add(
            _ kind: ItemKind, element: String, point: String?, critical: Bool, at: SourceLocation?, items: [String]
        ) {
            let id = TeachingPoint.id(kind: kind, source: point ?? element)
            if points[id] == nil {
                order.append(id)
                points[id] = ExpectedPoint(id: id, critical: false, location: at, itemIDs: [])
            }
            points[id]?.itemIDs += items
            if critical { points[id]?.critical = true }
        }
        for c in bank.concepts {
            let forms = [ItemKind.termToDefinition, .definitionToTerm].filter { c.asks($0.rawValue) }
            add(
                .termToDefinition, element: c.id, point: nil, critical: false, at: c.location,
                items: forms.map { "\($0.rawValue):\(c.id)" })
            if forms.isEmpty {
                // not a message: the bank's own notAsked field, filled in when the bank leaves it empty (YAML words).
                let reason = c.notAsked ?? "forms: [] and no reason given"
                points[TeachingPoint.id(kind: .termToDefinition, source: c.id)]?.notAsked = reason
            }
        }
        for g in bank.groups {
            let members = g.members.map { "\(ItemKind.groupMember.rawValue):\(g.id):\($0)" }
            let not = g.asksNotMember ? ["\(ItemKind.groupNotMember.rawValue):\(g.id)"] : []
            add(.groupMember, element: g.id, point: nil, critical: false, at: g.location, items: members + not)
        }
        for f in bank.facts {
            let forms = [(ItemKind.factQuestion, "question"), (.factCompletion, "completion")].filter { f.asks($0.1) }
            add(
                .factQuestion, element: f.id, point: f.point, critical: f.critical, at: f.location,
                items: forms.map { "\($0.0.rawValue):\(f.id)" })
        }
        for c in bank.claims {
            add(
                .trueFalse, element: c.id, point: c.point, critical: c.critical, at: c.location,
                items: ["\(ItemKind.trueFalse.rawValue):\(c.id)"])
        }
        for f in bank.faqs {
            add(
                .faq, element: f.id, point: f.point, critical: f.critical, at: f.location,
                items: ["\(ItemKind.faq.rawValue):\(f.id)"])
        }
        for a in bank.actions {
            add(
                .scenario, element: a.id, point: a.point, critical: a.critical, at: a.location,
                items: ["\(ItemKind.scenario.rawValue):\(a.id)"])
        }
        return order.compactMap { points[$0] }
    }

    /// Teaching points with no item left, and objectives no item tests: each a failure of the bank.
    static func checkCoverage(_ bank: Bank, items: [Item], findings: [LintFinding]) -> [LintFinding] {
        let asked = Set(items.map(\.id))
        var failuresByItem: [String: [LintFinding]] = [:]
        for finding in findings where !finding.repaired { failuresByItem[finding.itemID, default: []].append(finding) }
        var result: [LintFinding] = []
        for point in expectedPoints(bank) where point.notAsked == nil {
            guard !point.itemIDs.contains(where: asked.contains) else { continue }
            // Each form's item id and the rules that dropped it (rule names are the same in every language).
            let why = point.itemIDs.map { id in
                let reasons = (failuresByItem[id] ?? []).map(\.rule)
                return "\(id): \(reasons.isEmpty ? "-" : reasons.joined(separator: ", "))"
            }
            let message =
                switch (point.critical, why.isEmpty) {
                case (true, true):
                    Message(
                        "the safety teaching point {point} has no question left, so no patient is asked about it: no form of it is asked (forms). Fix the element so at least one form passes",
                        ["point": point.id])
                case (false, true):
                    Message(
                        "the teaching point {point} has no question left, so no patient is asked about it: no form of it is asked (forms). Fix the element so at least one form passes",
                        ["point": point.id])
                case (true, false):
                    Message(
                        "the safety teaching point {point} has no question left, so no patient is asked about it: {forms}. Fix the element so at least one form passes",
                        ["point": point.id, "forms": why.joined(separator: "; ")])
                case (false, false):
                    Message(
                        "the teaching point {point} has no question left, so no patient is asked about it: {forms}. Fix the element so at least one form passes",
                        ["point": point.id, "forms": why.joined(separator: "; ")])
                }
            result.append(
                LintFinding(
                    itemID: point.id, rule: "teaching-point-lost", message: message, location: point.location,
                    repaired: false))
        }
        let itemsBySource = Dictionary(grouping: items, by: \.source)
        let itemsBySection = Dictionary(grouping: items, by: \.section)
        for section in bank.sections {
            for objective in section.objectives {
                let tested =
                    objective.taughtBy.isEmpty
                    ? !(itemsBySection[section.id] ?? []).isEmpty
                    : objective.taughtBy.contains { itemsBySource[$0] != nil }
                if !tested {
                    result.append(
                        LintFinding(
                            itemID: section.id, rule: "objective-untested",
                            message: Message(
                                "no question tests the objective '{objective}' of section {section}; add an element that teaches it, or fix the one that lost its questions",
                                ["objective": objective.text, "section": section.id]),
                            location: section.location, repaired: false))
                }
            }
        }
        return result
    }
}
