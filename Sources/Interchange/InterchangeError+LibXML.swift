import LibXML

extension InterchangeError {
    /// Translates a LibXML parsing error into a problem organisers can read.
    init(_ error: LibXMLError, file: String) {
        switch error {
        case .malformed(_, let line, _, let message):
            self = .unreadable(
                file: file, line: line, message: "Tệp XML không hợp lệ (not well-formed): \(message)")
        case .emptyInput:
            self = .unreadable(file: file, line: 0, message: "Tệp rỗng (empty document).")
        case .inputTooLarge(_, let limit):
            self = .unreadable(
                file: file, line: 0, message: "Tệp quá lớn, giới hạn \(limit) byte (too large).")
        case .documentTypeNotAllowed(_, let line):
            self = .unreadable(
                file: file, line: line,
                message: "Tệp có khai báo DOCTYPE, không được phép vì lý do an toàn (DOCTYPE not allowed).")
        case .entityDeclarationNotAllowed(_, let line, let name):
            self = .unreadable(
                file: file, line: line,
                message: "Tệp khai báo thực thể «\(name)», không được phép (entity declarations not allowed)."
            )
        case .io(_, let message):
            self = .unreadable(file: file, line: 0, message: "Không đọc được tệp (cannot read): \(message)")
        default:
            self = .unreadable(file: file, line: 0, message: "Lỗi thư viện XML: \(error)")
        }
    }
}
