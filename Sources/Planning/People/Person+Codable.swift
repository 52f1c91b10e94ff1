extension Person {
    private enum CodingKeys: String, CodingKey {
        case id, honorific, name, position, organisation, unit, province, phone, email, dateOfBirth
        case protocolRankOverride, schedule
    }

    /// Reads a person; a schedule missing (written before schedules existed) is empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(Identifier<Person>.self, forKey: .id),
            honorific: try container.decodeIfPresent(Honorific.self, forKey: .honorific),
            name: try container.decode(PersonName.self, forKey: .name),
            position: try container.decodeIfPresent(String.self, forKey: .position),
            organisation: try container.decodeIfPresent(Identifier<Organisation>.self, forKey: .organisation),
            unit: try container.decodeIfPresent(String.self, forKey: .unit),
            province: try container.decodeIfPresent(ProvinceReference.self, forKey: .province),
            phone: try container.decodeIfPresent(String.self, forKey: .phone),
            email: try container.decodeIfPresent(String.self, forKey: .email),
            dateOfBirth: try container.decodeIfPresent(CalendarDate.self, forKey: .dateOfBirth))
        protocolRankOverride = try container.decodeIfPresent(Int.self, forKey: .protocolRankOverride)
        schedule = try container.decodeIfPresent(PersonSchedule.self, forKey: .schedule) ?? PersonSchedule()
    }

    /// Writes a person; an empty schedule is left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encodeIfPresent(honorific, forKey: .honorific)
        try container.encode(name, forKey: .name)
        try container.encodeIfPresent(position, forKey: .position)
        try container.encodeIfPresent(organisation, forKey: .organisation)
        try container.encodeIfPresent(unit, forKey: .unit)
        try container.encodeIfPresent(province, forKey: .province)
        try container.encodeIfPresent(phone, forKey: .phone)
        try container.encodeIfPresent(email, forKey: .email)
        try container.encodeIfPresent(dateOfBirth, forKey: .dateOfBirth)
        try container.encodeIfPresent(protocolRankOverride, forKey: .protocolRankOverride)
        if !schedule.isEmpty { try container.encode(schedule, forKey: .schedule) }
    }
}
