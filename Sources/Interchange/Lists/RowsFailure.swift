import Synchronization

/// The first error that stopped a sheet's rows, kept for ``Sheet/rowsFailure`` so the writer
/// throws it instead of finishing the file.
final class RowsFailure: Sendable {
    /// The error, once one happened.
    private let error = Mutex<(any Error)?>(nil)

    /// No error yet.
    init() {}

    /// Keeps `failure` unless an earlier error is kept.
    func record(_ failure: any Error) {
        error.withLock { kept in
            if kept == nil { kept = failure }
        }
    }

    /// The error kept, if any.
    var failure: (any Error)? {
        error.withLock { $0 }
    }
}
