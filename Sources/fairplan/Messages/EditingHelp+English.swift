import Planning

extension EditingHelp {
    /// The English wording.
    var englishText: String {
        let en = Language.english
        switch self {
        case .editAbstract:
            return
                "Edit what was registered: organisations, products, people, parties, connection points, sessions."
        case .editDiscussion:
            return """
                Only the fields given on the command line change; the others stay as they are. The whole \
                plan is then checked as on registration (`fairplan register`) and the findings about the \
                entry edited are printed; an error the edit brings in refuses it unless --force. Each edit \
                is one transaction, recorded in the journal. Identifiers cannot be changed.
                """
        case .editKindAbstract(let kind):
            return "Edit a registered \(kind.noun(en))."
        case .editKindDiscussion(let kind, let clearable):
            return """
                The \(kind.noun(en)) is named by identifier or name. Only the fields given change; a list \
                given (repeated or separated by commas) replaces the stored one. --clear empties optional \
                fields: \(EditingHelp.options(clearable)). The plan is checked again as on registration; an \
                error the edit brings in refuses it unless --force. Identifiers cannot be changed.\
                \(Self.englishNote(kind))
                """
        case .editSubject(let kind):
            return kind == .organisation
                ? "The organisation to edit: identifier, registration code, name or short name."
                : "The \(kind.noun(en)) to edit: identifier or name."
        case .editClear(let clearable):
            return "Empty optional fields (repeated or separated by commas): "
                + "\(clearable.map(\.rawValue).joined(separator: ", "))."
        case .editID:
            return "Identifiers cannot be changed; when given, it must be the current one."
        case .editColdChain:
            return "Fresh food needing water or cold storage at the booth (--no-cold-chain: not needed)."
        case .editFirst:
            return "The session must come first (--no-first: drop this rule)."
        case .editLast:
            return "The session must come last (--no-last: drop this rule)."
        case .editPersonPoint:
            return "The connection point the person attends from (--clear point: on site)."
        case .editPartyProducts:
            return
                "Products shown, identifiers or names (replacing the list; --clear products: every product "
                + "of the organisations sharing)."
        case .removeAbstract:
            return
                "Remove an entry registered by mistake: organisation, product, person, party, point, session."
        case .removeDiscussion:
            return """
                For a stray test registration or a party registered twice by mistake. Refused while other \
                entries depend on the one to remove, listing them (an organisation that owns products, \
                shares a party's booths or is represented by a person). --cascade also removes the entries \
                that cannot stand alone (an organisation's products, its exhibiting party, the people \
                representing it, and theirs in turn) and drops the references of the others; the result \
                says exactly what went, by kind, with names. The booths of a removed party are freed. On a \
                terminal the command asks before removing (--yes not to ask). Each removal is one \
                transaction, recorded in the journal.
                """
        case .removeKind:
            return "The kind of entry: organisation, product, person, party, point or session."
        case .removeSubject:
            return "The entry to remove: identifier or name (an organisation also by registration code)."
        case .removeCascade:
            return "Remove the dependent entries too and drop the references of the others."
        case .confirmRemove(let removal):
            return
                (EditingRendering.lines(removal, preview: true, language: en) + ["Remove as listed above?"])
                .joined(separator: "\n")
        case .confirmWithdraw(let party):
            return
                "Withdraw the registration of «\(party)»? Its booths will be freed and offered to the waiting list."
        }
    }

    /// What editing a kind of entity also does, after the common discussion.
    private static func englishNote(_ kind: EntityKind) -> String {
        switch kind {
        case .product:
            " The OCOP certificate is checked again on the event's dates: an edit that makes it expire is "
                + "refused unless --force; clearing --stars, --decision or --decision-date drops the recognition."
        case .person:
            " How the person attends (--point, --role) is edited with the same command; --organisation replaces "
                + "--unit and the other way round."
        case .party:
            " The booth request (--booths, --share, --products, --services, --zone, --priority) is edited with "
                + "the same command; the registration status and time are kept."
        case .session:
            " --chair or --speaker replaces the chair or the speakers; other participants stay."
        default:
            ""
        }
    }
}
