import Planning
public import Store

/// Removes a staff account (`fairplan user remove`); its sessions in a running portal end at their
/// next request.
public struct RemoveAccount: Sendable {
    /// The plan file.
    let store: PlanStore

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// Removes the account named `name`; an unknown name is refused.
    public func run(name: String) throws {
        guard try store.removeAccount(named: VietnameseText.normalized(name)) else {
            throw WorkflowError.invalidValue(.name, value: name, expected: .accountName)
        }
    }
}
