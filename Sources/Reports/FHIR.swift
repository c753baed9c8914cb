import ContentModel
import Foundation
import Words
import LearnerModel
import QuestionGeneration
import QuizEngine

/// FHIR R4 for the health record: a bank as a `Questionnaire`, a learner's report as a `Bundle` (type collection)
/// of a `Patient` and one `QuestionnaireResponse` per session and topic.
///
/// Questionnaire items: one group a teaching point (`tp/<point>`), holding each of its questions (choice, its
/// options as codings, and a read-only boolean `<item>/correct`), the teach-back result (`tp/<point>/teach-back`,
/// four codings) and the nurse's note (`tp/<point>/teach-back-note`). An option's code is a hash of its text, so
/// it does not depend on where the option was placed.
package enum FHIR {
    /// The base of every canonical URL and full URL, unless `--fhir-base` gives the clinic's own.
    package static let defaultBase = "https://teachback.example/fhir"

    /// A base given on the command line, checked: an absolute http(s) URL with a host, a port (if any) from 1 to
    /// 65535, no user or password, query or fragment, and only the characters a URL's path may hold unescaped; no
    /// trailing slash kept. Every reference in a Bundle starts with it, so a stray quote or angle bracket would end up
    /// in a health record.
    package static func checkedBase(_ raw: String) throws(BaseError) -> String {
        var base = raw.trimmingCharacters(in: .whitespaces)
        while base.hasSuffix("/") { base.removeLast() }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/%[]!$&'()*+,;=@")
        guard base.allSatisfy({ allowed.contains($0) }) else { throw BaseError(given: raw, why: .characters) }
        guard let url = URL(string: base), let scheme = url.scheme?.lowercased(), scheme == "https" || scheme == "http",
            let host = url.host, !host.isEmpty, base.lowercased().hasPrefix(scheme + "://")
        else { throw BaseError(given: raw, why: .notAbsolute) }
        let authority = base.dropFirst(scheme.count + 3).prefix { $0 != "/" }
        if authority.contains("@") || url.user != nil || url.password != nil {
            throw BaseError(given: raw, why: .credentials)
        }
        if let port = url.port, !(1...65535).contains(port) { throw BaseError(given: raw, why: .port) }
        if authority.hasSuffix(":") { throw BaseError(given: raw, why: .port) }
        return base
    }

    package struct BaseError: Error, CustomStringConvertible {
        package enum Why: Sendable { case notAbsolute, characters, credentials, port }
        package var given: String
        package var why: Why

        /// The address as it may be printed: a user name and password in it never are.
        var shown: String {
            guard let schemeEnd = given.range(of: "://"),
                let at = given[schemeEnd.upperBound...].prefix(while: { $0 != "/" }).lastIndex(of: "@")
            else { return given }
            return String(given[..<schemeEnd.upperBound]) + "…" + String(given[at...])
        }

        package var description: String { message.text(.english) }

        /// What is wrong with the address and what to give instead.
        package var message: Message {
            switch why {
            case .notAbsolute:
                Message(
                    "error: --fhir-base '{address}' is not an absolute http or https address; give the clinic's FHIR address, such as https://fhir.example.org/r4",
                    ["address": shown])
            case .characters:
                Message(
                    "error: --fhir-base '{address}' holds a character an address may not (a space, a quote, <, >, \\, ? or #); give the clinic's FHIR address, such as https://fhir.example.org/r4",
                    ["address": shown])
            case .credentials:
                Message(
                    "error: --fhir-base '{address}' holds a user name or password, which a health record must not; give the clinic's FHIR address, such as https://fhir.example.org/r4",
                    ["address": shown])
            case .port:
                Message(
                    "error: --fhir-base '{address}' has a port that is not a number from 1 to 65535; give the clinic's FHIR address, such as https://fhir.example.org/r4",
                    ["address": shown])
            }
        }
    }

    package static func questionnaireURL(bankID: String, base: String) -> String {
        "\(base)/Questionnaire/\(resourceID(bankID))"
    }

    static func resultSystem(_ base: String) -> String { "\(base)/CodeSystem/teach-back-result" }
    static func optionSystem(bankID: String, base: String) -> String {
        questionnaireURL(bankID: bankID, base: base) + "/options"
    }

    /// A FHIR id: letters, digits, `-` and `.`, at most 64 characters.
    static func resourceID(_ raw: String) -> String {
        let allowed = raw.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") ? $0 : "-" }
        return String(String(allowed).prefix(64))
    }

    /// An option's code: a hash of its text.
    static func optionCode(_ text: String) -> String {
        let hex = String(FNV1a.hash(text), radix: 16)
        return "opt-" + String(repeating: "0", count: max(0, 16 - hex.count)) + hex
    }

    static func groupLinkID(_ pointID: String) -> String { "tp/\(pointID)" }

    /// A Questionnaire's `name`: computer-friendly, starting with a capital.
    static func computableName(_ bankID: String) -> String {
        "Teachback"
            + bankID.split { !$0.isLetter && !$0.isNumber }.map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined()
    }

    // MARK: Questionnaire

    package static func questionnaire(bank: Bank, items: [Item], base: String = defaultBase) -> String {
        json(questionnaireObject(bank: bank, items: items, base: base))
    }

    static func questionnaireObject(bank: Bank, items: [Item], base: String) -> [String: Any] {
        let m = bank.metadata
        let planner = SessionPlanner(items: items, sectionOrder: bank.sections.map(\.id))
        let teach = Strings(bankLanguage: m.language).teachBack
        let language = Strings(bankLanguage: m.language).language
        let groups: [[String: Any]] = planner.points.map { point in
            let first = point.forms[0]
            var children: [[String: Any]] = point.forms.map { item in
                [
                    "linkId": item.id, "text": item.stem, "type": "choice", "repeats": true,
                    "answerOption": item.options.map { option in
                        [
                            "valueCoding": [
                                "system": optionSystem(bankID: m.id, base: base), "code": optionCode(option),
                                "display": option,
                            ]
                        ]
                    },
                    "item": [
                        [
                            "linkId": "\(item.id)/correct", "text": language.text("Answered right"), "type": "boolean",
                            "readOnly": true,
                        ]
                    ],
                ]
            }
            children.append([
                "linkId": groupLinkID(point.id) + "/teach-back",
                "text": TeachBack.prompt(for: first, in: bank).ask, "type": "choice",
                "answerOption": TeachBackResult.allCases.map { result in
                    [
                        "valueCoding": [
                            "system": resultSystem(base), "code": result.rawValue, "display": teach.result(result),
                        ]
                    ]
                },
            ])
            children.append([
                "linkId": groupLinkID(point.id) + "/teach-back-note", "text": language.text("The nurse's note"),
                "type": "string",
                "maxLength": TeachBackRecord.maximumNoteLength,
            ])
            var group: [String: Any] = [
                "linkId": groupLinkID(point.id), "text": capitalised(TeachBack.label(for: first, in: bank)),
                "type": "group", "item": children,
            ]
            if point.critical { group["prefix"] = language.text("Safety") }
            return group
        }
        var object: [String: Any] = [
            "resourceType": "Questionnaire", "id": resourceID(m.id), "url": questionnaireURL(bankID: m.id, base: base),
            "version": m.version, "name": computableName(m.id), "title": m.title,
            "status": { if case .reviewed = m.review { return "active" } else { return "draft" } }(),
            "subjectType": ["Patient"], "language": m.language,
            "description": language.text(
                "What a patient should understand about this topic, one group a teaching point: its questions and the nurse's teach-back check. {review}",
                ["review": Strings(bankLanguage: m.language).common.reviewLine(m.review)]),
            "item": groups,
        ]
        if case .reviewed(_, let on) = m.review, isFHIRDate(on) { object["date"] = on }
        return object
    }

    static func isFHIRDate(_ s: String) -> Bool {
        s.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil
    }

    static func capitalised(_ s: String) -> String { (s.first.map { String($0).uppercased() } ?? "") + s.dropFirst() }

    // MARK: Bundle

    /// A learner's reports (one a topic) as one Bundle.
    package static func bundle(
        _ reports: [LearnerReport], base: String = defaultBase, timeZone: TimeZone = .current
    ) -> String {
        guard let first = reports.first else { return "" }
        let d = ReportDates(timeZone: timeZone)
        let patientID = "learner-\(first.learnerID)"
        var entries: [[String: Any]] = [
            [
                "fullUrl": "\(base)/Patient/\(patientID)",
                "resource": [
                    "resourceType": "Patient", "id": patientID,
                    "identifier": [["system": "\(base)/learner-code", "value": first.learner]],
                ] as [String: Any],
            ]
        ]
        for report in reports {
            for session in report.sessions {
                let answers = report.answers.filter { $0.sessionID == session.id }
                let checks = report.teachBack.filter { $0.sessionID == session.id }
                guard !answers.isEmpty || !checks.isEmpty else { continue }
                var pointOrder: [String] = []
                for p in answers.map(\.pointID) + checks.map(\.pointID) where !pointOrder.contains(p) {
                    pointOrder.append(p)
                }
                let groups = pointOrder.map { point in
                    responseGroup(
                        point: point, answers: answers.filter { $0.pointID == point },
                        check: checks.last { $0.pointID == point }, bankID: report.bankID, base: base,
                        teach: report.strings.teachBack)
                }
                let id = resourceID("s\(session.id)-\(report.bankID)")
                var response: [String: Any] = [
                    "resourceType": "QuestionnaireResponse", "id": id,
                    "questionnaire": questionnaireURL(bankID: report.bankID, base: base) + "|" + report.bankVersion,
                    "status": session.ended == nil ? "in-progress" : "completed",
                    "subject": ["reference": "Patient/\(patientID)"],
                    "authored": d.iso(
                        [session.ended, checks.last?.date, answers.last?.answeredAt, session.date].compactMap {
                            $0
                        }.max() ?? session.date),
                    "item": groups,
                ]
                let nurse = checks.last?.nurse ?? session.facilitator
                if let nurse { response["author"] = ["display": nurse] }
                entries.append(["fullUrl": "\(base)/QuestionnaireResponse/\(id)", "resource": response])
            }
        }
        let object: [String: Any] = [
            "resourceType": "Bundle", "id": resourceID("report-\(patientID)"), "type": "collection",
            "timestamp": d.iso(first.generated), "entry": entries,
        ]
        return json(object)
    }

    /// A teaching point's answers in one session: each question answered (each answer's coding, and whether it was
    /// right), then its teach-back result and note.
    static func responseGroup(
        point: String, answers: [LearnerReport.AnswerRow], check: LearnerReport.TeachBackRow?, bankID: String,
        base: String, teach: TeachBackStrings = Strings().teachBack
    ) -> [String: Any] {
        var itemOrder: [String] = []
        for a in answers where !itemOrder.contains(a.itemID) { itemOrder.append(a.itemID) }
        var children: [[String: Any]] = itemOrder.map { itemID in
            [
                "linkId": itemID,
                "answer": answers.filter { $0.itemID == itemID }.map { a in
                    [
                        "valueCoding": [
                            "system": optionSystem(bankID: bankID, base: base), "code": optionCode(a.chosenText),
                            "display": a.chosenText,
                        ],
                        "item": [["linkId": "\(itemID)/correct", "answer": [["valueBoolean": a.correct]]]],
                    ] as [String: Any]
                },
            ]
        }
        if let check {
            children.append([
                "linkId": groupLinkID(point) + "/teach-back",
                "answer": [
                    [
                        "valueCoding": [
                            "system": resultSystem(base), "code": check.result.rawValue,
                            "display": teach.result(check.result),
                        ]
                    ]
                ],
            ])
            if let note = check.note {
                children.append(["linkId": groupLinkID(point) + "/teach-back-note", "answer": [["valueString": note]]])
            }
        }
        return ["linkId": groupLinkID(point), "item": children]
    }

    static func json(_ object: [String: Any]) -> String {
        let data =
            (try? JSONSerialization.data(
                withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
