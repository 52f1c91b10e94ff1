/// One entity of a plan that refers to another: what stands in the way of removing the other, and
/// what a cascade does to it.
public struct Dependency: Hashable, Sendable {
    /// Why the dependent refers to the entity it depends on.
    public enum Reason: String, CaseIterable, Hashable, Sendable {
        /// A product owned by the organisation.
        case ownedProduct = "owned-product"
        /// A party exhibiting as the organisation itself.
        case exhibitor
        /// A person representing the organisation.
        case representative
        /// A party whose booth request shares its booths with the organisation.
        case sharesBooths = "shares-booths"
        /// A union listing the organisation among its members.
        case unionMember = "union-member"
        /// A party whose booth request shows the product.
        case showsProduct = "shows-product"
        /// A connection point chaired by the person.
        case chairsPoint = "chairs-point"
        /// A session the person takes part in (chair, speaker, moderator, guest).
        case takesPart = "takes-part"
        /// A person attending at the connection point.
        case attendsAtPoint = "attends-at-point"
        /// A session linked to the connection point.
        case linkedToPoint = "linked-to-point"
        /// A session ordered after the session.
        case followsSession = "follows-session"

        /// Whether the dependent cannot stand without the entity and is removed with it in a
        /// cascade (a product without its owner); otherwise it is kept and only its reference is
        /// dropped (a union loses a member, a session a speaker).
        public var removesDependent: Bool {
            switch self {
            case .ownedProduct, .exhibitor, .representative: true
            default: false
            }
        }
    }

    /// The entity that refers.
    public var dependent: PlanEntity
    /// The entity referred to.
    public var on: PlanEntity
    /// How it refers.
    public var reason: Reason

    /// A dependency of `dependent` on `on`.
    public init(_ dependent: PlanEntity, on: PlanEntity, reason: Reason) {
        self.dependent = dependent
        self.on = on
        self.reason = reason
    }
}
