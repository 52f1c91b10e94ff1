import Crypto
import Foundation
import Hummingbird
import Planning
import Workflow

extension Portal {
    /// The query that carries an action's failure to the page the browser is sent back to: the
    /// reason (at most 300 characters) and its signature, so that a page shows only reasons this
    /// server wrote. A link made by someone else, with any `loi` text, shows no banner: it cannot
    /// put words («your session expired, sign in at …») in the console's mouth.
    func failureQuery(_ reason: String) -> [(String, String)] {
        let text = String(reason.prefix(300))
        return [("loi", text), ("loi-ky", bannerSignature(of: text))]
    }

    /// The failure text of a query, when its signature is this server's (nil otherwise).
    func signedFailure(_ query: Hummingbird.Parameters) -> String? {
        guard let text = query["loi"].map(String.init), let signature = query["loi-ky"].map(String.init),
            signature == bannerSignature(of: text)
        else { return nil }
        return text
    }

    /// The query keys that say what an action did (the banner's kind, its numbers and booths).
    static let bannerKeys = ["da", "xep", "cho", "ban", "muc", "gian", "dang-chay", "ocop"]

    /// `query` with a signature over its banner keys (``bannerKeys``), so a page shows only what
    /// this server said an action did: a link made by someone else (`?da=cong-bo&ban=999`) shows
    /// no banner.
    func signedQuery(_ query: [(String, String)]) -> [(String, String)] {
        let banner = query.filter { Self.bannerKeys.contains($0.0) }
        guard !banner.isEmpty else { return query }
        return query + [("ky", bannerSignature(of: Self.bannerText(banner)))]
    }

    /// Whether the banner keys of `query` carry this server's signature (true when it has none).
    func bannerIsSigned(_ query: Hummingbird.Parameters) -> Bool {
        let banner = Self.bannerKeys.compactMap { key in query[Substring(key)].map { (key, String($0)) } }
        guard !banner.isEmpty else { return true }
        guard let signature = query["ky"].map(String.init) else { return false }
        return signature == bannerSignature(of: Self.bannerText(banner))
    }

    /// The text a banner's signature covers: its keys and values in ``bannerKeys`` order.
    static func bannerText(_ pairs: [(String, String)]) -> String {
        bannerKeys.compactMap { key in pairs.first { $0.0 == key }.map { "\(key)=\($0.1)" } }
            .joined(separator: "&")
    }

    /// Why a staff action failed, in `language`, worded for the console: a change the rules
    /// refused names its problems without the command line's `--force` or the rules' codes, a
    /// value refused names its field by the form's label, not the option (`--province`), and a
    /// value or combination the command line words with its options or commands
    /// (``StaffMessage/expectedValue(_:)``, ``StaffMessage/conflict(_:)``) is worded with the
    /// form's labels; anything else as its own message says.
    static func staffReason(_ error: any Error, in language: Language) -> String {
        if case WorkflowError.refusedByValidation(_, let name, let findings) = error {
            let problems = findings.filter { $0.severity == .error }.map { $0.message.text(language) }
            return StaffMessage.refusedByRules(name: name, problems: problems).text(language)
        }
        // A value the form's field gave: the field by its label, not the command line's option.
        if case WorkflowError.invalidValue(let field, let value, let expected) = error {
            let wanted = StaffMessage.expectedValue(expected).text(language)
            return StaffMessage.sentence(
                "«\(StaffMessage.field(field).text(language))» «\(value)»: \(wanted)")
        }
        if case WorkflowError.conflict(let conflict) = error {
            return StaffMessage.conflict(conflict).text(language)
        }
        return (error as? any Localizable)?.text(language) ?? "\(error)"
    }

    /// HMAC-SHA256 of `text` under this run's ``bannerKey``, the first 16 bytes in hexadecimal.
    func bannerSignature(of text: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: bannerKey)
        return code.prefix(16).map { String(format: "%02x", $0) }.joined()
    }
}
