import Foundation

/// A progress line on standard error, rewritten in place at most a few times a second, so long runs
/// show they are alive without flooding logs; silent when standard error is not a terminal.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private var lastWrite = ContinuousClock.now
    private var written = false
    private let enabled: Bool

    /// Creates a progress line; `force` shows it even when standard error is not a terminal.
    init(force: Bool = false) {
        enabled = force || isatty(FileHandle.standardError.fileDescriptor) != 0
    }

    /// Shows a message, unless one was shown less than 0.2 s ago.
    func update(_ message: @autoclosure () -> String) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = ContinuousClock.now
        guard !written || now - lastWrite >= .milliseconds(200) else { return }
        lastWrite = now
        written = true
        FileHandle.standardError.write(Data("\r\u{1B}[K\(message())".utf8))
    }

    /// Clears the line.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        guard enabled, written else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        written = false
    }
}
