import ContentModel
import Foundation
import QuestionGeneration
import LearnerModel
import QuizEngine
@testable import Reports
import Scheduling
import TestSupport
import Testing

let utc = TimeZone(identifier: "UTC") ?? .current
let now = Date(timeIntervalSince1970: 1_780_000_000)  // 2026-05-28T20:26:40Z

func awkwardBank(filePath: String = #filePath) throws -> Bank {
    let url = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/awkward.yaml")
    return try BankLoader.load(path: url.path, displayPath: "awkward.yaml")
}

/// Compares `text` with Golden/NAME, or writes it there when TEACHBACK_RECORD_GOLDEN=1.
func golden(
    _ name: String, _ text: String, filePath: String = #filePath,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
    let url = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
    if ProcessInfo.processInfo.environment["TEACHBACK_RECORD_GOLDEN"] == "1" {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    let expected = try? String(contentsOf: url, encoding: .utf8)
    #expect(expected == text, "golden file \(name) differs; got:\n\(text)", sourceLocation: sourceLocation)
}

/// A learner who answered every item of the awkward bank in two sessions, missing some.
func sampleReport(language: Language? = nil) throws -> (LearnerReport, [Item], [StoredAttempt]) {
    let bank = try awkwardBank()
    let items = QuestionGenerator.generate(bank, seed: 1).items
    var attempts: [StoredAttempt] = []
    var id: Int64 = 0
    func answer(_ item: Item, session: Int64, right: Bool, at t: TimeInterval) {
        id += 1
        let chosen = right ? item.answer : (item.answer + 1) % item.options.count
        attempts.append(
            StoredAttempt(
                id: AttemptID(id), sessionID: SessionID(session), bankID: TestBank.builtInID, itemID: item.id,
                itemVersion: item.version,
                section: item.section,
                chosen: chosen,
                chosenText: item.options[chosen], correct: right, confidence: nil, responseMilliseconds: 2000,
                answeredAt: now.addingTimeInterval(t)))
    }
    let missedFirst = Set(items.enumerated().filter { $0.offset % 3 == 0 || $0.element.critical }.map(\.element.id))
    for (n, item) in items.enumerated() {
        answer(item, session: 1, right: !missedFirst.contains(item.id), at: -86_400 * 2 + Double(n))
    }
    for (n, item) in items.enumerated() where missedFirst.contains(item.id) {
        answer(item, session: 2, right: n == 3, at: -3600 + Double(n))
    }
    let sessions = [
        SessionSummary(
            id: 1, mode: .review, section: nil, facilitator: nil, startedAt: now.addingTimeInterval(-86_400 * 2),
            endedAt: nil, attempted: items.count, correct: items.count - 4),
        SessionSummary(
            id: 2, mode: .missed, section: nil, facilitator: "RN Lee <ward 4> & co",
            startedAt: now.addingTimeInterval(-3600), endedAt: now.addingTimeInterval(-1800), attempted: 4, correct: 1,
            nurseID: 1),
        SessionSummary(
            id: 3, mode: .teachBack, section: nil, facilitator: "RN Diaz", startedAt: now.addingTimeInterval(-600),
            endedAt: now.addingTimeInterval(-300), attempted: 0, correct: 0, nurseID: 2),
    ]
    // After session 2, the nurse checked by teach-back: the safety point missed not yet explained (a note with
    // characters each format must escape), another explained after re-teaching, one skipped; then a second nurse,
    // in a teach-back session of its own, heard the first one explained in own words.
    let points = SessionPlanner(items: items, sectionOrder: bank.sections.map(\.id)).points
    let critical = try #require(points.first { $0.critical })
    let others = points.filter { !$0.critical }
    func check(
        _ point: SessionPlanner.Point, _ result: TeachBackResult, session: Int64, at t: TimeInterval,
        note: String? = nil
    )
        -> TeachBackRecord
    {
        TeachBackRecord(
            learnerID: 1, sessionID: SessionID(session), bankID: TestBank.builtInID, pointID: point.id, result: result,
            note: note,
            nurse: session == 2 ? "RN Lee <ward 4> & co" : "RN Diaz", recordedAt: now.addingTimeInterval(t),
            nurseID: NurseID(session == 2 ? 1 : 2))
    }
    let teachBacks = [
        check(critical, .notYet, session: 2, at: -1750, note: "Said \"wait\" <b>twice</b> & =SUM(A1)"),
        check(others[0], .afterReteaching, session: 2, at: -1740),
        check(others[1], .skipped, session: 2, at: -1730),
        check(others[2], .ownWords, session: 3, at: -400),
    ]
    // Each session in which a point was missed, from the answers (as the stores give them)
    var misses: [PointMiss] = []
    let pointOf = Dictionary(items.map { ($0.id, $0.teachingPoint) }, uniquingKeysWith: { a, _ in a })
    for a in attempts where !a.correct {
        let point = pointOf[a.itemID] ?? a.itemID
        if !misses.contains(where: { $0.sessionID == a.sessionID && $0.pointID == point }) {
            misses.append(PointMiss(pointID: point, sessionID: a.sessionID, at: a.answeredAt))
        }
    }
    let states = Dictionary(
        uniqueKeysWithValues: Array(Set(items.map(\.teachingPoint))).sorted().prefix(3).map {
            (
                $0,
                ReviewState(
                    phase: .review, step: nil, stability: 20, difficulty: 5, due: now.addingTimeInterval(86_400 * 3),
                    lastReview: now, reps: 2)
            )
        })
    let learner = Learner(id: 1, name: "Kim \"K\" O'Neil", created: now)
    let report = LearnerReport.build(
        learner: learner, bank: bank, items: items, sessions: sessions, attempts: attempts, states: states, since: nil,
        now: now, timeZone: utc, teachBacks: teachBacks, misses: misses, language: language)
    return (report, items, attempts)
}

struct LearnerReportTests {
    @Test(arguments: ReportFormat.allCases)
    func everyFormatMatchesItsGoldenFile(_ format: ReportFormat) throws {
        let (report, _, _) = try sampleReport()
        try golden("report.\(format.rawValue)", report.rendered(format, timeZone: utc))
    }

    /// The same report in Spanish (the nurse asked for it; the bank's own text stays as written).
    @Test(arguments: [ReportFormat.text, .markdown, .html])
    func inSpanish(_ format: ReportFormat) throws {
        let (report, _, _) = try sampleReport(language: .spanish)
        let text = report.rendered(format, timeZone: utc)
        try golden("report-es.\(format.rawValue)", text)
        for english in [
            "Evaluation", "EVALUATION", "Readiness", "Sessions", "Missed questions", "MISSED QUESTIONS", "Right answer",
            "Listen for", "led by", "Printed", "For learning only", "Education on", "Explained", "Not ready yet",
            "Reviewed by",
        ] {
            #expect(!text.contains(english), "\(format): \(english)")
        }
        #expect(text.contains("Se dio educación sobre"))
        #expect(text.contains("guiada por"))
    }

    /// A name typed before nurse accounts (anyone could type it: "RN Fake") is never shown as a nurse who signed
    /// in: the chart note and the session list mark it, in the report's language.
    @Test(arguments: [Language.english, .spanish])
    func aNurseNameTypedBeforeAccountsIsMarkedNotVerified(_ language: Language) throws {
        let (report, _, _) = try sampleReport(language: language)
        let marker = language == .english ? "(typed name, not verified)" : "(nombre escrito, sin verificar)"
        #expect(!report.rendered(.text, timeZone: utc).contains(marker))
        let bank = try TestSupport.builtInBank()
        let items = QuestionGenerator.generate(bank, seed: 0).items
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let point = try #require(items.first)
        let old = LearnerReport.build(
            learner: Learner(id: 1, name: "P-1", created: now), bank: bank, items: items,
            sessions: [
                SessionSummary(
                    id: 1, mode: .teachBack, section: nil, facilitator: "RN Fake", startedAt: now, endedAt: now,
                    attempted: 0, correct: 0)
            ], attempts: [], states: [:], since: nil, now: now, timeZone: utc,
            teachBacks: [
                TeachBackRecord(
                    learnerID: 1, sessionID: 1, bankID: bank.metadata.id, pointID: point.teachingPoint,
                    result: .ownWords, nurse: "RN Fake", recordedAt: now)
            ], misses: [], language: language)
        for format in [ReportFormat.text, .markdown, .html] {
            let text = old.rendered(format, timeZone: utc)
            #expect(text.contains("RN Fake \(marker)"), "\(format)")
            #expect(!text.contains("RN Fake,") && !text.contains("RN Fake."), "\(format): an unmarked name")
        }
    }

    @Test func contentAndOrder() throws {
        let (report, _, _) = try sampleReport()
        // Critical items come first among the missed.
        let firstNonCritical = report.missed.firstIndex { !$0.critical } ?? report.missed.count
        let leading = report.missed.prefix(firstNonCritical)
        #expect(leading.allSatisfy { $0.critical })
        #expect(report.missed.contains { $0.critical })
        #expect(!report.missedMoreThanOnce.isEmpty)
        #expect(report.evaluation.hasPrefix("Education on "))
        #expect(report.missed.allSatisfy { !$0.ask.isEmpty && !$0.listenFor.isEmpty })
    }

    @Test func wordingHasNoEmptyListsOrWrongPlurals() throws {
        // Given a learner whose one missed answer is to a question no longer in the bank, in no known section
        let bank = try awkwardBank()
        let items = QuestionGenerator.generate(bank, seed: 1).items
        let gone = StoredAttempt(
            id: 1, sessionID: 1, bankID: TestBank.builtInID, itemID: "fact:removed", itemVersion: "v",
            section: "removed-section", chosen: 1,
            chosenText: "B", correct: false, confidence: nil, responseMilliseconds: 900, answeredAt: now)
        let right = StoredAttempt(
            id: 2, sessionID: 1, bankID: TestBank.builtInID, itemID: items[0].id, itemVersion: items[0].version,
            section: items[0].section,
            chosen: items[0].answer, chosenText: items[0].key, correct: true, confidence: nil,
            responseMilliseconds: 900,
            answeredAt: now)
        let report = LearnerReport.build(
            learner: Learner(id: 1, name: "Bo", created: now), bank: bank, items: items, sessions: [],
            attempts: [gone, right], states: [:], since: nil, now: now)
        // Then the evaluation names what is missing, and one answer is "1 answer"
        #expect(report.evaluation == "Needs reinforcement on: 1 question no longer in the bank.")
        let text = report.rendered(.text, timeZone: utc)
        #expect(text.contains("(1 of 1 answer right)"))
        #expect(!text.contains("on: ."))
    }

    @Test func textFitsEightyColumns() throws {
        let (report, _, _) = try sampleReport()
        for line in report.rendered(.text, timeZone: utc).split(separator: "\n") {
            #expect(line.count <= 80, "\(line)")
        }
    }

    @Test func jsonHasTheAgreedKeys() throws {
        let (report, _, _) = try sampleReport()
        let object = try JSONSerialization.jsonObject(with: Data(report.rendered(.json).utf8)) as? [String: Any]
        #expect(object?["learner"] as? String == "Kim \"K\" O'Neil")
        let sessions = try #require(object?["sessions"] as? [[String: Any]])
        #expect(sessions.map { $0["attempted"] as? Int } == [10, 4, 0])
        #expect(sessions.map { $0["teachBackPoints"] as? Int } == [0, 3, 1])
        let teachBack = try #require(object?["teachBack"] as? [[String: Any]])
        #expect(teachBack.map { ($0["points"] as? [Any])?.count } == [3, 1])
        #expect((object?["needsTeachBack"] as? [Any])?.count == 1)
        #expect(sessions.allSatisfy { $0["correct"] is Int })
        #expect(object?["sections"] is [[String: Any]])
        #expect(object?["missed"] is [[String: Any]])
    }

    @Test func htmlIsSelfContainedAndEscaped() throws {
        let (report, _, _) = try sampleReport()
        let html = report.rendered(.html, timeZone: utc)
        #expect(html.contains("<svg"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=\"http"))
        #expect(html.contains("RN Lee &lt;ward 4&gt; &amp; co"))
        #expect(!html.contains("<ward 4>"))
    }

    @Test func allRightGivesTheEssentialPointsLine() throws {
        let bank = try awkwardBank()
        let items = QuestionGenerator.generate(bank, seed: 1).items
        let attempts = items.enumerated().map { n, item in
            StoredAttempt(
                id: AttemptID(Int64(n + 1)), sessionID: 1, bankID: TestBank.builtInID, itemID: item.id,
                itemVersion: item.version,
                section: item.section,
                chosen: item.answer,
                chosenText: item.key, correct: true, confidence: nil, responseMilliseconds: 1000, answeredAt: now)
        }
        let report = LearnerReport.build(
            learner: Learner(id: 1, name: "A", created: now), bank: bank, items: items, sessions: [],
            attempts: attempts, states: [:],
            since: nil, now: now)
        #expect(report.evaluation.hasPrefix("Stated the essential points"))
    }
}

struct ItemStatisticsTests {
    @Test func facilityAndDiscriminationByHand() throws {
        // Given three items and four sessions: item 0 is answered right exactly by the strong sessions.
        let bank = try awkwardBank()
        let items = Array(QuestionGenerator.generate(bank, seed: 1).items.filter { $0.kind != .trueFalse }.prefix(3))
        var attempts: [StoredAttempt] = []
        let pattern: [[Bool]] = [
            [true, true, true], [true, true, false], [false, false, true], [false, false, false],
        ]
        var id: Int64 = 0
        for (s, row) in pattern.enumerated() {
            for (i, right) in row.enumerated() {
                id += 1
                let item = items[i]
                let chosen = right ? item.answer : (item.answer + 1) % item.options.count
                attempts.append(
                    StoredAttempt(
                        id: AttemptID(id), sessionID: SessionID(Int64(s + 1)), bankID: TestBank.builtInID,
                        itemID: item.id, itemVersion: "v",
                        section: item.section,
                        chosen: chosen,
                        chosenText: item.options[chosen], correct: right, confidence: nil, responseMilliseconds: 1,
                        answeredAt: now))
            }
        }
        // A repeated answer in the same session does not count again.
        attempts.append(
            StoredAttempt(
                id: 99, sessionID: 4, bankID: TestBank.builtInID, itemID: items[0].id, itemVersion: "v",
                section: "symbols",
                chosen: items[0].answer,
                chosenText: items[0].key, correct: true, confidence: nil, responseMilliseconds: 1, answeredAt: now))
        let stats = ItemStatistics.compute(items: items, attempts: attempts)
        #expect(stats[0].attempts == 4)
        #expect(stats[0].facility == 0.5)
        // Item 0 scores x = 1,1,0,0; rest of session y = 2,1,1,0: Sxy = 1, Sxx = 1, Syy = 2, so r = 1/√2.
        #expect(abs((stats[0].discrimination ?? 0) - 1 / 2.0.squareRoot()) < 1e-12)
        #expect(stats[0].options.filter(\.isKey).first?.count == 2)
        #expect(stats[0].options.map(\.count).reduce(0, +) == 4)
        try golden("stats.csv", stats.rendered("csv"))
        try golden("stats.txt", stats.rendered("text"))
        try golden("stats.json", stats.rendered("json"))
    }

    @Test func flags() {
        let item = Item(
            id: "x", version: "v", kind: .factQuestion, section: "s", stem: "Q?", options: ["A", "B", "C"], answer: 0,
            explanation: "",
            feedback: [nil, nil, nil], source: "x", topic: "x", critical: false, readingGrade: 1)
        var attempts: [StoredAttempt] = []
        for n in 0..<10 {
            let first = n == 0
            attempts.append(
                StoredAttempt(
                    id: AttemptID(Int64(n)), sessionID: SessionID(Int64(n)), bankID: TestBank.builtInID, itemID: "x",
                    itemVersion: "v",
                    section: "s",
                    chosen: first ? 1 : 0,
                    chosenText: first ? "B" : "A", correct: !first, confidence: nil, responseMilliseconds: 1,
                    answeredAt: now))
        }
        let s = ItemStatistics.compute(items: [item], attempts: attempts)[0]
        #expect(s.flags.map { $0.text(.english) }.contains("too easy") == false)  // 0.9 is not above 0.9
        #expect(s.flags.map { $0.text(.english) }.contains("distractor under 5%: C"))
        #expect(s.discrimination == nil)  // the rest of each session is empty: no variation
    }
}

struct BankExportTests {
    @Test(arguments: BankExport.Format.allCases)
    func everyFormatMatchesItsGoldenFile(_ format: BankExport.Format) throws {
        let bank = try awkwardBank()
        let items = QuestionGenerator.generate(bank, seed: 1).items
        try golden("export.\(format.rawValue)", BankExport.render(format, bank: bank, items: items))
        try golden("export.fhir", FHIR.questionnaire(bank: bank, items: items))
    }

    @Test func giftRoundTripsEveryItem() throws {
        let bank = try awkwardBank()
        let items = QuestionGenerator.generate(bank, seed: 1).items
        let all = try GIFTParser.parse(BankExport.render(.gift, bank: bank, items: items))
        #expect(all.count == items.count)
        let parsed = Dictionary(uniqueKeysWithValues: all.map { ($0.title, $0) })
        for item in items {
            let q = try #require(parsed[item.id])
            #expect(q.title == item.id)
            #expect(q.stem == item.stem)
            #expect(q.options.map(\.text) == item.options)
            #expect(q.options.firstIndex(where: \.correct) == item.answer)
            #expect(q.options.map(\.feedback) == item.feedback)
            #expect(q.generalFeedback == item.explanation)
            #expect(q.category == "teachback/\(bank.metadata.id)/\(item.section)")
        }
    }

    @Test func giftRoundTripsTheBuiltInBank() throws {
        let bank = try BankLoader.load(path: try #require(TestSupportPath.builtIn))
        let items = QuestionGenerator.generate(bank, seed: 1).items
        let parsed = Dictionary(
            uniqueKeysWithValues: try GIFTParser.parse(BankExport.render(.gift, bank: bank, items: items)).map {
                ($0.title, $0)
            })
        #expect(parsed.count == items.count)
        for item in items {
            let q = try #require(parsed[item.id])
            #expect(q.stem == item.stem)
            #expect(q.options.map(\.text) == item.options)
            #expect(q.options.map(\.feedback) == item.feedback)
            #expect(q.generalFeedback == item.explanation)
        }
    }

    @Test func ankiHasItsHeadersAndOneNotePerItem() throws {
        let bank = try awkwardBank()
        let items = QuestionGenerator.generate(bank, seed: 1).items
        let lines = BankExport.render(.anki, bank: bank, items: items).split(separator: "\n")
        #expect(lines.prefix(7).allSatisfy { $0.hasPrefix("#") })
        #expect(lines.contains("#separator:tab") && lines.contains("#html:true") && lines.contains("#tags column:4"))
        let notes = lines.filter { !$0.hasPrefix("#") }
        #expect(notes.count == items.count)
        #expect(notes.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 4 })
        #expect(notes.allSatisfy { $0.contains("\tTeachback::awkward::symbols\t") })
    }
}

/// FHIR R4: the bank as a Questionnaire, the report as a Bundle whose responses answer it (the full validation with
/// fhir.resources is `scripts/check_fhir.py`, run by `.ci/run`).
struct FHIRTests {
    func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// Every linkId in items, recursively, with the codings its answer options allow.
    func options(_ items: [[String: Any]], into out: inout [String: Set<String>]) {
        for item in items {
            let link = item["linkId"] as? String ?? ""
            let codes = (item["answerOption"] as? [[String: Any]] ?? []).compactMap {
                ($0["valueCoding"] as? [String: Any]).map { "\($0["system"] ?? "")|\($0["code"] ?? "")" }
            }
            out[link, default: []].formUnion(codes)
            options(item["item"] as? [[String: Any]] ?? [], into: &out)
        }
    }

    @Test func theBundleAnswersTheQuestionnaireWithOnlyTheLearnersCode() throws {
        let (report, items, _) = try sampleReport()
        let bank = try awkwardBank()
        let questionnaire = try object(FHIR.questionnaire(bank: bank, items: items))
        let bundle = try object(report.rendered(.fhir, timeZone: utc))
        #expect(bundle["type"] as? String == "collection")
        let entries = try #require(bundle["entry"] as? [[String: Any]])
        // The Patient: its id and the code the station keeps, nothing else
        let patient = try #require(entries.first?["resource"] as? [String: Any])
        #expect(Set(patient.keys) == ["resourceType", "id", "identifier"])
        #expect((patient["identifier"] as? [[String: Any]])?.map { $0["value"] as? String } == ["Kim \"K\" O'Neil"])
        // One response a session, pointing at the Questionnaire's canonical URL and version
        let responses = entries.dropFirst().compactMap { $0["resource"] as? [String: Any] }
        #expect(responses.count == 3)
        let canonical = "\(questionnaire["url"] as? String ?? "")|\(questionnaire["version"] as? String ?? "")"
        #expect(responses.allSatisfy { $0["questionnaire"] as? String == canonical })
        #expect(responses.map { $0["status"] as? String } == ["in-progress", "completed", "completed"])
        #expect(
            responses.map { ($0["author"] as? [String: Any])?["display"] as? String } == [
                nil, "RN Lee <ward 4> & co", "RN Diaz",
            ])
        // Every answer's coding is one the Questionnaire offers for that linkId
        var allowed: [String: Set<String>] = [:]
        options(questionnaire["item"] as? [[String: Any]] ?? [], into: &allowed)
        var answered = 0
        var results: [String] = []
        func walk(_ items: [[String: Any]]) {
            for item in items {
                let link = item["linkId"] as? String ?? ""
                #expect(allowed[link] != nil, "\(link) is not in the Questionnaire")
                for answer in item["answer"] as? [[String: Any]] ?? [] {
                    if let coding = answer["valueCoding"] as? [String: Any] {
                        answered += 1
                        #expect(allowed[link]?.contains("\(coding["system"] ?? "")|\(coding["code"] ?? "")") == true)
                        if link.hasSuffix("/teach-back") { results.append(coding["code"] as? String ?? "") }
                    }
                    walk(answer["item"] as? [[String: Any]] ?? [])
                }
                walk(item["item"] as? [[String: Any]] ?? [])
            }
        }
        for r in responses { walk(r["item"] as? [[String: Any]] ?? []) }
        #expect(answered == report.answers.count + report.teachBack.count)
        #expect(results.sorted() == ["after-reteaching", "not-yet", "own-words", "skipped"])
    }

    @Test func aBaseMustBeAnAbsoluteWebAddress() throws {
        #expect(try FHIR.checkedBase("https://fhir.example.org/r4/") == "https://fhir.example.org/r4")
        for bad in ["ftp://x.org", "fhir.example.org", "https://", "https://x.org/a b", "https://x.org/?q=1"] {
            #expect(throws: FHIR.BaseError.self) { try FHIR.checkedBase(bad) }
        }
    }
}
