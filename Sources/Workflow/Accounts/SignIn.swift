import HummingbirdBcrypt
public import Store

/// Checks a staff member's name and password against the plan file's accounts.
///
/// An unknown name costs the same bcrypt check as a known one (against a fixed hash), so the time
/// of an answer does not tell which names exist.
public struct SignIn: Sendable {
    /// A hash of a random password nobody knows, at the default cost, checked when the name is
    /// unknown (made once, on first use).
    static let decoyHash = Bcrypt.hash(
        String((0..<32).map { _ in Character(Unicode.Scalar(UInt8.random(in: 0x21...0x7E))) }),
        cost: AddAccount.defaultCost)

    /// The plan file.
    let store: PlanStore

    /// The use case on a plan file.
    public init(store: PlanStore) {
        self.store = store
    }

    /// The account when `password` is its password; nil for a wrong name or password (never
    /// saying which).
    public func run(name: String, password: String) throws -> StaffAccount? {
        guard password.utf8.count <= AddAccount.maximumPasswordBytes, name.utf8.count <= 256,
            let account = try store.account(named: (try? AddAccount.checkName(name)) ?? "")
        else {
            _ = Bcrypt.verify(password, hash: Self.decoyHash)
            return nil
        }
        return Bcrypt.verify(password, hash: account.passwordHash) ? account : nil
    }
}
