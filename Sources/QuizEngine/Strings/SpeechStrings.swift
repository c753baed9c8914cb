/// What read-aloud says around the screen's own text, and its one message when it cannot speak.
package struct SpeechStrings: Sendable, Equatable {
    package let language: Language

    /// espeak-ng's voice for this language.
    package var voice: String { language.words.voice }
    /// The one line shown when espeak-ng is missing; the session goes on silent.
    package func missing(_ program: String) -> String {
        language.text(
            "Read-aloud is off: {program} was not found. Install it with: sudo apt-get install espeak-ng",
            ["program": program])
    }
    /// The one line shown when the folder for WAV files cannot be made.
    package func noFolder(_ folder: String) -> String {
        language.text(
            "Read-aloud is off: the folder {folder} cannot be made. Give a folder you can write to.", ["folder": folder]
        )
    }
}
