/// What is already on the plan while it is drawn: the boxes a zone label must not cover.
struct PlanLayout: Sendable {
    /// Booths, entrances and labels placed so far.
    var obstacles: [DrawingBox] = []

    /// Whether `box` is free of every obstacle.
    func isFree(_ box: DrawingBox) -> Bool {
        !obstacles.contains { $0.intersects(box) }
    }
}
