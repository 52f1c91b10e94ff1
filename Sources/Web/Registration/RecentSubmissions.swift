import Crypto
import Foundation
import Synchronization

/// The registrations this server took in the last half hour, by what was sent: a form posted
/// twice (a double click, the browser's «resend») or an upload confirmed twice finds the private
/// link of the first post again instead of an «already registered» refusal, which would leave
/// the cooperative without its link (only the link's digest is stored, so it cannot be shown
/// again later).
///
/// A post is known by the SHA-256 of its plan, its anti-forgery token (one browser's) and every
/// field it sent, so only the same browser sending the same thing finds the link. At most
/// ``capacity`` are kept, the oldest dropped first; kept in memory only, for ``lifetime`` seconds.
///
/// A post is claimed before it is registered (``claim(_:token:now:patience:)``): the same post
/// arriving while the first is still being written (a double click a few milliseconds apart)
/// waits for it and finds its link, instead of racing it and being refused as «đã đăng ký».
final class RecentSubmissions: Sendable {
    /// What a claim found.
    enum Claim: Equatable {
        /// Nobody had sent this post (or the earlier one did not register): go ahead.
        case claimed
        /// The same post registered already, with this link's token.
        case registered(String)
    }

    /// How long a submission is remembered, in seconds.
    static let lifetime = 30.0 * 60
    /// The most submissions remembered.
    static let capacity = 2_000

    private struct Entry {
        var key: String
        var token: String
        var at: Double
        /// Claimed and still being registered.
        var pending = false
    }

    private let entries = Mutex<[Entry]>([])

    /// An empty memory.
    init() {}

    /// The key of a post to `site` by the browser holding `csrf`, with `fields`.
    static func key(site: String, csrf: String, fields: [String: String]) -> String {
        var hasher = SHA256()
        for part in [site, csrf] + fields.sorted(by: { $0.key < $1.key }).flatMap({ [$0.key, $0.value] }) {
            hasher.update(data: Data(part.utf8))
            hasher.update(data: Data([0]))
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// Claims the post `key`, about to register a submission with `token`: `.registered` with the
    /// earlier link when the same post registered already, also when another request still
    /// registering it finishes within `patience` seconds (checked every 20 ms); `.claimed`
    /// otherwise, and then ``settle(_:registered:now:)`` must follow.
    func claim(_ key: String, token: String, now: () -> Double, patience: Double = 30) async -> Claim {
        for _ in 0...Int(patience / 0.02) {
            let moment = now()
            let found: Claim? = entries.withLock { entries in
                entries.removeAll { moment - $0.at > Self.lifetime }
                if let entry = entries.last(where: { $0.key == key }) {
                    return entry.pending ? nil : .registered(entry.token)
                }
                entries.append(Entry(key: key, token: token, at: moment, pending: true))
                if entries.count > Self.capacity { entries.removeFirst(entries.count - Self.capacity) }
                return .claimed
            }
            if let found { return found }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return .claimed
    }

    /// Ends the claim of the post `key`: kept as registered, or dropped when it did not register
    /// (so the same post may be sent again once corrected).
    func settle(_ key: String, registered: Bool, now: Double) {
        entries.withLock { entries in
            guard let index = entries.lastIndex(where: { $0.key == key && $0.pending }) else { return }
            if registered {
                entries[index].pending = false
                entries[index].at = now
            } else {
                entries.remove(at: index)
            }
        }
    }
}
