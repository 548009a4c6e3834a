/// The wheel scrolls what is under it; a click selects a row, an entry or a part.
extension AppState {
    static let wheelStep = 3

    mutating func handle(_ event: MouseEvent) {
        switch event {
        case .wheelUp: move(.lines(-AppState.wheelStep))
        case .wheelDown: move(.lines(AppState.wheelStep))
        case .click(let x, let y):
            guard helpOffset == nil, prompt == nil else { return }
            replaceTop(screen.unit.clicked(x: x, y: y, in: self))
        }
    }

    /// The tab bar's labels and the columns each takes: " 1 Proposal " and so on.
    public func tabRanges() -> [(part: ItemPart, label: String, range: Range<Int>)] {
        var column = 0
        let names = strings.partNames
        return ItemPart.allCases.map { part in
            let label = " \(part.rawValue + 1) \(names[part] ?? "") "
            let width = metrics.width(of: label)
            defer { column += width + 1 }
            return (part, label, column..<column + width)
        }
    }
}
