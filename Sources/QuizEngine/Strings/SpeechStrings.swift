/// What read-aloud says around the screen's own text, and its one message when it cannot speak.
package struct SpeechStrings: Sendable, Equatable {
    package let language: Language

    /// espeak-ng's voice for this language.
    package var voice: String { language.pick("en-us", "es-419") }
    /// The one line shown when espeak-ng is missing; the session goes on silent.
    package func missing(_ program: String) -> String {
        language.pick(
            "Read-aloud is off: \(program) was not found. Install it with: sudo apt-get install espeak-ng",
            "La lectura en voz alta está apagada: no se encontró \(program). Instálelo con: sudo apt-get install espeak-ng"
        )
    }
    /// The one line shown when the folder for WAV files cannot be made.
    package func noFolder(_ folder: String) -> String {
        language.pick(
            "Read-aloud is off: the folder \(folder) cannot be made. Give a folder you can write to.",
            "La lectura en voz alta está apagada: no se puede crear la carpeta \(folder). Indique una carpeta donde pueda escribir."
        )
    }
}
