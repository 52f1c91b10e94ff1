/// How a sheet prints: on A4, in an orientation, scaled to the page width or not, with the rows
/// down to the header repeated on every page and a header and footer.
///
/// ODS and FODS write it as a page layout and master page, XLSX as `pageSetup`, `headerFooter`
/// and the `_xlnm.Print_Titles` name; CSV ignores it.
public struct PageSetup: Hashable, Sendable {
    /// The page's orientation.
    public enum Orientation: Hashable, Sendable {
        /// Taller than wide.
        case portrait
        /// Wider than tall.
        case landscape
    }

    /// The page's orientation (the paper is A4).
    public var orientation: Orientation
    /// Whether every column fits across one page (the sheet is scaled down when wider); the
    /// rows run on over as many pages as they need.
    public var fitToWidth: Bool
    /// Whether the rows down to the header (the title and header rows) are printed at the top
    /// of every page.
    public var repeatsHeaderRows: Bool
    /// The text at the top of every page.
    public var header: PageText?
    /// The text at the bottom of every page.
    public var footer: PageText?

    /// Creates a page setup.
    public init(
        orientation: Orientation = .portrait, fitToWidth: Bool = true, repeatsHeaderRows: Bool = true,
        header: PageText? = nil, footer: PageText? = nil
    ) {
        self.orientation = orientation
        self.fitToWidth = fitToWidth
        self.repeatsHeaderRows = repeatsHeaderRows
        self.header = header
        self.footer = footer
    }

    /// The printable width of an A4 page in centimetres with the writers' margins (2 cm in all),
    /// in `orientation`.
    public static func printableWidth(_ orientation: Orientation) -> Double {
        orientation == .portrait ? 19 : 27.7
    }

    /// The orientation a sheet of columns this wide (in centimetres) prints best in: landscape
    /// when they do not fit across a portrait page.
    public static func orientation(forWidth width: Double) -> Orientation {
        width > printableWidth(.portrait) ? .landscape : .portrait
    }
}
