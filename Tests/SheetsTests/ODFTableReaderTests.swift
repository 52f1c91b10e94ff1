import Testing

@testable import Sheets

/// The ODF table reader's white-space fast path.
@Suite struct ODFTableReaderTests {
    @Test func textIsTakenAsItIsOnlyWhenWhiteSpaceRulesLeaveItUnchanged() {
        #expect(ODFTableReader.isCollapsed("Nguyễn Văn An", afterSpace: true))
        #expect(ODFTableReader.isCollapsed(" sau", afterSpace: false))
        #expect(!ODFTableReader.isCollapsed(" đầu", afterSpace: true))
        #expect(!ODFTableReader.isCollapsed("cuối ", afterSpace: false))
        #expect(!ODFTableReader.isCollapsed("a  b", afterSpace: false))
        for separator in ["\t", "\n", "\r"] {
            #expect(!ODFTableReader.isCollapsed("a\(separator)b", afterSpace: false))
        }
        #expect(!ODFTableReader.isCollapsed("", afterSpace: false))
    }
}
