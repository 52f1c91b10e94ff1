/// A province as written on a registration, with the 2025 unit it resolves to.
///
/// Lists still arrive with pre-2025 names ("Bình Dương", "Sóc Trăng"): the reference keeps the
/// name exactly as written and the code of the provincial unit it belongs to now. A name that
/// cannot be resolved keeps `code == nil`, and validation reports it.
public struct ProvinceReference: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The name as written (NFC).
    public let written: String
    /// The 2025 unit's code, when the name resolved.
    public let code: ProvinceCode?
    /// The pre-2025 province named, when the text named a former province that merged.
    public let formerCode: ProvinceCode?

    /// Resolves a written name through the forgiving look-up.
    public init(_ written: String) {
        let normalized = VietnameseText.normalized(written)
        self.written = normalized
        if let match = ProvinceDirectory.resolve(normalized) {
            code = match.province.code
            formerCode = match.former?.code
        } else {
            code = nil
            formerCode = nil
        }
    }

    /// A reference to a 2025 unit by its official name.
    public init(_ province: Province) {
        written = province.name
        code = province.code
        formerCode = nil
    }

    /// The 2025 unit, when the name resolved.
    public var province: Province? {
        code.flatMap { ProvinceDirectory.province(code: $0) }
    }

    /// The official 2025 name, or the name as written when it did not resolve.
    public var officialName: String { province?.name ?? written }

    /// The official name, followed by the name as written when that named a former province, in
    /// `language`: `Cần Thơ (Sóc Trăng cũ)`, `Cần Thơ (formerly Sóc Trăng)`.
    public func text(_ language: Language) -> String {
        guard let province else { return written }
        guard formerCode != nil else { return province.name }
        return PlanningMessage.formerProvince(current: province.name, former: written).text(language)
    }

    /// The official name, followed by the name as written when that named a former province:
    /// `Cần Thơ (Sóc Trăng cũ)`.
    public var description: String { text(.vietnamese) }
}
