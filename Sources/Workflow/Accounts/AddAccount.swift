import HummingbirdBcrypt
public import Planning
public import Store

/// Makes an account for the portal's staff console (`fairplan user add`): the password is kept
/// only as its bcrypt hash.
public struct AddAccount: Sendable {
    /// The work factor of new hashes: 2^12 rounds, about a quarter of a second on this machine's
    /// class of CPU, as OWASP advises for bcrypt.
    public static let defaultCost: UInt8 = 12
    /// The shortest password taken, in bytes.
    public static let minimumPasswordBytes = 10
    /// The longest, in bytes: bcrypt reads no further.
    public static let maximumPasswordBytes = 72

    /// The plan file.
    let store: PlanStore
    /// The work factor (4 to 31).
    let cost: UInt8

    /// The use case on a plan file, hashing with `cost` (tests use the minimum, 4).
    public init(store: PlanStore, cost: UInt8 = AddAccount.defaultCost) {
        self.store = store
        self.cost = min(max(cost, 4), 31)
    }

    /// Makes the account `name` with `role` and `password`; a name already taken is refused.
    public func run(name: String, role: StaffAccount.Role, password: String, context: ChangeContext) throws
        -> StaffAccount
    {
        let name = try Self.checkName(name)
        try Self.checkPassword(password)
        let account = StaffAccount(
            name: name, role: role, passwordHash: Bcrypt.hash(password, cost: cost), createdAt: context.now)
        try store.addAccount(account)
        return account
    }

    /// `name` in NFC when it is an account name: 1 to 64 letters, digits, `.`, `-`, `_` or `@`.
    public static func checkName(_ name: String) throws(WorkflowError) -> String {
        let normal = VietnameseText.normalized(name)
        let allowed = normal.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || ("0"..."9").contains($0) || ".-_@".unicodeScalars.contains($0)
        }
        guard (1...64).contains(normal.count), allowed else {
            throw .invalidValue(.name, value: name, expected: .accountName)
        }
        return normal
    }

    /// Refuses a password shorter than ``minimumPasswordBytes`` or longer than
    /// ``maximumPasswordBytes`` in UTF-8.
    public static func checkPassword(_ password: String) throws(WorkflowError) {
        guard (minimumPasswordBytes...maximumPasswordBytes).contains(password.utf8.count) else {
            throw .invalidValue(
                .password, value: String(repeating: "•", count: min(password.count, 80)),
                expected: .password(minimum: minimumPasswordBytes, maximum: maximumPasswordBytes))
        }
    }
}
