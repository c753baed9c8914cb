internal import CNcursesw
import QuizEngine

/// The full-screen trainer on ncursesw: draws the engine's screens, reads keys, follows resizes and signals.
package final class TerminalUI {
    let driver: QuizDriver
    let styles: Styles
    /// The screen drawn last: a screen that has not changed is not drawn again (a screen reader would read it again).
    var shown: ScreenImage?
    /// Told of every key before it is handled (read-aloud stops), and of every screen drawn (it may speak it).
    package var onKey: (() -> Void)?
    package var onScreen: ((ViewModel) -> Void)?

    package init(driver: QuizDriver, useColor: Bool) {
        self.driver = driver
        self.styles = Styles(useColor: useColor)
    }

    /// Runs until the learner quits, input ends or a signal arrives; the terminal is restored on every path.
    /// - Returns: the signal that ended the run, or 0.
    @discardableResult
    package func run() -> Int32 {
        tb_setlocale()
        guard initscr() != nil else { return 0 }
        defer { endwin() }
        tb_install_signal_handlers()
        Self.setUpTerminal(styles)
        var signal: Int32 = 0
        draw()
        while !driver.state.isFinished {
            let s = tb_take_signal()
            if s != 0 {
                signal = s
                driver.finish()
                break
            }
            switch Self.readKey() {
            case .none:
                // No key for a quarter of a second: the engine sees time pass (the idle warning and lock).
                if driver.tick() { draw() }
                continue
            case .resize:
                draw()
                continue
            case .other: onKey?()
            case .key(let key):
                onKey?()
                press(key)
            }
            draw()
        }
        return signal
    }

    /// Keys one at a time, no echo, no line translation, the keypad decoded, the cursor hidden, a quarter-second
    /// wait for a key; the styles set up. The trainer's and the pager's terminal, and again after an editor ran.
    static func setUpTerminal(_ styles: Styles) {
        cbreak()
        noecho()
        nonl()
        _ = tb_keypad(1)
        curs_set(0)
        // Escape arrives alone quickly; arrow keys still decode.
        set_escdelay(25)
        tb_timeout(250)
        styles.setUp()
    }

    /// What the terminal gave within a quarter of a second.
    enum Read {
        case none
        case resize
        case key(Key)
        /// A key that means nothing here.
        case other
    }

    static func readKey() -> Read {
        var ch: wint_t = 0
        let status = tb_get_wch(&ch)
        if status == ERR { return .none }
        if status == KEY_CODE_YES {
            if Int32(ch) == KEY_RESIZE { return .resize }
            return functionKey(Int32(ch)).map { .key($0) } ?? .other
        }
        return characterKey(UInt32(ch)).map { .key($0) } ?? .other
    }

    /// Sends what the key means on the screen showing, if anything.
    func press(_ key: Key) {
        if let intent = KeyMap.intent(for: key, in: driver.view) { driver.send(intent) }
    }

    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_NPAGE: .pageDown
        case KEY_PPAGE: .pageUp
        case KEY_ENTER: .enter
        case KEY_BACKSPACE, KEY_DC: .backspace
        case KEY_BTAB: .up
        default: nil
        }
    }

    static func characterKey(_ value: UInt32) -> Key? {
        switch value {
        case 10, 13: return .enter
        case 27: return .escape
        case 9: return .tab
        case 8, 127: return .backspace
        case 4: return .endOfInput
        default:
            guard value >= 32, let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    func draw() {
        let width = Int(tb_cols()), height = Int(tb_lines())
        let view = driver.view
        onScreen?(view)
        let image = ScreenLayout.render(view, width: width, height: height)
        guard image != shown else { return }
        shown = image
        styles.paint(image, width: width, height: height)
    }
}

extension TerminalUI {
    /// How styles look on this terminal (colour unless NO_COLOR), and a laid-out screen painted in them: shared by
    /// the trainer and the pager.
    final class Styles {
        let useColor: Bool
        var attributes: [Style: Int32] = [:]
        var titleAttribute: Int32 = 0

        init(useColor: Bool) { self.useColor = useColor }

        func setUp() {
            let bold = Int32(tb_a_bold()), dim = Int32(tb_a_dim()), reverse = Int32(tb_a_reverse()),
                underline = Int32(tb_a_underline())
            attributes = [
                .normal: 0, .title: bold, .dim: dim, .selected: reverse | bold, .good: bold, .bad: bold, .key: bold,
                .accent: underline, .warning: bold,
            ]
            titleAttribute = reverse | bold
            // NO_COLOR or --no-color: start_color is never called, so the terminal keeps its own colours.
            guard useColor, has_colors() else { return }
            start_color()
            use_default_colors()
            let pairs: [(Style, Int16, Int32)] = [
                (.good, Int16(COLOR_GREEN), bold), (.bad, Int16(COLOR_RED), bold), (.key, Int16(COLOR_CYAN), bold),
                (.accent, Int16(COLOR_BLUE), bold), (.warning, Int16(COLOR_YELLOW), bold),
            ]
            for (n, (style, colour, extra)) in pairs.enumerated() {
                init_pair(Int16(n + 1), colour, -1)
                attributes[style] = Int32(tb_color_pair(Int32(n + 1))) | extra
            }
        }

        /// Paints a screen, whole.
        func paint(_ image: ScreenImage, width: Int, height: Int) {
            _ = tb_erase()
            for (y, line) in image.lines.enumerated() where y < height {
                _ = tb_move(Int32(y), 0)
                var used = 0
                // Never write the bottom-right cell: some terminals scroll when it is filled.
                let limit = y == height - 1 ? width - 1 : width
                for span in line {
                    let attr = y == 0 ? titleAttribute : (attributes[span.style] ?? 0)
                    _ = tb_attrset(attr)
                    var text: [wchar_t] = []
                    for scalar in span.text.unicodeScalars {
                        let w = TextLayout.width(scalar)
                        if used + w > limit { break }
                        used += w
                        text.append(wchar_t(bitPattern: scalar.value))
                    }
                    _ = text.withUnsafeBufferPointer { tb_addnwstr($0.baseAddress, Int32($0.count)) }
                }
                if y == 0 {
                    let pad = [wchar_t](repeating: 32, count: max(0, width - used))
                    _ = pad.withUnsafeBufferPointer { tb_addnwstr($0.baseAddress, Int32($0.count)) }
                }
                _ = tb_attrset(0)
            }
            if let cursor = image.cursor {
                curs_set(1)
                _ = tb_move(Int32(cursor.row), Int32(cursor.column))
            } else {
                curs_set(0)
            }
            _ = tb_refresh()
        }
    }
}
