/// An entity built from a row of a registration sheet.
struct ParsedRow<Entity> {
    /// The index of the row in the check's rows of its kind.
    var row: Int
    /// The entity built from it: for a row standing for an entity of the plan, that entity (with
    /// the row's changes when they are applied).
    var entity: Entity
    /// Whether the row is left out because a row it depends on has an error.
    var skipped = false
    /// For an organisation: whether its sector was written (otherwise it is inferred).
    var sectorGiven = true
    /// What the row is to the plan and to the rows before it.
    var standing = RowStanding.new
    /// The row's natural key (``NaturalKey``), nil when it has none (a product without an owner).
    var key: String?
}
