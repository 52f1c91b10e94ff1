import Planning
import Workflow

/// The command line's wording for `fairplan edit` and `fairplan remove` (area: editing), and the
/// confirmation questions of `remove` and `withdraw`.
enum EditingHelp: Hashable, Sendable, Localizable {
    /// `fairplan edit`'s abstract.
    case editAbstract
    /// `fairplan edit`'s discussion.
    case editDiscussion
    /// `fairplan edit KIND`'s abstract.
    case editKindAbstract(EntityKind)
    /// `fairplan edit KIND`'s discussion, with the fields that can be cleared.
    case editKindDiscussion(EntityKind, clearable: [InputField])
    /// The argument naming the entity to edit.
    case editSubject(EntityKind)
    /// `--clear FIELD`, with the fields that can be cleared.
    case editClear([InputField])
    /// `--id`: identifiers never change.
    case editID
    /// `--cold-chain` / `--no-cold-chain`.
    case editColdChain
    /// `--first` / `--no-first`.
    case editFirst
    /// `--last` / `--no-last`.
    case editLast
    /// A person's `--point` when edited.
    case editPersonPoint
    /// A party's `--products` when edited.
    case editPartyProducts
    /// `fairplan remove`'s abstract.
    case removeAbstract
    /// `fairplan remove`'s discussion.
    case removeDiscussion
    /// The kind argument of `remove`.
    case removeKind
    /// The argument naming the entity to remove.
    case removeSubject
    /// `--cascade`.
    case removeCascade
    /// The question before a removal, after what it will remove and change.
    case confirmRemove(Removal)
    /// The question before a withdrawal, naming the party as typed.
    case confirmWithdraw(party: String)

    /// The wording in `language`.
    func text(_ language: Language) -> String {
        switch language {
        case .vietnamese: vietnameseText
        case .english: englishText
        }
    }

    /// Options as typed on the command line: `--name, --address`.
    static func options(_ fields: [InputField]) -> String {
        fields.map { "--\($0.rawValue)" }.joined(separator: ", ")
    }
}
