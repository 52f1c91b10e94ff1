extension PlanStore {
    /// Runs `body` on one consistent view of the plan file (a read transaction): rows read twice
    /// inside it (a table measured, then written) are the same rows. Errors `body` throws pass
    /// through unchanged; database errors become ``StoreError``.
    ///
    /// Inside `body`, read through the snapshot only: the store's own methods open another read
    /// on the same thread, which the database library refuses (its reads are not reentrant).
    public func snapshot<Value>(_ body: (PlanSnapshot) throws -> Value) throws -> Value {
        let outcome: Result<Value, any Error> = try read { db in
            Result { try body(PlanSnapshot(store: self, db: db)) }
        }
        return try outcome.get()
    }
}
