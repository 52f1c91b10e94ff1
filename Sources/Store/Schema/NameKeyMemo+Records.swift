import Planning

extension NameKeyMemo {
    /// Leaves the keys the organisation indexes make of a row: its name's search and folded keys,
    /// its short name's folded key.
    func storeKeys(of record: OrganisationRecord) {
        store(.search, record.name, PlanFunctions.searchKey(record.name))
        store(.folded, record.name, PlanFunctions.foldedKey(record.name))
        if let shortName = record.shortName { store(.folded, shortName, PlanFunctions.foldedKey(shortName)) }
    }

    /// Leaves the keys the person indexes make of a row: the name's tone-keeping and folded keys,
    /// and the phone and e-mail keys when the row has them.
    func storeKeys(of record: PersonRecord) {
        let (family, middle, given) = (record.familyName, record.middleName, record.givenName)
        store(
            .personName, PlanFunctions.joined(family, middle, given),
            PlanFunctions.personNameKey(family: family, middle: middle, given: given))
        store(
            .personFolded, PlanFunctions.joined(family, middle, given),
            PlanFunctions.personFoldedKey(family: family, middle: middle, given: given))
        if let phone = record.phone {
            store(
                .phone, PlanFunctions.joined(family, middle, given, phone),
                PlanFunctions.phoneKey(family: family, middle: middle, given: given, phone: phone))
        }
        if let email = record.email { store(.email, email, PlanFunctions.emailKey(email)) }
    }
}
