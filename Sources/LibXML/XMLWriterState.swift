import CLibXML2

/// The mutable state of an `XMLWriter`.
///
/// The writer keeps it in memory it allocates itself and reaches it through a pointer: stored
/// properties of a class pay a dynamic exclusivity check on every access, which on a document of
/// millions of elements costs more than libxml2's own work.
struct XMLWriterState {
    /// An element whose end tag has not been written yet.
    struct OpenElement {
        let name: XMLWriterName
        /// Namespace bindings declared on this element, keyed by prefix ("" for the default
        /// namespace); nil when it declares none.
        var namespaces: [String: String]?

        /// The qualified name, for messages.
        var qualifiedName: String { name.text }
    }

    /// libxml2's writer; nil once freed.
    var writer: xmlTextWriterPtr?
    /// The open elements, outermost first.
    var openElements: [OpenElement] = []
    /// Whether the innermost element's start tag is still open (attributes may follow).
    var startTagOpen = false
    /// The names of the attributes written on the open start tag: the first `attributeCount`
    /// entries (the array is reused from tag to tag).
    var attributes: [XMLWriterName] = []
    /// How many entries of `attributes` belong to the open start tag.
    var attributeCount = 0
    /// Whether anything was written.
    var wroteAnything = false
    /// Whether `startDocument` was called.
    var documentStarted = false
    /// Whether `endDocument` was called.
    var documentEnded = false
    /// Whether `close` was called.
    var closed = false
    /// The error that failed the writer, rethrown by every later call.
    var failure: (any Error)?
    /// Changes whenever namespace bindings change; literal names are re-checked after that.
    var namespaceEpoch: UInt32 = 1
}
