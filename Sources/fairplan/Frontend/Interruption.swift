import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// While a long step runs (a PDF conversion), Ctrl+C, `kill` or a closed terminal first runs a
/// clean-up (stopping the converter, removing its temporary folder), then lets the signal end the
/// process as before (by the signal, as an interrupted export ends). Without it the process would
/// end at once and leave both behind. The clean-up runs on a dispatch queue, not in a signal
/// handler, so it may read folders and `/proc`.
final class Interruption {
    /// The signals handled.
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// The sources listening, one per signal.
    private let sources: [any DispatchSourceSignal]
    /// What each signal did before, restored by ``remove()``.
    private var previous: [sigaction] = []

    /// Runs `cleanUp` before the process ends on any of ``signals``, until ``remove()``. A signal
    /// the process ignores (started with `nohup`) stays ignored.
    init(cleanUp: @escaping @Sendable () -> Void) {
        var previous: [sigaction] = []
        var sources: [any DispatchSourceSignal] = []
        for number in Self.signals {
            var action = sigaction()
            sigaction(number, nil, &action)
            previous.append(action)
            if Self.isIgnored(action) { continue }
            var ignore = sigaction()
            ignore.__sigaction_handler.sa_handler = SIG_IGN
            sigaction(number, &ignore, nil)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                cleanUp()
                var fallback = sigaction()
                fallback.__sigaction_handler.sa_handler = SIG_DFL
                sigaction(number, &fallback, nil)
                kill(getpid(), number)
            }
            source.resume()
            sources.append(source)
        }
        self.previous = previous
        self.sources = sources
    }

    /// Whether `action` ignores its signal.
    static func isIgnored(_ action: sigaction) -> Bool {
        guard let handler = action.__sigaction_handler.sa_handler else { return false }
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }

    /// Stops listening: each signal does what it did before.
    func remove() {
        for source in sources { source.cancel() }
        for (index, number) in Self.signals.enumerated() {
            var action = previous[index]
            sigaction(number, &action, nil)
        }
    }
}
