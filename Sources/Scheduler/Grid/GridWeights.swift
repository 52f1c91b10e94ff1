/// The weight of each ``GridComponent`` per unit of its value (minutes).
///
/// The standard weights put a room conflict (1,000) above a person's unavailability (100) above
/// a person or prerequisite conflict (10) above the other hard rules (1); among soft goals,
/// sessions on the same content at once cost most (100), people's timeslot and room preferences
/// 20, theme tracks, sectors, level flow, same-day grouping and popular rooms 10, and sessions in
/// one timeslot earn a reward for different languages (10), levels and shared audience types (1).
public struct GridWeights: Hashable, Codable, Sendable {
    /// The weight per component; a component not listed weighs 0.
    public var weights: [GridComponent: Int]

    /// Creates weights from a table; components not listed weigh 0.
    public init(_ weights: [GridComponent: Int]) {
        self.weights = weights
    }

    /// The weight of a component.
    public subscript(component: GridComponent) -> Int {
        get { weights[component] ?? 0 }
        set { weights[component] = newValue }
    }

    /// The standard weights.
    public static let standard = GridWeights([
        .roomConflict: 1_000, .personUnavailable: 100, .personConflict: 10, .prerequisite: 10,
        .exclusiveTags: 1, .pause: 1, .crowd: 1, .sessionRequiredRoomTags: 1,
        .sessionProhibitedRoomTags: 1, .personRequiredRoomTags: 1, .personProhibitedRoomTags: 1,
        .themeConflict: 10, .themeRoomStability: 10, .sectorConflict: 10, .audienceTypeDiversity: -1,
        .audienceTypeThemeConflict: 1, .audienceLevelDiversity: -1, .contentLevelFlow: 10,
        .contentConflict: 100, .languageDiversity: -10, .sameDay: 10, .popularRooms: 10,
        .personPreferredTimeslotTags: 20, .personUndesiredTimeslotTags: 20, .personPreferredRoomTags: 20,
        .personUndesiredRoomTags: 20, .sessionPreferredRoomTags: 20, .sessionUndesiredRoomTags: 20,
        .personSpread: 20, .publishedMoved: 20,
    ])
}
