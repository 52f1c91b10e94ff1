import Interchange
import Planning
import Workflow

/// `/<plan>/quan-ly/tai-ve`: every export of `fairplan export` (each list, or all in one
/// workbook, in each format that takes it) and every kind of document of `fairplan documents`
/// (ODT, and PDF when LibreOffice is installed), each a download.
struct DownloadsPage: Sendable {
    /// A download.
    struct Link: Sendable {
        /// Where it is.
        let href: String
        /// Its format's name.
        let label: String
    }

    /// A list or a kind of document with its downloads.
    struct Row: Sendable {
        /// Its name.
        let name: String
        /// Its downloads, one per format.
        let links: [Link]
    }

    /// The frame.
    let frame: PageFrame
    /// The heading.
    let heading: String
    /// What the last download could not do.
    let banner: String?
    /// The column names.
    let columns: [String]
    /// The lists' heading.
    let listsHeading: String
    /// What they show.
    let listsHint: String
    /// The lists.
    let lists: [Row]
    /// The documents' heading.
    let documentsHeading: String
    /// What they show.
    let documentsHint: String
    /// The documents.
    let documents: [Row]
    /// Said when PDF cannot be written here.
    let pdfNote: String?
    /// The link back to the console.
    let back: String
    /// Its text.
    let backLabel: String

    /// The formats each list is offered in (several lists in one file only in a workbook).
    static func formats(of list: ListKind?) -> [ExportFormat] {
        let sheets: [ExportFormat] = [.xlsx, .ods, .fods]
        guard let list else { return sheets }
        return sheets + [.csv, .xml] + (list == .programme ? [.frab, .ics] : [])
    }

    /// The page, offering PDF when `pdf`, after `banner`.
    init(paths: PortalPaths, pdf: Bool, banner: StaffMessage?, version: String) {
        let language = paths.language
        let m = { (message: StaffMessage) in message.text(language) }
        heading = m(.downloadsPage)
        frame = PageFrame(
            title: heading, language: language, site: paths, section: nil,
            otherLanguagePath: "/\(paths.site)/quan-ly/tai-ve", version: version)
        self.banner = banner.map(m)
        columns = [m(.contents), m(.formats)]
        listsHeading = m(.listsHeading)
        listsHint = m(.listsHint)
        lists = ([nil] + ListKind.allCases.map { Optional($0) }).map { list in
            Row(
                name: m(.listName(list)),
                links: Self.formats(of: list).map { format in
                    Link(
                        href: paths.listDownload(list?.rawValue ?? "all", format: format.rawValue),
                        label: format.rawValue.uppercased())
                })
        }
        documentsHeading = m(.documentsHeading)
        documentsHint = m(.documentsHint)
        let formats: [DocumentFormat] = pdf ? [.odt, .pdf] : [.odt]
        documents = DocumentKind.allCases.map { kind in
            Row(
                name: m(.documentName(kind)),
                links: formats.map {
                    Link(
                        href: paths.documentDownload(kind.rawValue, format: $0.rawValue),
                        label: $0.rawValue.uppercased())
                })
        }
        pdfNote = pdf ? nil : m(.pdfUnavailable)
        back = paths.console
        backLabel = m(.backToConsole)
    }
}
