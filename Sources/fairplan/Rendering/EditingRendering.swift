import Planning
import Workflow

/// What an edit or a removal did, as lines for the terminal.
enum EditingRendering {
    /// The fields changed, a note when errors were written because forced, and the findings about
    /// the entity.
    static func lines(_ amendment: Amendment, language: Language) -> [String] {
        var lines = [
            EditingMessage.edited(
                amendment.kind, name: amendment.name, id: amendment.id, fields: amendment.changed
            ).text(language)
        ]
        if !amendment.productsLeaving.isEmpty {
            lines.append(EditingMessage.productsLeftWithSharer(amendment.productsLeaving).text(language))
        }
        if amendment.introducedErrors > 0 {
            lines.append(WorkflowMessage.writtenDespiteErrors(amendment.introducedErrors).text(language))
        }
        return lines + amendment.findings.map { "  \($0.text(language))" }
    }

    /// What went (or, previewed, will go), by kind with names, what was kept with a reference
    /// dropped, and the booths freed.
    static func lines(_ removal: Removal, preview: Bool, language: Language) -> [String] {
        var lines = [
            (preview ? EditingMessage.willRemove(removal.target) : .removed(removal.target)).text(language)
        ]
        for kind in removal.alsoRemovedKinds {
            lines.append(EditingMessage.removedWith(kind, removal.alsoRemoved(kind)).text(language))
        }
        if !removal.detached.isEmpty {
            lines.append(EditingMessage.detachedHeading.text(language))
            lines += removal.detached.map { EditingMessage.detached($0).text(language) }
        }
        if !removal.freedBooths.isEmpty {
            lines.append(WorkflowMessage.boothsFreed(removal.freedBooths).text(language))
        }
        return lines
    }
}
