/// A person on the plan: a delegate, a speaker, a chair, a technical contact.
public struct Person: Hashable, Codable, Sendable, Identifiable {
    /// The person's identifier in the plan.
    public let id: Identifier<Person>
    /// How the person is addressed, when known.
    public var honorific: Honorific?
    /// The name, split into family, middle and given names (editable).
    public var name: PersonName
    /// The position, e.g. "Phó Chủ tịch Liên minh HTX tỉnh".
    public var position: String?
    /// The organisation the person represents, when it is registered in the plan.
    public var organisation: Identifier<Organisation>?
    /// The unit as printed on the list (Đơn vị), when it is not a registered organisation.
    public var unit: String?
    /// The province the person comes from.
    public var province: ProvinceReference?
    /// A phone number as typed.
    public var phone: String?
    /// An e-mail address as typed.
    public var email: String?
    /// The date of birth, the last tie-break of alphabetical lists.
    public var dateOfBirth: CalendarDate?
    /// A protocol rank set by hand; otherwise derived from the position.
    public var protocolRankOverride: Int?
    /// When the person can take part in sessions and their wishes on timeslots and rooms.
    public var schedule = PersonSchedule()

    /// Creates a person; the full name is split by the Vietnamese heuristic (editable later).
    public init(
        id: Identifier<Person>,
        honorific: Honorific? = nil,
        fullName: String,
        position: String? = nil,
        organisation: Identifier<Organisation>? = nil,
        unit: String? = nil,
        province: ProvinceReference? = nil,
        phone: String? = nil,
        email: String? = nil,
        dateOfBirth: CalendarDate? = nil
    ) {
        self.init(
            id: id, honorific: honorific, name: PersonName(fullName: fullName), position: position,
            organisation: organisation, unit: unit, province: province, phone: phone, email: email,
            dateOfBirth: dateOfBirth)
    }

    /// Creates a person from an already split name.
    public init(
        id: Identifier<Person>,
        honorific: Honorific? = nil,
        name: PersonName,
        position: String? = nil,
        organisation: Identifier<Organisation>? = nil,
        unit: String? = nil,
        province: ProvinceReference? = nil,
        phone: String? = nil,
        email: String? = nil,
        dateOfBirth: CalendarDate? = nil
    ) {
        self.id = id
        self.honorific = honorific
        self.name = name
        self.position = position.map(VietnameseText.normalized)
        self.organisation = organisation
        self.unit = unit.map(VietnameseText.normalized)
        self.province = province
        self.phone = phone
        self.email = email
        self.dateOfBirth = dateOfBirth
    }

    /// The protocol rank used for leadership lists: the override or the position's rank.
    public var protocolRank: Int {
        protocolRankOverride ?? ProtocolRank.rank(ofPosition: position)
    }

    /// The name with its honorific, as on a name card, in `language`: "Ông Nguyễn Văn An",
    /// "Mr Nguyễn Văn An".
    public func displayName(_ language: Language) -> String {
        honorific.map { "\($0.name(language)) \(name.fullName)" } ?? name.fullName
    }
}
