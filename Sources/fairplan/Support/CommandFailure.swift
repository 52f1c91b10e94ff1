/// What the `fairplan` commands themselves throw: a situation the user must resolve, in Vietnamese.
struct CommandFailure: Error, CustomStringConvertible {
    /// The message shown to the user.
    var description: String

    /// Creates a failure with its message.
    init(_ description: String) {
        self.description = description
    }
}
