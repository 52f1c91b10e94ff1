import Planning
import Store

extension JournalMessage {
    /// The English wording.
    var englishText: String {
        switch self {
        case .error(let error): Self.english(error)
        case .historyEmpty: "The journal has no change yet."
        case .historyHeading(let total, let undoable, let redoable, let listed):
            "Journal of changes: \(Self.changes(total)) (\(undoable) can be undone, \(redoable) can be redone)"
                + (listed < total ? "; the latest \(listed), newest first:" : ", newest first:")
        case .entry(let entry):
            "#\(entry.number)  \(entry.note.at)  \(entry.note.user)  \(entry.note.command)"
                + (entry.note.subject.map { " «\($0)»" } ?? "")
                + "  [\(JournalMessage.state(entry.state).englishText)]"
        case .entryCounts(let counts): "    " + Self.english(counts)
        case .rows(let table, let count):
            "\(count) " + (count == 1 ? Self.englishNoun(table).singular : Self.englishNoun(table).plural)
        case .state(.done): "done"
        case .state(.undone): "undone"
        case .undone(let entry): "Undid change \(Self.englishLabel(entry))."
        case .redoHint(let redoable):
            "Redo with `fairplan redo` (\(Self.changes(redoable)) can be redone until a new change is made)."
        case .redone(let entry): "Redid change \(Self.englishLabel(entry))."
        case .restored(.boothPlan, let version, let count):
            "The working booth plan is back to published version \(version) (\(count) booths assigned)."
        case .restored(.programme, let version, let count):
            "The working programme is back to published version \(version) (\(count) sessions placed as in it)."
        case .restoreUnchanged(let kind, let version):
            "The working \(Self.englishNoun(kind)) already is as version \(version); nothing changed."
        case .leftOut(.partyWithdrawn(let party, let booths)):
            "No booths given back to «\(party)», which has withdrawn: \(booths.joined(separator: ", "))."
        case .leftOut(.partyRemoved(let party, let booths)):
            "No booths given back to «\(party)», which is no longer in the plan: \(booths.joined(separator: ", "))."
        case .leftOut(.boothsNotOnVenue(let party, let booths)):
            "Booths of «\(party)» no longer on the venue's floor plan, not given back: \(booths.joined(separator: ", "))."
        case .leftOut(.sessionRemoved(let title)):
            "The session «\(title)» is no longer in the plan and is not placed."
        case .unscheduled(let titles):
            "Sessions not placed in the version taken off the programme: \(titles.joined(separator: "; "))."
        case .undoHint: "Undo with `fairplan undo`."
        }
    }

    /// An error in English.
    private static func english(_ error: JournalError) -> String {
        switch error {
        case .nothingToUndo: "There is no change to undo."
        case .undoBeyondHistory(let asked, let available):
            "Cannot undo \(changes(asked)): the journal has only \(available) that can be undone; nothing was undone."
        case .nothingToRedo:
            "There is no change to redo (only a change just undone can be redone, before a new change is made)."
        case .unknownVersion(let kind, let number, let latest):
            latest.map {
                "The \(englishNoun(kind)) has no published version \(number); the latest is version \($0)."
            }
                ?? "No version of the \(englishNoun(kind)) has been published yet."
        case .outOfStep(let entry, let table):
            "Change #\(entry) cannot be undone or redone: the rows of table \(table) are no longer as the journal "
                + "recorded them (the plan file was changed outside FairPlan)."
        }
    }

    /// «1 change», «3 changes».
    private static func changes(_ count: Int) -> String {
        count == 1 ? "1 change" : "\(count) changes"
    }

    /// An entry named in a sentence: number, command, subject, who and when.
    private static func englishLabel(_ entry: JournalEntry) -> String {
        "#\(entry.number) (\(entry.note.command)" + (entry.note.subject.map { " «\($0)»" } ?? "")
            + ", \(entry.note.user), \(entry.note.at))"
    }

    /// What an entry changed, by kind: «added 1 organisation; changed 2 exhibiting parties».
    private static func english(_ counts: [JournalTable: JournalCounts]) -> String {
        let tables = counts.keys.sorted()
        let parts = [
            ("added", \JournalCounts.added), ("changed", \JournalCounts.changed),
            ("removed", \JournalCounts.removed),
        ]
        .compactMap { verb, path -> String? in
            let listed = tables.compactMap { table -> String? in
                let count = counts[table]?[keyPath: path] ?? 0
                return count > 0 ? JournalMessage.rows(table, count: count).englishText : nil
            }
            return listed.isEmpty ? nil : "\(verb) \(listed.joined(separator: ", "))"
        }
        return parts.isEmpty ? "no row changed" : parts.joined(separator: "; ")
    }

    /// A booth plan or a programme inside a sentence.
    static func englishNoun(_ kind: PublicationKind) -> String {
        switch kind {
        case .boothPlan: "booth plan"
        case .programme: "programme"
        }
    }

    /// What a row of a plan table is, singular and plural.
    static func englishNoun(_ table: JournalTable) -> (singular: String, plural: String) {
        switch table {
        case .event: ("event", "events")
        case .venue: ("venue", "venues")
        case .venueBooth: ("booth on the venue's floor plan", "booths on the venue's floor plan")
        case .organisation: ("organisation", "organisations")
        case .organisationMember: ("union member", "union members")
        case .product: ("product", "products")
        case .person: ("person", "people")
        case .connectionPoint: ("connection point", "connection points")
        case .attendance: ("attendance", "attendances")
        case .party: ("exhibiting party", "exhibiting parties")
        case .boothRequest: ("booth request", "booth requests")
        case .requestOrganisation: ("organisation sharing booths", "organisations sharing booths")
        case .requestProduct: ("entry in a booth's product list", "entries in booths' product lists")
        case .boothAssignment: ("booth assigned", "booths assigned")
        case .session: ("session", "sessions")
        case .sessionParticipant: ("session participant", "session participants")
        case .sessionPoint: ("connection point linked to a session", "connection points linked to sessions")
        case .publishedVersion: ("published version", "published versions")
        case .boothOffer: ("booth offer", "booth offers")
        case .submission: ("online registration", "online registrations")
        }
    }
}
