import DocketText
import Testing

@Suite("Names in a sentence")
struct ListWordsTests {
    @Test("the Swedish genitive: an s, none after s, x or z, before the party; an abbreviation takes a colon", arguments: [
        ("Leila Haddad (S)", "Leila Haddads (S)"), ("Per-Olof Sandberg (M)", "Per-Olof Sandbergs (M)"), ("Socialförvaltningen", "Socialförvaltningens"),
        ("Anders Nyström (SD)", "Anders Nyströms (SD)"), ("Lars", "Lars"), ("MP", "MP:s"), ("V", "V:s"),
    ])
    func genitive(name: String, genitive: String) {
        #expect(ListWords.swedishGenitive(name) == genitive)
    }

    @Test("lists join as sentences do")
    func lists() {
        #expect(ListWords.swedish(["V", "MP", "S"]) == "V, MP och S")
        #expect(ListWords.english(["V", "MP"]) == "V and MP")
    }
}
