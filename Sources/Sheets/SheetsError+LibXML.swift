public import LibXML

extension SheetsError {
    /// The Sheets error for a LibXML error raised while writing `file` (the file's name in
    /// messages): output-file refusals and failures keep their typed reason, the rest become
    /// ``xml(file:message:)`` or ``io(file:message:)`` with LibXML's own text.
    ///
    /// Front ends use it to word LibXML's writer errors in the user's language.
    public init(writing error: LibXMLError, file: String) {
        switch error {
        case .unsafeOutput(let path, let kind):
            self = .unsafeDestination(file: path, kind: kind)
        case .outputFailed(let path, let step, let message):
            self = .fileOperationFailed(file: path, operation: SheetsFileOperation(step), message: message)
        case .io(let path, let message):
            self = .io(file: path, message: message)
        case .invalidContent(let element, let message):
            self = .xml(file: file, message: "<\(element)>: \(message)")
        default:
            self = .xml(file: file, message: error.description)
        }
    }

    /// The Sheets error for a LibXML error raised while writing, naming the file by the path
    /// the error carries (``xml(file:message:)`` with the XML library's name when it has none).
    public init(writing error: LibXMLError) {
        switch error {
        case .unsafeOutput(let path, _), .outputFailed(let path, _, _), .io(let path, _):
            self.init(writing: error, file: path)
        default:
            self.init(writing: error, file: "libxml2")
        }
    }
}

extension SheetsFileOperation {
    /// The Sheets name of a LibXML output step.
    init(_ step: OutputStep) {
        switch step {
        case .inspectDestination: self = .inspectDestination
        case .createTemporaryFile: self = .createTemporaryFile
        case .write: self = .write
        case .sync: self = .sync
        case .setPermissions: self = .setPermissions
        case .close: self = .close
        case .rename: self = .rename
        }
    }
}
