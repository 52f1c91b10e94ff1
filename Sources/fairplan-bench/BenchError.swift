/// A benchmark failure with a readable message (Vietnamese first, English in brackets).
struct BenchError: Error, CustomStringConvertible {
    /// The message.
    let description: String

    /// Creates an error with a message.
    init(_ description: String) {
        self.description = description
    }
}
