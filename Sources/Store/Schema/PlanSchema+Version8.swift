extension PlanSchema {
    /// Version 8: a booth request records whether it shows every product of the organisations
    /// sharing its booths (`shows_every_product`), those registered later included, or the
    /// products it chose. Before, a request showing every product it could was read as the
    /// first, so a party that had chosen all its owner's products got every later one too.
    /// Existing requests showing every product of their organisations are marked as the first:
    /// that is how they were read until now.
    static let version8 = Migration(
        version: 8,
        summary: "a booth request shows every product of its organisations, or the products it chose",
        statements: [
            "ALTER TABLE booth_request ADD COLUMN shows_every_product INTEGER NOT NULL DEFAULT 0",
            """
            UPDATE booth_request SET shows_every_product = 1
            WHERE NOT EXISTS (
                SELECT 1 FROM request_organisation AS sharing
                JOIN product ON product.owner_id = sharing.organisation_id
                WHERE sharing.request_id = booth_request.id
                    AND NOT EXISTS (
                        SELECT 1 FROM request_product AS shown
                        WHERE shown.request_id = booth_request.id AND shown.product_id = product.id))
            """,
        ],
        then: JournalTriggers.install)
}
