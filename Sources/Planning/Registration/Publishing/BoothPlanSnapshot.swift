/// A booth plan as published: the assignments and the parties' names at that moment.
///
/// A published version keeps the names it was sent with, so a later change log can name a party
/// that has since withdrawn or been renamed.
public struct BoothPlanSnapshot: Hashable, Codable, Sendable {
    /// The assignments, as they stood.
    public var assignments: [BoothAssignment]
    /// The name of each party holding booths.
    public var partyNames: [Identifier<ExhibitingParty>: String]

    /// Creates a snapshot from assignments and names.
    public init(
        assignments: [BoothAssignment], partyNames: [Identifier<ExhibitingParty>: String] = [:]
    ) {
        self.assignments = assignments
        self.partyNames = partyNames
    }

    /// The current booth plan of a plan, with the names of the parties holding booths.
    public init(plan: Plan) {
        let holders = Set(plan.boothAssignments.map(\.party))
        var names: [Identifier<ExhibitingParty>: String] = [:]
        for party in plan.parties where holders.contains(party.id) {
            names[party.id] = party.name
        }
        self.init(assignments: plan.boothAssignments, partyNames: names)
    }

    /// The booth codes of each party holding booths, sorted.
    public var boothsByParty: [Identifier<ExhibitingParty>: [String]] {
        Dictionary(grouping: assignments, by: \.party).mapValues { Set($0.map(\.booth)).sorted() }
    }

    /// The party's name, or its identifier when the snapshot has no name for it.
    public func name(of party: Identifier<ExhibitingParty>) -> String {
        partyNames[party] ?? party.rawValue
    }
}
