/// A step of writing an output file safely (``OutputFile``): the destination is inspected, the
/// bytes go to a temporary file beside it, which is synced, given the destination's permissions,
/// closed and renamed into place.
public enum OutputStep: String, CaseIterable, Codable, Hashable, Sendable {
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
