/// Counts the posts of each client address in a sliding minute and says when one has sent too
/// many: the public forms take at most ``limit`` a minute from an address. The table is bounded:
/// past ``addressLimit`` addresses it starts again.
actor RateLimiter {
    /// The most addresses remembered.
    static let addressLimit = 10_000

    /// Posts allowed per address per minute; 0 for no limit.
    let limit: Int
    /// The times (seconds on the monotonic clock) of each address's recent posts.
    private var recent: [String: [Double]] = [:]

    /// A limiter allowing `limit` posts per address per minute (0: no limit).
    init(limit: Int) {
        self.limit = limit
    }

    /// Whether `address` may post at `now` (seconds on a monotonic clock); counts the post when
    /// it may.
    func allows(_ address: String, at now: Double) -> Bool {
        guard limit > 0 else { return true }
        var times = (recent[address] ?? []).filter { now - $0 < 60 }
        guard times.count < limit else {
            recent[address] = times
            return false
        }
        times.append(now)
        if recent[address] == nil, recent.count >= Self.addressLimit { recent = [:] }
        recent[address] = times
        return true
    }
}
