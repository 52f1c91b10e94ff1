import ArgumentParser

extension FairPlan {
    /// `fairplan confirm PARTY...`: confirms pending registrations.
    struct Confirm: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Confirm pending registrations of exhibiting parties (pending → confirmed).",
            discussion: """
                Parties are named by identifier or name. All are confirmed in one transaction, or none \
                when one cannot be (a withdrawn or placed registration, an unknown name).
                """
        )

        @OptionGroup var options: PlanOptions

        @Argument(help: "The parties to confirm: identifiers or names.")
        var parties: [String]

        func validate() throws {
            guard !parties.isEmpty else { throw ValidationError("Ghi ít nhất một đơn vị tham gia.") }
        }

        func run() async throws {
            print(try RegistrationDesk(store: options.openStore()).confirm(parties).joined(separator: "\n"))
        }
    }
}
