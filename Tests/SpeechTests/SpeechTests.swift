import Foundation
import QuizEngine
@testable import Speech
import TestSupport
import Testing

/// What read-aloud says, and how it runs espeak-ng: at once, stopped by a key, gone when stopped.
struct ReadAloudTests {
    @Test func aQuestionIsReadOnceWithItsLetteredOptionsThenTheOptionMovedTo() throws {
        let driver = try makeDriver(mode: .review)
        var readAloud = ReadAloud()
        guard case .question(let q) = driver.view.screen else {
            Issue.record("no question")
            return
        }
        let firstSaid = readAloud.utterance(for: driver.view)
        let first = try #require(firstSaid)
        #expect(first.name == "question-1")
        #expect(first.text.hasPrefix("Question 1 of \(q.total)."))
        #expect(first.text.contains(q.stem))
        for (i, option) in q.options.enumerated() {
            #expect(first.text.contains("\(Character(UnicodeScalar(UInt8(65 + i)))). \(option)"))
        }
        // Drawn again unchanged (a resize, a key that does nothing): not said again.
        #expect(readAloud.utterance(for: driver.view) == nil)
        driver.send(.moveFocus(by: 1))
        let movedSaid = readAloud.utterance(for: driver.view)
        let moved = try #require(movedSaid)
        #expect(moved.text == "B. \(q.options[1])")
    }

    @Test func feedbackThenTheNextQuestion() throws {
        let driver = try makeDriver(mode: .review)
        var readAloud = ReadAloud()
        _ = readAloud.utterance(for: driver.view)
        driver.answer(correct: false, next: false)
        let feedbackSaid = readAloud.utterance(for: driver.view)
        let feedback = try #require(feedbackSaid)
        #expect(feedback.name == "feedback-1")
        #expect(feedback.text.hasPrefix("Not quite. You chose "))
        #expect(feedback.text.contains("The answer is "))
        driver.send(.next)
        let next = readAloud.utterance(for: driver.view)
        #expect(next?.name.hasPrefix("question-") == true)
    }

    @Test func rReadsThePassage() throws {
        let driver = try makeDriver(mode: .review)
        var readAloud = ReadAloud()
        _ = readAloud.utterance(for: driver.view)
        driver.send(.read(section: nil))
        guard case .reading(let reading) = driver.view.overlay else {
            Issue.record("no passage")
            return
        }
        let saidSaid = readAloud.utterance(for: driver.view)
        let said = try #require(saidSaid)
        #expect(said.text == reading.title + ". " + reading.passage)
        #expect(said.name == "passage-\(reading.number)")
    }

    @Test func aSpanishBankIsReadInSpanish() throws {
        let driver = try makeDriver(bank: try TestSupport.spanishBank(), mode: .review)
        var readAloud = ReadAloud()
        let saidSaid = readAloud.utterance(for: driver.view)
        let said = try #require(saidSaid)
        #expect(said.text.hasPrefix("Pregunta 1 de "))
        driver.answer(correct: true, next: false)
        let feedback = readAloud.utterance(for: driver.view)
        #expect(feedback?.text.hasPrefix("Correcto. La respuesta es la ") == true)
    }

    @Test func menusAreNotRead() throws {
        let driver = try makeDriver()
        var readAloud = ReadAloud()
        #expect(readAloud.utterance(for: driver.view) == nil)
    }
}

/// A stand-in for espeak-ng: writes its arguments to a file, then waits as long as the text says (in seconds).
func fakeSpeaker(in folder: URL) throws -> URL {
    let script = folder.appendingPathComponent("fake-espeak")
    let text = """
        #!/bin/sh
        for a in "$@"; do last="$a"; done
        echo "$@" >> "\(folder.path)/calls"
        exec sleep "$last"
        """
    // Written through a descriptor closed on exec: a child another test starts meanwhile must not inherit it open for
    // writing, or running the script fails ("text file busy").
    let fd = open(script.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
    guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
    let written = text.utf8CString.withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count - 1) }
    close(fd)
    guard written == text.utf8.count else { throw CocoaError(.fileWriteUnknown) }
    return script
}

func isRunning(_ pid: pid_t) -> Bool { kill(pid, 0) == 0 }

/// Waits (up to 10 s) until the fake has written `lines` calls: it has started, and is asleep.
func awaitCalls(_ lines: Int, in folder: URL) throws -> String {
    let file = folder.appendingPathComponent("calls")
    for _ in 0..<1000 {
        if let text = try? String(contentsOf: file, encoding: .utf8), text.split(separator: "\n").count >= lines {
            return text
        }
        usleep(10_000)
    }
    throw CocoaError(.fileNoSuchFile)
}

struct SpeakerTests {
    @Test func speakingDoesNotWaitAndStopEndsIt() throws {
        let folder = try TestSupport.temporaryFolder()
        let program = try fakeSpeaker(in: folder)
        let (speaker, problem) = Speaker.make(
            language: .english, output: .audio, environment: ["TEACHBACK_ESPEAK": program.path])
        #expect(problem == nil)
        let s = try #require(speaker)
        // The child sleeps 600 seconds: say returns while it runs.
        s.say("600", name: "question-1")
        #expect(s.isSpeaking)
        let pid = try #require(s.currentProcess)
        let calls = try awaitCalls(1, in: folder)
        #expect(isRunning(pid))
        s.stop()
        #expect(!s.isSpeaking)
        #expect(!isRunning(pid))
        #expect(calls.contains("-v en-us"))
        #expect(calls.contains("-- 600"))
    }

    @Test func aNewUtteranceStopsTheOneBefore() throws {
        let folder = try TestSupport.temporaryFolder()
        let program = try fakeSpeaker(in: folder)
        let s = try #require(
            Speaker.make(language: .spanish, output: .audio, environment: ["TEACHBACK_ESPEAK": program.path]).speaker)
        s.say("600", name: "a")
        let first = try #require(s.currentProcess)
        _ = try awaitCalls(1, in: folder)
        s.say("600", name: "b")
        #expect(!isRunning(first))
        let second = try #require(s.currentProcess)
        #expect(try awaitCalls(2, in: folder).contains("-v es-419"))
        #expect(isRunning(second))
        s.finish()
        #expect(!isRunning(second))
    }

    @Test func withoutTheProgramOneLineSaysHowToInstallIt() {
        let (speaker, problem) = Speaker.make(
            language: .english, output: .audio, environment: ["TEACHBACK_ESPEAK": "/nonexistent/espeak-ng"])
        #expect(speaker == nil)
        #expect(
            problem
                == "Read-aloud is off: /nonexistent/espeak-ng was not found. Install it with: sudo apt-get install espeak-ng"
        )
        let spanish = Speaker.make(language: .spanish, output: .audio, environment: ["PATH": "/nonexistent"]).problem
        #expect(spanish?.hasPrefix("La lectura en voz alta está apagada: no se encontró espeak-ng.") == true)
    }

    static var hasEspeak: Bool {
        Speaker.find("espeak-ng", path: ProcessInfo.processInfo.environment["PATH"] ?? "") != nil
    }

    @Test(.enabled(if: hasEspeak, "espeak-ng is not installed (.ci/run installs it)"))
    func realEspeakWritesOneWavFilePerUtterance() throws {
        let folder = try TestSupport.temporaryFolder().appendingPathComponent("wav")
        let s = try #require(
            Speaker.make(
                language: .spanish, output: .wavFiles(folder: folder.path),
                environment: ProcessInfo.processInfo.environment
            ).speaker)
        s.say("Pregunta 1 de 2. ¿Qué es la inmunoterapia?", name: "question-1")
        s.say("-2 empieza con un guion.", name: "question-2")
        s.finish()
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["0001-question-1.wav", "0002-question-2.wav"])
        for file in files {
            let data = try Data(contentsOf: folder.appendingPathComponent(file))
            #expect(data.count > 10_000, "\(file)")
            #expect(data.prefix(4) == Data("RIFF".utf8))
        }
    }
}
