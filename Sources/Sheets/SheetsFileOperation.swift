/// A step of writing a file safely: to a temporary file beside it, synced, closed and renamed into
/// place, so that a failure leaves the destination untouched.
public enum SheetsFileOperation: String, CaseIterable, Hashable, Sendable, Codable {
    /// Looking at what is at the destination.
    case inspectDestination = "inspect-destination"
    /// Creating the temporary file.
    case createTemporaryFile = "create-temporary-file"
    /// Writing bytes.
    case write
    /// Syncing the bytes to the disk.
    case sync
    /// Giving the temporary file the permissions of the file it replaces.
    case setPermissions = "set-permissions"
    /// Closing the temporary file.
    case close
    /// Renaming the temporary file over the destination.
    case rename
}
