import LearnerModel
import QuestionGeneration
import QuizEngine

/// The full-screen trainer's keys: what each key means on the screen showing, as an intent for the engine.
package enum KeyMap {
    /// The intent of `key` on the screen `view` describes, or nil when the key does nothing there.
    package static func intent(for key: Key, in view: ViewModel) -> Intent? {
        if key == .endOfInput { return .quit }
        if let overlay = view.overlay { return overlayIntent(key, overlay) }
        switch view.screen {
        case .learnerPicker(let picker): return textField(key, typed: picker.typed, list: true)
        case .topics(let topics): return topicsIntent(key, topics)
        case .home(let home): return homeIntent(key, home)
        case .question(let question): return questionIntent(key, question)
        case .confidence: return confidenceIntent(key)
        case .feedback: return feedbackIntent(key)
        case .summary:
            switch key {
            case .pageDown: return .scroll(by: 10)
            case .down: return .scroll(by: 1)
            case .pageUp: return .scroll(by: -10)
            case .up: return .scroll(by: -1)
            case .enter: return .activate
            default: return .back
            }
        case .progress, .roster:
            switch key {
            case .pageDown: return .scroll(by: 10)
            case .down: return .scroll(by: 1)
            case .pageUp: return .scroll(by: -10)
            case .up: return .scroll(by: -1)
            default: return .back
            }
        case .sectionPicker(let picker): return sectionPickerIntent(key, picker)
        case .settings(let settings): return settingsIntent(key, settings)
        case .plan: return planIntent(key)
        case .signIn(let form):
            if key == .tab { return .moveFocus(by: 1) }
            guard form.onSecret else { return textField(key, typed: form.name, list: false) }
            // The view has only the secret's length: keys are sent one by one to the engine, which holds it.
            switch key {
            case .backspace: return .typeInSecret(nil)
            case .character(let c) where !c.isNewline: return .typeInSecret(c)
            default: return textField(key, typed: "", list: false)
            }
        case .teachBack(let step):
            if let typing = step.typing { return textField(key, typed: typing, list: false) }
            return teachBackIntent(key)
        }
    }

    /// A list of choices that stops with Escape and scrolls a page with PgUp/PgDn (a question, a teach-back point).
    static func choiceKeys(_ key: Key) -> Intent? {
        switch key {
        case .up: .moveFocus(by: -1)
        case .down, .tab: .moveFocus(by: 1)
        case .enter: .activate
        case .escape: .stop
        case .pageDown: .scroll(by: 5)
        case .pageUp: .scroll(by: -5)
        default: nil
        }
    }

    static func teachBackIntent(_ key: Key) -> Intent? {
        if let intent = choiceKeys(key) { return intent }
        switch key {
        case .character(let c):
            if let d = c.wholeNumberValue, TeachBackResult.allCases.indices.contains(d - 1) {
                return .recordTeachBack(TeachBackResult.allCases[d - 1])
            }
            switch Character(c.lowercased()) {
            case "n": return .open(.teachBackNote)
            case "r": return .read(section: nil)
            case "u": return .undo
            case "q": return .stop
            case "?": return .open(.help)
            default: return .unrecognised
            }
        default: return nil
        }
    }

    static func overlayIntent(_ key: Key, _ overlay: OverlayView) -> Intent {
        guard case .reading = overlay else { return .back }
        switch key {
        case .down: return .scroll(by: 1)
        case .up: return .scroll(by: -1)
        case .pageDown, .character(" "): return .scroll(by: 8)
        case .pageUp: return .scroll(by: -8)
        case .right, .tab: return .turnPage(by: 1)
        case .left: return .turnPage(by: -1)
        default: return .back
        }
    }

    /// A screen with a text field (and, for the learner picker, a list to choose from below it).
    static func textField(_ key: Key, typed: String, list: Bool) -> Intent? {
        switch key {
        case .up where list: return .moveFocus(by: -1)
        case .down where list: return .moveFocus(by: 1)
        case .backspace: return .editText(String(typed.dropLast()))
        case .escape: return .back
        case .enter: return .activate
        case .character(let c) where !c.isNewline: return .editText(typed + String(c))
        default: return nil
        }
    }

    static func homeIntent(_ key: Key, _ home: HomeView) -> Intent? {
        menuIntent(key, shortcuts: home.rows.map { ($0.shortcut, $0.entry.intent) })
    }

    static func topicsIntent(_ key: Key, _ topics: TopicsView) -> Intent? {
        menuIntent(key, shortcuts: topics.rows.map { ($0.shortcut, $0.intent) })
    }

    /// A menu: arrows move, PgUp and PgDn a page (as the "more below (PgDn)" hint says), Enter chooses, Esc goes
    /// back, `?` is help, and each row's key chooses it.
    static func menuIntent(_ key: Key, shortcuts: [(Character, Intent)]) -> Intent? {
        switch key {
        case .up: return .moveFocus(by: -1)
        case .down, .tab: return .moveFocus(by: 1)
        case .pageDown: return .moveFocus(by: Self.menuPage)
        case .pageUp: return .moveFocus(by: -Self.menuPage)
        case .enter: return .activate
        case .escape: return .back
        case .character("?"): return .open(.help)
        case .character(let c):
            let lower = Character(c.lowercased())
            return shortcuts.first { $0.0 == lower }?.1
        default: return nil
        }
    }

    /// Rows a PgUp or PgDn moves the focus in a menu.
    static let menuPage = 5

    static func questionIntent(_ key: Key, _ question: QuestionView) -> Intent? {
        if let intent = choiceKeys(key) { return intent }
        switch key {
        case .character(let c):
            if let option = OptionLetter.index(of: c, optionCount: question.options.count) {
                return .answer(option: option)
            }
            switch Character(c.lowercased()) {
            case "?": return .open(.help)
            case "r": return .read(section: nil)
            case "u": return .undo
            case "q": return .stop
            default: return .unrecognised
            }
        default: return nil
        }
    }

    static func confidenceIntent(_ key: Key) -> Intent? {
        switch key {
        case .up: return .moveFocus(by: -1)
        case .down, .tab: return .moveFocus(by: 1)
        case .enter: return .activate
        case .escape: return .back
        case .character(let c):
            switch Character(c.lowercased()) {
            case "1", "s": return .rateConfidence(.sure)
            case "2", "n": return .rateConfidence(.notSure)
            case "3", "g": return .rateConfidence(.guessed)
            default: return nil
            }
        default: return nil
        }
    }

    static func feedbackIntent(_ key: Key) -> Intent? {
        switch key {
        case .enter, .right, .character(" "), .character("n"), .character("N"): return .next
        case .character("r"), .character("R"): return .read(section: nil)
        case .character("u"), .character("U"): return .undo
        case .character("q"), .character("Q"), .escape: return .stop
        case .character("?"): return .open(.help)
        case .pageDown: return .scroll(by: 5)
        case .down: return .scroll(by: 1)
        case .pageUp: return .scroll(by: -5)
        case .up: return .scroll(by: -1)
        default: return nil
        }
    }

    static func sectionPickerIntent(_ key: Key, _ picker: SectionPickerView) -> Intent? {
        switch key {
        case .up: return .moveFocus(by: -1)
        case .down, .tab: return .moveFocus(by: 1)
        case .enter: return .activate
        case .escape, .character("q"): return .back
        case .character(let c):
            guard let d = c.wholeNumberValue, picker.sectionIDs.indices.contains(d - 1) else { return nil }
            return picker.forReading ? .read(section: d - 1) : .start(.section, section: picker.sectionIDs[d - 1])
        default: return nil
        }
    }

    static func planIntent(_ key: Key) -> Intent? {
        switch key {
        case .up: return .moveFocus(by: -1)
        case .down, .tab: return .moveFocus(by: 1)
        case .enter, .character(" "): return .togglePlan
        case .left, .character("-"): return .moveReadyBy(days: -1)
        case .right, .character("+"): return .moveReadyBy(days: 1)
        case .pageUp: return .moveReadyBy(days: -7)
        case .pageDown: return .moveReadyBy(days: 7)
        case .character("x"), .character("X"), .backspace: return .clearReadyBy
        case .escape, .character("q"): return .back
        case .character("?"): return .open(.help)
        default: return nil
        }
    }

    static func settingsIntent(_ key: Key, _ settings: SettingsView?) -> Intent? {
        switch key {
        case .up: return .moveFocus(by: -1)
        case .down, .tab: return .moveFocus(by: 1)
        case .escape, .character("q"): return .back
        default: break
        }
        guard let settings, settings.entries.indices.contains(settings.selected) else { return nil }
        let entry = settings.entries[settings.selected]
        switch key {
        case .left, .character("-"): return .changeSetting(entry, by: -1)
        case .right, .enter, .character(" "), .character("+"): return .changeSetting(entry, by: 1)
        default: return nil
        }
    }
}
