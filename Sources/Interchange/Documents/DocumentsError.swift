public import Planning

/// Why a document cannot be written as asked; worded by ``DocumentsMessage``.
public enum DocumentsError: Error, Hashable, Sendable, Localizable, CustomStringConvertible {
    /// What a document refers to by name.
    public enum Reference: String, Hashable, Sendable, Codable {
        /// A paragraph style.
        case paragraph
        /// A character style.
        case text
        /// A page style.
        case page
        /// A picture.
        case image
    }

    /// The document names a style, page style or picture it does not define.
    case missingStyle(Reference, name: String)
    /// The plan has nothing for this kind of paper (no delegates, no exhibitors, no booths let).
    case nothingToWrite(DocumentKind)
    /// Fascia boards asked for one party (`--party`) that holds no booth in the plan.
    case partyHasNoBooth(party: String)
    /// `--format pdf` without LibreOffice (`soffice`) on `PATH`.
    case libreOfficeMissing
    /// LibreOffice did not convert `file`; `detail` is what it said.
    case conversionFailed(file: String, detail: String)
    /// A list name that is not one of the official lists.
    case unknownList(String)
    /// Change notices need a plan file with published versions (not a sample).
    case noticesNeedPlanFile
    /// An option that this kind of paper does not take (`--party`, `--point`, `--list`).
    case optionNotTaken(option: String, DocumentKind)
    /// `--from` or `--to` of change notices names a version of `kind` that was never published;
    /// `published` is the versions there are (nil when none).
    case unpublishedVersion(option: String, PublicationKind, number: Int, published: ClosedRange<Int>?)
    /// `--from` names a later version than `--to`: notices would tell exhibitors to go back.
    case versionsOutOfOrder(from: Int, to: Int)
    /// An output file named with another format's extension (`--format odt --out giay-moi.pdf`):
    /// programs opening the file by its extension would fail.
    case extensionOfAnotherFormat(DocumentFormat, written: String)
    /// A picture for the paper (such as a letter's plan excerpt) could not be drawn; `detail`
    /// is the writer's message.
    case pictureFailed(detail: String)

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        DocumentsMessage.error(self).text(language)
    }

    /// The text in Vietnamese.
    public var description: String { text(.vietnamese) }
}
