/// The weights of the soft components of a timetable's score (a penalty: lower is better).
///
/// A component's penalty is its value times its weight. The defaults make one unplaced session
/// cost more than any realistic sum of soft penalties, so the search never trades a placed
/// session for comfort.
public struct TimetableWeights: Hashable, Codable, Sendable {
    /// Per session that could not be placed.
    public var unplaced: Int
    /// Per plenary (opening, directive speech, awards, pact signing, closing) not over by 12:00.
    public var plenaryOutsideMorning: Int
    /// Per idle minute at a connection point between two of its linked sessions on one day.
    public var connectionPointIdleMinute: Int
    /// The most minutes one idle gap counts for: beyond it the point simply goes off line.
    public var idleGapCapMinutes: Int
    /// Per room beyond the first that a track's sessions use.
    public var trackRoomChange: Int
    /// Per person and session placed outside that person's preferred spans.
    public var preferenceMiss: Int
    /// Per session whose room or start differs from the published programme.
    public var movedFromPublished: Int

    /// Creates weights.
    public init(
        unplaced: Int = 100_000, plenaryOutsideMorning: Int = 300, connectionPointIdleMinute: Int = 1,
        idleGapCapMinutes: Int = 60, trackRoomChange: Int = 30, preferenceMiss: Int = 20,
        movedFromPublished: Int = 50
    ) {
        self.unplaced = unplaced
        self.plenaryOutsideMorning = plenaryOutsideMorning
        self.connectionPointIdleMinute = connectionPointIdleMinute
        self.idleGapCapMinutes = idleGapCapMinutes
        self.trackRoomChange = trackRoomChange
        self.preferenceMiss = preferenceMiss
        self.movedFromPublished = movedFromPublished
    }

    /// The default weights.
    public static let standard = TimetableWeights()
}
