public import Planning

/// What the store throws: the plan file cannot be opened, read or changed.
///
/// Every ``PlanStore`` method throws only this type. A method that throws has changed nothing:
/// each runs in one transaction.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible, Localizable {
    /// The plan file was written by a newer FairPlan (file's schema version, newest known).
    case newerSchema(path: String, found: Int, supported: Int)
    /// A new plan file was to be created where a file already exists.
    case fileExists(path: String)
    /// The plan file to open does not exist.
    case fileNotFound(path: String)
    /// Another organisation of the plan already has this registration code (checked in the
    /// writing transaction, so two processes cannot both register one code).
    case registrationCodeTaken(code: String, organisation: String)
    /// A command that changes the plan was given a file the user may only read.
    case readOnlyFile(path: String)
    /// The file is not a FairPlan plan file (another database, or not a database at all); the
    /// reason is a catalogue message such as ``StoreMessage/emptyDatabase``.
    case notAPlanFile(path: String, reason: StoreMessage)
    /// The plan file holds no event (it was never completely created).
    case missingEvent(path: String)
    /// An entity with this identifier is already in the plan.
    case duplicate(StoredEntity, id: String)
    /// No entity with this identifier is in the plan.
    case notFound(StoredEntity, id: String)
    /// An entity refers to another that is not in the plan.
    case missingReference(StoredEntity, id: String, refersTo: StoredEntity, referenceID: String)
    /// A row breaks a rule of the file's schema (the detail is SQLite's message).
    case constraintViolation(StoredEntity, id: String, detail: String)
    /// A venue to save repeats booth codes (sorted).
    case duplicateBoothCodes(venue: String, codes: [String])
    /// A registration may not move between these statuses.
    case invalidTransition(party: String, from: RegistrationStatus, to: RegistrationStatus)
    /// The venue cannot be replaced: these booths of the current plan are not on the new venue.
    case boothsInUse([String])
    /// Booths are assigned or offered but the plan has no venue yet.
    case noVenue
    /// The same booth appears twice in one booth plan.
    case boothAssignedTwice([String])
    /// A withdrawn party cannot be given booths.
    case withdrawnPartyAssigned(party: String)
    /// A party is to be marked placed but holds no booth in the current plan.
    case placedWithoutBooths(party: String)
    /// A withdrawal confirmed for a party in one status and booths found it otherwise (changed
    /// meanwhile by someone else): nothing was written.
    case changedMeanwhile(party: String)
    /// No published version with this number.
    case unknownVersion(PublicationKind, number: Int)
    /// A stored value could not be read back (the file was changed by another program); the
    /// reason is a catalogue message such as ``StoreMessage/invalidDate(_:)``.
    case corruptData(StoredEntity, id: String, reason: StoreMessage)
    /// SQLite failed (disk full, file locked longer than the busy timeout, I/O error, ...); the
    /// reason is the system's own message.
    case database(path: String, reason: String)
    /// Another program (or another FairPlan) held the plan file's lock longer than the busy timeout,
    /// in seconds.
    case busy(path: String, seconds: Int)
    /// The disk holding the plan file is full.
    case diskFull(path: String)
    /// The plan file lies in a folder the user may not write in, and another program's
    /// write-ahead log (`-wal`) is still pending beside it, so it cannot be read consistently.
    case pendingLogInLockedFolder(path: String)
    /// Undo was asked for more entries than the journal has done (asked, done entries).
    case undoBeyondHistory(asked: Int, available: Int)
    /// Redo was asked for, but no entry of the journal is undone.
    case nothingToRedo
    /// A journal entry cannot be undone or redone: a row of the plan is not as the journal
    /// recorded it (the file was changed outside FairPlan's journal); the entry's number, the table.
    case journalOutOfStep(entry: Int, table: String)

    /// The catalogue message for the error.
    public var message: StoreMessage {
        switch self {
        case .newerSchema(let path, let found, let supported):
            .newerSchema(path: path, found: found, supported: supported)
        case .fileExists(let path): .fileExists(path: path)
        case .fileNotFound(let path): .fileNotFound(path: path)
        case .registrationCodeTaken(let code, let organisation):
            .registrationCodeTaken(code: code, organisation: organisation)
        case .readOnlyFile(let path): .readOnlyFile(path: path)
        case .notAPlanFile(let path, let reason): .notAPlanFile(path: path, reason: reason)
        case .missingEvent(let path): .missingEvent(path: path)
        case .duplicate(let entity, let id): .duplicate(entity, id: id)
        case .notFound(let entity, let id): .notFound(entity, id: id)
        case .missingReference(let entity, let id, let target, let reference):
            .missingReference(entity, id: id, refersTo: target, referenceID: reference)
        case .constraintViolation(let entity, let id, let detail):
            .constraintViolation(entity, id: id, detail: detail)
        case .duplicateBoothCodes(let venue, let codes): .duplicateBoothCodes(venue: venue, codes: codes)
        case .invalidTransition(let party, let from, let to):
            .invalidTransition(party: party, from: from, to: to)
        case .boothsInUse(let codes): .boothsInUse(codes)
        case .noVenue: .noVenue
        case .boothAssignedTwice(let codes): .boothAssignedTwice(codes)
        case .withdrawnPartyAssigned(let party): .withdrawnPartyAssigned(party: party)
        case .placedWithoutBooths(let party): .placedWithoutBooths(party: party)
        case .changedMeanwhile(let party): .changedMeanwhile(party: party)
        case .unknownVersion(let kind, let number): .unknownVersion(kind, number: number)
        case .corruptData(let entity, let id, let reason): .corruptData(entity, id: id, reason: reason)
        case .database(let path, let reason): .database(path: path, reason: reason)
        case .busy(let path, let seconds): .busy(path: path, seconds: seconds)
        case .diskFull(let path): .diskFull(path: path)
        case .pendingLogInLockedFolder(let path): .pendingLogInLockedFolder(path: path)
        case .undoBeyondHistory(let asked, let available):
            .undoBeyondHistory(asked: asked, available: available)
        case .nothingToRedo: .nothingToRedo
        case .journalOutOfStep(let entry, let table): .journalOutOfStep(entry: entry, table: table)
        }
    }

    /// The error in `language`.
    public func text(_ language: Language) -> String {
        message.text(language)
    }

    /// The error in Vietnamese, for organisers.
    public var description: String { text(.vietnamese) }
}
