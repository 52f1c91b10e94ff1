/// A reusable byte buffer in which a hot loop builds XML markup by hand (UTF-8), to be handed to
/// an `XMLWriter` in one call (`XMLWriter.raw(_:)`) instead of one libxml2 call per element and
/// attribute.
///
/// Markup given as such (`append(markup:)`: names, `<`, `="`, constant attributes) is copied as
/// it is: the caller guarantees it is well-formed, balanced XML. Text (`append(text:)`) is
/// escaped exactly as `XMLWriter.text(_:)` and `attribute(_:_:)` values are by libxml2 (`&`, `<`,
/// `>`, `"` as entities, carriage return as `&#13;`), with every character XML 1.0 forbids
/// (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE, U+FFFF) replaced by U+FFFD, as
/// `XMLWriter.sanitized(_:)` does, in one pass over the UTF-8 bytes. Whole numbers are formatted
/// in place. The buffer grows as needed and keeps its room across `removeAll()`; a row-by-row
/// writer appends rows and hands the buffer over every few tens of kilobytes.
///
/// Not `Sendable`: use a buffer from one task at a time.
public final class XMLMarkupBuffer {
    /// The bytes, behind a pointer so that appends pay no dynamic exclusivity check.
    private struct Storage {
        var base: UnsafeMutablePointer<UInt8>
        var count: Int
        var capacity: Int
    }

    private let storage: UnsafeMutablePointer<Storage>

    /// Creates an empty buffer with room for `capacity` bytes (it grows beyond as needed).
    ///
    /// - Parameter capacity: The initial room, in bytes (at least 64).
    public init(capacity: Int = 65_536) {
        let room = max(64, capacity)
        storage = .allocate(capacity: 1)
        storage.initialize(to: Storage(base: .allocate(capacity: room), count: 0, capacity: room))
    }

    deinit {
        storage.pointee.base.deallocate()
        storage.deinitialize(count: 1)
        storage.deallocate()
    }

    /// The number of bytes in the buffer.
    public var count: Int { storage.pointee.count }

    /// Whether the buffer holds no byte.
    public var isEmpty: Bool { storage.pointee.count == 0 }

    /// Empties the buffer, keeping its room.
    public func removeAll() {
        storage.pointee.count = 0
    }

    /// Calls `body` with the bytes (valid only during the call).
    ///
    /// - Parameter body: Receives the buffer's bytes.
    public func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result
    {
        try body(UnsafeRawBufferPointer(start: storage.pointee.base, count: storage.pointee.count))
    }

    /// The bytes, as an array (for tests and small documents).
    public var bytes: [UInt8] {
        withUnsafeBytes { Array($0) }
    }

    // MARK: - Appending

    /// Appends markup as it is; the caller guarantees it is well-formed XML (names, `<`, `>`,
    /// attributes whose values need no escaping).
    ///
    /// - Parameter markup: The markup, e.g. `"<c r=\""`.
    public func append(markup: StaticString) {
        if markup.hasPointerRepresentation {
            appendBytes(markup.utf8Start, markup.utf8CodeUnitCount)
        } else {
            markup.withUTF8Buffer { appendBytes($0.baseAddress, $0.count) }
        }
    }

    /// Appends markup as it is; the caller guarantees it is well-formed XML (e.g. cached column
    /// letters, a number's digits).
    ///
    /// - Parameter markup: The markup.
    public func append(markup: String) {
        var markup = markup
        markup.withUTF8 { appendBytes($0.baseAddress, $0.count) }
    }

    /// Appends a whole number in decimal (`-12`, `480`).
    ///
    /// - Parameter integer: The number.
    public func append(integer value: Int) {
        let end = reserve(21)
        var target = storage.pointee.base + end
        if value < 0 {
            target.pointee = 0x2D
            target += 1
        }
        var magnitude = value.magnitude
        var digits = 1
        var bound: UInt = 10
        while digits < 20 && magnitude >= bound {
            digits += 1
            bound = bound &* 10
        }
        var position = digits
        repeat {
            position -= 1
            target[position] = UInt8(truncatingIfNeeded: 48 &+ magnitude % 10)
            magnitude /= 10
        } while position > 0
        storage.pointee.count = end + digits + (value < 0 ? 1 : 0)
    }

    /// Appends `text` escaped for element content or a double-quoted attribute value: `&`, `<`,
    /// `>` and `"` as entities, carriage return as `&#13;` (the bytes libxml2 writes for
    /// `XMLWriter.text(_:)`), every character XML 1.0 forbids as U+FFFD.
    ///
    /// - Parameter text: The text.
    public func append(text: String) {
        var text = text
        text.withUTF8 { appendEscaped($0) }
    }

    /// Appends UTF-8 bytes escaped as `append(text:)` does; the bytes must be valid UTF-8.
    ///
    /// - Parameter utf8: The text's bytes.
    public func append(escaping utf8: UnsafeBufferPointer<UInt8>) {
        appendEscaped(utf8)
    }

    // MARK: - Storage

    /// Makes room for `extra` more bytes and returns the current count (where they go).
    @inline(__always)
    private func reserve(_ extra: Int) -> Int {
        let count = storage.pointee.count
        if count + extra > storage.pointee.capacity {
            grow(to: count + extra)
        }
        return count
    }

    private func grow(to needed: Int) {
        var capacity = storage.pointee.capacity
        while capacity < needed { capacity *= 2 }
        let base = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        base.update(from: storage.pointee.base, count: storage.pointee.count)
        storage.pointee.base.deallocate()
        storage.pointee.base = base
        storage.pointee.capacity = capacity
    }

    @inline(__always)
    private func appendBytes(_ source: UnsafePointer<UInt8>?, _ length: Int) {
        guard let source, length > 0 else { return }
        let end = reserve(length)
        (storage.pointee.base + end).update(from: source, count: length)
        storage.pointee.count = end + length
    }

    /// The escaping loop: runs of plain bytes are copied at once; only `"&<>`, control bytes
    /// and 0xEF (which starts U+FFFE and U+FFFF) are looked at more closely.
    private func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        let length = bytes.count
        var runStart = 0
        var index = 0
        while index < length {
            let byte = source[index]
            let replacement: StaticString
            if byte > 0x3E {
                guard byte == 0xEF, index + 2 < length, source[index + 1] == 0xBF, source[index + 2] >= 0xBE
                else {
                    index += 1
                    continue
                }
                appendBytes(source + runStart, index - runStart)
                append(markup: "\u{FFFD}")
                index += 3
                runStart = index
                continue
            } else if byte >= 0x20 {
                switch byte {
                case 0x22: replacement = "&quot;"
                case 0x26: replacement = "&amp;"
                case 0x3C: replacement = "&lt;"
                case 0x3E: replacement = "&gt;"
                default:
                    index += 1
                    continue
                }
            } else {
                switch byte {
                case 0x09, 0x0A:
                    index += 1
                    continue
                case 0x0D: replacement = "&#13;"
                default: replacement = "\u{FFFD}"
                }
            }
            appendBytes(source + runStart, index - runStart)
            append(markup: replacement)
            index += 1
            runStart = index
        }
        appendBytes(source + runStart, length - runStart)
    }
}
