/// The sizes of synthetic booth-allocation instances the benchmark runs.
public enum BoothInstanceScale: String, CaseIterable, Codable, Sendable {
    /// About 30 booths and 20 parties: a provincial week of OCOP products.
    case small
    /// About 150 booths and 120 parties: a regional fair.
    case regional
    /// 600 booths in 6 zones, 1,000 parties from the 34 provinces: demand exceeds supply.
    case national

    /// Booths per half row (west or east of the main aisle).
    var boothsPerHalfRow: Int {
        switch self {
        case .small: 4
        case .regional: 8
        case .national: 10
        }
    }

    /// Back-to-back pairs of rows.
    var doubleRows: Int {
        switch self {
        case .small: 2
        case .regional: 5
        case .national: 15
        }
    }

    /// Parties registering.
    public var partyCount: Int {
        switch self {
        case .small: 20
        case .regional: 120
        case .national: 1_000
        }
    }

    /// Provinces taking part.
    var provinceCount: Int {
        switch self {
        case .small: 6
        case .regional: 20
        case .national: 34
        }
    }
}
