import CLibXML2

/// Process-wide libxml2 set-up shared by every entry point of the module.
///
/// The state behind it (the once-only initialisation, the saved default entity loader, the
/// per-thread trusted-load depth) lives in the CLibXML2 target's `shim.c`, so there is one copy
/// of it per process and any file of this module may call these helpers.
enum LibXMLRuntime {
    /// Initialises libxml2 and installs the guarded external-entity loader, once per process and
    /// thread-safely (`fp_initialize` uses `pthread_once`); cheap to call again.
    ///
    /// `xmlCleanupParser()` is never called: other threads may still be using libxml2.
    static func ensureInitialized() {
        fp_initialize()
    }

    /// Runs `body` with external loads of local files allowed on the current thread.
    ///
    /// Used only while compiling a trusted schema, so that `include` / `externalRef` /
    /// `xs:include` resolve. Network URLs stay refused. `body` must be synchronous.
    static func withTrustedLoad<Result>(_ body: () throws -> Result) rethrows -> Result {
        ensureInitialized()
        fp_beginTrustedLoad()
        defer { fp_endTrustedLoad() }
        return try body()
    }

    /// Runs `body` with every libxml2 error raised on this thread (outside a context that has
    /// its own handler) routed to `collector`, and libxml2's unstructured messages (which would
    /// go to stderr) dropped.
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
