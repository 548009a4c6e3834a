import DocketModel
import DocketStore
import Testing

@Suite("The clerk corrects a matter")
struct MatterCorrectionTests {
    @Test("a correction is applied to the matter on disk, written, and the store stays valid")
    func correctAndWrite() throws {
        let demo = try DemoFixture()
        defer { demo.remove() }
        let files = AgendaFiles(reader: StoreReader(root: demo.root, schemas: demo.schemas))
        let written = try files.correct("budgetuppfoljning-oktober", .title("Budgetuppföljning per oktober 2026"))
        #expect(written.title == "Budgetuppföljning per oktober 2026")
        let clauses = ["att godkänna uppföljningen", "att överlämna den till kommunstyrelsen"]
        let proposal = try #require(written.proposals.first?.id)
        try files.correct("budgetuppfoljning-oktober", .clauses(proposal: proposal, clauses))
        try files.correct("budgetuppfoljning-oktober", .officer("Åsa Öberg"))
        let loaded = try demo.load()
        #expect(loaded.problems.isEmpty)
        let matter = try #require(loaded.contents?.matters["budgetuppfoljning-oktober"])
        #expect(matter.title == "Budgetuppföljning per oktober 2026")
        #expect(matter.proposals.first?.clauses == clauses)
        #expect(matter.report?.officer?.name == "Åsa Öberg")
    }

    @Test("a diary number another matter has is refused, naming the file; nothing is written")
    func duplicateDiaryNumber() throws {
        let demo = try DemoFixture()
        defer { demo.remove() }
        let files = AgendaFiles(reader: StoreReader(root: demo.root, schemas: demo.schemas))
        let other = try #require(try demo.load().contents?.matters["delegationsbeslut-november"]?.diaryNumber)
        let before = try demo.bytes("matters/budgetuppfoljning-oktober.json")
        #expect(throws: WriteError.self) { try files.correct("budgetuppfoljning-oktober", .diaryNumber(other)) }
        #expect(try demo.bytes("matters/budgetuppfoljning-oktober.json") == before)
    }

    @Test("a matter that is not there is not made")
    func missingMatter() throws {
        let demo = try DemoFixture()
        defer { demo.remove() }
        let files = AgendaFiles(reader: StoreReader(root: demo.root, schemas: demo.schemas))
        #expect(throws: WriteError.self) { try files.correct("finns-inte", .title("X")) }
        #expect(!(try demo.jsonFiles().contains { $0.hasSuffix("finns-inte.json") }))
    }
}
