import Crypto
import Foundation
import Hummingbird

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

    /// HMAC-SHA256 of `text` under this run's ``bannerKey``, the first 16 bytes in hexadecimal.
    func bannerSignature(of text: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: bannerKey)
        return code.prefix(16).map { String(format: "%02x", $0) }.joined()
    }
}
