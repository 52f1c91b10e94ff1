import Store

/// The signed-in staff sessions of the portal, by the digest of their cookie's token (the token
/// itself is kept only by the browser). A session ends after ``idleLifetime`` unused, at sign-out,
/// or when the server stops; at most ``limit`` are kept (the oldest goes first).
actor StaffSessions {
    /// How long an unused session lasts, in seconds.
    static let idleLifetime: Double = 8 * 60 * 60
    /// The most sessions kept.
    static let limit = 10_000

    /// The sessions by token digest.
    private var sessions: [String: StaffSession] = [:]

    /// Opens a session for `name` with `role` on `site` at `now`; returns its cookie token.
    func open(name: String, role: StaffAccount.Role, site: String, at now: Double) -> SubmissionToken {
        sessions = sessions.filter { $0.value.expiresAt > now }
        if sessions.count >= Self.limit,
            let oldest = sessions.min(by: { $0.value.expiresAt < $1.value.expiresAt })
        {
            sessions[oldest.key] = nil
        }
        let token = SubmissionToken.random()
        sessions[token.digest] = StaffSession(
            name: name, role: role, site: site, csrf: SubmissionToken.random().text,
            expiresAt: now + Self.idleLifetime)
        return token
    }

    /// The live session of `token` at `now` (its lifetime renewed), nil when there is none.
    func session(_ token: SubmissionToken, at now: Double) -> StaffSession? {
        let digest = token.digest
        guard var session = sessions[digest] else { return nil }
        guard session.expiresAt > now else {
            sessions[digest] = nil
            return nil
        }
        session.expiresAt = now + Self.idleLifetime
        sessions[digest] = session
        return session
    }

    /// Ends the session of `token`.
    func close(_ token: SubmissionToken) {
        sessions[token.digest] = nil
    }
}
