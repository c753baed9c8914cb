import Testing
import Words

/// Plural rules as gettext evaluates them, checked against the forms CLDR gives for each language.
struct PluralRuleTests {
    @Test func englishAndSpanishHaveOneAndOther() throws {
        let rule = try PluralRule(header: "nplurals=2; plural=(n != 1);")
        #expect(rule.count == 2)
        #expect([0, 1, 2, 11, 101].map(rule.form) == [1, 0, 1, 1, 1])
        #expect(PluralRule.oneOther.form(for: 1) == 0 && PluralRule.oneOther.form(for: 0) == 1)
    }

    @Test func chineseHasOneForm() throws {
        let rule = try PluralRule(header: "nplurals=1; plural=0;")
        #expect([0, 1, 2, 1000].map(rule.form) == [0, 0, 0, 0])
    }

    /// Russian: one (1, 21, 101), few (2–4, 22–24), many (0, 5–20, 11–14, 25…).
    @Test func russianHasThreeForms() throws {
        let rule = try PluralRule(
            header:
                "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
        )
        #expect([1, 21, 101].map(rule.form) == [0, 0, 0])
        #expect([2, 3, 4, 22, 24].map(rule.form) == [1, 1, 1, 1, 1])
        #expect([0, 5, 11, 12, 14, 20, 25, 111].map(rule.form) == [2, 2, 2, 2, 2, 2, 2, 2])
    }

    /// Arabic's six forms: zero, one, two, few (3–10), many (11–99), other (100–102).
    @Test func arabicHasSixForms() throws {
        let rule = try PluralRule(
            header:
                "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);")
        #expect([0, 1, 2, 3, 10, 11, 99, 100, 102, 103].map(rule.form) == [0, 1, 2, 3, 3, 4, 4, 5, 5, 3])
    }

    @Test func notAndParenthesesAndPrecedence() throws {
        #expect(try PluralRule(header: "nplurals=2; plural=!(n == 1);").form(for: 1) == 0)
        // * binds tighter than +, + tighter than ==.
        #expect(try PluralRule(header: "nplurals=2; plural=n + 1 * 2 == 4;").form(for: 2) == 1)
        #expect(try PluralRule(header: "nplurals=2; plural=n / 0;").form(for: 5) == 0)
    }

    @Test func aBrokenHeaderSaysWhere() {
        #expect(throws: CatalogueError.Reason.self) { try PluralRule(header: "nplurals=2;") }
        #expect(throws: CatalogueError.Reason.self) { try PluralRule(header: "nplurals=9; plural=0;") }
        do {
            _ = try PluralRule(header: "nplurals=2; plural=(n != 1;")
            Issue.record("an unclosed parenthesis was read")
        } catch {
            if case .pluralForms(let why) = error {
                #expect(why.contains("\"(\" without its \")\""))
            } else {
                Issue.record("\(error)")
            }
        }
        #expect(throws: CatalogueError.Reason.self) { try PluralRule(header: "nplurals=2; plural=n ? 1;") }
        #expect(throws: CatalogueError.Reason.self) { try PluralRule(header: "nplurals=2; plural=n @ 1;") }
        let deep = String(repeating: "(", count: 500) + "n" + String(repeating: ")", count: 500)
        #expect(throws: CatalogueError.Reason.self) { try PluralRule(header: "nplurals=2; plural=\(deep);") }
    }

    @Test func aFormOutOfRangeIsTheLast() throws {
        #expect(try PluralRule(header: "nplurals=2; plural=n;").form(for: 7) == 1)
    }
}
