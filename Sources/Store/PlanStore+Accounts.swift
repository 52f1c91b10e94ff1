import GRDB
public import Planning

extension PlanStore {
    /// Adds a staff account; a name already taken is ``StoreError/duplicate(_:id:)``.
    ///
    /// Accounts are not part of the plan: the write is never journaled, whatever the store's note.
    public func addAccount(_ account: StaffAccount) throws {
        try withoutJournal { db in
            let record = AccountRecord(
                name: account.name, role: account.role.rawValue, passwordHash: account.passwordHash,
                createdAt: StoreText.text(account.createdAt))
            try save(record, isNew: true, entity: .account, id: account.name, db)
        }
    }

    /// Removes the account named `name`; false when there is none.
    @discardableResult
    public func removeAccount(named name: String) throws -> Bool {
        try withoutJournal { db in try AccountRecord.deleteOne(db, key: name) }
    }

    /// The account named `name`, nil when there is none.
    public func account(named name: String) throws -> StaffAccount? {
        try read { db in try AccountRecord.fetchOne(db, key: name).map(Self.account) }
    }

    /// Every account, by name.
    public func accounts() throws -> [StaffAccount] {
        try read { db in try AccountRecord.order(Column("name")).fetchAll(db).map(Self.account) }
    }

    /// The account a row stands for.
    private static func account(_ record: AccountRecord) throws -> StaffAccount {
        StaffAccount(
            name: record.name,
            role: try StoreText.value(StaffAccount.Role.self, record.role, entity: .account, id: record.name),
            passwordHash: record.passwordHash,
            createdAt: try StoreText.localDateTime(record.createdAt, entity: .account, id: record.name))
    }

    /// Runs `body` in a write transaction that the journal does not record.
    private func withoutJournal<Value>(_ body: (Database) throws -> Value) throws -> Value {
        do {
            return try pool.write(body)
        } catch {
            throw Self.convert(error, path: path)
        }
    }
}
