import CLibXML2

/// The raw path: markup built by hand (``XMLMarkupBuffer``) handed over in one call.
///
/// A row of a large sheet costs libxml2 one call per element, attribute and text, each checking
/// the writer's state and copying a few bytes; a row built in an `XMLMarkupBuffer` (text escaped
/// and checked for XML 1.0 characters over its UTF-8 bytes, names and numbers copied) and written
/// every few tens of kilobytes costs one.
extension XMLWriter {
    /// Writes `markup`'s bytes as they are inside the innermost open element (whose start tag is
    /// closed first); the buffer is left unchanged.
    ///
    /// The bytes must be well-formed content: balanced elements, escaped text (what
    /// `XMLMarkupBuffer.append(text:)` writes). They are not indented.
    ///
    /// - Parameter markup: The markup to write.
    /// - Throws: `LibXMLError.writerMisuse` outside of any element; the destination's error.
    public func raw(_ markup: XMLMarkupBuffer) throws {
        try markup.withUnsafeBytes { try raw(bytes: $0) }
    }

    /// Writes bytes of well-formed, escaped markup as they are inside the innermost open element
    /// (whose start tag is closed first); see `raw(_:)`.
    ///
    /// - Parameter bytes: UTF-8 markup.
    /// - Throws: `LibXMLError.writerMisuse` outside of any element; the destination's error.
    public func raw(bytes: UnsafeRawBufferPointer) throws {
        let writer = try usableWriter()
        guard !openElements.isEmpty else {
            throw LibXMLError.writerMisuse(message: "markup outside of any element")
        }
        guard var start = bytes.baseAddress?.assumingMemoryBound(to: xmlChar.self), !bytes.isEmpty else {
            return
        }
        var remaining = bytes.count
        while remaining > 0 {
            let step = min(remaining, 1 << 30)
            let result = xmlTextWriterWriteRawLen(writer, start, Int32(step))
            try check(result, "xmlTextWriterWriteRawLen", element: self.innermostName)
            start += step
            remaining -= step
        }
        startTagOpen = false
    }
}
