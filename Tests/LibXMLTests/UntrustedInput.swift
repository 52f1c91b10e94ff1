import LibXML

/// Hostile or broken inputs that every parser must refuse with a `LibXMLError`.
enum UntrustedInput: String, CaseIterable, Sendable, CustomStringConvertible {
    case externalEntity
    case parameterEntity
    case externalDocumentType
    case billionLaughs
    case malformedUTF8
    case truncated
    case empty
    case whitespaceOnly

    var description: String { rawValue }

    /// `file://` URL of the fixture holding the secret marker.
    static var secretURL: String { "file://" + Fixtures.path("secret.txt") }

    var bytes: [UInt8] {
        switch self {
        case .externalEntity:
            return Array(
                """
                <?xml version="1.0"?>
                <!DOCTYPE venue [<!ENTITY secret SYSTEM "\(Self.secretURL)">]>
                <venue name="&secret;">&secret;</venue>
                """.utf8
            )
        case .parameterEntity:
            return Array(
                """
                <?xml version="1.0"?>
                <!DOCTYPE venue [<!ENTITY % secret SYSTEM "\(Self.secretURL)"> %secret;]>
                <venue/>
                """.utf8
            )
        case .externalDocumentType:
            return Array(
                "<?xml version=\"1.0\"?>\n<!DOCTYPE venue SYSTEM \"\(Self.secretURL)\">\n<venue/>".utf8)
        case .billionLaughs:
            var entities = "<!ENTITY lol0 \"lol\">\n"
            for level in 1...9 {
                entities +=
                    "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n"
            }
            return Array("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n\(entities)]>\n<lolz>&lol9;</lolz>".utf8)
        case .malformedUTF8:
            return Array("<venue>Đồng ".utf8) + [0xC3, 0x28, 0xFF] + Array("</venue>".utf8)
        case .truncated:
            return Array("<?xml version=\"1.0\"?>\n<venue>\n  <room code=\"A1\">\n    <name>Đồng".utf8)
        case .empty:
            return []
        case .whitespaceOnly:
            return Array(" \n\t\r\n".utf8)
        }
    }

    /// Whether the input has a DOCTYPE (refused as such by default, as entities when allowed).
    var hasDocumentType: Bool {
        [.externalEntity, .parameterEntity, .externalDocumentType, .billionLaughs].contains(self)
    }

    /// Whether the input declares entities.
    var declaresEntities: Bool {
        [.externalEntity, .parameterEntity, .billionLaughs].contains(self)
    }
}
