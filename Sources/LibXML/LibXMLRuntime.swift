import CLibXML2

/// Process-wide libxml2 set-up shared by every entry point of the module.
///
/// The shim's entity-loader state (`fp_defaultEntityLoader`, `fp_trustedLoadDepth`) lives in
/// `static` C variables, of which every LLVM module emitted for this Swift module (one per source
/// file, in debug and in multi-threaded WMO builds) gets its own copy. All calls that touch that
/// state are therefore made from this file only, inside `@inline(never)` functions so that the
/// optimizer cannot move them into another file's code.
enum LibXMLRuntime {
    /// Runs once, thread-safely (Swift `static let` initialisation uses `swift_once`).
    private static let initialized: Bool = {
        initializeOnce()
        return true
    }()

    @inline(never)
    private static func initializeOnce() {
        xmlInitParser()
        fp_installEntityLoader()
        // Built-in datatype tables are initialised lazily and without locking by libxml2; do it
        // here, once, so that schemas may be compiled concurrently later.
        _ = xmlRelaxNGInitTypes()
        xmlSchemaInitTypes()
    }

    @inline(never)
    private static func beginTrustedLoad() {
        fp_beginTrustedLoad()
    }

    @inline(never)
    private static func endTrustedLoad() {
        fp_endTrustedLoad()
    }

    /// Initialises libxml2 and installs the guarded external-entity loader (idempotent).
    ///
    /// `xmlCleanupParser()` is never called: other threads may still be using libxml2.
    static func ensureInitialized() {
        _ = initialized
    }

    /// Runs `body` with external loads of local files allowed on the current thread.
    ///
    /// Used only while compiling a trusted schema, so that `include` / `externalRef` /
    /// `xs:include` resolve. Network URLs stay refused. `body` must be synchronous.
    static func withTrustedLoad<Result>(_ body: () throws -> Result) rethrows -> Result {
        ensureInitialized()
        beginTrustedLoad()
        defer { endTrustedLoad() }
        return try body()
    }

    /// Runs `body` with every libxml2 error raised on this thread (outside a context that has
    /// its own handler) routed to `collector`.
    static func capturingErrors<Result>(
        into collector: DiagnosticCollector,
        _ body: () throws -> Result
    ) rethrows -> Result {
        ensureInitialized()
        let previous = fp_pushStructuredErrors(
            DiagnosticCollector.structuredHandler,
            Unmanaged.passUnretained(collector).toOpaque()
        )
        defer { fp_popStructuredErrors(previous) }
        return try withExtendedLifetime(collector) { try body() }
    }
}
