/// One of the 63 provinces in force before 1 July 2025, and the 2025 unit it became part of.
public struct FormerProvince: Hashable, Codable, Sendable, Identifiable {
    /// The province's code in the pre-2025 scheme.
    public let code: ProvinceCode
    /// The official name as it was, for example "Bà Rịa - Vũng Tàu", "Hoà Bình".
    public let name: String
    /// The name without diacritics, for example "Ba Ria - Vung Tau".
    public let asciiName: String
    /// Province or centrally governed city.
    public let kind: ProvinceKind
    /// The code (2025 scheme) of the unit the province became part of.
    public let successorCode: ProvinceCode
    /// The number of district-level units in March 2025, before districts were abolished.
    public let districtLevelUnits: Int

    /// The province's identity: its code.
    public var id: ProvinceCode {
        code
    }

    /// The 2025 unit the province became part of.
    public var successor: Province {
        guard let province = ProvinceDirectory.province(code: successorCode) else {
            preconditionFailure("Reference data: no 2025 unit with code \(successorCode)")
        }
        return province
    }
}
