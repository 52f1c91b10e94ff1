public import Store

/// The staff accounts of a plan file, by name (`fairplan user list`).
public struct ListAccounts: Sendable {
    /// The plan file.
    let store: PlanStore

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// Every account.
    public func run() throws -> [StaffAccount] {
        try store.accounts()
    }
}
