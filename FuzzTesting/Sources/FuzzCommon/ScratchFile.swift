public import Foundation

/// A file in the temporary folder that one fuzzing process rewrites for each input, for readers
/// that only read from a path (the ODS reader opens its ZIP archive by path).
///
/// The name holds the process id, so targets run side by side do not share a file; `.ci/fuzz`
/// points `TMPDIR` at its own folder and removes it at the end.
public enum ScratchFile {
    /// The file's path: `$TMPDIR/fairplan-fuzz-<pid>.ods`.
    public static let path: String = URL(fileURLWithPath: NSTemporaryDirectory())
        .appendingPathComponent("fairplan-fuzz-\(ProcessInfo.processInfo.processIdentifier).ods").path

    /// Replaces the file's contents with `bytes` and returns its path, or nil when the file cannot
    /// be written (the input is then skipped: a full disk is not a finding).
    public static func write(_ bytes: UnsafeRawBufferPointer) -> String? {
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            return path
        } catch {
            return nil
        }
    }
}
