public import Planning

extension Person {
    /// The same person under the identifier `id`.
    public func identified(_ id: Identifier<Person>) -> Person {
        var copy = Person(
            id: id, honorific: honorific, name: name, position: position, organisation: organisation,
            unit: unit, province: province, phone: phone, email: email, dateOfBirth: dateOfBirth)
        copy.protocolRankOverride = protocolRankOverride
        return copy
    }
}
