import Planning

extension PlanStore {
    /// Writes a whole batch in one transaction: all of it, or, on any failure, nothing.
    ///
    /// Entities are written in dependency order (organisations, their member lists, products,
    /// people, connection points, attendances, parties, booth requests), so the batch may refer to
    /// itself. Without `replacingExisting`, an identifier already in the plan is an error
    /// (``StoreError/duplicate(_:id:)``); with it, the existing entity is replaced (a party keeps
    /// its registration status). A failure (a duplicate, a missing reference, a full disk, a
    /// killed process) leaves the file exactly as it was.
    @discardableResult
    public func importBatch(_ batch: ImportBatch, replacingExisting: Bool = false) throws -> ImportSummary {
        let mode: WriteMode = replacingExisting ? .upsert : .insert
        return try write { db in
            var summary = ImportSummary()
            for organisation in batch.organisations {
                summary.count(
                    .organisation, isNew: try writeOrganisation(organisation, mode: mode, members: false, db))
            }
            for organisation in batch.organisations { try writeMembers(of: organisation, db) }
            for product in batch.products {
                summary.count(.product, isNew: try writeProduct(product, mode: mode, db))
            }
            for person in batch.people {
                summary.count(.person, isNew: try writePerson(person, mode: mode, db))
            }
            for point in batch.connectionPoints {
                summary.count(.connectionPoint, isNew: try writeConnectionPoint(point, mode: mode, db))
            }
            for attendance in batch.attendances {
                summary.count(.attendance, isNew: try writeAttendance(attendance, mode: mode, db))
            }
            for party in batch.parties {
                summary.count(.party, isNew: try writeParty(party, mode: mode, db))
            }
            for request in batch.boothRequests {
                summary.count(.boothRequest, isNew: try writeRequest(request, mode: mode, db))
            }
            return summary
        }
    }
}
