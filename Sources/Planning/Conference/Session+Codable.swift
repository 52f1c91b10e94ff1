extension Session {
    private enum CodingKeys: String, CodingKey {
        case id, title, kind, durationMinutes, participants, expectedAudience, needsVideoLink, linkedPoints
        case timing, order, track, room, start, pinned, profile
    }

    /// Decodes a session; `pinned` may be absent (data written before sessions could be pinned).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(Identifier<Session>.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        kind = try container.decode(AgendaKind.self, forKey: .kind)
        durationMinutes = try container.decode(Int.self, forKey: .durationMinutes)
        participants = try container.decode([SessionParticipant].self, forKey: .participants)
        expectedAudience = try container.decode(Int.self, forKey: .expectedAudience)
        needsVideoLink = try container.decode(Bool.self, forKey: .needsVideoLink)
        linkedPoints = try container.decode([Identifier<ConnectionPoint>].self, forKey: .linkedPoints)
        timing = try container.decode(SessionTiming.self, forKey: .timing)
        order = try container.decode([OrderConstraint].self, forKey: .order)
        track = try container.decodeIfPresent(String.self, forKey: .track)
        room = try container.decodeIfPresent(String.self, forKey: .room)
        start = try container.decodeIfPresent(LocalDateTime.self, forKey: .start)
        pinned = try container.decodeIfPresent(Bool.self, forKey: .pinned) ?? false
        profile = try container.decodeIfPresent(SessionProfile.self, forKey: .profile) ?? SessionProfile()
    }

    /// Encodes a session; `pinned` only when true, so an unpinned session encodes as before.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(kind, forKey: .kind)
        try container.encode(durationMinutes, forKey: .durationMinutes)
        try container.encode(participants, forKey: .participants)
        try container.encode(expectedAudience, forKey: .expectedAudience)
        try container.encode(needsVideoLink, forKey: .needsVideoLink)
        try container.encode(linkedPoints, forKey: .linkedPoints)
        try container.encode(timing, forKey: .timing)
        try container.encode(order, forKey: .order)
        try container.encodeIfPresent(track, forKey: .track)
        try container.encodeIfPresent(room, forKey: .room)
        try container.encodeIfPresent(start, forKey: .start)
        if pinned { try container.encode(pinned, forKey: .pinned) }
        if !profile.isEmpty { try container.encode(profile, forKey: .profile) }
    }
}
