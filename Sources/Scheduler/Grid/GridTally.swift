/// Where the grid scorer adds what each component counts: the search's running totals
/// (``GridCost``) or a value per component for explanations (``GridComponentTally``).
protocol GridTally {
    /// Adds `amount` (in the component's unit) to a component.
    mutating func add(_ component: GridComponent, _ amount: Int)
}

/// Hard and soft totals, each component weighted: what the search compares (hard first).
struct GridCost: Comparable {
    /// Sum of weighted hard components.
    var hard = 0
    /// Sum of weighted soft components.
    var soft = 0

    static func < (lhs: GridCost, rhs: GridCost) -> Bool { (lhs.hard, lhs.soft) < (rhs.hard, rhs.soft) }

    static func + (lhs: GridCost, rhs: GridCost) -> GridCost {
        GridCost(hard: lhs.hard &+ rhs.hard, soft: lhs.soft &+ rhs.soft)
    }

    static func - (lhs: GridCost, rhs: GridCost) -> GridCost {
        GridCost(hard: lhs.hard &- rhs.hard, soft: lhs.soft &- rhs.soft)
    }
}

/// Adds each component's amount times its weight to a ``GridCost``.
struct GridWeightedTally: GridTally {
    /// The weight per component, by ordinal.
    let weights: GridWeightTable
    /// The running totals.
    var cost = GridCost()

    init(_ weights: GridWeightTable, cost: GridCost = GridCost()) {
        self.weights = weights
        self.cost = cost
    }

    @inline(__always)
    mutating func add(_ component: GridComponent, _ amount: Int) {
        let ordinal = component.ordinal
        let weighted = amount &* weights.weight[ordinal]
        if weights.hard[ordinal] { cost.hard &+= weighted } else { cost.soft &+= weighted }
    }
}

/// The weights by component ordinal, and which components are hard.
struct GridWeightTable {
    let weight: [Int]
    let hard: [Bool]

    init(_ weights: GridWeights) {
        weight = GridComponent.allCases.map { weights[$0] }
        hard = GridComponent.allCases.map(\.isHard)
    }
}

/// The raw value of every component (unweighted), for the score's breakdown.
struct GridComponentTally: GridTally {
    var values = [Int](repeating: 0, count: GridComponent.allCases.count)

    mutating func add(_ component: GridComponent, _ amount: Int) {
        values[component.ordinal] += amount
    }
}

/// A tally of the weighted hard cost alone.
struct GridHardTally: GridTally {
    let weights: GridWeightTable
    var cost = 0

    init(_ weights: GridWeightTable) {
        self.weights = weights
    }

    @inline(__always)
    mutating func add(_ component: GridComponent, _ amount: Int) {
        let ordinal = component.ordinal
        if weights.hard[ordinal] { cost &+= amount &* weights.weight[ordinal] }
    }
}
