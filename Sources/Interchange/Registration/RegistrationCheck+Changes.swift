import Planning

extension RegistrationCheck {
    /// The changes a row of the Tổ chức sheet writes to the plan's organisation, and the
    /// organisation with them; fields the row leaves empty keep the plan's values.
    static func changes(of stored: Organisation, to draft: Organisation, row: RegistrationRow)
        -> ([RegistrationChange], Organisation)
    {
        var collector = ChangeCollector(row: row)
        var merged = stored
        if collector.compare(.organisationName, old: stored.name, new: draft.name) {
            merged.name = draft.name
        }
        if collector.compare(.organisationShortName, old: stored.shortName, new: draft.shortName) {
            merged.shortName = draft.shortName
        }
        if collector.compare(.organisationKind, old: stored.kind, new: draft.kind, as: RegistrationValue.kind)
        {
            merged.kind = draft.kind
        }
        if collector.compare(
            .organisationSector, old: stored.sector, new: draft.sector, as: RegistrationValue.sector)
        {
            merged.sector = draft.sector
        }
        let storedCode = stored.registrationCode?.description ?? stored.unparsedRegistrationCode
        let draftCode = draft.registrationCode?.description ?? draft.unparsedRegistrationCode
        if collector.compare(.organisationCode, old: storedCode, new: draftCode) {
            merged.registrationCode = draft.registrationCode
            merged.unparsedRegistrationCode = draft.unparsedRegistrationCode
        }
        if collector.compare(
            .organisationProvince, old: stored.province, new: draft.province, as: { .text($0.written) },
            same: { $0.map(NaturalKey.province) == $1.map(NaturalKey.province) })
        {
            merged.province = draft.province
        }
        if collector.compare(.organisationAddress, old: stored.address, new: draft.address) {
            merged.address = draft.address
        }
        if collector.compare(
            .organisationMembers, old: stored.memberCount, new: draft.memberCount,
            as: RegistrationValue.number)
        {
            merged.memberCount = draft.memberCount
        }
        let old = stored.contacts.first
        let new = draft.contacts.first
        var contact = old ?? Contact(name: new?.name ?? "")
        var contactChanged = false
        if collector.compare(.contactName, old: old?.name, new: new?.name) {
            contact.name = new?.name ?? ""
            contactChanged = true
        }
        if collector.compare(.contactPosition, old: old?.position, new: new?.position) {
            contact.position = new?.position
            contactChanged = true
        }
        if collector.compare(
            .contactPhone, old: old?.phone, new: new?.phone, as: RegistrationValue.text,
            same: { NaturalKey.phone($0) == NaturalKey.phone($1) })
        {
            contact.phone = new?.phone
            contactChanged = true
        }
        if collector.compare(
            .contactEmail, old: old?.email, new: new?.email, as: RegistrationValue.text,
            same: { NaturalKey.email($0) == NaturalKey.email($1) })
        {
            contact.email = new?.email
            contactChanged = true
        }
        if contactChanged { merged.contacts = [contact] + stored.contacts.dropFirst() }
        return (collector.changes, merged)
    }

    /// The changes a row of the Sản phẩm sheet writes to the plan's product, and the product with
    /// them; the recognition's fields are compared when the row gives a complete recognition.
    static func changes(of stored: Product, to draft: Product, row: RegistrationRow)
        -> ([RegistrationChange], Product)
    {
        var collector = ChangeCollector(row: row)
        var merged = stored
        if collector.compare(.productName, old: stored.name, new: draft.name) { merged.name = draft.name }
        if collector.compare(
            .productSet, old: stored.classification, new: draft.classification,
            as: RegistrationValue.classification)
        {
            merged.classification = draft.classification
        }
        if let given = draft.recognition {
            let old = stored.recognition
            var recognition = old ?? given
            if collector.compare(.stars, old: old?.stars, new: given.stars, as: RegistrationValue.number) {
                recognition.stars = given.stars
            }
            if collector.compare(.decisionNumber, old: old?.decisionNumber, new: given.decisionNumber) {
                recognition.decisionNumber = given.decisionNumber
            }
            if collector.compare(
                .decisionDate, old: old?.decisionDate, new: given.decisionDate, as: RegistrationValue.date)
            {
                recognition.decisionDate = given.decisionDate
            }
            if collector.compare(.issuingBody, old: old?.issuingBody, new: given.issuingBody) {
                recognition.issuingBody = given.issuingBody
            }
            if collector.compare(
                .issuingLevel, old: old?.issuingLevel, new: given.issuingLevel,
                as: RegistrationValue.issuingLevel)
            {
                recognition.issuingLevel = given.issuingLevel
            }
            if collector.compare(
                .validUntil, old: old?.statedValidUntil, new: given.statedValidUntil,
                as: RegistrationValue.date)
            {
                recognition.statedValidUntil = given.statedValidUntil
            }
            if collector.compare(.productCode, old: old?.productCode, new: given.productCode) {
                recognition.productCode = given.productCode
            }
            merged.recognition = recognition
        }
        if collector.compare(
            .coldChain, old: stored.needsColdChain, new: draft.needsColdChain, as: RegistrationValue.yesNo)
        {
            merged.needsColdChain = draft.needsColdChain
        }
        return (collector.changes, merged)
    }

    /// The changes a row of the Đại biểu sheet writes to the plan's person, and the person with
    /// them (how they attend is compared by the caller).
    static func changes(of stored: Person, to draft: Person, row: RegistrationRow)
        -> ([RegistrationChange], Person)
    {
        var collector = ChangeCollector(row: row)
        var merged = stored
        if collector.compare(
            .honorific, old: stored.honorific, new: draft.honorific, as: RegistrationValue.honorific)
        {
            merged.honorific = draft.honorific
        }
        if collector.compare(.fullName, old: stored.name.fullName, new: draft.name.fullName) {
            merged.name = draft.name
        }
        if collector.compare(.position, old: stored.position, new: draft.position) {
            merged.position = draft.position
        }
        if collector.compare(.unit, old: stored.unit, new: draft.unit) { merged.unit = draft.unit }
        if collector.compare(
            .delegateProvince, old: stored.province, new: draft.province, as: { .text($0.written) },
            same: { $0.map(NaturalKey.province) == $1.map(NaturalKey.province) })
        {
            merged.province = draft.province
        }
        if collector.compare(
            .delegatePhone, old: stored.phone, new: draft.phone, as: RegistrationValue.text,
            same: { NaturalKey.phone($0) == NaturalKey.phone($1) })
        {
            merged.phone = draft.phone
        }
        if collector.compare(
            .delegateEmail, old: stored.email, new: draft.email, as: RegistrationValue.text,
            same: { NaturalKey.email($0) == NaturalKey.email($1) })
        {
            merged.email = draft.email
        }
        if collector.compare(
            .dateOfBirth, old: stored.dateOfBirth, new: draft.dateOfBirth, as: RegistrationValue.date)
        {
            merged.dateOfBirth = draft.dateOfBirth
        }
        return (collector.changes, merged)
    }
}
