import Synchronization

/// The name keys of a ``NameIndex``, made once, on first use, from every entity's names: the
/// tone-keeping and folded keys of each name, and the words of each entity's first name.
final class NameKeys: Sendable {
    /// The keys made from the names.
    struct Built: Sendable {
        /// Positions by tone-keeping key (``NameKey/exact(_:)``).
        var exact: [String: [Int]] = [:]
        /// Positions by folded key (``NameKey/folded(_:)``).
        var folded: [String: [Int]] = [:]
        /// Each entity's folded words, for matching a run of words and for suggestions.
        var words: [[String]] = []
    }

    /// Every name of each entity, in entity order.
    private let names: [[String]]
    /// The keys once made.
    private let cache = Mutex<Built?>(nil)

    /// Keys for entities with these names, not made yet.
    init(names: [[String]]) {
        self.names = names
    }

    /// The keys, made on the first call (under a lock, so concurrent look-ups make them once).
    var built: Built {
        cache.withLock { cached in
            if let cached { return cached }
            let made = Self.make(names)
            cached = made
            return made
        }
    }

    /// Makes the keys of `names`, in time linear in their length.
    private static func make(_ names: [[String]]) -> Built {
        var built = Built()
        built.words.reserveCapacity(names.count)
        for (position, entityNames) in names.enumerated() {
            var exactKeys: Set<String> = []
            var foldedKeys: Set<String> = []
            var entityWords: [String] = []
            for name in entityNames {
                let key = NameKey.exact(name)
                guard !key.isEmpty else { continue }
                exactKeys.insert(key)
                let foldedKey = NameKey.folded(name)
                foldedKeys.insert(foldedKey)
                if entityWords.isEmpty { entityWords = foldedKey.split(separator: " ").map(String.init) }
            }
            for key in exactKeys { built.exact[key, default: []].append(position) }
            for key in foldedKeys { built.folded[key, default: []].append(position) }
            built.words.append(entityWords)
        }
        return built
    }
}
