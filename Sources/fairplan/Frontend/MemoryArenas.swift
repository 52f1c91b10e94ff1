#if canImport(Glibc)
    import Glibc
#endif

/// How the C allocator shares memory between threads, set once when the program starts.
///
/// glibc gives each thread that allocates its own arena, and an arena keeps what it freed for that
/// thread. A command does one job: its helper threads (the rules running on every core, the rows
/// of an import made on a second core) only work for a while, and at national scale their arenas
/// held about 10 MB the main thread could not reuse. Commands therefore share one arena. The
/// portal's server, which answers many requests at once on every thread, keeps glibc's default.
///
/// Large blocks (a national registry's arrays of rows, of entities, of findings) are mapped from
/// the system at a fixed size, 256 KiB, and given back when freed. By default glibc raises that
/// size each time such a block is freed, and the next arrays then stay in the heap after use,
/// holding a few megabytes more at the peak.
enum MemoryArenas {
    /// glibc's `M_ARENA_MAX` option of `mallopt` (`<malloc.h>`, which Swift's Glibc module does
    /// not import).
    private static let arenaMaximum: Int32 = -8
    /// glibc's `M_MMAP_THRESHOLD` option of `mallopt`.
    private static let mapThreshold: Int32 = -3
    /// The size from which a block is mapped from the system.
    static let mappedFrom: Int32 = 256 * 1024

    /// Limits the allocator to one arena and maps large blocks at a fixed size, unless
    /// `arguments` start the portal's server; true when both were set.
    @discardableResult
    static func configure(for arguments: [String]) -> Bool {
        #if canImport(Glibc)
            guard arguments.first != "serve" else { return false }
            typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return false }
            let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
            return mallopt(arenaMaximum, 1) == 1 && mallopt(mapThreshold, mappedFrom) == 1
        #else
            return false
        #endif
    }
}
