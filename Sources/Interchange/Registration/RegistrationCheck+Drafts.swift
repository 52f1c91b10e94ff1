import Planning

extension RegistrationCheck {
    /// What reading rows works out once per distinct text: provinces and product sets as written,
    /// and the texts rows named organisations by (for ``RegistrationReport/focus``).
    ///
    /// Each piece of rows read on its own core keeps its own; the check takes them in after.
    struct DraftMemo: Sendable {
        /// Provinces as resolved, by the text written.
        var provinces: [String: ProvinceReference] = [:]
        /// Product sets as classified, by the text written (with the sets a partial name matches).
        var productSets: [String: (OCOPClassification?, [OCOPProductSet])] = [:]
        /// Texts resolved among the organisations (a lost leading zero of a code restored).
        var organisationReferences: Set<String> = []

        /// The province `written` names, resolved once per distinct text.
        mutating func province(_ written: String) -> ProvinceReference {
            if let known = provinces[written] { return known }
            let resolved = ProvinceReference(written)
            provinces[written] = resolved
            return resolved
        }

        /// The classification of a written product set and, when it has none, the sets a partial
        /// name matches; worked out once per distinct text.
        mutating func productSet(_ written: String) -> (OCOPClassification?, [OCOPProductSet]) {
            if let known = productSets[written] { return known }
            let classification = OCOPCatalogue.classify(written)
            let found = (
                classification, classification == nil ? OCOPCatalogue.productSets(matching: written) : []
            )
            productSets[written] = found
            return found
        }
    }

    /// The fewest rows a piece read on its own core holds: below it, one core reads them all.
    static let draftPieceRows = 2_048

    /// Reads every row of `kind` with `read`, which depends on the row alone (and on immutable
    /// values it holds): the rows are split into one piece per core, read concurrently, and put
    /// back in their order with the problems reading found.
    ///
    /// The drafts come back in row order, and each row's problems are the ones reading it on its
    /// own gives, so the outcome is the same on one core or many. What must follow the rows' order
    /// (repeats, the plan's entities claimed, identifiers numbered) is left to the caller.
    mutating func drafts<Draft: Sendable>(
        of kind: RegistrationSheetKind,
        _ read: @escaping @Sendable (inout RegistrationRow, inout DraftMemo) -> Draft
    ) -> [Draft] {
        guard let all = rows[kind], !all.isEmpty else { return [] }
        // Taken out while the pieces read their copies, put back read, in order, after.
        rows[kind] = nil
        let count = max(1, min(draftPieces, all.count / Self.draftPieceRows))
        let bounds = (0...count).map { all.count * $0 / count }
        let pieces: [@Sendable () -> ([RegistrationRow], [Draft], DraftMemo)] = (0..<count).map { piece in
            let slice = all[bounds[piece]..<bounds[piece + 1]]
            return {
                var pieceRows = Array(slice)
                var memo = DraftMemo()
                var drafts: [Draft] = []
                drafts.reserveCapacity(pieceRows.count)
                for index in pieceRows.indices { drafts.append(read(&pieceRows[index], &memo)) }
                return (pieceRows, drafts, memo)
            }
        }
        var readRows: [RegistrationRow] = []
        readRows.reserveCapacity(all.count)
        var drafts: [Draft] = []
        drafts.reserveCapacity(all.count)
        for (pieceRows, pieceDrafts, memo) in ConcurrentWork.results(of: pieces) {
            readRows += pieceRows
            drafts += pieceDrafts
            self.memo.provinces.merge(memo.provinces) { known, _ in known }
            self.memo.productSets.merge(memo.productSets) { known, _ in known }
            references.organisations.formUnion(memo.organisationReferences)
        }
        rows[kind] = readRows
        return drafts
    }
}
