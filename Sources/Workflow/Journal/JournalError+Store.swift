import Store

extension JournalError {
    /// The journal error a store error stands for, when it is one.
    static func from(_ error: StoreError) -> JournalError? {
        switch error {
        case .undoBeyondHistory(_, 0): .nothingToUndo
        case .undoBeyondHistory(let asked, let available):
            .undoBeyondHistory(asked: asked, available: available)
        case .nothingToRedo: .nothingToRedo
        case .journalOutOfStep(let entry, let table): .outOfStep(entry: entry, table: table)
        default: nil
        }
    }

    /// Runs `body`, turning the store's journal errors into ``WorkflowError/journal(_:)``.
    static func translating<Value>(_ body: () throws -> Value) throws -> Value {
        do {
            return try body()
        } catch let error as StoreError {
            guard let journal = from(error) else { throw error }
            throw WorkflowError.journal(journal)
        }
    }
}
