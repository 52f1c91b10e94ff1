import Planning

/// The frab event `id`s of a programme: stable positive integers derived from the sessions'
/// identifiers, so that re-timing or moving a session changes no event's id (conference apps
/// such as EventFahrplan key favourites and alarms on it).
///
/// Each appearance of a session has a key: the session's identifier for its own room, and
/// `session|point:P` for its appearance under connection point `P`. The id is the key's FNV-1a
/// 64-bit hash reduced to `1...modulus` (2³¹ − 1, so 32-bit apps read it). Keys are taken from
/// every session and linked point of the plan, whether scheduled or not, so the numbering does not
/// depend on times or rooms. Collisions are resolved deterministically: keys are numbered in
/// their text order, and a key whose number is taken gets the next free number (wrapping to 1).
struct FrabEventNumbers: Sendable {
    /// The largest id: 2³¹ − 1.
    static let largest = 2_147_483_647

    /// The id of each appearance key.
    let numbers: [String: Int]

    /// The ids of every appearance of `plan`'s sessions.
    init(plan: Plan) {
        self.init(keys: plan.sessions.flatMap { Self.keys(of: $0) }, modulus: Self.largest)
    }

    /// The ids of `keys`, reduced to `1...modulus` (a small modulus forces collisions in tests).
    init(keys: [String], modulus: Int) {
        var numbers: [String: Int] = [:]
        var taken = Set<Int>()
        let unique = Set(keys).sorted()
        guard unique.count <= modulus else {
            self.numbers = Dictionary(uniqueKeysWithValues: unique.enumerated().map { ($1, $0 + 1) })
            return
        }
        for key in unique {
            var number = Int(StableHash.fnv1a(key) % UInt64(modulus)) + 1
            while taken.contains(number) { number = number % modulus + 1 }
            taken.insert(number)
            numbers[key] = number
        }
        self.numbers = numbers
    }

    /// The id of the appearance with `key`, or nil for a key not numbered.
    func number(_ key: String) -> Int? { numbers[key] }

    /// The key of a session's appearance in its own room.
    static func roomKey(_ session: Identifier<Session>) -> String { session.rawValue }

    /// The key of a session's appearance under a connection point.
    static func pointKey(_ session: Identifier<Session>, _ point: Identifier<ConnectionPoint>) -> String {
        "\(session.rawValue)|point:\(point.rawValue)"
    }

    /// Every appearance key a session can have.
    static func keys(of session: Session) -> [String] {
        [roomKey(session.id)] + session.linkedPoints.map { pointKey(session.id, $0) }
    }

}
