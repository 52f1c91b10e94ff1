import GRDB
import Planning

/// FairPlan's own SQL functions, registered on every connection to a plan file: the keys names
/// are matched by, so the indexes of schema version 4 find an organisation, a product or a
/// person by name key, phone or e-mail without reading the whole table.
///
/// They are pure (the same text always gives the same key): an index over them stays true. A
/// change to how a key is made (``NameKey``, ``VietnameseText/searchKey(_:)``,
/// ``PlanValidator/duplicateKeys(name:phone:email:)``) needs a migration that runs `REINDEX`.
/// Other programs can read a plan file, but not change the tables these indexes cover.
enum PlanFunctions {
    /// `fairplan_search_key(text)`: ``VietnameseText/searchKey(_:)`` (no diacritics, lowercase).
    static let searchKey = DatabaseFunction("fairplan_search_key", argumentCount: 1, pure: true) { values in
        String.fromDatabaseValue(values[0]).map(VietnameseText.searchKey)
    }

    /// `fairplan_folded_key(text)`: ``NameKey/folded(_:)``, the key a name typed without
    /// diacritics matches.
    static let foldedKey = DatabaseFunction("fairplan_folded_key", argumentCount: 1, pure: true) { values in
        String.fromDatabaseValue(values[0]).map(NameKey.folded)
    }

    /// `fairplan_person_name_key(family, middle, given)`: ``NameKey/exact(_:)`` of the full name.
    static let personNameKey = DatabaseFunction("fairplan_person_name_key", argumentCount: 3, pure: true) {
        values in
        NameKey.exact(name(values).fullName)
    }

    /// `fairplan_phone_key(family, middle, given, phone)`: the duplicate-person key of a name and
    /// phone, NULL without a valid phone.
    static let phoneKey = DatabaseFunction("fairplan_phone_key", argumentCount: 4, pure: true) { values in
        let phone = String.fromDatabaseValue(values[3])
        guard phone != nil else { return nil }
        return PlanValidator.duplicateKeys(name: name(values), phone: phone, email: nil).first
    }

    /// `fairplan_email_key(email)`: the duplicate-person key of an e-mail, NULL without a
    /// plausible one.
    static let emailKey = DatabaseFunction("fairplan_email_key", argumentCount: 1, pure: true) { values in
        let email = String.fromDatabaseValue(values[0])
        guard email != nil else { return nil }
        return PlanValidator.duplicateKeys(name: PersonName(family: "", given: ""), phone: nil, email: email)
            .first
    }

    /// A person's name from the first three arguments (family, middle, given).
    private static func name(_ values: [DatabaseValue]) -> PersonName {
        PersonName(
            family: String.fromDatabaseValue(values[0]) ?? "",
            middle: String.fromDatabaseValue(values[1]) ?? "",
            given: String.fromDatabaseValue(values[2]) ?? "")
    }

    /// Registers the functions on a connection.
    static func register(_ db: Database) {
        for function in [searchKey, foldedKey, personNameKey, phoneKey, emailKey] {
            db.add(function: function)
        }
    }
}
