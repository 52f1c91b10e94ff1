/// What the store throws: the plan file cannot be opened, read or changed.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The plan file was written by a newer FairPlan (file's schema version, newest known).
    case newerSchema(path: String, found: Int, supported: Int)

    /// A readable account of the error.
    public var description: String {
        switch self {
        case .newerSchema(let path, let found, let supported):
            "\(path): tệp kế hoạch do phiên bản FairPlan mới hơn tạo (lược đồ \(found), phiên bản này hỗ trợ đến \(supported)). Hãy cập nhật FairPlan."
        }
    }
}
