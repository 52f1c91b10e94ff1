/// Where a booth's code goes: centred in a booth without a label, or in a corner beside one.
enum CodeCorner: Sendable {
    /// Centred, large.
    case centre
    /// Small, top left (above the label).
    case topLeft
    /// Small, bottom left (the lower row of a two-row block, under its label).
    case bottomLeft
}
