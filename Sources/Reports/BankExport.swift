import ContentModel
import Foundation
import QuestionGeneration
import QuizEngine

/// The generated questions in other tools' formats: Moodle's GIFT, Anki's text import, CSV and JSON.
package enum BankExport {
    package enum Format: String, Sendable, CaseIterable {
        case gift, anki, csv, json
    }

    package static func render(_ format: Format, bank: Bank, items: [Item]) -> String {
        switch format {
        case .gift: gift(bank: bank, items: items)
        case .anki: anki(bank: bank, items: items)
        case .csv: csv(items: items)
        case .json: json(bankID: bank.metadata.id, items: items)
        }
    }

    // MARK: GIFT

    /// Backslash before GIFT's special characters: ~ = # { } :
    static func giftEscape(_ s: String) -> String {
        var out = ""
        for c in s {
            if "~=#{}:\\".contains(c) { out.append("\\") }
            if c == "\n" { out += "\\n" } else { out.append(c) }
        }
        return out
    }

    static func gift(bank: Bank, items: [Item]) -> String {
        var out = [
            "// "
                + Strings(bankLanguage: bank.metadata.language).common.exportHeading(
                    id: bank.metadata.id, version: bank.metadata.version, review: bank.metadata.review),
            "",
        ]
        for section in bank.sections {
            let here = items.filter { $0.section == section.id }
            guard !here.isEmpty else { continue }
            out.append("$CATEGORY: teachback/\(bank.metadata.id)/\(section.id)")
            out.append("")
            for item in here {
                out.append("::\(giftEscape(item.id))::[plain]\(giftEscape(item.stem)) {")
                for (i, option) in item.options.enumerated() {
                    var line = (i == item.answer ? "\t=" : "\t~") + giftEscape(option)
                    if let feedback = item.feedback[i] { line += " #" + giftEscape(feedback) }
                    out.append(line)
                }
                out.append("\t####" + giftEscape(item.explanation))
                out.append("}")
                out.append("")
            }
        }
        return out.joined(separator: "\n")
    }

    // MARK: Anki

    static func ankiField(_ html: String) -> String {
        html.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: "<br>")
    }

    static func anki(bank: Bank, items: [Item]) -> String {
        let e = Escape.html
        var out = [
            "#separator:tab", "#html:true", "#notetype:Basic", "#deck:Teachback::\(bank.metadata.id)",
            "#columns:Front\tBack\tDeck\tTags",
            "#deck column:3", "#tags column:4",
        ]
        let sectionDeck = Dictionary(uniqueKeysWithValues: bank.sections.map { ($0.id, $0.id) })
        for item in items {
            let letters = item.options.indices.map { OptionLetter.uppercase($0) }
            let front =
                "<p>\(e(item.stem))</p><ol type=\"A\">" + item.options.map { "<li>\(e($0))</li>" }.joined() + "</ol>"
            var back = "<p><b>\(letters[item.answer]). \(e(item.key))</b></p><p>\(e(item.explanation))</p>"
            if item.critical { back += "<p><i>Safety question.</i></p>" }
            let deck = "Teachback::\(bank.metadata.id)::\(sectionDeck[item.section] ?? item.section)"
            let tags = [
                "teachback", item.kind.rawValue, item.section, item.critical ? "critical" : nil,
                "id:\(item.id.replacingOccurrences(of: ":", with: "_"))",
            ]
            .compactMap { $0 }.joined(separator: " ")
            out.append([front, back, deck, tags].map(ankiField).joined(separator: "\t"))
        }
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: CSV and JSON

    static func csv(items: [Item]) -> String {
        var rows = [
            [
                "id", "version", "kind", "section", "stem", "option_a", "option_b", "option_c", "option_d", "answer",
                "explanation", "source", "critical", "reading_grade",
            ]
        ]
        for item in items {
            let options = (0..<4).map { $0 < item.options.count ? item.options[$0] : "" }
            rows.append(
                [item.id, item.version, item.kind.rawValue, item.section, item.stem] + options + [
                    String(OptionLetter.uppercase(item.answer)), item.explanation, item.source,
                    item.critical ? "true" : "false",
                    String(item.readingGrade),
                ])
        }
        return rows.map { $0.map(Escape.csv).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// `{"bank": ID, "items": [...]}`, keys sorted, the same bytes for the same bank and seed.
    package static func json(bankID: String, items: [Item]) -> String {
        struct Document: Encodable {
            var bank: String
            var items: [Item]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Document(bank: bankID, items: items))) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
