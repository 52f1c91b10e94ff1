/// How a booth stands out on a floor plan: later views colour booths by assignment or province.
public struct BoothHighlight: Hashable, Sendable {
    /// The booth's fill colour (`#rrggbb`).
    public var fill: String
    /// A second line under the code, such as the party's short name.
    public var caption: String?
    /// A legend entry this colour belongs to, such as the province's name.
    public var legend: String?

    /// Creates a highlight.
    public init(fill: String, caption: String? = nil, legend: String? = nil) {
        self.fill = fill
        self.caption = caption
        self.legend = legend
    }
}
