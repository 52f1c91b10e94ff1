/// What a command does with a plan file it opens.
public enum PlanAccess: Sendable {
    /// Reads only: opened read-only, never written, never blocked by a writer.
    case reading
    /// Changes the plan: opened for writing (and migrated to the current schema).
    case writing
}
