/// What a post editing a delegate or a product of an organisation came to, on the plan's single
/// writer.
enum EntityEditOutcome: Sendable {
    /// Saved: how many fields changed (0: nothing to change), and whether a product's OCOP
    /// certificate was removed (every field of it emptied).
    case saved(changed: Int, certificateRemoved: Bool = false)
    /// Refused, nothing written: the form as it was posted, and why.
    case refused(EditPage.EntityInput, problem: String)
    /// Not done, for a reason that no form shows (the delegate or product is not in the plan).
    case failed(String)
}
