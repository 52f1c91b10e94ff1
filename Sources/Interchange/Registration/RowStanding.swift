/// What a row of the files is to the plan and to the rows before it, by its natural key.
enum RowStanding: Equatable {
    /// Nothing in the plan or earlier in the files has its key: a new entity.
    case new
    /// The plan holds the entity with the same values: nothing to write.
    case present
    /// The plan holds the entity with other values: the changes (written with `--update`).
    case changed([RegistrationChange])
    /// An earlier row of the files has the same key: this one is never imported.
    case repeated

    /// Whether the row stands for an entity of the plan.
    var isInPlan: Bool {
        switch self {
        case .present, .changed: true
        case .new, .repeated: false
        }
    }

    /// The changes, empty unless changed.
    var changes: [RegistrationChange] {
        if case .changed(let changes) = self { return changes }
        return []
    }
}
