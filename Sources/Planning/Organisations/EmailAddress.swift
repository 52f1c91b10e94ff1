/// A syntactic check of an e-mail address, as strict as a registration form needs.
public enum EmailAddress {
    /// Whether the text looks like a deliverable address: one `@`, a local part, and a domain
    /// with a dot, no spaces.
    public static func isPlausible(_ text: String) -> Bool {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.contains(where: \.isWhitespace) else { return false }
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return false }
        let domain = parts[1]
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty } && (labels.last?.count ?? 0) >= 2
    }
}
