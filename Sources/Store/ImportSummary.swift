public import Planning

/// What an import wrote: how many entities of each kind were added and how many changed.
public struct ImportSummary: Hashable, Sendable, CustomStringConvertible, Localizable {
    /// Entities added, by kind (kinds with none are absent).
    public var added: [StoredEntity: Int]
    /// Existing entities changed, by kind (kinds with none are absent).
    public var updated: [StoredEntity: Int]

    /// Creates a summary.
    public init(added: [StoredEntity: Int] = [:], updated: [StoredEntity: Int] = [:]) {
        self.added = added
        self.updated = updated
    }

    /// All entities added.
    public var totalAdded: Int { added.values.reduce(0, +) }
    /// All entities changed.
    public var totalUpdated: Int { updated.values.reduce(0, +) }

    /// Counts one written entity.
    mutating func count(_ entity: StoredEntity, isNew: Bool) {
        if isNew {
            added[entity, default: 0] += 1
        } else {
            updated[entity, default: 0] += 1
        }
    }

    /// The summary in `language`: "Thêm mới: 3 tổ chức, 5 sản phẩm; cập nhật: 1 tổ chức.",
    /// "Added: 3 organisations, 5 products; updated: 1 organisation."
    public func text(_ language: Language) -> String {
        StoreMessage.importSummary(added: added, updated: updated).text(language)
    }

    /// The summary in Vietnamese.
    public var description: String { text(.vietnamese) }
}
