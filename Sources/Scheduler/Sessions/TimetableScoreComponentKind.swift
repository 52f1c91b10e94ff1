/// A named component of a timetable's score.
///
/// Raw values are the stable keys used in JSON output.
public enum TimetableScoreComponentKind: String, CaseIterable, Codable, Sendable {
    /// Sessions that could not be placed.
    case unplaced
    /// Plenaries not over by noon.
    case plenaryOutsideMorning
    /// Idle minutes at a connection point between its linked sessions on a day.
    case connectionPointIdleMinutes
    /// Minutes of link tests a connection point needs on the days it is linked beyond its first:
    /// its technical staff come back and test again each morning, so a session left alone on an
    /// extra day costs the points it links their lead time.
    case extraLinkTestMinutes
    /// Rooms a track uses beyond its first.
    case trackRoomChanges
    /// People placed outside their preferred spans, counted per person and session.
    case preferenceMisses
    /// Sessions whose room or start differs from the published programme.
    case movedFromPublished
}
