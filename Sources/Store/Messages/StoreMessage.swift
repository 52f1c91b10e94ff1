public import Planning

/// Every sentence and name the Store module shows to people, by code, worded in each ``Language``
/// by ``text(_:)``.
///
/// ``StoreError`` maps each of its cases to one of these; the reasons a file is not a plan file or
/// a stored value is corrupt are messages too. Tests compare cases, never wording.
public enum StoreMessage: Hashable, Sendable, Localizable {
    // MARK: Errors

    /// The plan file was written by a newer FairPlan (file's schema version, newest known).
    case newerSchema(path: String, found: Int, supported: Int)
    /// A new plan file was to be created where a file already exists.
    case fileExists(path: String)
    /// The plan file to open does not exist.
    case fileNotFound(path: String)
    /// A command that changes the plan was given a file the user may only read.
    case readOnlyFile(path: String)
    /// The file is not a plan file, for `reason` (one of the reason messages below).
    indirect case notAPlanFile(path: String, reason: StoreMessage)
    /// The plan file holds no event.
    case missingEvent(path: String)
    /// An entity with this identifier is already in the plan.
    case duplicate(StoredEntity, id: String)
    /// Another organisation of the plan already has this registration code.
    case registrationCodeTaken(code: String, organisation: String)
    /// No entity with this identifier is in the plan.
    case notFound(StoredEntity, id: String)
    /// An entity refers to another that is not in the plan.
    case missingReference(StoredEntity, id: String, refersTo: StoredEntity, referenceID: String)
    /// A row breaks a rule of the file's schema; `detail` is SQLite's own message.
    case constraintViolation(StoredEntity, id: String, detail: String)
    /// A venue to save repeats booth codes.
    case duplicateBoothCodes(venue: String, codes: [String])
    /// A registration may not move between these statuses.
    case invalidTransition(party: String, from: RegistrationStatus, to: RegistrationStatus)
    /// The venue cannot be replaced: these assigned booths are not on the new venue.
    case boothsInUse([String])
    /// Booths are assigned or offered but the plan has no venue yet.
    case noVenue
    /// The same booths appear twice in one booth plan.
    case boothAssignedTwice([String])
    /// A withdrawn party cannot be given booths.
    case withdrawnPartyAssigned(party: String)
    /// A party is to be marked placed but holds no booth.
    case placedWithoutBooths(party: String)
    /// A withdrawal found the party changed since it was confirmed.
    case changedMeanwhile(party: String)
    /// No published version with this number.
    case unknownVersion(PublicationKind, number: Int)
    /// A stored value could not be read back, for `reason` (one of the reason messages below).
    indirect case corruptData(StoredEntity, id: String, reason: StoreMessage)
    /// SQLite failed; `reason` is the system's own message.
    case database(path: String, reason: String)
    /// The plan file stayed locked by another program longer than `seconds`.
    case busy(path: String, seconds: Int)
    /// The disk holding the plan file is full.
    case diskFull(path: String)
    /// The plan file is in a folder the user may not write in, with another program's pending
    /// write-ahead log beside it.
    case pendingLogInLockedFolder(path: String)
    /// Undo was asked for more entries than the journal has done (asked, done entries).
    case undoBeyondHistory(asked: Int, available: Int)
    /// Redo was asked for, but no entry is undone.
    case nothingToRedo
    /// A journal entry cannot be undone or redone: the plan is not as the journal recorded it.
    case journalOutOfStep(entry: Int, table: String)

    // MARK: Reasons

    /// The database is empty.
    case emptyDatabase
    /// The database belongs to another program.
    case otherProgramDatabase
    /// The file is not an SQLite database.
    case notSQLiteDatabase
    /// The path is a folder.
    case folder
    /// SQLite finds the file damaged (cut short by a copy, or written over).
    case damagedDatabase
    /// References were broken after upgrading the schema.
    case brokenReferences(count: Int)
    /// A stored time that does not read as one.
    case invalidTimestamp(String)
    /// A stored date that does not read as one.
    case invalidDate(String)
    /// A stored coded value that is not one of its kind's values.
    case invalidValue(String)
    /// A stored party kind that is not one.
    case invalidPartyKind(String)
    /// A stored registration code that is not well formed.
    case invalidRegistrationCode(String)
    /// A JSON column that does not decode; `detail` is the decoder's own message.
    case unreadableJSON(detail: String)

    // MARK: Names and summaries

    /// The name of a kind of stored entity, lower case, for use inside sentences.
    case entityName(StoredEntity)
    /// What an import wrote: entities added and changed, by kind.
    case importSummary(added: [StoredEntity: Int], updated: [StoredEntity: Int])

    /// The message in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .vietnamese: vietnameseText
        case .english: englishText
        }
    }
}
