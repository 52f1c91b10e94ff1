import Planning

extension EditingMessage {
    /// The English wording.
    var englishText: String {
        let en = Language.english
        switch self {
        case .error(let error):
            switch error {
            case .identifierCannotChange(let kind, let id, let asked):
                return
                    "The identifier of the \(kind.noun(en)) «\(id)» cannot become «\(asked)»: identifiers never "
                    + "change, since lists, published versions and the journal use them. If another identifier is "
                    + "really needed, register a new entry with it and remove the old one with `fairplan remove`."
            case .nothingToChange(let kind, let name, let id):
                return
                    "Nothing to change in the \(kind.noun(en)) «\(name)» (id \(id)): no field was given, or the "
                    + "values given are the ones stored."
            case .cannotClear(let kind, let written, let clearable):
                return
                    "--clear «\(written)»: not a field of a \(kind.noun(en)) that can be cleared; these can: "
                    + "\(Self.options(clearable))."
            case .setAndCleared(let field):
                return "\(field.written) was both given a new value and cleared with --clear; choose one."
            case .dependentsExist(let target, let dependents):
                return "The \(target.kind.noun(en)) «\(target.name)» (id \(target.id)) was not removed: "
                    + "\(dependents.count) \(dependents.count == 1 ? "entry depends" : "entries depend") on it:\n"
                    + dependents.map { EditingMessage.dependent($0).englishText }.joined(separator: "\n")
                    + "\nChange or remove them first, or use --cascade: entries that cannot stand alone (an "
                    + "organisation's products, its exhibiting party, the people representing it) are removed too, "
                    + "the others only lose the reference."
            case .notRemovable(let kind):
                return
                    "A \(kind.noun(en)) is not removed with `fairplan remove`: only organisations, products, "
                    + "people, exhibiting parties, connection points and sessions are."
            }
        case .edited(let kind, let name, let id, let fields):
            return "Edited the \(kind.noun(en)) «\(name)» (id \(id)): \(Self.options(fields))."
        case .productsLeftWithSharer(let names):
            return "No longer shown, as their organisation no longer shares the booths: "
                + names.map { "«\($0)»" }.joined(separator: ", ") + "."
        case .removed(let label):
            return "Removed the \(label.kind.noun(en)) «\(label.name)» (id \(label.id))."
        case .willRemove(let label):
            return "About to remove the \(label.kind.noun(en)) «\(label.name)» (id \(label.id))."
        case .removedWith(let kind, let labels):
            return "Together with it, \(labels.count) \(Self.noun(kind, count: labels.count)): "
                + labels.map { "\($0.name) (id \($0.id))" }.joined(separator: "; ") + "."
        case .detachedHeading:
            return "Kept, only the reference dropped:"
        case .detached(let dependent):
            return
                "  – \(Self.label(dependent.entity)): \(Self.dropped(dependent.reason, on: dependent.on.name))"
        case .dependent(let dependent):
            return
                "  – \(Self.label(dependent.entity)): \(Self.reason(dependent.reason, on: dependent.on.name))"
        }
    }

    /// An entity as listed: `kind 'name' (id id)`.
    private static func label(_ label: EntityLabel) -> String {
        "\(label.kind.noun(.english)) «\(label.name)» (id \(label.id))"
    }

    /// Options as typed on the command line: `--name, --address`.
    private static func options(_ fields: [InputField]) -> String {
        fields.map { $0.written }.joined(separator: ", ")
    }

    /// The noun of a kind for `count` entities.
    private static func noun(_ kind: EntityKind, count: Int) -> String {
        guard count != 1 else { return kind.noun(.english) }
        switch kind {
        case .person: return "people"
        case .party: return "exhibiting parties"
        default: return kind.noun(.english) + "s"
        }
    }

    /// How a dependent refers to the entity named `on`.
    private static func reason(_ reason: Dependency.Reason, on name: String) -> String {
        switch reason {
        case .ownedProduct: "a product of «\(name)»"
        case .exhibitor: "exhibits as «\(name)»"
        case .representative: "represents «\(name)»"
        case .sharesBooths: "shares its booths with «\(name)»"
        case .unionMember: "lists «\(name)» as a member"
        case .showsProduct: "shows «\(name)»"
        case .chairsPoint: "chaired by «\(name)»"
        case .takesPart: "«\(name)» takes part"
        case .attendsAtPoint: "attends at «\(name)»"
        case .linkedToPoint: "linked to «\(name)»"
        case .followsSession: "comes after «\(name)»"
        }
    }

    /// What dropping the reference to the entity named `on` did.
    private static func dropped(_ reason: Dependency.Reason, on name: String) -> String {
        switch reason {
        case .ownedProduct, .exhibitor, .representative: "removed with «\(name)»"
        case .sharesBooths: "«\(name)» no longer shares its booths"
        case .unionMember: "«\(name)» no longer listed as a member"
        case .showsProduct: "«\(name)» no longer shown"
        case .chairsPoint: "no chair now (was «\(name)»)"
        case .takesPart: "«\(name)» no longer takes part"
        case .attendsAtPoint: "attends on site instead of at «\(name)»"
        case .linkedToPoint: "no longer linked to «\(name)»"
        case .followsSession: "no longer has to come after «\(name)»"
        }
    }
}
