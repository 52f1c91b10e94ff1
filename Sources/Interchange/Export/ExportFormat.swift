/// The file formats `fairplan export` writes.
public enum ExportFormat: String, CaseIterable, Sendable, Codable {
    /// OpenDocument spreadsheet (LibreOffice, Excel, Google Sheets).
    case ods
    /// Flat OpenDocument spreadsheet: one XML document.
    case fods
    /// Office Open XML spreadsheet (Microsoft Excel, LibreOffice, Google Sheets).
    case xlsx
    /// XML in FairPlan's namespace, valid against the list's shipped RelaxNG schema.
    case xml
    /// Comma- or semicolon-separated values, UTF-8 with a BOM for Excel.
    case csv
    /// The frab/pretalx conference-schedule XML (programme only).
    case frab
    /// iCalendar (programme only).
    case ics

    /// The file extension.
    public var fileExtension: String {
        switch self {
        case .frab: "xml"
        default: rawValue
        }
    }
}
