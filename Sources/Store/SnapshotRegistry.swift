import GRDB
public import Planning

/// A snapshot's registry as the validator reads it (``RegistryRows``): organisations, products,
/// people and attendances one row at a time, in no particular order; an organisation's existence
/// looked up by its primary key; the entities sharing a duplicate key found by `GROUP BY` on the
/// keys the rules use (the registration code, and the name-key indexes' functions), so only they
/// are held in memory.
///
/// Valid only inside the ``PlanStore/snapshot(_:)`` closure its snapshot belongs to.
public struct SnapshotRegistry: RegistryRows {
    /// The snapshot read.
    let snapshot: PlanSnapshot

    /// Each organisation, with its members in order.
    public func forEachOrganisation(_ body: (Organisation) throws -> Void) throws {
        try snapshot.forEachOrganisation(sorted: false, body)
    }

    /// Each product.
    public func forEachProduct(_ body: (Product) throws -> Void) throws {
        try snapshot.forEachProduct(sorted: false, body)
    }

    /// Each person.
    public func forEachPerson(_ body: (Person) throws -> Void) throws {
        try snapshot.forEachPerson(sorted: false, body)
    }

    /// Each attendance with its person, looked up by identifier. A person is never listed twice
    /// for an event in a plan file: the table's primary key is the person and the event.
    public func forEachAttendance(_ body: (Attendance, Person?, _ repeated: Bool) throws -> Void) throws {
        func check(_ attendance: Attendance) throws {
            let record = try snapshot.converting {
                try PersonRecord.fetchOne(
                    snapshot.db.cachedStatement(sql: "SELECT * FROM person WHERE id = ?"),
                    arguments: [attendance.person.rawValue])
            }
            try body(attendance, try record?.person(provinces: snapshot.provinces), false)
        }
        try snapshot.forEach(
            AttendanceRecord.self, sql: "SELECT * FROM attendance", { try $0.attendance() }, check)
    }

    /// Whether an organisation has `id` (its primary key).
    public func containsOrganisation(_ id: Identifier<Organisation>) throws -> Bool {
        try snapshot.converting {
            try Bool.fetchOne(
                snapshot.db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM organisation WHERE id = ?)"),
                arguments: [id.rawValue]) ?? false
        }
    }

    /// The attendances of `event` by the connection point they name, counted by the database.
    public func attendanceCounts(of event: Identifier<Event>) throws -> [Identifier<ConnectionPoint>?: Int] {
        try snapshot.converting { try PlanStore.attendanceCounts(of: event, snapshot.db) }
    }

    /// The organisations whose registration code, or whose name's search key with the province's
    /// code (or the province as written when it did not resolve), another organisation has:
    /// ``PlanFocus/NameInProvince/key`` made by SQL, joined as the rule joins it.
    public func organisationsSharingDuplicateKeys() throws -> [Organisation] {
        let nameKey = "fairplan_search_key(name) || '|' || coalesce(province_code, province)"
        let records = try snapshot.converting {
            try OrganisationRecord.fetchAll(
                snapshot.db,
                sql: """
                    SELECT * FROM organisation
                    WHERE registration_code IN (
                            SELECT registration_code FROM organisation WHERE registration_code IS NOT NULL
                            GROUP BY registration_code HAVING count(*) > 1)
                        OR \(nameKey) IN (SELECT \(nameKey) FROM organisation GROUP BY 1 HAVING count(*) > 1)
                    ORDER BY seq
                    """)
        }
        return try records.map(snapshot.organisation)
    }

    /// The products whose owner and name's search key (``PlanValidator/duplicateKey(of:)``, made
    /// by SQL) another product has.
    public func productsSharingDuplicateKeys() throws -> [Product] {
        let key = "owner_id || '|' || fairplan_search_key(name)"
        return try snapshot.converting {
            try ProductRecord.fetchAll(
                snapshot.db,
                sql: """
                    SELECT * FROM product
                    WHERE \(key) IN (SELECT \(key) FROM product GROUP BY 1 HAVING count(*) > 1)
                    ORDER BY seq
                    """)
        }.map { try $0.product() }
    }

    /// The people with a phone key or an e-mail key (``PlanValidator/duplicateKeys(of:)``, the
    /// functions the indexes are made of) another person has.
    public func peopleSharingDuplicateKeys() throws -> [Person] {
        let phone = "fairplan_phone_key(family_name, middle_name, given_name, phone)"
        let email = "fairplan_email_key(email)"
        return try snapshot.converting {
            try PersonRecord.fetchAll(
                snapshot.db,
                sql: """
                    SELECT * FROM person
                    WHERE \(phone) IN (
                            SELECT \(phone) FROM person WHERE \(phone) IS NOT NULL GROUP BY 1 HAVING count(*) > 1)
                        OR \(email) IN (
                            SELECT \(email) FROM person WHERE \(email) IS NOT NULL GROUP BY 1 HAVING count(*) > 1)
                    ORDER BY seq
                    """)
        }.map { try $0.person(provinces: snapshot.provinces) }
    }
}
