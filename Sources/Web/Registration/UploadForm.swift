import Foundation
import MultipartKit
import NIOCore

/// A `multipart/form-data` post of the upload form, read with limits: the anti-forgery field and
/// one file (its name as the browser gave it, without any folder, and its bytes). Parts other
/// than these are ignored; at most ``partLimit`` parts.
struct UploadForm: Sendable {
    /// The most parts a post may have.
    static let partLimit = 16
    /// The file field's name.
    static let fileField = "tep"

    /// The anti-forgery field.
    let csrf: String?
    /// The file's name (last path component, at most 120 characters, not starting with a dot), nil
    /// when no usable file name was sent.
    let fileName: String?
    /// The file's bytes.
    let bytes: [UInt8]

    /// The boundary of a `multipart/form-data` content type, nil for any other type.
    static func boundary(of contentType: String?) -> String? {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map {
                $0.trimmingCharacters(in: [" ", "\t", "\""])
            }
            if pair.count == 2, pair[0].lowercased() == "boundary", !pair[1].isEmpty, pair[1].utf8.count <= 70
            {
                return pair[1]
            }
        }
        return nil
    }

    /// The form of `body` with `boundary`, nil when it is not well-formed within the limits.
    init?(_ body: ByteBuffer, boundary: String) {
        var parts: [(headers: [String: String], body: [UInt8])] = []
        var headers: [String: String] = [:]
        var current: [UInt8] = []
        var tooMany = false
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in headers[name.lowercased()] = value }
        parser.onBody = { buffer in current += buffer.readBytes(length: buffer.readableBytes) ?? [] }
        parser.onPartComplete = {
            if parts.count < Self.partLimit { parts.append((headers, current)) } else { tooMany = true }
            headers = [:]
            current = []
        }
        do {
            try parser.execute(body)
        } catch {
            return nil
        }
        guard !tooMany else { return nil }
        var csrf: String?
        var fileName: String?
        var bytes: [UInt8] = []
        for part in parts {
            let disposition = Self.parameters(part.headers["content-disposition"] ?? "")
            switch disposition["name"] {
            case CSRFToken.fieldName: csrf = String(decoding: part.body.prefix(100), as: UTF8.self)
            case Self.fileField:
                guard let name = disposition["filename"] else { continue }
                let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
                fileName =
                    last.isEmpty || last.hasPrefix(".") || last.utf8.contains(0)
                    ? nil : String(last.prefix(120))
                bytes = part.body
            default: continue
            }
        }
        self.csrf = csrf
        self.fileName = fileName
        self.bytes = bytes
    }

    /// The parameters of a `Content-Disposition` value (`form-data; name="tep"; filename="a.xlsx"`).
    static func parameters(_ value: String) -> [String: String] {
        var result: [String: String] = [:]
        for parameter in value.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            let name = pair[0].trimmingCharacters(in: .whitespaces).lowercased()
            var text = pair[1].trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("\""), text.hasSuffix("\""), text.count >= 2 {
                text = String(text.dropFirst().dropLast())
            }
            result[name] = text
        }
        return result
    }
}
