extension Event {
    private enum CodingKeys: String, CodingKey {
        case id, name, kind, organiser, province, days, timeslots, pauseMinutes
    }

    /// Reads an event; a grid and pause missing (written before grids existed) are empty and 0.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(Identifier<Event>.self, forKey: .id),
            name: try container.decode(String.self, forKey: .name),
            kind: try container.decode(EventKind.self, forKey: .kind),
            organiser: try container.decode(String.self, forKey: .organiser),
            province: try container.decode(ProvinceReference.self, forKey: .province),
            days: try container.decode([EventDay].self, forKey: .days))
        timeslots = try container.decodeIfPresent([Timeslot].self, forKey: .timeslots) ?? []
        pauseMinutes = try container.decodeIfPresent(Int.self, forKey: .pauseMinutes) ?? 0
    }

    /// Writes an event; an empty grid and a zero pause are left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(kind, forKey: .kind)
        try container.encode(organiser, forKey: .organiser)
        try container.encode(province, forKey: .province)
        try container.encode(days, forKey: .days)
        if !timeslots.isEmpty { try container.encode(timeslots, forKey: .timeslots) }
        if pauseMinutes != 0 { try container.encode(pauseMinutes, forKey: .pauseMinutes) }
    }
}
