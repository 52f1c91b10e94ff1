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

    /// A function and its arguments, joined: hashed and compared by the arguments' UTF-8 bytes.
    ///
    /// Swift hashes a `String` under canonical equivalence, putting a Vietnamese name in NFC on
    /// the fly: a national registry's import would pay for it twice per key on the writer's
    /// thread. The bytes are what the function must be given anyway (a key made for another
    /// spelling of the same text is not taken), and hashing them costs a pass over them.
    private struct Key: Hashable, Sendable {
        let function: Function
        let arguments: String

        static func == (left: Key, right: Key) -> Bool {
            guard left.function == right.function else { return false }
            var (leftText, rightText) = (left.arguments, right.arguments)
            return leftText.withUTF8 { leftBytes in
                rightText.withUTF8 { rightBytes in
                    leftBytes.elementsEqual(rightBytes)
                }
            }
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(function)
            var text = arguments
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    /// The keys made and not yet taken.
    private let made = Mutex<[Key: String?]>([:])

    /// An empty memo.
    init() {}

    /// Leaves the key `function` gives for `arguments`.
    func store(_ function: Function, _ arguments: String, _ value: String?) {
        made.withLock { $0[Key(function: function, arguments: arguments)] = .some(value) }
    }

    /// The key left for exactly `arguments` (the same bytes), taken out of the memo; nil when
    /// none was left.
    func take(_ function: Function, _ arguments: String) -> String?? {
        let key = Key(function: function, arguments: arguments)
        return made.withLock { $0.removeValue(forKey: key) }
    }

    /// Forgets every key left.
    func removeAll() {
        made.withLock { $0.removeAll() }
    }

    /// How many keys are left.
    var count: Int { made.withLock { $0.count } }
}
