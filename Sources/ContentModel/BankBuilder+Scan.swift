import Foundation
internal import Yams

/// The scans that run before the YAML library sees a file: anchors and aliases, and the node limit.
extension BankBuilder {
    /// Finds the first `&` or `*` that YAML could read as an anchor or an alias, before the YAML library sees the
    /// text — with its line and column.
    ///
    /// An alias expands a few bytes into a copy of what it names: nine levels of seven make 40 million nodes from
    /// 400 bytes, and the YAML library hashes mapping keys as it composes, so an alias used as a key hangs it before
    /// any check on its result could run (and it offers no event stream to check first). So the text is read
    /// conservatively, without trusting quotes or comments (a fake quote earlier on a line is how a careful scan is
    /// fooled): any `&` or `*` that starts a word — not after a letter or a digit — and is followed by a character an
    /// anchor's name may hold is refused. Ordinary text ("Q&A", "5 * 3", "salt & pepper") passes; "*note*" does not,
    /// and the message says where.
    static func firstNodeMark(_ text: String) -> (line: Int, column: Int)? {
        var line = 1
        var column = 0
        var previous: Character = "\n"
        var mark = false
        for ch in text {
            column += 1
            if mark {
                mark = false
                // An anchor's name: any character but white space and the flow indicators , [ ] { }.
                if !(ch.isWhitespace || ch == "," || ch == "[" || ch == "]" || ch == "{" || ch == "}") {
                    return (line, column - 1)
                }
            }
            if (ch == "&" || ch == "*") && !(previous.isLetter || previous.isNumber) { mark = true }
            if ch == "\n" {
                line += 1
                column = 0
            }
            previous = ch
        }
        return nil
    }

    /// The first node past `limit` nodes, or carrying an anchor or alias (a second line of defence behind
    /// `firstNodeMark`); walking stops there, so even a file that got an alias through costs at most `limit` visits.
    static func firstOverLimit(_ root: Node, limit: Int) -> (Node, BankIssue)? {
        var stack = [root]
        var seen = 0
        while let node = stack.popLast() {
            seen += 1
            if seen > limit { return (node, .tooManyNodes(limit: limit)) }
            switch node {
            case .alias: return (node, .anchorsNotAllowed)
            case .scalar(let s): if s.anchor != nil { return (node, .anchorsNotAllowed) }
            case .sequence(let seq):
                if seq.anchor != nil { return (node, .anchorsNotAllowed) }
                stack.append(contentsOf: seq.reversed())
            case .mapping(let map):
                if map.anchor != nil { return (node, .anchorsNotAllowed) }
                for (key, value) in map.reversed() { stack.append(value); stack.append(key) }
            }
        }
        return nil
    }

    /// Finds, before the recursive YAML composer sees it, the first place nested deeper than `limit`.
    static func prescan(_ text: String, limit: Int) -> (line: Int, column: Int, issue: BankIssue)? {
        var line = 1
        var column = 0
        var flow = 0
        var indent = 0
        var atLineStart = true
        var quote: Character?
        var comment = false
        var previous: Character = "\n"
        for ch in text {
            column += 1
            if ch == "\n" {
                line += 1
                column = 0
                atLineStart = true
                indent = 0
                comment = false
                previous = "\n"
                continue
            }
            if comment { continue }
            if let q = quote {
                if ch == q { quote = nil }
                previous = ch
                continue
            }
            if atLineStart {
                if ch == " " || ch == "-" {
                    indent += 1
                    if indent / 2 > limit { return (line, column, .tooDeep(limit: limit)) }
                    if ch == "-" { previous = "-" }
                    continue
                }
                atLineStart = false
            }
            let startsNode =
                previous == "\n" || previous == ":" || previous == "-" || previous == "[" || previous == "{"
                || previous == ","
            switch ch {
            case "\"", "'": if startsNode { quote = ch }
            case "#": if previous == " " || previous == "\n" { comment = true }
            case "[", "{":
                flow += 1
                if flow > limit { return (line, column, .tooDeep(limit: limit)) }
            case "]", "}": flow = max(0, flow - 1)
            default: break
            }
            if ch != " " && ch != "\t" {
                previous = ch
            } else if previous != ":" && previous != "-" && previous != "," {
                previous = " "
            }
        }
        return nil
    }
}
