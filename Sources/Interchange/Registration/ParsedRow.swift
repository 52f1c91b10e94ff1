/// An entity built from a row of a registration sheet.
struct ParsedRow<Entity> {
    /// The index of the row in the check's rows of its kind.
    var row: Int
    /// The entity built from it.
    var entity: Entity
    /// Whether the row is left out because a row it depends on has an error.
    var skipped = false
    /// For an organisation: whether its sector was written (otherwise it is inferred).
    var sectorGiven = true
}
