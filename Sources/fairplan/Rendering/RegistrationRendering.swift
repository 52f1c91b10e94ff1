import Planning
import Workflow

/// What a registration did, as lines for the terminal.
enum RegistrationRendering {
    /// The confirmation, a note when forced despite errors, and the findings about the entity.
    static func lines(_ registration: Registration, language: Language) -> [String] {
        var lines = [
            WorkflowMessage.registered(registration.kind, name: registration.name, id: registration.id).text(
                language)
        ]
        if !registration.shownBy.isEmpty {
            lines.append(WorkflowMessage.shownAtBooths(parties: registration.shownBy).text(language))
        }
        if registration.errorCount > 0 {
            lines.append(WorkflowMessage.writtenDespiteErrors(registration.errorCount).text(language))
        }
        return lines + registration.findings.map { "  \($0.text(language))" }
    }
}
