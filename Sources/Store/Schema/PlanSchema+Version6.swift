extension PlanSchema {
    /// Version 6: an index over people's full names typed without diacritics
    /// (`fairplan_person_folded_key`), so a command naming a chair, a speaker or the person to
    /// edit by a name without tones reads the people it could mean through the index instead of
    /// the whole plan.
    static let version6 = Migration(
        version: 6,
        summary: "an index over people's names typed without diacritics",
        statements: [
            """
            CREATE INDEX person_folded_name
                ON person(fairplan_person_folded_key(family_name, middle_name, given_name))
            """
        ])
}
