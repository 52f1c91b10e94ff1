public import Planning

/// A synthetic booth-allocation instance: a plan with a venue, parties, requests and products, and
/// the policy to allocate it with.
public struct BoothInstance: Hashable, Sendable {
    /// The scale it was made at.
    public let scale: BoothInstanceScale
    /// The seed it was made from.
    public let seed: UInt64
    /// The plan: event, venue, organisations, products, parties, booth requests.
    public var plan: Plan
    /// The policy: each region's parties preferring its pavilion.
    public var policy: BoothAllocationPolicy

    /// Creates an instance.
    public init(scale: BoothInstanceScale, seed: UInt64, plan: Plan, policy: BoothAllocationPolicy) {
        self.scale = scale
        self.seed = seed
        self.plan = plan
        self.policy = policy
    }

    /// The allocation problem of the instance.
    ///
    /// - Throws: ``SchedulerError`` if the instance is inconsistent (it never is as generated).
    public func problem() throws(SchedulerError) -> BoothAllocationProblem {
        try BoothAllocationProblem(plan: plan, policy: policy)
    }
}
