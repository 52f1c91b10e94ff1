import CLibXML2

/// Collects libxml2 structured errors for one operation (one parse, one validation, ...).
///
/// Passed to libxml2 as an unretained `void *`; the owner keeps it alive for as long as libxml2
/// may call back. Used from one thread at a time.
final class DiagnosticCollector {
    /// Source name used when libxml2 does not report a file.
    let defaultSource: String
    /// Diagnostics in the order libxml2 reported them.
    private(set) var diagnostics: [XMLDiagnostic] = []
    /// A policy violation noticed while collecting, such as an entity declaration behind an error.
    var refusal: LibXMLError?
    /// libxml2 error codes, parallel to `diagnostics` (0 for FairPlan's own diagnostics).
    private(set) var codes: [Int32] = []
    /// Whether the input held bytes other than whitespace (a NUL byte counts): libxml2 says
    /// «Document is empty» of a file of zero bytes or a binary file, which is not empty.
    var inputHasBytes = false

    /// The reason given for input that is not empty but holds no text.
    static let notText = "The content is not XML: it holds bytes that are not text (a damaged or binary file)"

    init(defaultSource: String) {
        self.defaultSource = defaultSource
    }

    /// The opaque pointer handed to libxml2.
    var opaque: UnsafeMutableRawPointer {
        Unmanaged.passUnretained(self).toOpaque()
    }

    /// The collector behind an opaque pointer produced by `opaque`.
    static func from(_ pointer: UnsafeMutableRawPointer) -> DiagnosticCollector {
        Unmanaged<DiagnosticCollector>.fromOpaque(pointer).takeUnretainedValue()
    }

    /// The first error or fatal error collected, if any.
    var firstError: XMLDiagnostic? {
        diagnostics.first { $0.severity != .warning }
    }

    /// Warnings only.
    var warnings: [XMLDiagnostic] {
        diagnostics.filter { $0.severity == .warning }
    }

    /// Appends a diagnostic built by FairPlan itself.
    func append(_ diagnostic: XMLDiagnostic) {
        diagnostics.append(diagnostic)
        codes.append(0)
    }

    /// Appends a libxml2 error, optionally with a clearer message than libxml2's.
    func append(_ error: xmlError, message: String? = nil) {
        var diagnostic = XMLDiagnostic(error, defaultSource: defaultSource)
        if let message {
            diagnostic.message = message
        }
        diagnostics.append(diagnostic)
        codes.append(error.code)
    }

    /// The first error as a parse failure, `nil` when only warnings were collected.
    var parseFailure: LibXMLError? {
        guard let index = diagnostics.firstIndex(where: { $0.severity != .warning }) else { return nil }
        let diagnostic = diagnostics[index]
        // libxml2 uses XML_ERR_DOCUMENT_EMPTY both for a blank document ("Document is empty") and
        // for text that is not XML at all ("Start tag expected, '<' not found"): only the first is empty.
        if codes[index] == Int32(XML_ERR_DOCUMENT_EMPTY.rawValue),
            diagnostic.message.lowercased().contains("document is empty")
        {
            guard inputHasBytes else { return .emptyInput(source: defaultSource) }
            return .malformed(source: diagnostic.source, line: 1, column: 0, message: Self.notText)
        }
        return .malformed(
            source: diagnostic.source,
            line: diagnostic.line,
            column: diagnostic.column,
            message: diagnostic.message
        )
    }

    /// `xmlStructuredErrorFunc` whose user data is a collector's `opaque` pointer.
    static let structuredHandler: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        DiagnosticCollector.from(userData).append(error.pointee)
    }
}
