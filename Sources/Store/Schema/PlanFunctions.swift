import Foundation
import GRDB
import Planning
import Synchronization

/// FairPlan's own SQL functions, registered on every connection to a plan file: the keys names
/// are matched by, so the indexes of schema version 4 find an organisation, a product or a
/// person by name key, phone or e-mail without reading the whole table.
///
/// They are pure (the same text always gives the same key): an index over them stays true. A
/// change to how a key is made (``NameKey``, ``VietnameseText/searchKey(_:)``,
/// ``PlanValidator/duplicateKeys(name:phone:email:)``) needs a migration that runs `REINDEX`.
/// Other programs can read a plan file, but not change the tables these indexes cover.
///
/// Each function first looks for a key an import made ahead (``NameKeyMemo``); the key is the
/// same either way.
enum PlanFunctions {
    /// `fairplan_search_key(text)`: ``VietnameseText/searchKey(_:)`` (no diacritics, lowercase).
    static func searchKey(_ text: String) -> String { VietnameseText.searchKey(text) }

    /// `fairplan_folded_key(text)`: ``NameKey/folded(_:)``, the key a name typed without
    /// diacritics matches.
    static func foldedKey(_ text: String) -> String { NameKey.folded(text) }

    /// `fairplan_person_name_key(family, middle, given)`: ``NameKey/exact(_:)`` of the full name.
    static func personNameKey(family: String, middle: String, given: String) -> String {
        NameKey.exact(PersonName(family: family, middle: middle, given: given).fullName)
    }

    /// `fairplan_person_folded_key(family, middle, given)`: ``NameKey/folded(_:)`` of the full
    /// name, the key a name typed without diacritics matches.
    static func personFoldedKey(family: String, middle: String, given: String) -> String {
        NameKey.folded(PersonName(family: family, middle: middle, given: given).fullName)
    }

    /// `fairplan_phone_key(family, middle, given, phone)`: the duplicate-person key of a name and
    /// phone, nil without a valid phone.
    static func phoneKey(family: String, middle: String, given: String, phone: String) -> String? {
        PlanValidator.duplicateKeys(
            name: PersonName(family: family, middle: middle, given: given), phone: phone, email: nil
        ).first
    }

    /// `fairplan_email_key(email)`: the duplicate-person key of an e-mail, nil without a
    /// plausible one.
    static func emailKey(_ email: String) -> String? {
        PlanValidator.duplicateKeys(name: PersonName(family: "", given: ""), phone: nil, email: email).first
    }

    /// The memo's text for a person's name parts (and phone): each part after its length in
    /// bytes, so no two lists of parts give the same text, whatever characters they hold.
    static func joined(_ parts: String...) -> String {
        var text = ""
        text.reserveCapacity(parts.reduce(0) { $0 + $1.utf8.count + 4 })
        for part in parts {
            text += String(part.utf8.count)
            text += ":"
            text += part
        }
        return text
    }

    /// Registers the functions on a connection, each looking in `memo` first.
    static func register(_ db: Database, memo: NameKeyMemo) throws {
        @Sendable func text(_ value: DatabaseValue) -> String? { String.fromDatabaseValue(value) }
        @Sendable func remembered(
            _ function: NameKeyMemo.Function, _ arguments: String, _ make: () -> String?
        ) -> String? {
            if let value = memo.take(function, arguments) { return value }
            return make()
        }
        // The key functions, which indexes call for every row written, go through SQLite's C
        // interface (``KeyFunction``).
        let keyFunctions = [
            KeyFunction("fairplan_search_key", argumentCount: 1) { arguments in
                arguments.text(0).flatMap { name in remembered(.search, name) { searchKey(name) } }
            },
            KeyFunction("fairplan_folded_key", argumentCount: 1) { arguments in
                arguments.text(0).flatMap { name in remembered(.folded, name) { foldedKey(name) } }
            },
            KeyFunction("fairplan_person_name_key", argumentCount: 3) { arguments in
                let (family, middle, given) = (
                    arguments.text(0) ?? "", arguments.text(1) ?? "", arguments.text(2) ?? ""
                )
                return remembered(.personName, joined(family, middle, given)) {
                    personNameKey(family: family, middle: middle, given: given)
                }
            },
            KeyFunction("fairplan_person_folded_key", argumentCount: 3) { arguments in
                let (family, middle, given) = (
                    arguments.text(0) ?? "", arguments.text(1) ?? "", arguments.text(2) ?? ""
                )
                return remembered(.personFolded, joined(family, middle, given)) {
                    personFoldedKey(family: family, middle: middle, given: given)
                }
            },
            KeyFunction("fairplan_phone_key", argumentCount: 4) { arguments in
                guard let phone = arguments.text(3) else { return nil }
                let (family, middle, given) = (
                    arguments.text(0) ?? "", arguments.text(1) ?? "", arguments.text(2) ?? ""
                )
                return remembered(.phone, joined(family, middle, given, phone)) {
                    phoneKey(family: family, middle: middle, given: given, phone: phone)
                }
            },
            KeyFunction("fairplan_email_key", argumentCount: 1) { arguments in
                guard let email = arguments.text(0) else { return nil }
                return remembered(.email, email) { emailKey(email) }
            },
        ]
        for function in keyFunctions { try function.install(in: db) }
        db.add(
            function: DatabaseFunction("fairplan_sort_key", argumentCount: 1, pure: true) { values in
                text(values[0]).map { Data(sortKey($0, strength: .identical)) }
            })
        db.add(
            function: DatabaseFunction("fairplan_list_key", argumentCount: 1, pure: true) { values in
                text(values[0]).map { Data(sortKey($0, strength: .tertiary)) }
            })
        db.add(
            function: DatabaseFunction("fairplan_protocol_rank", argumentCount: 1, pure: true) { values in
                ProtocolRank.rank(ofPosition: text(values[0]))
            })
        let provinceNames = Mutex<[[UInt8]: String]>([:])
        db.add(
            function: DatabaseFunction("fairplan_province_name", argumentCount: 1, pure: true) { values in
                guard let json = text(values[0]) else { return nil }
                let key = Array(json.utf8)
                if let name = provinceNames.withLock({ $0[key] }) { return name }
                guard let province = try? JSONDecoder().decode(ProvinceReference.self, from: Data(json.utf8))
                else {
                    return nil
                }
                provinceNames.withLock { names in
                    if names.count < 4_096 { names[key] = province.officialName }
                }
                return province.officialName
            })
    }

    /// `fairplan_protocol_rank(position)`: ``ProtocolRank/rank(ofPosition:)``, for protocol order.
    /// `fairplan_province_name(json)`: the official name of a stored province reference, nil for
    /// text that is not one (each text decoded once per connection).
    ///
    /// `fairplan_sort_key(text)` and `fairplan_list_key(text)`: the Vietnamese collation key of a
    /// text as a blob (``VietnameseSortKey/bytes(strength:)``), so `ORDER BY` sorts in Vietnamese
    /// order: totally (names of organisations, products, parties), or to case (the parts of a
    /// person's name, as lists compare them).
    static func sortKey(_ text: String, strength: VietnameseCollation.Strength) -> [UInt8] {
        VietnameseSortKey(text).bytes(strength: strength)
    }
}
