import LearnerModel
import Testing
import TestSupport
import Words

@testable import QuizEngine

/// Errors are values until a screen says them, in its language: a Spanish patient reads the whole reason in Spanish.
struct ErrorWordsTests {
    /// Given a Spanish session whose answer the disk cannot keep, then the notice is Spanish from end to end.
    @Test func anAnswerNotSavedIsExplainedInTheScreensLanguage() throws {
        let store = MemoryStore()
        let driver = try makeDriver(bank: try TestSupport.spanishBank(), mode: .review, store: store)
        store.failNextRecord = true
        driver.answer(correct: true, next: false)
        let notice = try #require(driver.state.notice)
        #expect(
            notice.hasPrefix("Su respuesta no se guardó: el disco donde está /home/ana/teachback.sqlite está lleno"))
        for english in ["disk", "saved", "full", "Free some space"] { #expect(!notice.contains(english), "\(notice)") }
    }

    @Test func theSameFailureInEnglish() throws {
        let store = MemoryStore()
        let driver = try makeDriver(mode: .review, store: store)
        store.failNextRecord = true
        driver.answer(correct: true, next: false)
        #expect(
            driver.state.notice
                == "Your answer was not saved: the disk holding /home/ana/teachback.sqlite is full, so the last change was not saved. Free some space and try again."
        )
    }

    /// A failure keeps which step failed and why, never as text to match.
    @Test func aFailureIsAValueNamingTheStepAndTheReason() {
        #expect(EngineFailure.Reason(MemoryStore.diskFull) == .store(MemoryStore.diskFull))
        #expect(EngineFailure.Reason(QuizDriver.TopicUnavailable(id: "t")) == .topicUnavailable(id: "t"))
        #expect(Effect.loadProgress.step == .loadProgress)
        #expect(Effect.loadLearners.step == .loadLearners)
        let topic = EngineFailure(step: .loadTopics, reason: .topicUnavailable(id: "hands"))
        #expect(Strings(.spanish).notices.failure(topic) == "no se puede abrir el tema 'hands'")
        #expect(Strings(.english).notices.failure(topic) == "the topic 'hands' cannot be opened")
    }

    /// Every store error has its own Spanish sentence (only "{path}: {detail}", which has no words, reads the same).
    @Test func everyStoreErrorReadsInSpanish() {
        let errors: [StoreError] = [
            .notADatabase(path: "p"), .corrupt(path: "p", detail: Message(verbatim: "d")), .newerSchema(path: "p"),
            .cannotCreate(path: "p", reason: Message(verbatim: "r")), .readOnly(path: "p"), .diskFull(path: "p"),
            .busy(path: "p"),
            .logNotErased(path: "p"), .notForBenchmark(location: "l"), .readOnlyFile(path: "p", mode: "m"),
            .readOnlyNeedsUpgrade(path: "p"), .learnerExists(name: "n"), .noSuchLearner(name: "n"),
            .invalidName(.empty), .invalidName(.tooLong(maximum: 80)),
            .invalidName(.controlCharacter(position: 2, code: "U+0007")),
            .invalidName(.invisibleCharacter(position: 3, code: "U+202E")), .nurseExists(name: "n"),
            .serverUnreachable(location: "l", detail: Message(verbatim: "")),
            .serverUnreachable(location: "l", detail: Message(verbatim: "d")),
            .authenticationFailed(location: "l"), .noSuchDatabase(location: "l"),
            .permissionDenied(location: "l", detail: Message(verbatim: "d")), .serverBehind(location: "l"),
            .conflict(location: "l", detail: Message(verbatim: "d")),
        ]
        let spanish = Catalogue.named("es")
        for error in errors {
            #expect(error.message(spanish) != error.description, "\(error.description)")
            #expect(!error.message(spanish).contains("{"), "\(error.message(spanish))")
        }
        #expect(StoreError.other(path: "p", detail: Message(verbatim: "d")).message(spanish) == "p: d")
    }
}

/// The same failure on a Chinese topic's screen reads in Chinese.
struct ChineseErrorWordsTests {
    @Test func anAnswerNotSavedIsExplainedInChinese() throws {
        let store = MemoryStore()
        let driver = try makeDriver(bank: try TestSupport.chineseBank(), mode: .review, store: store)
        store.failNextRecord = true
        driver.answer(correct: true, next: false)
        let notice = try #require(driver.state.notice)
        #expect(notice.hasPrefix("您的答案没有保存："), "\(notice)")
        #expect(notice.contains("/home/ana/teachback.sqlite"))
        for english in ["disk", "saved", "full", "Free some space", "answer"] {
            #expect(!notice.contains(english), "\(notice)")
        }
    }
}
