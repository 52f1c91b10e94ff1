import LibXML

extension InterchangeError {
    /// Translates a LibXML parsing error into a problem organisers can read.
    init(_ error: LibXMLError, file: String) {
        switch error {
        case .malformed(_, let line, _, let message):
            self = .unreadable(file: file, line: line, reason: .xmlNotWellFormed(detail: message))
        case .emptyInput:
            self = .unreadable(file: file, line: 0, reason: .emptyFile)
        case .inputTooLarge(_, let limit):
            self = .unreadable(file: file, line: 0, reason: .fileTooLarge(limit: limit))
        case .documentTypeNotAllowed(_, let line):
            self = .unreadable(file: file, line: line, reason: .documentTypeNotAllowed)
        case .entityDeclarationNotAllowed(_, let line, let name):
            self = .unreadable(file: file, line: line, reason: .entityDeclarationNotAllowed(name: name))
        case .io(_, let message):
            self = .unreadable(file: file, line: 0, reason: .cannotReadFile(detail: message))
        default:
            self = .unreadable(file: file, line: 0, reason: .xmlLibraryError(detail: "\(error)"))
        }
    }
}
