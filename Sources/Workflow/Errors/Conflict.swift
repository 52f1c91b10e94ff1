/// Inputs that cannot be given together (or one that needs another), for
/// ``WorkflowError/conflict(_:)``.
public enum Conflict: Hashable, Sendable {
    /// A status filter applies only to parties and booths.
    case statusNeedsPartiesOrBooths
    /// A party filter applies only to the booth plan's changes.
    case partyNeedsBoothChanges
    /// A connection-point filter applies only to the programme's changes.
    case pointNeedsProgrammeChanges
    /// A checking day applies only when checking without a plan file (the plan at `path` has its
    /// event's dates).
    case checkingDayWithPlan(path: String)
    /// A plan file and a sample cannot both be the source.
    case planAndSample
    /// Publishing needs a plan file, not a sample.
    case publishNeedsPlanFile
    /// Publishing uses the plan's own venue, not one given for the run.
    case publishWithOtherVenue
    /// A fixed start and a window cannot both be given.
    case fixedAndWindow
    /// Linking to named points and to every point cannot both be asked.
    case linkAndLinkAll
    /// A party is a provincial alliance (province) or one organisation, exactly one of the two.
    case provinceOrOrganisation
    /// A person represents a registered organisation or names a unit, not both.
    case organisationAndUnit
    /// An OCOP recognition needs stars, decision number and decision date together.
    case incompleteRecognition
    /// Issuing body, level, stated validity and OCOP code need a recognition.
    case recognitionDetailsWithoutStars
    /// A phone or e-mail needs the contact's name.
    case contactDetailsWithoutContact
    /// The readable account and JSON cannot both be printed.
    case explainAndJSON
    /// The first version compared must come before the second.
    case versionsOutOfOrder(from: Int, to: Int)
    /// Nothing was named (a list of parties or files was empty).
    case nothingNamed(InputField)
    /// The two entries of a new password differ.
    case passwordsDiffer
}
