import Foundation
import Planning

/// The portal's addresses for one plan, each carrying the language when it is not Vietnamese
/// (`?lang=en`), so every link keeps the reader's language without a cookie.
struct PortalPaths: Sendable {
    /// The plan's slug.
    let site: String
    /// The reader's language.
    let language: Language

    /// `path` with the language parameter (and `query`, already encoded, before it).
    func link(_ path: String, query: [(String, String)] = []) -> String {
        var parameters = query
        if language != .vietnamese { parameters.append(("lang", language.rawValue)) }
        guard !parameters.isEmpty else { return path }
        return path + "?" + parameters.map { "\($0.0)=\(Self.encode($0.1))" }.joined(separator: "&")
    }

    /// The event's page.
    var event: String { link("/\(site)") }
    /// The programme, for every point or one.
    func programme(point: String? = nil) -> String {
        link("/\(site)/chuong-trinh", query: point.map { [("diem-cau", $0)] } ?? [])
    }
    /// The programme as iCalendar, for every point or one.
    func calendar(point: String? = nil) -> String {
        link("/\(site)/chuong-trinh.ics", query: point.map { [("diem-cau", $0)] } ?? [])
    }
    /// The programme as frab XML.
    var frab: String { link("/\(site)/chuong-trinh.xml") }
    /// The exhibitor directory.
    var exhibitors: String { link("/\(site)/gian-hang") }
    /// One exhibitor's page.
    func exhibitor(_ id: String) -> String { link("/\(site)/gian-hang/\(Self.encode(id))") }
    /// One exhibitor's booths marked on the floor plan.
    func exhibitorFloorPlan(_ id: String) -> String {
        link("/\(site)/gian-hang/\(Self.encode(id))/so-do.svg")
    }
    /// The floor plan drawing.
    var floorPlan: String { link("/\(site)/so-do.svg") }
    /// The connection points.
    var points: String { link("/\(site)/diem-cau") }
    /// One connection point's page.
    func point(_ id: String) -> String { link("/\(site)/diem-cau/\(Self.encode(id))") }

    /// The registration form.
    var registration: String { link("/\(site)/dang-ky") }
    /// Where a filled template is uploaded to be checked.
    var registrationUpload: String { link("/\(site)/dang-ky/tep") }
    /// Where a checked upload is confirmed.
    var registrationConfirm: String { link("/\(site)/dang-ky/tep/xac-nhan") }
    /// The blank registration template in the format of `fileExtension` (`xlsx`, `ods`).
    func template(_ fileExtension: String) -> String { link("/\(site)/mau-dang-ky.\(fileExtension)") }
    /// A submission's private page.
    func submission(_ token: String) -> String { link("/\(site)/dang-ky/\(Self.encode(token))") }

    /// A submission's private page after a correction was saved.
    func submissionCorrected(_ token: String) -> String {
        link("/\(site)/dang-ky/\(Self.encode(token))", query: [("da-sua", "1")])
    }
    /// A submission's correction form.
    func correction(_ token: String) -> String { link("/\(site)/dang-ky/\(Self.encode(token))/sua") }
    /// One of a submission's documents (`giay-moi.odt`, `the-dai-bieu.pdf`, ...).
    func submissionDocument(_ token: String, file: String) -> String {
        link("/\(site)/dang-ky/\(Self.encode(token))/\(file)")
    }

    /// The staff console.
    var console: String { link("/\(site)/quan-ly") }
    /// The staff console filtered.
    func console(query: [(String, String)]) -> String { link("/\(site)/quan-ly", query: query) }
    /// A staff action (`xac-nhan`, `rut`, `xep-gian`, `xep-lich`, `cong-bo`, `cong-bo-lich`, `sua`,
    /// `dang-xuat`).
    func consoleAction(_ action: String) -> String { link("/\(site)/quan-ly/\(action)") }
    /// The staff sign-in.
    var signIn: String { link("/\(site)/quan-ly/dang-nhap") }
    /// The staff sign-in, going on to `page` (a page of this plan's console, as
    /// ``returnPath(_:site:)`` takes it) once signed in; the plain sign-in without one.
    func signIn(returningTo page: String?) -> String {
        guard let page else { return signIn }
        return link("/\(site)/quan-ly/dang-nhap", query: [(Self.returnField, page)])
    }
    /// The staff accounts (admins).
    var accounts: String { link("/\(site)/quan-ly/tai-khoan") }
    /// The downloads of the lists and documents.
    var downloads: String { link("/\(site)/quan-ly/tai-ve") }
    /// One export: `list` (a ``ListKind`` raw value or `all`) in `format`.
    func listDownload(_ list: String, format: String) -> String {
        link("/\(site)/quan-ly/tai-ve/danh-sach", query: [("ds", list), ("dang", format)])
    }
    /// One kind of document in `format` (`odt`, `pdf`).
    func documentDownload(_ kind: String, format: String) -> String {
        link("/\(site)/quan-ly/tai-ve/giay-to", query: [("loai", kind), ("dang", format)])
    }
    /// The changes between versions.
    var changes: String { link("/\(site)/quan-ly/thay-doi") }
    /// The progress of the plan's solver run.
    var progress: String { link("/\(site)/quan-ly/tien-trinh") }
    /// The edit page of an organisation.
    func edit(_ organisation: String) -> String {
        link("/\(site)/quan-ly/sua", query: [("to-chuc", organisation)])
    }

    /// The field and query parameter of the sign-in page naming the page to go on to.
    static let returnField = "tiep"

    /// The page to go on to after signing in, when `text` names one that is safe to send a
    /// browser to: a relative path on this server, inside the console of `site` (`/<site>/quan-ly`,
    /// with its query), printable ASCII only (everything else percent-encoded), no `//`, backslash or
    /// `..`, none of `.`, `/` or `\` percent-encoded either, however many times (`%2e%2e`,
    /// `%252e%252e`: a browser resolves `%2e%2e` as `..`), at most 1,000 characters, and not the
    /// sign-in or sign-out itself; nil otherwise (the console then), so a link made elsewhere
    /// cannot send a browser off the site, or out of the plan's console, after sign-in.
    static func returnPath(_ text: String?, site: String) -> String? {
        guard let text, text.utf8.count <= 1_000,
            text.utf8.allSatisfy({ (0x21...0x7E).contains($0) && $0 != 0x5C }),
            !text.contains("//"), !text.contains(".."), !hidesPathCharacters(text)
        else { return nil }
        let console = "/\(site)/quan-ly"
        guard text.hasPrefix(console) else { return nil }
        let rest = text.dropFirst(console.count)
        guard rest.isEmpty || rest.hasPrefix("/") || rest.hasPrefix("?") else { return nil }
        for ending in ["/dang-nhap", "/dang-xuat"] where rest.hasPrefix(ending) { return nil }
        return text
    }

    /// Whether `text`, percent-decoded once or more, holds a `.`, `/` or `\` written
    /// percent-encoded (`%2e`, `%2F`, `%5c`, `%252e` ...), `..`, `//` or a backslash, or cannot be
    /// decoded: what a check of the text as written does not see. A return path holding one is
    /// not followed (signing in opens the console).
    static func hidesPathCharacters(_ text: String) -> Bool {
        var current = text
        // Each round removes one layer of `%25`; 1,000 characters hold at most a few hundred.
        while current.contains("%") {
            let lowered = current.lowercased()
            if ["%2e", "%2f", "%5c"].contains(where: lowered.contains) { return true }
            guard let decoded = current.removingPercentEncoding else { return true }
            if decoded.contains("..") || decoded.contains("//") || decoded.contains("\\") { return true }
            if decoded == current { return false }
            current = decoded
        }
        return false
    }

    /// The anchor of a booth in the booth index.
    static func boothAnchor(_ booth: String) -> String { "gian-" + encode(booth) }

    /// Percent-encodes everything but unreserved characters (RFC 3986).
    static func encode(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x5F, 0x7E:
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                result.unicodeScalars.append("%")
                result.unicodeScalars.append(hex[Int(byte >> 4)])
                result.unicodeScalars.append(hex[Int(byte & 0x0F)])
            }
        }
        return result
    }
}
