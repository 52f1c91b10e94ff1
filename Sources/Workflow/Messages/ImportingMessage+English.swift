extension ImportingMessage {
    /// The message in English.
    var englishText: String {
        switch self {
        case .nothingWritten(let path, let changes):
            "Nothing written to \(path): nothing new for the plan"
                + (changes > 0
                    ? "; \(changes == 1 ? "1 row changes" : "\(changes) rows change") what it holds, "
                        + "written only when run again with --update." : ".")
        }
    }
}
