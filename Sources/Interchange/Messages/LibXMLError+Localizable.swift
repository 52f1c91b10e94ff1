public import LibXML
public import Planning
import Sheets

/// LibXML's errors worded in the user's language, so that front ends render an error escaping
/// a writer (an SVG floor plan, an XML list, a frab schedule refused at `/dev/null`) as every
/// other `Localizable` error: output-file errors through the Sheets catalogue
/// (``SheetsMessage/unsafeDestination(file:kind:)``, ...), reading errors through
/// ``InterchangeError``.
extension LibXMLError: Localizable {
    /// The error in `language`.
    public func text(_ language: Language) -> String {
        switch self {
        case .unsafeOutput, .outputFailed:
            SheetsError(writing: self).text(language)
        case .malformed(let source, _, _, _), .emptyInput(let source), .inputTooLarge(let source, _),
            .documentTypeNotAllowed(let source, _), .entityDeclarationNotAllowed(let source, _, _):
            InterchangeError(self, file: source).text(language)
        case .io(let path, _):
            InterchangeError(self, file: path).text(language)
        case .invalidSchema, .xpath, .invalidContent, .writerMisuse, .internalError:
            InterchangeMessage.xmlLibraryError(detail: description).text(language)
        }
    }
}
