import MultipartKit
import NIOCore

extension FormBody {
    /// The fields of a `multipart/form-data` body with `boundary`, read with the limits of an
    /// `application/x-www-form-urlencoded` one (at most ``fieldLimit`` fields, names of at most
    /// 100 bytes, values of at most ``valueLimit`` characters, UTF-8 only); nil when it is not
    /// well-formed within them (its closing delimiter included), or when it carries a file (the
    /// forms read this way take none).
    init?(multipart body: ByteBuffer, boundary: String) {
        var values: [String: String] = [:]
        var headers: [String: String] = [:]
        var current: [UInt8] = []
        var count = 0
        var refused = false
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in headers[name.lowercased()] = value }
        parser.onBody = { buffer in
            guard !refused else { return }
            current += buffer.readBytes(length: buffer.readableBytes) ?? []
            // A value's characters take at most four bytes each.
            if current.count > Self.valueLimit * 4 { refused = true }
        }
        parser.onPartComplete = {
            defer {
                headers = [:]
                current = []
            }
            guard !refused else { return }
            count += 1
            let disposition = UploadForm.parameters(headers["content-disposition"] ?? "")
            guard count <= Self.fieldLimit, disposition["filename"] == nil, let name = disposition["name"],
                !name.isEmpty, name.utf8.count <= 100,
                let value = String(validating: current, as: UTF8.self), value.count <= Self.valueLimit
            else {
                refused = true
                return
            }
            values[name] = value
        }
        do {
            try parser.execute(body)
        } catch {
            return nil
        }
        // A body without its closing delimiter (`--boundary--`) is cut short, or not multipart.
        let closing = Array("--\(boundary)--".utf8)
        guard !refused, Array(body.readableBytesView).firstRange(of: closing) != nil else { return nil }
        self.values = values
    }
}
