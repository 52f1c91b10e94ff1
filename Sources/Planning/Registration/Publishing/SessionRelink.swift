/// A session linked to other connection points between two programmes: the points linked to it
/// and those no longer linked, by identifier and by name.
public struct SessionRelink: Hashable, Codable, Sendable {
    /// The session as it is now.
    public var entry: ProgrammeEntry
    /// The points newly linked.
    public var linked: [Identifier<ConnectionPoint>]
    /// The points no longer linked.
    public var unlinked: [Identifier<ConnectionPoint>]
    /// The names of the points newly linked, in the order of ``linked``.
    public var linkedNames: [String]
    /// The names of the points no longer linked (as published), in the order of ``unlinked``.
    public var unlinkedNames: [String]

    /// Creates a relink.
    public init(
        entry: ProgrammeEntry, linked: [Identifier<ConnectionPoint>], unlinked: [Identifier<ConnectionPoint>],
        linkedNames: [String], unlinkedNames: [String]
    ) {
        self.entry = entry
        self.linked = linked
        self.unlinked = unlinked
        self.linkedNames = linkedNames
        self.unlinkedNames = unlinkedNames
    }
}
