import ContentModel
import Testing

@Suite struct HandoutTests {
    @Test func plainTextPlaceholder() {
        #expect(Handout.format(name: "a.txt", bytes: []) == .text)
    }
}
