import QuizEngine

/// Read-aloud for one run of the trainer: what `ReadAloud` picks from the screens, spoken by a `Speaker`.
///
/// The full-screen trainer speaks a screen as soon as it is drawn and stops on every key. Plain mode prints a block
/// (the feedback, then the next question) before it waits for a line, so what it prints is queued and spoken when it
/// waits, and stopped when the line comes.
package final class SpeechSession {
    package let speaker: Speaker
    var readAloud = ReadAloud()
    var queued: [ReadAloud.Utterance] = []

    package init(speaker: Speaker) { self.speaker = speaker }

    /// The full-screen trainer drew `view`.
    package func drawn(_ view: ViewModel) {
        if let u = readAloud.utterance(for: view) { speaker.say(u.text, name: u.name) }
    }

    /// A key was pressed: speech stops at once.
    package func keyPressed() { speaker.stop() }

    /// Plain mode printed `view`.
    package func printed(_ view: ViewModel) {
        if let u = readAloud.utterance(for: view) { queued.append(u) }
    }

    /// Plain mode waits for a line: what was printed since the last one is spoken (one file each, writing WAV).
    package func waiting() {
        guard !queued.isEmpty else { return }
        switch speaker.output {
        case .audio:
            speaker.say(queued.map(\.text).joined(separator: " "), name: queued[0].name)
        case .wavFiles:
            for u in queued { speaker.say(u.text, name: u.name) }
        }
        queued = []
    }

    /// Plain mode read a line: speech stops.
    package func lineRead() { speaker.stop() }

    /// The run is over: nothing more is said, and WAV files being written are finished.
    package func finish() {
        queued = []
        speaker.finish()
    }
}
