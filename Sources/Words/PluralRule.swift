/// A catalogue's plural rule: the C expression in its header's `Plural-Forms` (`nplurals=3; plural=(n%10==1 &&
/// n%100!=11 ? 0 : …);`), evaluated for a count to pick a message's form, as gettext does.
public struct PluralRule: Sendable, Equatable {
    /// How many forms each message has in this language.
    public let count: Int
    private let expression: Expression

    /// English's and Spanish's rule: one form for 1, another for every other number.
    public static let oneOther = PluralRule(count: 2, expression: .binary(.notEqual, .n, .number(1)))

    private init(count: Int, expression: Expression) {
        self.count = count
        self.expression = expression
    }

    /// The rule a `Plural-Forms` header value states.
    /// - Throws: `CatalogueError.Reason.pluralForms` with the column where it stops making sense.
    public init(header value: String) throws(CatalogueError.Reason) {
        var count: Int?
        var plural: Substring?
        for field in value.split(separator: ";") {
            let parts = field.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { continue }
            switch parts[0].trimmingSpaces() {
            case "nplurals": count = Int(parts[1].trimmingSpaces())
            case "plural": plural = parts[1]
            default: continue
            }
        }
        guard let count, (1...6).contains(count) else {
            throw .pluralForms("nplurals must be a number from 1 to 6 in \"\(value)\"")
        }
        guard let plural else { throw .pluralForms("no plural= expression in \"\(value)\"") }
        var parser = Parser(Array(plural.utf8))
        let expression = try parser.parseWhole()
        self.init(count: count, expression: expression)
    }

    /// The form (0 to count − 1) a count takes; an expression answering out of range gives the last form.
    public func form(for n: Int) -> Int {
        let value = expression.evaluate(n: n)
        return value >= 0 && value < count ? value : count - 1
    }

    indirect enum Expression: Sendable, Equatable {
        case n
        case number(Int)
        case not(Expression)
        case binary(Operator, Expression, Expression)
        case conditional(Expression, Expression, Expression)

        func evaluate(n: Int) -> Int {
            switch self {
            case .n: return n
            case .number(let value): return value
            case .not(let operand): return operand.evaluate(n: n) == 0 ? 1 : 0
            case .conditional(let test, let yes, let no):
                return test.evaluate(n: n) != 0 ? yes.evaluate(n: n) : no.evaluate(n: n)
            case .binary(let op, let left, let right):
                let a = left.evaluate(n: n)
                // && and || short-circuit, as in C.
                if op == .and { return a != 0 && right.evaluate(n: n) != 0 ? 1 : 0 }
                if op == .or { return a != 0 || right.evaluate(n: n) != 0 ? 1 : 0 }
                return op.apply(a, right.evaluate(n: n))
            }
        }
    }

    enum Operator: String, Sendable, Equatable {
        case or = "||", and = "&&", equal = "==", notEqual = "!=", less = "<", greater = ">", lessOrEqual = "<="
        case greaterOrEqual = ">=", plus = "+", minus = "-", times = "*", divide = "/", remainder = "%"

        /// How tightly it binds (higher first), as in C.
        var precedence: Int {
            switch self {
            case .or: 1
            case .and: 2
            case .equal, .notEqual: 3
            case .less, .greater, .lessOrEqual, .greaterOrEqual: 4
            case .plus, .minus: 5
            case .times, .divide, .remainder: 6
            }
        }

        func apply(_ a: Int, _ b: Int) -> Int {
            switch self {
            case .or: a != 0 || b != 0 ? 1 : 0
            case .and: a != 0 && b != 0 ? 1 : 0
            case .equal: a == b ? 1 : 0
            case .notEqual: a != b ? 1 : 0
            case .less: a < b ? 1 : 0
            case .greater: a > b ? 1 : 0
            case .lessOrEqual: a <= b ? 1 : 0
            case .greaterOrEqual: a >= b ? 1 : 0
            case .plus: a &+ b
            case .minus: a &- b
            case .times: a &* b
            // Division by zero answers 0 rather than trapping: a catalogue is data.
            case .divide: b == 0 ? 0 : a / b
            case .remainder: b == 0 ? 0 : a % b
            }
        }
    }

    /// A precedence-climbing parser of gettext's plural expressions.
    struct Parser {
        private let bytes: [UInt8]
        private var index = 0
        private var depth = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        mutating func parseWhole() throws(CatalogueError.Reason) -> Expression {
            let expression = try parseConditional()
            skipSpaces()
            guard index == bytes.count else {
                throw failure("unexpected \"\(String(decoding: bytes[index...], as: UTF8.self))\"")
            }
            return expression
        }

        private func failure(_ what: String) -> CatalogueError.Reason {
            .pluralForms("\(what) at column \(index + 1) of the plural expression")
        }

        private mutating func skipSpaces() {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        }

        private mutating func parseConditional() throws(CatalogueError.Reason) -> Expression {
            depth += 1
            defer { depth -= 1 }
            guard depth < 64 else { throw failure("an expression nested too deeply") }
            let test = try parseBinary(minimum: 1)
            skipSpaces()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "?") else { return test }
            index += 1
            let yes = try parseConditional()
            skipSpaces()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw failure("a \"?\" without its \":\"")
            }
            index += 1
            let no = try parseConditional()
            return .conditional(test, yes, no)
        }

        private mutating func parseBinary(minimum: Int) throws(CatalogueError.Reason) -> Expression {
            var left = try parseUnary()
            while true {
                skipSpaces()
                guard let op = peekOperator(), op.precedence >= minimum else { return left }
                index += op.rawValue.utf8.count
                let right = try parseBinary(minimum: op.precedence + 1)
                left = .binary(op, left, right)
            }
        }

        private func peekOperator() -> Operator? {
            let rest = bytes[index...]
            for op in [Operator.or, .and, .equal, .notEqual, .lessOrEqual, .greaterOrEqual]
            where rest.starts(with: op.rawValue.utf8) {
                return op
            }
            guard let first = rest.first else { return nil }
            return Operator(rawValue: String(UnicodeScalar(first)))
        }

        private mutating func parseUnary() throws(CatalogueError.Reason) -> Expression {
            skipSpaces()
            guard index < bytes.count else { throw failure("the expression ends too soon") }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "!"):
                index += 1
                return .not(try parseUnary())
            case UInt8(ascii: "("):
                index += 1
                let inner = try parseConditional()
                skipSpaces()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ")") else {
                    throw failure("a \"(\" without its \")\"")
                }
                index += 1
                return inner
            case UInt8(ascii: "n"):
                index += 1
                return .n
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                var value = 0
                while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                    let (product, overflow) = value.multipliedReportingOverflow(by: 10)
                    guard !overflow else { throw failure("a number too large") }
                    value = product + Int(bytes[index] - UInt8(ascii: "0"))
                    index += 1
                }
                return .number(value)
            default:
                throw failure("unexpected \"\(String(UnicodeScalar(byte)))\"")
            }
        }
    }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var result = self
        while let first = result.first, first == " " || first == "\t" || first == "\n" { result.removeFirst() }
        while let last = result.last, last == " " || last == "\t" || last == "\n" { result.removeLast() }
        return result
    }
}

extension String {
    func trimmingCharactersSpaces() -> String { String(Substring(self).trimmingSpaces()) }
}
