import CSpawn
import Foundation
import QuizEngine

/// Where speech goes: the sound card, or one WAV file per utterance in a folder (espeak-ng `-w`, for tests).
package enum SpeechOutput: Sendable, Equatable {
    case audio
    case wavFiles(folder: String)
}

/// Speaks through espeak-ng, one child process per utterance, and never waits for it.
///
/// A new utterance or `stop()` kills the one speaking (a key press stops speech). Each child is started with the kernel
/// told to kill it when the trainer's process ends (`PR_SET_PDEATHSIG`), so quitting, Ctrl-C or even `kill -9` of the
/// trainer leaves no speech behind; `finish()` kills it on the way out as well. Writing WAV files, utterances are
/// not cut short (each file is whole); `finish()` waits for the last ones.
///
/// Start it and use it from the main thread only: the kernel's tie is to the thread that started the child.
package final class Speaker {
    /// The program's absolute path, the voice, and where the sound goes.
    package let program: String
    package let voice: String
    package let output: SpeechOutput
    /// Words a minute.
    package var rate = 150
    private var speaking: pid_t = 0
    private var writers: [pid_t] = []
    private var written = 0

    init(program: String, voice: String, output: SpeechOutput) {
        self.program = program
        self.voice = voice
        self.output = output
    }

    /// A speaker for `language`, or the one line that says why there is none (espeak-ng missing; a folder for WAV
    /// files that cannot be made) — the session then goes on silent.
    ///
    /// The program is `TEACHBACK_ESPEAK` when set (a path), else `espeak-ng` found on `PATH`.
    package static func make(
        language: Language, output: SpeechOutput, environment: [String: String]
    ) -> (speaker: Speaker?, problem: String?) {
        let strings = Strings(language).speech
        let wanted = environment["TEACHBACK_ESPEAK"].flatMap { $0.isEmpty ? nil : $0 } ?? "espeak-ng"
        guard let path = find(wanted, path: environment["PATH"] ?? "/usr/bin:/bin") else {
            return (nil, strings.missing(wanted))
        }
        if case .wavFiles(let folder) = output {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                return (nil, strings.noFolder(folder))
            }
        }
        return (Speaker(program: path, voice: strings.voice, output: output), nil)
    }

    /// An executable file: `name` itself when it holds a slash, else the first match on `path`.
    static func find(_ name: String, path: String) -> String? {
        let fm = FileManager.default
        if name.contains("/") { return fm.isExecutableFile(atPath: name) ? name : nil }
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/\(name)"
            if fm.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Says `text` (stopping what is being said); `name` names its WAV file ("0003-question-2.wav").
    package func say(_ text: String, name: String) {
        reap()
        var arguments = [program, "-v", voice, "-s", String(rate)]
        switch output {
        case .audio:
            stop()
        case .wavFiles(let folder):
            written += 1
            let file = String(format: "%04d-", written) + Self.fileName(name) + ".wav"
            arguments += ["-w", (folder as NSString).appendingPathComponent(file)]
        }
        // "--" ends the options: a text that starts with "-" is read, not parsed.
        arguments += ["--", text]
        let pid = Self.spawn(program, arguments)
        guard pid > 0 else { return }
        switch output {
        case .audio: speaking = pid
        case .wavFiles: writers.append(pid)
        }
    }

    /// Stops the speech under way, at once. Files being written are left to finish.
    package func stop() {
        if speaking > 0 { _ = tb_kill_and_reap(speaking) }
        speaking = 0
    }

    /// The process speaking now, if any.
    var currentProcess: pid_t? {
        reap()
        return speaking > 0 ? speaking : nil
    }

    /// Whether an utterance is being spoken now.
    package var isSpeaking: Bool {
        reap()
        return speaking > 0
    }

    /// On the way out: speech stops; WAV files being written are finished.
    package func finish() {
        stop()
        for pid in writers { _ = tb_wait(pid) }
        writers = []
    }

    deinit { finish() }

    private func reap() {
        if speaking > 0, tb_reap_if_done(speaking) == 1 { speaking = 0 }
        writers.removeAll { tb_reap_if_done($0) == 1 }
    }

    static func fileName(_ name: String) -> String {
        String(name.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "-" })
    }

    static func spawn(_ path: String, _ arguments: [String]) -> pid_t {
        var cArguments = arguments.map { strdup($0) }
        defer { cArguments.forEach { free($0) } }
        cArguments.append(nil)
        return cArguments.withUnsafeMutableBufferPointer { tb_spawn_tied(path, $0.baseAddress) }
    }
}
