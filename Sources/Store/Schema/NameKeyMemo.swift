import Synchronization

/// Name keys made ahead for the rows an import is about to insert, so that the SQL functions the
/// name indexes call (``PlanFunctions``) find them instead of making them on the writer's thread.
///
/// An import makes its rows on a second core (``RowPipeline``): there it also makes each row's
/// keys and leaves them here. When SQLite updates an index for the row, the function takes the
/// key left for exactly that text (compared byte for byte) and makes it only when none is there.
/// A key is taken once, so the memo holds only the rows made and not yet inserted; an import
/// empties it when it ends. Every connection of a ``PlanStore`` shares its store's memo.
final class NameKeyMemo: Sendable {
    /// The function a key was made for.
    enum Function: UInt8, Sendable {
        /// `fairplan_search_key`.
        case search
        /// `fairplan_folded_key`.
        case folded
        /// `fairplan_person_name_key`.
        case personName
        /// `fairplan_person_folded_key`.
        case personFolded
        /// `fairplan_phone_key`.
        case phone
        /// `fairplan_email_key`.
        case email
    }

    /// A function and its arguments, joined.
    private struct Key: Hashable, Sendable {
        let function: Function
        let arguments: String
    }

    /// A key made ahead, with the exact text it was made from.
    private struct Made: Sendable {
        let arguments: String
        let value: String?
    }

    /// The keys made and not yet taken.
    private let made = Mutex<[Key: Made]>([:])

    /// An empty memo.
    init() {}

    /// Leaves the key `function` gives for `arguments`.
    func store(_ function: Function, _ arguments: String, _ value: String?) {
        made.withLock {
            $0[Key(function: function, arguments: arguments)] = Made(arguments: arguments, value: value)
        }
    }

    /// The key left for exactly `arguments` (the same bytes), taken out of the memo; nil when
    /// none was left.
    func take(_ function: Function, _ arguments: String) -> String?? {
        let key = Key(function: function, arguments: arguments)
        let found = made.withLock { $0.removeValue(forKey: key) }
        // Strings compare equal under canonical equivalence: the key must be of these bytes.
        guard let found, found.arguments.utf8.elementsEqual(arguments.utf8) else { return nil }
        return .some(found.value)
    }

    /// Forgets every key left.
    func removeAll() {
        made.withLock { $0.removeAll() }
    }

    /// How many keys are left.
    var count: Int { made.withLock { $0.count } }
}
