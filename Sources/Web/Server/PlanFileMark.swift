#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What changes on disk whenever a plan file changes: the size and modification time of the file
/// and of its write-ahead log (every commit appends to the log or, after a checkpoint, rewrites
/// the file), read with two `stat` calls instead of a query.
struct PlanFileMark: Hashable, Sendable {
    /// The file's and the log's size and modification time (nanoseconds), zero when absent.
    let parts: [Int64]

    /// The mark of the plan file at `path` now.
    init(path: String) {
        parts = [path, path + "-wal"].flatMap(Self.stamp)
    }

    /// Size, seconds and nanoseconds of the last modification of the file at `path`.
    private static func stamp(_ path: String) -> [Int64] {
        var info = stat()
        guard stat(path, &info) == 0 else { return [0, 0, 0] }
        #if canImport(Darwin)
            return [Int64(info.st_size), Int64(info.st_mtimespec.tv_sec), Int64(info.st_mtimespec.tv_nsec)]
        #else
            return [Int64(info.st_size), Int64(info.st_mtim.tv_sec), Int64(info.st_mtim.tv_nsec)]
        #endif
    }
}
