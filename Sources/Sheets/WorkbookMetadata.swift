/// Document properties written into a workbook (ODF `meta.xml`).
public struct WorkbookMetadata: Hashable, Sendable {
    /// The document title.
    public var title: String?
    /// The generator, e.g. `FairPlan/0.1.0`.
    public var generator: String
    /// The creation time as ISO 8601 (`2026-12-16T08:00:00`); fixed for deterministic output.
    public var created: String

    /// Creates metadata.
    public init(title: String? = nil, generator: String = "FairPlan", created: String) {
        self.title = title
        self.generator = generator
        self.created = created
    }
}
