import ContentModel
@testable import QuestionGeneration
import Testing
import TestSupport

/// The shortcuts generation takes for speed must give what the plain way gives.
struct GenerationSpeedupTests {
    /// A bank with concepts in groups, ungrouped concepts and a taught term that spans words.
    func mixedBank(concepts: Int) -> Bank {
        var list: [Concept] = []
        var groups: [ConceptGroup] = []
        for g in 0..<(concepts / 20) {
            let ids = (0..<20).map { "c\(g * 20 + $0)" }
            for (m, id) in ids.enumerated() {
                let n = g * 20 + m
                list.append(
                    Concept(
                        id: id, term: n % 7 == 0 ? "Checkpoint helper \(n)" : "Thing \(n) name",
                        definition: n % 5 == 0
                            ? "A kind of thing that does job \(n) in the body, like checkpoint inhibitors do."
                            : "A part that does job \(n + 50_000) in the blood",
                        section: "s\(n % 3)"))
            }
            groups.append(
                ConceptGroup(
                    id: "g\(g)", label: "kinds of group \(g)", memberNoun: "a kind of group \(g)", section: "s0",
                    members: ids,
                    nonMembers: ["Other \(g) one", "Other \(g) two", "Other \(g) three"].map { NonMember($0) }))
        }
        for n in 0..<30 {
            list.append(
                Concept(id: "u\(n)", term: "Loose \(n)", definition: "A lone idea number \(n).", section: "s1"))
        }
        let sections = (0..<3).map { Section(id: "s\($0)", title: "Section \($0)", passage: "Words.") }
        return Bank(
            metadata: BankMetadata(id: "mixed", title: "Mixed"), sections: sections, concepts: list, groups: groups)
    }

    @Test func manyPiecesOnManyThreadsGiveWhatOnePieceGives() {
        let bank = mixedBank(concepts: 1_200)
        let one = QuestionGenerator.generate(bank, seed: 5, elementsPerPiece: Int.max)
        let many = QuestionGenerator.generate(bank, seed: 5, elementsPerPiece: 97)
        #expect(GenerationPieces(bank, size: 97).jobs.count > 10)
        #expect(one.items.count > 3_000)
        #expect(one.items == many.items)
        #expect(one.findings == many.findings)
    }

    @Test func tokenCountsMatchCountingTheReplacedText() throws {
        let bank = try TestSupport.builtInBank()
        let taught = Readability.TaughtTerms(QuestionGenerator.taughtTerms(bank))
        let memo = TextMemo(taught: taught)
        var texts =
            bank.concepts.flatMap { [$0.term, $0.definition] } + bank.facts.map(\.statement)
            + bank.claims.map(\.statement) + bank.actions.flatMap { [$0.situation, $0.right] }
        texts += QuestionGenerator.generate(bank, seed: 1).items.flatMap { [$0.stem] + $0.options }
        texts += [
            "  double  spaces ", "“Curly” quotes — dashes…", "Tabs\tand\nlines.", "", "?!", "CAR T-cell therapy.",
            "E\u{301}clair", "Élan", "A\r\n", "Ends with a line.\r\n", "?", "Q?", "x)", "\"Quoted.\"", "ab-cd/ef.",
        ]
        for text in texts {
            #expect(memo.counts(text) == Readability.counts(taught.apply(text)), "\(text)")
            #expect(memo.facts(text).counts == Readability.counts(taught.apply(text)), "\(text)")
            let words = memo.facts(text).contentWords
            #expect(Set(words) == ItemLint.contentWords(text), "\(text)")
            #expect(Set(words).count == words.count, "each word once: \(text)")
            #expect(memo.facts(text).normalised == ItemLint.normalise(text), "\(text)")
            #expect(memo.facts(text).characters == text.count, "\(text)")
            #expect(memo.facts(text).endsSentence == (text.last.map { ".?!".contains($0) } ?? false), "\(text)")
            #expect(memo.facts(text).capitalised == (text.first?.isUppercase ?? false), "\(text)")
        }
    }

    @Test func asciiTokensCountAsCharactersDo() throws {
        let bank = try TestSupport.builtInBank()
        let texts = QuestionGenerator.generate(bank, seed: 1).items.flatMap { [$0.stem, $0.explanation] + $0.options }
        var tokens = Set(texts.flatMap { $0.split(separator: " ").map(String.init) })
        tokens.formUnion([
            "T-cell", "lab-made/by", "-", "--", "(yes.)", "end.\"", "why?]", "'ok!'", "42", "a/b/c", "x.)",
        ])
        var checked = 0
        for token in tokens where token.utf8.allSatisfy({ $0 < 0x80 }) {
            let fast = withBytes(token) { Readability.asciiTokenCounts($0) }
            #expect(fast == Readability.characterTokenCounts(Substring(token)), "\(token)")
            checked += 1
        }
        #expect(checked > 300)
    }

    @Test func byteKeyedTableFindsWhatWasAddedAndNothingElse() {
        var table = ByteKeyedTable<Int>()
        let keys = (0..<5_000).map { "key \($0 * 7919 % 10_007)" } + ["", "é", "a", "ab"]
        for (n, key) in keys.enumerated() {
            let index = withBytes(key) { table.append($0, hash: ByteKeyedTable<Int>.hash($0), value: n * 3) }
            #expect(index == n)
        }
        for (n, key) in keys.enumerated() {
            let found = withBytes(key) { table.index(of: $0, hash: ByteKeyedTable<Int>.hash($0)) }
            #expect(found.map { table[$0] } == n * 3)
        }
        for missing in ["key -1", "b", "key 10007", "ké"] {
            #expect(withBytes(missing) { table.index(of: $0, hash: ByteKeyedTable<Int>.hash($0)) } == nil)
        }
    }

    @Test func intKeyedTableAndHashSetFindWhatWasAddedAndNothingElse() {
        var table = IntKeyedTable<String>()
        var hashes = HashSet()
        // Keys that share low bits, zero and negatives, past several growths.
        let keys = (0..<3_000).map { $0 * 1_024 } + [-1, -7, 1, 3]
        for key in keys {
            #expect(table[key] == nil)
            table.insert(key, "v\(key)")
            hashes.insert(UInt64(bitPattern: Int64(key)))
        }
        hashes.insert(0)
        for key in keys {
            #expect(table[key] == "v\(key)")
            #expect(hashes.contains(UInt64(bitPattern: Int64(key))))
        }
        for missing in [5, 1_023, -2, 3_000 * 1_024] {
            #expect(table[missing] == nil)
            #expect(!hashes.contains(UInt64(bitPattern: Int64(missing))))
        }
        var empty = HashSet()
        #expect(!empty.contains(0))
        empty.insert(0)
        #expect(empty.contains(0))
    }

    @Test func taughtTermsAreFoundByTheirWords() {
        let taught = Readability.TaughtTerms([
            "Checkpoint inhibitors", "CAR T-cell therapy", "Vaccines", "  odd   spacing  ",
        ])
        #expect(taught.isTerm("checkpoint inhibitors"))
        #expect(taught.isTerm(["checkpoint", "inhibitors"]))
        #expect(taught.isTerm(["car", "t-cell", "therapy"]))
        #expect(taught.isTerm(["odd", "spacing"]))
        #expect(taught.isTerm("vaccines"))
        #expect(!taught.isTerm(["checkpoint"]))
        #expect(!taught.isTerm(["checkpoint", "inhibitor"]))
        #expect(!taught.isTerm([String]()))
        #expect(taught.startsTerm("car") && taught.startsTerm("checkpoint") && !taught.startsTerm("therapy"))
        #expect(taught.lengths == [3, 2, 1])
        #expect(taught.apply("Ask about checkpoint inhibitors.") == "Ask about termword.")
    }

    @Test func asciiTermsAreAddedAsTheirWordsSay() throws {
        let bank = try TestSupport.builtInBank()
        let terms =
            QuestionGenerator.taughtTerms(bank) + [
                "  odd   spacing  ", "(Brackets) and, commas.", "---", "", "x", "T-cell/B-cell", "Crème brûlée",
            ]
        let taught = Readability.TaughtTerms(terms)
        for term in terms {
            let words = Readability.TaughtTerms.words(term)
            guard let first = words.first else { continue }
            #expect(taught.isTerm(words.joined(separator: " ")), "\(term)")
            #expect(taught.isTerm(words), "\(term)")
            #expect(taught.startsTerm(first), "\(term)")
            let hash = words.reduce(Readability.TaughtTerms.sequenceSeed) {
                Readability.TaughtTerms.combine($0, Readability.TaughtTerms.wordHash($1))
            }
            #expect(taught.mayBeTerm(hash: hash), "\(term)")
            #expect(taught.lengths.contains(words.count), "\(term)")
        }
        #expect(!taught.isTerm("odd spacing brackets"))
        #expect(!taught.startsTerm("spacing"))
        #expect(!taught.isTerm(""))
    }

    @Test func joiningPiecesGivesWhatAStableSortOfThemJoinedGives() {
        // Given pieces with overlapping runs, ids repeated across pieces, and an empty piece
        let pieces = (0..<7).map { p in
            var piece = GenerationPieces.Piece()
            for n in stride(from: p, to: p == 3 ? p : 300, by: 3 + p) {
                let id = "k\(n % 50):\(n % 40)"
                piece.items.append(
                    Item(
                        id: id, version: "v", kind: .faq, section: "s", stem: "\(p)", options: ["A", "B"], answer: 0,
                        explanation: "E", feedback: [nil, nil], source: "\(p)", topic: id, critical: false,
                        readingGrade: 1))
            }
            piece.items.sort { $0.id < $1.id }
            return piece
        }
        // When they are joined, Then the order is by id, and on equal ids the earlier piece comes first
        let joined = GenerationPieces.join(pieces)
        let expected = pieces.enumerated().flatMap { p, piece in piece.items.map { (p, $0) } }
            .enumerated().sorted { ($0.element.1.id, $0.offset) < ($1.element.1.id, $1.offset) }.map(\.element.1)
        #expect(joined.count > 300)
        #expect(joined == expected)
    }

    @Test func optionPlacementSpreadsKeysEvenlyAndKeepsFeedbackWithItsOption() {
        // Given 400 four-option items with the key first, and 10 true-or-false items
        func fresh() -> [Item] {
            (0..<410).map { n in
                let tf = n >= 400
                return Item(
                    id: "i\(n)", version: "v", kind: tf ? .trueFalse : .faq, section: "s", stem: "Q\(n)?",
                    options: tf ? ["True", "False"] : ["key \(n)", "w1 \(n)", "w2 \(n)", "w3 \(n)"], answer: 0,
                    explanation: "E", feedback: tf ? [nil, "no"] : [nil, "f1 \(n)", "f2 \(n)", "f3 \(n)"], source: "s",
                    topic: "t", critical: false, readingGrade: 1)
            }
        }
        var items = fresh()
        // When the options are placed
        OptionPlacement.shuffle(&items, seed: 3)
        // Then each position holds the key for a quarter of the items, and every option keeps its feedback
        let positions = Dictionary(grouping: items.prefix(400), by: \.answer).mapValues(\.count)
        #expect(positions == [0: 100, 1: 100, 2: 100, 3: 100])
        for (n, item) in items.prefix(400).enumerated() {
            #expect(item.key == "key \(n)")
            #expect(item.feedback[item.answer] == nil)
            for (option, feedback) in zip(item.options, item.feedback) where option != item.key {
                #expect(feedback == "f" + option.dropFirst())
            }
        }
        #expect(items.suffix(10).allSatisfy { $0.options == ["True", "False"] && $0.answer == 0 })
        // And the same seed places them the same way, another seed not
        var again = fresh()
        OptionPlacement.shuffle(&again, seed: 3)
        #expect(again == items)
        var other = fresh()
        OptionPlacement.shuffle(&other, seed: 4)
        #expect(other != items)
    }

    @Test func theSmallestFewAreWhatSortingGives() {
        var rng = SplitMix64(seed: 9)
        for length in [0, 1, 5, 8, 9, 100, 1_000] {
            // Repeated values too: a small range of numbers.
            let values = (0..<length).map { _ in rng.next() % 64 }
            for count in [1, 3, 8] {
                #expect(
                    Drafts.smallest(count, of: values) == Array(values.sorted().prefix(count)), "\(length) \(count)")
            }
        }
    }

    @Test func asciiTestsAgreeWithLookingAtEachByte() {
        var texts = ["", "a", "plain words here", "Ünïcode", "caf\u{E9}", "x\u{301}", "Tab\tinside", "line\nbreak"]
        // Every position of each byte that matters, either side of the eight-byte steps.
        for special in ["\t", "\n", "\r", "é", "\u{1F}", "\u{7F}", " "] {
            for length in [1, 7, 8, 9, 16, 17] {
                for at in 0...length {
                    texts.append(
                        String(repeating: "a", count: at) + special + String(repeating: "b", count: length - at))
                }
            }
        }
        for text in texts {
            let ascii = text.utf8.allSatisfy { $0 < 0x80 }
            #expect(ASCII.isASCII(text) == ascii, "\(text.debugDescription)")
            #expect(
                ASCII.isPlain(text) == (ascii && !text.utf8.contains { $0 == 9 || $0 == 10 || $0 == 13 }),
                "\(text.debugDescription)")
            if ascii {
                #expect(withBytes(text) { ASCII.lowercased($0) } == text.lowercased())
            }
        }
        for word in ItemLint.stopWords.sorted() + ["BEFORE", "Should", "thing", "name", "a", "themselves"] {
            #expect(
                withBytes(word) { ItemLint.isStopWord($0) } == ItemLint.stopWords.contains(word.lowercased()), "\(word)"
            )
        }
    }
}
