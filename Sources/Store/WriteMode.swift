/// How a write treats an entity already in the plan.
enum WriteMode {
    /// Add only: an entity with the same identifier is an error.
    case insert
    /// Change only: a missing entity is an error.
    case update
    /// Add, or change the entity with the same identifier.
    case upsert
}
