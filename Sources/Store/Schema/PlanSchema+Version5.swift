extension PlanSchema {
    /// Version 5: the journal records a row a large import adds by its primary key alone, and
    /// completes it with the whole row when the import is undone (``BulkJournal``,
    /// ``JournalReplay``). No table changes; the version tells an older FairPlan, which would
    /// redo such a change from the key alone, that the file is not for it.
    static let version5 = Migration(
        version: 5,
        summary: "rows a large import adds are journaled by their key, completed when undone",
        statements: [])
}
