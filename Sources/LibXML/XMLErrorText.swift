/// libxml2's parser messages in Vietnamese, for messages that quote why a file is not well-formed
/// XML: an organiser reading Vietnamese sees «thẻ đóng «</b>» không khớp thẻ mở «<a>» ở dòng 3»,
/// not «Opening and ending tag mismatch: a line 3 and b».
///
/// The messages are libxml2's (2.9 to 2.14) as ``XMLDiagnostic/message`` keeps them, on one line.
/// Only the wording changes: the names and numbers libxml2 quotes are kept, and a message with no
/// known wording is returned as it is.
public enum XMLErrorText {
    /// `message` in Vietnamese when its wording is known, else `message` itself.
    public static func vietnamese(_ message: String) -> String {
        for rule in rules {
            guard let match = message.wholeMatch(of: rule.pattern) else { continue }
            let captures = (0..<match.output.count).map { index in
                match.output[index].substring.map(String.init) ?? ""
            }
            return Self.fill(rule.template, with: captures)
        }
        return message
    }

    /// `template` with `$N` replaced by capture N and `$xN` by capture N (a decimal number) in
    /// hexadecimal, in one pass, so a captured text holding `$1` is kept as it is.
    static func fill(_ template: String, with captures: [String]) -> String {
        var result = ""
        var rest = template[...]
        while let dollar = rest.firstIndex(of: "$") {
            result += rest[..<dollar]
            var after = rest.index(after: dollar)
            let hexadecimal = after < rest.endIndex && rest[after] == "x"
            if hexadecimal { after = rest.index(after: after) }
            if after < rest.endIndex, let digit = rest[after].wholeNumberValue,
                captures.indices.contains(digit),
                digit > 0
            {
                let captured = captures[digit]
                result +=
                    hexadecimal
                    ? Int(captured).map { "0x" + String($0, radix: 16, uppercase: true) } ?? captured
                    : captured
                rest = rest[rest.index(after: after)...]
            } else {
                result += "$"
                rest = rest[rest.index(after: dollar)...]
            }
        }
        return result + rest
    }

    /// One known message: its pattern (a whole message) and its Vietnamese, with `$1`, `$2`, …
    /// standing for the pattern's captures (`$x1`: the first, a decimal number, in hexadecimal).
    struct Rule: @unchecked Sendable {
        /// The whole message.
        let pattern: Regex<AnyRegexOutput>
        /// The Vietnamese wording.
        let template: String
    }

    /// The rules, most specific first; a pattern that does not compile is left out.
    static let rules: [Rule] = wordings.compactMap { pattern, template in
        (try? Regex(pattern)).map { Rule(pattern: $0, template: template) }
    }

    /// libxml2's messages (as patterns) and their Vietnamese.
    static let wordings: [(String, String)] = [
        ("Document is empty", "tài liệu rỗng"),
        (
            "The content is not XML: it holds bytes that are not text \\(a damaged or binary file\\)",
            "nội dung không phải XML: tệp chứa các byte không phải chữ (tệp hỏng hoặc là tệp nhị phân)"
        ),
        (
            "DOCTYPE declarations are not allowed",
            "tệp có khai báo DOCTYPE, không được phép (FairPlan không đọc DTD)"
        ),
        (
            #"entity declarations are not allowed \(entity '(.*)'\)"#,
            "tệp khai báo thực thể «$1», không được phép"
        ),
        (#"Double hyphen within comment.*"#, "chú thích «<!-- … -->» không được chứa «--»"),
        (#"Unsupported version '(.*)'"#, "phiên bản XML «$1» không được hỗ trợ (hãy ghi version=\"1.0\")"),
        (#"ParsePI: PI (\S+) never end.*"#, "chỉ thị «<?$1» chưa được đóng bằng «?>»"),
        (
            #"Document labelled (\S+) but has UTF-8 content"#,
            "tệp khai báo bảng mã $1 nhưng nội dung là UTF-8 (hãy ghi encoding=\"UTF-8\")"
        ),
        (
            #"input conversion failed due to input error, bytes (.*)"#,
            "nội dung không đúng bảng mã khai báo ở encoding=\"…\" (các byte lỗi: $1); hãy lưu tệp dạng UTF-8"
        ),
        ("String not started expecting ' or \"", "giá trị phải đặt trong dấu nháy \" hoặc '"),
        ("AttValue: ' expected", "giá trị thuộc tính chưa được đóng bằng dấu nháy"),
        ("AttValue: \" expected", "giá trị thuộc tính chưa được đóng bằng dấu nháy"),
        ("error parsing attribute name", "tên thuộc tính viết sai"),
        ("standalone accepts only 'yes' or 'no'", "standalone chỉ nhận «yes» hoặc «no»"),
        ("Malformed declaration expecting version", "khai báo «<?xml» thiếu version"),
        (#"(\S+): Empty XML namespace is not allowed"#, "«$1»: không gian tên rỗng không được phép"),
        ("Start tag expected, '<' not found", "không thấy thẻ mở đầu «<…>»: nội dung này không phải XML"),
        ("Extra content at the end of the document", "còn nội dung sau khi phần tử gốc đã đóng"),
        (
            #"Opening and ending tag mismatch: (\S+) line (\d+) and (\S+)"#,
            "thẻ đóng tên «$3» không khớp thẻ mở tên «$1» (dòng $2)"
        ),
        (
            #"Premature end of data in tag (\S+) line (\d+)"#,
            "tệp hết khi thẻ tên «$1» (dòng $2) chưa được đóng"
        ),
        (#"Couldn't find end of Start Tag (\S+) line (\d+)"#, "thẻ tên «$1» (dòng $2) không được viết hết"),
        (#"Couldn't find end of Start Tag (\S+)"#, "thẻ tên «$1» không được viết hết"),
        ("attributes construct error", "thuộc tính viết sai (cần dạng tên=\"giá trị\")"),
        (
            "Unescaped '<' not allowed in attributes values",
            "không được ghi «<» trong giá trị thuộc tính (hãy ghi «&lt;»)"
        ),
        ("AttValue: \" or ' expected", "giá trị thuộc tính phải đặt trong dấu nháy \" hoặc '"),
        (#"Specification mandates value for attribute (\S+)"#, "thuộc tính «$1» thiếu giá trị"),
        (#"Attribute (\S+) redefined"#, "thuộc tính «$1» được ghi hai lần trong một thẻ"),
        ("Comment not terminated", "chú thích «<!--» chưa được đóng bằng «-->»"),
        (#"Comment not terminated .*"#, "chú thích «<!--» chưa được đóng bằng «-->»"),
        ("StartTag: invalid element name", "tên phần tử không hợp lệ sau «<»"),
        ("EndTag: '</' not found", "không thấy thẻ đóng «</…>»"),
        ("expected '>'", "thiếu «>» ở cuối thẻ"),
        ("Sequence ']]>' not allowed in content", "không được ghi «]]>» trong nội dung"),
        (
            "XML declaration allowed only at the start of the document",
            "khai báo «<?xml … ?>» chỉ được đặt ở đầu tệp"
        ),
        (#"CData section not finished.*"#, "đoạn «<![CDATA[» chưa được đóng bằng «]]>»"),
        (
            #"xmlParseCharRef: invalid xmlChar value (\d+)"#,
            "tham chiếu ký tự «&#…;» chỉ tới mã $x1, không phải ký tự XML"
        ),
        ("CharRef: invalid hexadecimal value", "tham chiếu ký tự «&#x…;» có số thập lục phân sai"),
        ("CharRef: invalid decimal value", "tham chiếu ký tự «&#…;» có số thập phân sai"),
        (#"PCDATA invalid Char value (\d+)"#, "ký tự mã $x1 không được phép trong XML"),
        (#"Char 0x(\w+) out of allowed range"#, "ký tự mã 0x$1 không được phép trong XML"),
        ("invalid character in attribute value", "giá trị thuộc tính có ký tự không được phép"),
        (
            #"Input is not proper UTF-8, indicate encoding ! ?(?:Bytes: )?(.*)"#,
            "tệp không phải UTF-8 hợp lệ (hãy lưu tệp dạng UTF-8; các byte lỗi: $1)"
        ),
        (#"Unsupported encoding (\S+)"#, "bảng mã «$1» không được hỗ trợ (hãy dùng UTF-8)"),
        (#"Failed to parse QName '(.*)'"#, "tên «$1» không hợp lệ"),
        (
            #"Namespace prefix (\S+) on (\S+) is not defined"#,
            "tiền tố «$1» của «$2» chưa được khai báo (xmlns:$1)"
        ),
        (
            #"Namespace prefix (\S+) for (\S+) on (\S+) is not defined"#,
            "tiền tố «$1» của «$2» trên «$3» chưa được khai báo"
        ),
        (#"Entity '(.*)' not defined"#, "thực thể «&$1;» chưa được định nghĩa (ký tự & hãy ghi «&amp;»)"),
        ("xmlParseEntityRef: no name", "ký tự «&» đứng riêng (hãy ghi «&amp;»)"),
        ("EntityRef: expecting ';'", "tham chiếu thực thể thiếu «;» (ký tự & hãy ghi «&amp;»)"),
        ("String not closed expecting \" or '", "chuỗi chưa được đóng bằng dấu nháy"),
        ("parsing XML declaration: '\\?>' expected", "khai báo «<?xml» thiếu «?>»"),
        ("Blank needed here", "cần một khoảng trắng ở chỗ này"),
        (#"Excessive depth in document: (\d+) use XML_PARSE_HUGE option"#, "tài liệu lồng quá sâu ($1 mức)"),
        ("Detected an entity reference loop", "tham chiếu thực thể lặp vòng"),
        (#"internal error: (.*)"#, "lỗi bên trong thư viện XML: $1"),
        // RelaxNG validation (a venue file against its schema).
        (#"Type nonNegativeInteger doesn't allow value '(.*)'"#, "«$1» không phải số nguyên từ 0 trở lên"),
        (#"Type positiveInteger doesn't allow value '(.*)'"#, "«$1» không phải số nguyên dương"),
        (#"Type integer doesn't allow value '(.*)'"#, "«$1» không phải số nguyên"),
        (#"Type decimal doesn't allow value '(.*)'"#, "«$1» không phải số (phần thập phân sau dấu chấm)"),
        (#"Type boolean doesn't allow value '(.*)'"#, "«$1» không phải true hoặc false"),
        (
            #"Type NCName doesn't allow value '(.*)'"#,
            "«$1» không dùng được làm mã (chỉ chữ, số, «-», «_», «.»)"
        ),
        (#"Type (\S+) doesn't allow value '(.*)'"#, "«$2» không đúng kiểu $1"),
        (
            #"Element (\S+) failed to validate attributes"#,
            "thẻ «$1» có thuộc tính sai hoặc thiếu thuộc tính bắt buộc"
        ),
        (#"Invalid attribute (\S+) for element (\S+)"#, "thuộc tính «$1» của thẻ «$2» không hợp lệ"),
        (#"Expecting element (\S+), got (\S+)"#, "cần thẻ «$1» ở chỗ này, gặp thẻ «$2»"),
        (#"Did not expect element (\S+) there"#, "không được có thẻ «$1» ở chỗ này"),
        (#"Element (\S+) has extra content: (.*)"#, "thẻ «$1» có nội dung thừa: $2"),
        (#"Expecting a namespace for element (\S+)"#, "thẻ «$1» thiếu không gian tên (xmlns) của tệp"),
        (#"Expecting no namespace for element (\S+)"#, "thẻ «$1» không được có không gian tên"),
        (#"Element (\S+) has wrong namespace: expecting (\S+)"#, "thẻ «$1» sai không gian tên: cần $2"),
        (#"Element (\S+) failed to validate content"#, "nội dung của thẻ «$1» không đúng cấu trúc"),
        (#"Expecting an element (\S+), got nothing"#, "thiếu thẻ «$1»"),
        ("Expecting an element got text", "cần một thẻ ở chỗ này, gặp văn bản"),
        (#"Did not expect text in element (\S+) content"#, "thẻ «$1» không được chứa văn bản"),
        (#"Expecting element (\S+) to be empty"#, "thẻ «$1» phải rỗng"),
        (#"Extra element (\S+) in interleave"#, "thẻ «$1» thừa hoặc lặp lại"),
        ("Invalid sequence in interleave", "các thẻ con không đúng thứ tự hoặc số lượng"),
        (#"Error validating value (.*)"#, "giá trị không hợp lệ: $1"),
        ("Error validating value", "giá trị không hợp lệ"),
        (#"Error validating datatype (\S+)"#, "giá trị không đúng kiểu $1"),
        (#"Extra data in list: (.*)"#, "danh sách có dữ liệu thừa: $1"),
    ]
}
