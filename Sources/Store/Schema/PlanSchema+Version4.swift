extension PlanSchema {
    /// Version 4: indexes over the keys names are matched by (``PlanFunctions``), so a
    /// registration reads the organisations, products and people it touches through an index
    /// instead of passing over every row: organisations by name in a province
    /// (`fairplan_search_key`), by name and short name typed with or without diacritics
    /// (`fairplan_folded_key`), products by name, people by full name, by name and phone and by
    /// e-mail (the duplicate-person keys).
    static let version4 = Migration(
        version: 4,
        summary: "indexes over the name keys, phones and e-mails registrations are matched by",
        statements: [
            "CREATE INDEX organisation_search_key ON organisation(fairplan_search_key(name))",
            "CREATE INDEX organisation_folded_name ON organisation(fairplan_folded_key(name))",
            "CREATE INDEX organisation_folded_short_name ON organisation(fairplan_folded_key(short_name))",
            "CREATE INDEX product_folded_name ON product(fairplan_folded_key(name))",
            """
            CREATE INDEX person_name_key ON person(fairplan_person_name_key(family_name, middle_name, given_name))
            """,
            """
            CREATE INDEX person_phone_key
                ON person(fairplan_phone_key(family_name, middle_name, given_name, phone))
            """,
            "CREATE INDEX person_email_key ON person(fairplan_email_key(email))",
        ])
}
