extension Organisation {
    /// The same organisation under the identifier `id`.
    public func identified(_ id: Identifier<Organisation>) -> Organisation {
        var copy = Organisation(
            id: id, name: name, shortName: shortName, kind: kind, sector: sector, registrationCode: nil,
            province: province, address: address, contacts: contacts, memberCount: memberCount,
            memberOrganisations: memberOrganisations)
        copy.registrationCode = registrationCode
        copy.unparsedRegistrationCode = unparsedRegistrationCode
        return copy
    }
}
