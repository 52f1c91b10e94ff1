public import Planning

/// The colours of a venue's zones: each regional pavilion (`province-pavilion`) its own outline
/// and light fill, in the venue's order; other zones a tint by their first recognised tag.
struct ZonePalette: Sendable {
    /// A pavilion's outline (and label) colour and its light fill.
    struct Pavilion: Hashable, Sendable {
        /// The outline and label colour.
        var stroke: String
        /// The fill of the pavilion's free booths.
        var fill: String
    }

    /// Distinct pavilion colours: strong outlines with dark enough text, light fills.
    static let pavilionColours: [Pavilion] = [
        Pavilion(stroke: "#1a57b8", fill: "#dbe7fb"), Pavilion(stroke: "#137333", fill: "#dcf1e2"),
        Pavilion(stroke: "#b3440b", fill: "#fde4d2"), Pavilion(stroke: "#7b1fa2", fill: "#efdff7"),
        Pavilion(stroke: "#a50e6a", fill: "#fbdcee"), Pavilion(stroke: "#00695c", fill: "#d5f0ec"),
        Pavilion(stroke: "#795400", fill: "#f7ecc8"), Pavilion(stroke: "#283593", fill: "#dfe2f5"),
    ]

    /// The pavilions' colours by zone identifier.
    var pavilions: [String: Pavilion]

    /// The palette of `venue`'s zones.
    init(venue: Venue) {
        var pavilions: [String: Pavilion] = [:]
        for (index, zone) in venue.zones.filter({ $0.tags.contains("province-pavilion") }).enumerated() {
            pavilions[zone.id] = Self.pavilionColours[index % Self.pavilionColours.count]
        }
        self.pavilions = pavilions
    }

    /// The zone's fill.
    func fill(_ zone: Zone) -> String {
        pavilions[zone.id]?.fill ?? Self.tint(zone)
    }

    /// The zone's outline and label colour: the pavilion's, or a neutral grey.
    func stroke(_ zone: Zone) -> String {
        pavilions[zone.id]?.stroke ?? "#5f6368"
    }

    /// The tint of a zone by its first recognised tag.
    static func tint(_ zone: Zone) -> String {
        let palette: [(String, String)] = [
            ("stage", "#f4c7c3"), ("food", "#fce8b2"), ("ocop", "#f9d5e5"), ("province-pavilion", "#d2e3fc"),
            ("handicraft", "#e6d4f5"), ("agri-food", "#ceead6"), ("services", "#e8eaed"),
        ]
        for (tag, colour) in palette where zone.tags.contains(tag) { return colour }
        return "#eef3e2"
    }
}
