import Planning

extension RegistrationCheck {
    /// Flags every group of rows of one kind that share a natural key: each row names the others
    /// in file order; the first is kept (a warning), the later ones are errors, so `--skip-invalid`
    /// keeps the first row, with its products and delegates.
    mutating func flagRepeats(
        organisations: [ParsedRow<Organisation>], products: [ParsedRow<Product>],
        people: [ParsedRow<Delegate>], parties: [ParsedRow<BoothRegistration>]
    ) {
        flagRepeats(organisations, kind: .organisations) { parsed, row in
            let organisation = parsed.entity
            if let code = organisation.registrationCode {
                return (.registrationCode(code.description), .organisationCode)
            }
            return (
                .nameAndProvince(name: organisation.name, province: row.text(.organisationProvince) ?? ""),
                .organisationName
            )
        }
        flagRepeats(products, kind: .products) { parsed, row in
            (.product(name: parsed.entity.name, owner: row.text(.productOwner) ?? ""), .productName)
        }
        flagRepeats(people, kind: .delegates) { parsed, row in
            let person = parsed.entity.person
            return (
                .person(
                    name: person.name.fullName,
                    organisation: row.text(.delegateOrganisation) ?? person.unit),
                .fullName
            )
        }
        flagRepeats(parties, kind: .boothRequests) { parsed, row in
            (
                .party(
                    name: parsed.entity.party.name,
                    of: row.text(.partyOrganisation) ?? row.text(.partyProvince) ?? ""),
                .partyName
            )
        }
    }

    /// Flags the groups of `parsed` rows sharing a key; `describe` names the key and the column.
    private mutating func flagRepeats<Entity>(
        _ parsed: [ParsedRow<Entity>], kind: RegistrationSheetKind,
        describe: (ParsedRow<Entity>, RegistrationRow) -> (RegistrationKey, RegistrationField)
    ) {
        // Only repeated keys get a group, in the order of each group's first row.
        for group in parsed.indices.repeatedGroups(by: { parsed[$0].key.map(ByteKey.init) }) {
            let first = parsed[group[0]]
            let (naturalKey, field) = describe(first, rows[kind]![first.row])
            for (place, position) in group.enumerated() {
                let row = rows[kind]![parsed[position].row]
                let others = group.enumerated().filter { $0.offset != place }.map { _, other in
                    let otherRow = rows[kind]![parsed[other].row]
                    return RegistrationRowReference(
                        file: otherRow.file == row.file ? nil : otherRow.file,
                        sheet: otherRow.file == row.file && otherRow.sheet == row.sheet
                            ? nil : otherRow.sheet,
                        row: otherRow.number)
                }
                rows[kind]![parsed[position].row].report(
                    place == 0 ? .warning : .error, field,
                    .repeatedInFiles(naturalKey, others: others, isFirst: place == 0))
            }
        }
    }
}
