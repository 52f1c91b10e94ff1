import Planning

extension StoreMessage {
    /// The message in English.
    var englishText: String {
        switch self {
        case .newerSchema(let path, let found, let supported):
            "\(path): this plan file was made by a newer FairPlan (schema \(found); this version supports up to \(supported)). Please update FairPlan."
        case .fileExists(let path):
            "\(path): the file already exists and is not overwritten. Choose another name or open this file."
        case .fileNotFound(let path):
            "\(path): plan file not found."
        case .busy(let path, let seconds):
            "\(path): the plan file was being written by another program (the portal, another command or a "
                + "backup) for more than \(seconds) seconds; nothing was written. Try again in a few minutes."
        case .diskFull(let path):
            "\(path): the disk holding the plan file is full; nothing was written. Free some space and try again."
        case .pendingLogInLockedFolder(let path):
            "\(path): the folder holding the plan file may not be written, and another program's pending "
                + "write-ahead log (\(path)-wal) lies beside it, so the file cannot be read whole. Wait until that "
                + "program closes the file, or copy the file and its log to a folder of your own."
        case .readOnlyFile(let path):
            "\(path): the plan file may only be read, and this command changes it. Reading commands (list, report, changes, export, history) still work; ask for write permission or copy the file to change it."
        case .notAPlanFile(let path, let reason):
            "\(path): not a FairPlan plan file (\(reason.englishText))."
        case .missingEvent(let path):
            "\(path): the plan file has no event (it was never completely created)."
        case .duplicate(let entity, let id):
            "The plan already holds the \(Self.englishName(entity)) «\(id)»."
        case .registrationCodeTaken(let code, let organisation):
            "Registration code \(code) already belongs to the organisation «\(organisation)» in the plan; a code belongs to one organisation only."
        case .notFound(let entity, let id):
            "The plan holds no \(Self.englishName(entity)) «\(id)»."
        case .missingReference(let entity, let id, let target, let reference):
            "Cannot save the \(Self.englishName(entity)) «\(id)»: the \(Self.englishName(target)) «\(reference)» is not in the plan."
        case .constraintViolation(let entity, let id, let detail):
            "Cannot save the \(Self.englishName(entity)) «\(id)»: it breaks a rule of the plan file (\(detail))."
        case .duplicateBoothCodes(let venue, let codes):
            "Cannot save the venue «\(venue)»: booth codes repeated: \(codes.joined(separator: ", "))."
        case .invalidTransition(let party, let from, let to):
            "Party «\(party)»: "
                + (from.refusalMessage(toMoveTo: to)?.text(.english)
                    ?? "cannot move from \(from.name(.english)) to \(to.name(.english)).")
        case .boothsInUse(let codes):
            "Cannot replace the venue: the new floor plan lacks these assigned booths: \(codes.joined(separator: ", "))."
        case .noVenue:
            "The plan has no venue (booth layout) yet."
        case .boothAssignedTwice(let codes):
            "Booths assigned twice in the same booth plan: \(codes.joined(separator: ", "))."
        case .withdrawnPartyAssigned(let party):
            "Party «\(party)» has withdrawn its registration and cannot be given booths."
        case .placedWithoutBooths(let party):
            "Party «\(party)» holds no booth in the current booth plan, so it cannot be marked «\(RegistrationStatus.placed.name(.english))»."
        case .changedMeanwhile(let party):
            "Party «\(party)» changed meanwhile (status or booths): nothing was withdrawn; look again and confirm."
        case .unknownVersion(let kind, let number):
            "\(kind.name(.english)): there is no published version \(number)."
        case .corruptData(let entity, let id, let reason):
            "The data of the \(Self.englishName(entity)) «\(id)» in the plan file is corrupt: \(reason.englishText)."
        case .undoBeyondHistory(let asked, let available):
            available == 0
                ? "There is no change to undo."
                : "Cannot undo \(asked) changes: the journal has only \(available) that can be undone."
        case .nothingToRedo:
            "There is no change to redo."
        case .journalOutOfStep(let entry, let table):
            "Change \(entry) cannot be undone or redone: the rows of table \(table) are no longer as the journal recorded them (the file was changed outside FairPlan)."
        case .database(let path, let reason):
            "\(path): database error: \(reason)."
        case .emptyDatabase:
            "empty database"
        case .otherProgramDatabase:
            "another program's SQLite database"
        case .folder:
            "a folder, not a file; name the plan file inside it"
        case .damagedDatabase:
            "the file is damaged or cut short, as a copy broken off leaves it; use a good copy or a backup"
        case .notSQLiteDatabase:
            "not an SQLite database"
        case .brokenReferences(let count):
            count == 1
                ? "1 broken reference after upgrading the schema"
                : "\(count) broken references after upgrading the schema"
        case .invalidTimestamp(let text):
            "invalid time «\(text)»"
        case .invalidDate(let text):
            "invalid date «\(text)»"
        case .invalidValue(let raw):
            "invalid value «\(raw)»"
        case .invalidPartyKind(let kind):
            "invalid party kind «\(kind)»"
        case .invalidRegistrationCode(let code):
            "invalid registration code «\(code)»"
        case .unreadableJSON(let detail):
            "unreadable JSON data (\(detail))"
        case .entityName(let entity):
            Self.englishName(entity)
        case .importSummary(let added, let updated):
            "Added: \(Self.englishCounts(added)); updated: \(Self.englishCounts(updated))."
        }
    }

    /// The English name of a kind of stored entity, lower case.
    static func englishName(_ entity: StoredEntity, plural: Bool = false) -> String {
        switch entity {
        case .event: plural ? "events" : "event"
        case .venue: plural ? "venues" : "venue"
        case .booth: plural ? "booths" : "booth"
        case .organisation: plural ? "organisations" : "organisation"
        case .product: plural ? "products" : "product"
        case .person: plural ? "people" : "person"
        case .attendance: plural ? "attendances" : "attendance"
        case .connectionPoint: plural ? "connection points" : "connection point"
        case .party: plural ? "exhibiting parties" : "exhibiting party"
        case .boothRequest: plural ? "booth requests" : "booth request"
        case .boothAssignment: plural ? "booth assignments" : "booth assignment"
        case .session: plural ? "programme sessions" : "programme session"
        case .publishedVersion: plural ? "published versions" : "published version"
        case .submission: plural ? "online registrations" : "online registration"
        case .account: plural ? "staff accounts" : "staff account"
        }
    }

    /// "3 organisations, 1 product", or "none".
    static func englishCounts(_ counts: [StoredEntity: Int]) -> String {
        counts.isEmpty
            ? "none"
            : counts.keys.sorted().map { entity in
                let count = counts[entity] ?? 0
                return "\(count) \(englishName(entity, plural: count != 1))"
            }.joined(separator: ", ")
    }
}
