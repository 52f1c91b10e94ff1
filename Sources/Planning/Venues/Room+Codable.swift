extension Room {
    private enum CodingKeys: String, CodingKey {
        case id, name, capacity, layout, hasVideoLink, floor, tags, kinds
    }

    /// Reads a room; tags and kinds missing (a venue stored before they existed) are empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            name: try container.decode(String.self, forKey: .name),
            capacity: try container.decode(Int.self, forKey: .capacity),
            layout: try container.decode(RoomLayout.self, forKey: .layout),
            hasVideoLink: try container.decode(Bool.self, forKey: .hasVideoLink),
            floor: try container.decodeIfPresent(Int.self, forKey: .floor),
            tags: try container.decodeIfPresent([String].self, forKey: .tags) ?? [],
            kinds: try container.decodeIfPresent([AgendaKind].self, forKey: .kinds) ?? [])
    }

    /// Writes a room; empty tags and kinds are left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(capacity, forKey: .capacity)
        try container.encode(layout, forKey: .layout)
        try container.encode(hasVideoLink, forKey: .hasVideoLink)
        try container.encodeIfPresent(floor, forKey: .floor)
        if !tags.isEmpty { try container.encode(tags, forKey: .tags) }
        if !kinds.isEmpty { try container.encode(kinds, forKey: .kinds) }
    }
}
