/// Finds a `<!DOCTYPE` in the prolog of a byte stream before libxml2 parses it.
///
/// Used by `XMLStreamReader`, whose libxml2 parser context cannot be given SAX hooks: the bytes
/// are scanned as they are pulled, and a DOCTYPE stops the input before libxml2 sees it. The
/// scan covers only the prolog (XML declaration, comments, processing instructions) and ends at
/// the first other markup. NUL bytes are skipped so that UTF-16 input is scanned as well. This is
/// a first line of defence; the reader still checks the parsed document for a DTD.
struct PrologScanner {
    private enum State {
        case text
        case afterLessThan
        case processingInstruction(afterQuestionMark: Bool)
        case declaration(String)
        case comment(dashes: Int)
        case done
    }

    private var state = State.text
    /// 1-based line of the last byte scanned.
    private(set) var line = 1
    /// Whether a `<!DOCTYPE` was found.
    private(set) var foundDocumentType = false
    /// Whether anything other than whitespace (or byte-order marks, NUL) was seen.
    private(set) var sawContent = false
    /// Whether a NUL byte was seen in input that is not UTF-16 (no UTF-16 byte-order mark): a
    /// file of zero bytes, or a binary one, is not empty but is not text either.
    private(set) var sawNul = false
    /// Bytes scanned so far, and the first one (to recognise a UTF-16 byte-order mark).
    private var position = 0
    private var first: UInt8 = 0
    private var isUTF16 = false

    /// Whether scanning is over (the prolog ended or a DOCTYPE was found).
    var isFinished: Bool {
        if case .done = state { return sawContent }
        return false
    }

    /// Scans the next chunk of the stream.
    mutating func scan(_ bytes: UnsafeRawBufferPointer) {
        for byte in bytes {
            if position == 0 { first = byte }
            if position == 1 { isUTF16 = (first == 0xFF && byte == 0xFE) || (first == 0xFE && byte == 0xFF) }
            position += 1
            if byte == 0 {
                if !isUTF16 && position > 1 || first == 0 { sawNul = true }
                continue
            }
            if byte == 0x0A { line += 1 }
            if !sawContent {
                switch byte {
                case 0x09, 0x0A, 0x0D, 0x20, 0xEF, 0xBB, 0xBF, 0xFE, 0xFF: break
                default: sawContent = true
                }
            }
            step(byte)
            if foundDocumentType || isFinished { return }
        }
    }

    private mutating func step(_ byte: UInt8) {
        switch state {
        case .text:
            if byte == UInt8(ascii: "<") { state = .afterLessThan }
        case .afterLessThan:
            switch byte {
            case UInt8(ascii: "?"): state = .processingInstruction(afterQuestionMark: false)
            case UInt8(ascii: "!"): state = .declaration("")
            default: state = .done
            }
        case .processingInstruction(let afterQuestionMark):
            if afterQuestionMark, byte == UInt8(ascii: ">") {
                state = .text
            } else {
                state = .processingInstruction(afterQuestionMark: byte == UInt8(ascii: "?"))
            }
        case .declaration(let soFar):
            let next = soFar + String(UnicodeScalar(byte))
            if next == "--" {
                state = .comment(dashes: 0)
            } else if next.uppercased() == "DOCTYPE" {
                foundDocumentType = true
                state = .done
            } else if "--".hasPrefix(next) || "DOCTYPE".hasPrefix(next.uppercased()) {
                state = .declaration(next)
            } else {
                state = .done
            }
        case .comment(let dashes):
            if byte == UInt8(ascii: "-") {
                state = .comment(dashes: dashes + 1)
            } else if byte == UInt8(ascii: ">"), dashes >= 2 {
                state = .text
            } else {
                state = .comment(dashes: 0)
            }
        case .done:
            break
        }
    }
}
