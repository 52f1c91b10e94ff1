import ArgumentParser

extension FairPlan {
    /// `fairplan register organisation|product|person|party ...`: adds one registration by hand.
    struct Register: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Register an organisation, product, person, exhibiting party, connection point or session by hand.",
            discussion: """
                Each registration is checked with the Planning rules against the whole plan (duplicate \
                registration codes, provinces, OCOP certificates on the event's dates, services for \
                fresh food, ...). Findings about the new entry are printed; errors refuse it unless \
                --force is given, warnings never do. Each command writes in one transaction. Names of \
                organisations, products and parties may be given by identifier, registration code, \
                name or short name (case and diacritics ignored).
                """,
            subcommands: [
                Organisation.self, Product.self, Person.self, Party.self, Point.self, Session.self,
            ]
        )
    }
}
