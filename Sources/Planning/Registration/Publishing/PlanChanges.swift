/// The changes of one kind of publication: booth plan or programme.
public enum PlanChanges: Hashable, Codable, Sendable {
    /// Changes to the booth plan.
    case boothPlan(BoothPlanChanges)
    /// Changes to the programme.
    case programme(ProgrammeChanges)

    /// The kind of publication compared.
    public var kind: PublicationKind {
        switch self {
        case .boothPlan: .boothPlan
        case .programme: .programme
        }
    }

    /// Whether nothing changed.
    public var isEmpty: Bool {
        switch self {
        case .boothPlan(let changes): changes.isEmpty
        case .programme(let changes): changes.isEmpty
        }
    }

    /// The Vietnamese change log.
    public func rendered() -> String {
        switch self {
        case .boothPlan(let changes): changes.rendered()
        case .programme(let changes): changes.rendered()
        }
    }
}
