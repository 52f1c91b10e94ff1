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
    /// Per minute of link test a connection point needs on a day it is linked beyond its first
    /// (its lead time, once a day).
    public var extraLinkTestMinute: Int
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
        extraLinkTestMinute: Int = 1, idleGapCapMinutes: Int = 60, trackRoomChange: Int = 30,
        preferenceMiss: Int = 20, movedFromPublished: Int = 50
    ) {
        self.unplaced = unplaced
        self.plenaryOutsideMorning = plenaryOutsideMorning
        self.connectionPointIdleMinute = connectionPointIdleMinute
        self.extraLinkTestMinute = extraLinkTestMinute
        self.idleGapCapMinutes = idleGapCapMinutes
        self.trackRoomChange = trackRoomChange
        self.preferenceMiss = preferenceMiss
        self.movedFromPublished = movedFromPublished
    }

    /// The default weights.
    public static let standard = TimetableWeights()

    private enum CodingKeys: String, CodingKey {
        case unplaced, plenaryOutsideMorning, connectionPointIdleMinute, extraLinkTestMinute
        case idleGapCapMinutes, trackRoomChange, preferenceMiss, movedFromPublished
    }

    /// Decodes weights; those written before `extraLinkTestMinute` existed get its default.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = Self.standard
        self.init(
            unplaced: try container.decode(Int.self, forKey: .unplaced),
            plenaryOutsideMorning: try container.decode(Int.self, forKey: .plenaryOutsideMorning),
            connectionPointIdleMinute: try container.decode(Int.self, forKey: .connectionPointIdleMinute),
            extraLinkTestMinute: try container.decodeIfPresent(Int.self, forKey: .extraLinkTestMinute)
                ?? defaults.extraLinkTestMinute,
            idleGapCapMinutes: try container.decode(Int.self, forKey: .idleGapCapMinutes),
            trackRoomChange: try container.decode(Int.self, forKey: .trackRoomChange),
            preferenceMiss: try container.decode(Int.self, forKey: .preferenceMiss),
            movedFromPublished: try container.decode(Int.self, forKey: .movedFromPublished))
    }
}
