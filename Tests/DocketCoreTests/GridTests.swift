import DocketText
import DocketUI
import Testing

@Suite("The grid")
struct GridTests {
    init() { _ = Fixtures.demo }

    @Test("a wide character takes two cells; one that does not fit leaves a blank")
    func wide() {
        var grid = Grid(width: 5, height: 1)
        let end = grid.put("a会b会", x: 0, y: 0)
        #expect(end == 5)
        #expect(grid.textLines() == ["a会b"])
        #expect(grid[2, 0].isContinuation)
        #expect(grid[4, 0] == Cell(" ", role: .normal))
    }

    @Test("a cluster of several scalars stays whole, and frames that show the same are equal wherever it is kept")
    func clusters() {
        var first = Grid(width: 10, height: 1)
        first.put("e\u{301}🇸🇪👩‍👩‍👧", x: 0, y: 0)
        #expect(first.character(x: 0, y: 0) == "e\u{301}")
        #expect(first.character(x: 1, y: 0) == "🇸🇪")
        #expect(first.character(x: 3, y: 0) == "👩‍👩‍👧")
        #expect(first.textLines() == ["e\u{301}🇸🇪👩‍👩‍👧"])
        var second = Grid(width: 10, height: 1)
        second.put("a\u{308}", x: 0, y: 0)
        second.put("e\u{301}🇸🇪👩‍👩‍👧", x: 0, y: 0)
        #expect(second == first)
        #expect(second.sameCell(x: 1, y: 0, as: first))
        second.put("🇳🇴", x: 1, y: 0)
        #expect(!second.sameCell(x: 1, y: 0, as: first))
        #expect(second != first)
    }

    @Test("overwriting half of a wide character blanks the other half")
    func overwrite() {
        var grid = Grid(width: 6, height: 1)
        grid.put("会議", x: 0, y: 0)
        grid.put("x", x: 1, y: 0)
        #expect(grid.textLines() == [" x議"])
        grid.put("y", x: 2, y: 0)
        #expect(grid.textLines() == [" xy"])
    }

    @Test("escape sequences are drawn as caret text and marked inert")
    func inertCells() {
        var grid = Grid(width: 20, height: 1)
        grid.put("a\u{1B}[2Jb", x: 0, y: 0)
        #expect(grid.textLines() == ["a^[[2Jb"])
        #expect(grid.roleLines() == [".^^" + String(repeating: ".", count: 17)])
    }

    @Test("limits and edges are respected")
    func limits() {
        var grid = Grid(width: 4, height: 2)
        grid.put("abcdef", x: 2, y: 1)
        grid.put("zz", x: -1, y: 0)
        grid.put("never", x: 0, y: 5)
        #expect(grid.textLines() == ["z", "  ab"])
        grid.put("12345", x: 0, y: 0, limit: 2)
        #expect(grid.textLines() == ["12", "  ab"])
    }
}
