internal import CNcursesw
import QuizEngine

/// What a pager shows and does: a page, and what a key or a typed answer means.
package protocol PagerModel: AnyObject {
    var page: PagerPage { get }
    var isFinished: Bool { get }
    /// A key the pager does not use itself (it scrolls with ↑ ↓ PgUp PgDn); returns work to do with the terminal
    /// given back (an editor), or nil.
    func press(_ key: Key) -> (() -> Void)?
    /// The answer to the page's prompt; nil when it was cancelled (Escape).
    func answer(_ line: String?)
    /// A key typed into the prompt (the pager keeps the line; the model shows it).
    func typed(_ text: String)
}

/// Runs a pager full screen on ncursesw: scrolling, a typed line for prompts, resizes and signals; the terminal is
/// restored on every path, and given back whole while an editor runs.
package final class PagerUI {
    let model: any PagerModel
    let terminal: TerminalUI.Styles
    var scroll = 0
    var shownTitle = ""
    var typed = ""
    var shown: ScreenImage?

    package init(model: any PagerModel, useColor: Bool) {
        self.model = model
        self.terminal = TerminalUI.Styles(useColor: useColor)
    }

    /// Runs until the model is finished, input ends or a signal arrives.
    /// - Returns: the signal that ended the run, or 0.
    @discardableResult
    package func run() -> Int32 {
        tb_setlocale()
        guard initscr() != nil else { return 0 }
        defer { endwin() }
        tb_install_signal_handlers()
        TerminalUI.setUpTerminal(terminal)
        var signal: Int32 = 0
        draw()
        while !model.isFinished {
            let s = tb_take_signal()
            if s != 0 {
                signal = s
                break
            }
            switch TerminalUI.readKey() {
            case .none, .other: continue
            case .resize:
                shown = nil
                draw()
                continue
            case .key(let key): handle(key)
            }
            if model.isFinished { break }
            draw()
        }
        return signal
    }

    func handle(_ key: Key) {
        let height = Int(tb_lines())
        if model.page.prompt != nil {
            switch key {
            case .enter:
                let line = typed
                typed = ""
                model.answer(line)
            case .escape:
                typed = ""
                model.answer(nil)
            case .endOfInput:
                typed = ""
                model.answer(nil)
            case .backspace:
                if !typed.isEmpty { typed.removeLast() }
                model.typed(typed)
            case .character(let c):
                typed.append(c)
                model.typed(typed)
            default: break
            }
            return
        }
        switch key {
        case .up: scroll -= 1
        case .down: scroll += 1
        case .pageUp: scroll -= max(1, height - 6)
        case .pageDown, .character(" "): scroll += max(1, height - 6)
        default:
            if let work = model.press(key) {
                // The editor gets the whole terminal, as if the pager were not there; then the pager comes back.
                endwin()
                work()
                TerminalUI.setUpTerminal(terminal)
                shown = nil
                _ = tb_refresh()
            }
        }
    }

    func draw() {
        let width = Int(tb_cols()), height = Int(tb_lines())
        let page = model.page
        // A new page (its first line changed: the next element) starts at its top.
        let first = page.body.first?.text ?? page.title
        if first != shownTitle {
            scroll = 0
            shownTitle = first
        }
        let (image, used, _) = PagerLayout.render(page, scroll: scroll, width: width, height: height)
        scroll = used
        guard image != shown else { return }
        shown = image
        terminal.paint(image, width: width, height: height)
    }
}
