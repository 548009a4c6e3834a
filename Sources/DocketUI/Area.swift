/// A rectangle of the grid that a view draws into. The renderer cuts the
/// screen into areas (title row, body, status row) and overlays place their
/// boxes inside the body, so no view computes absolute coordinates.
public struct Area: Sendable, Equatable {
    public let x: Int
    public let y: Int
    public let width: Int
    public let height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The first row below the area.
    public var bottom: Int { y + height }

    /// The top `rows` rows, and the rest below them.
    public func splitTop(_ rows: Int) -> (top: Area, rest: Area) {
        let taken = min(max(0, rows), height)
        return (Area(x: x, y: y, width: width, height: taken), Area(x: x, y: y + taken, width: width, height: height - taken))
    }

    /// The bottom `rows` rows, and the rest above them.
    public func splitBottom(_ rows: Int) -> (rest: Area, bottom: Area) {
        let taken = min(max(0, rows), height)
        return (Area(x: x, y: y, width: width, height: height - taken), Area(x: x, y: bottom - taken, width: width, height: taken))
    }

    /// A box resting on the area's bottom edge, never above its top.
    public func resting(width boxWidth: Int, height boxHeight: Int, left: Int) -> Area {
        Area(x: x + left, y: max(y, bottom - boxHeight), width: boxWidth, height: boxHeight)
    }

    /// A box in the middle of the area.
    public func centred(width boxWidth: Int, height boxHeight: Int) -> Area {
        Area(x: x + (width - boxWidth) / 2, y: max(y, y + (height - boxHeight) / 2), width: boxWidth, height: boxHeight)
    }
}
