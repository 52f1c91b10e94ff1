/// The kind of a file system entry found where an output file is to be written.
///
/// FairPlan writes an output only where nothing is yet, or over a regular file; every other kind
/// is refused (``LibXMLError/unsafeOutput(path:kind:)``) so that an export never turns a device, a
/// named pipe, a socket or a folder into a regular file, and never replaces a symbolic link. A
/// regular file holding an SQLite database (a FairPlan plan file) is refused too, so an export
/// named like the plan never destroys the plan.
public enum FileKind: String, CaseIterable, Codable, Hashable, Sendable {
    /// A folder.
    case directory
    /// A character device, such as `/dev/null` or `/dev/full`.
    case characterDevice = "character-device"
    /// A block device, such as a disk.
    case blockDevice = "block-device"
    /// A named pipe (FIFO).
    case fifo
    /// A Unix domain socket.
    case socket
    /// A symbolic link (refused, not followed: the link would otherwise be replaced by a file).
    case symbolicLink = "symbolic-link"
    /// Any other kind the system reports.
    case other
    /// A regular file holding an SQLite database, such as a FairPlan plan file.
    case database
}
