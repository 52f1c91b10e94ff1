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
final class RecentSubmissions: Sendable {
    /// How long a submission is remembered, in seconds.
    static let lifetime = 30.0 * 60
    /// The most submissions remembered.
    static let capacity = 2_000

    private struct Entry {
        var key: String
        var token: String
        var at: Double
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

    /// The private link's token of the submission sent as `key` less than ``lifetime`` ago.
    func token(for key: String, now: Double) -> String? {
        entries.withLock { entries in
            entries.removeAll { now - $0.at > Self.lifetime }
            return entries.last { $0.key == key }?.token
        }
    }

    /// Remembers that the post `key` registered the submission with `token` at `now`.
    func remember(_ key: String, token: String, now: Double) {
        entries.withLock { entries in
            entries.removeAll { now - $0.at > Self.lifetime }
            entries.append(Entry(key: key, token: token, at: now))
            if entries.count > Self.capacity { entries.removeFirst(entries.count - Self.capacity) }
        }
    }
}
