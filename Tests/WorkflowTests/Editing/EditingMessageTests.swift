import Planning
import Testing
import Workflow

@Suite("Workflow: editing message catalogue")
struct EditingMessageTests {
    /// One value of every case and every error.
    static let samples: [EditingMessage] = {
        let organisation = EntityLabel(kind: .organisation, id: "tc-htx", name: "HTX Tân Hòa")
        let dependents = Dependency.Reason.allCases.map {
            Dependent(
                entity: EntityLabel(kind: .party, id: "dv-htx", name: "HTX"), reason: $0, on: organisation)
        }
        let errors: [EditingError] = [
            .identifierCannotChange(.organisation, id: "tc-htx", asked: "tc-khac"),
            .nothingToChange(.product, name: "Gạo", id: "sp-gao"),
            .cannotClear(.organisation, written: "name", clearable: [.address, .shortName]),
            .setAndCleared(.address), .dependentsExist(organisation, dependents: dependents),
            .notRemovable(.room),
        ]
        return errors.map { .error($0) } + dependents.flatMap { [.dependent($0), .detached($0)] } + [
            .edited(.organisation, name: "HTX", id: "tc-htx", fields: [.name, .address]),
            .productsLeftWithSharer(["Bánh Phú Quý"]),
            .removed(organisation), .willRemove(organisation), .removedWith(.person, [organisation]),
            .removedWith(.product, [organisation, organisation]), .detachedHeading,
        ]
    }()

    @Test("every message is worded in Vietnamese and English, differently")
    func bothLanguages() {
        for message in Self.samples {
            let vietnamese = message.text(.vietnamese)
            let english = message.text(.english)
            #expect(!vietnamese.isEmpty && !english.isEmpty, "\(message)")
            #expect(vietnamese != english, "\(message)")
        }
    }

    @Test("an editing error is a workflow error worded by the catalogue")
    func errorsThroughWorkflow() {
        let error = EditingError.setAndCleared(.phone)
        #expect(WorkflowError.editing(error).text(.english) == EditingMessage.error(error).text(.english))
        #expect(error.description == error.text(.vietnamese))
    }
}
