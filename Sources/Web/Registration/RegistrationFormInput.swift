import Interchange
import Planning

/// The registration form as posted: the values of its fields by name, and how many product and
/// delegate entries it offered.
///
/// Field names are a part's prefix and the template field's name: `o.organisationName` for the
/// organisation, `p2.productName` for the third product entry, `d0.fullName` for the first
/// delegate, `b.boothsWanted` for the booth request.
struct RegistrationFormInput: Sendable {
    /// The organisation's fields on the form (every field of the template's sheet).
    static let organisationFields = RegistrationSheetKind.organisations.fields
    /// A product's fields (the owner is the organisation).
    static let productFields = RegistrationSheetKind.products.fields.filter { $0 != .productOwner }
    /// A delegate's fields (the organisation and unit are the organisation).
    static let delegateFields = RegistrationSheetKind.delegates.fields.filter {
        $0 != .delegateOrganisation && $0 != .unit
    }
    /// The booth request's fields (the organisation is the one registering; clusters are the
    /// organisers' to set).
    static let boothFields = RegistrationSheetKind.boothRequests.fields.filter {
        $0 != .partyProvince && $0 != .partyOrganisation && $0 != .partyCluster
    }
    /// The most product or delegate entries a form offers.
    static let slotLimit = 30
    /// The entries offered on a new form.
    static let defaultSlots = 2
    /// The hidden field counting the product entries.
    static let productSlotsField = "so-san-pham"
    /// The hidden field counting the delegate entries.
    static let delegateSlotsField = "so-dai-bieu"

    /// The values posted, by field name.
    let values: [String: String]
    /// The product entries offered.
    let productSlots: Int
    /// The delegate entries offered.
    let delegateSlots: Int

    /// A form with `values`, offering the entries they count (within 1 and ``slotLimit``).
    init(values: [String: String]) {
        self.values = values
        productSlots = Self.slots(values[Self.productSlotsField])
        delegateSlots = Self.slots(values[Self.delegateSlotsField])
    }

    /// An empty form offering `products` and `delegates` entries (as a query asks, within limits).
    init(products: String?, delegates: String?) {
        values = [:]
        productSlots = Self.slots(products)
        delegateSlots = Self.slots(delegates)
    }

    /// The action (`hanh-dong`) of the button asking for more product entries.
    static let moreProductsAction = "them-san-pham"
    /// The action of the button asking for more delegate entries.
    static let moreDelegatesAction = "them-dai-bieu"
    /// How many entries such a button adds.
    static let moreSlots = 3

    /// The same form asked again with more entries, when `action` is one of the «more entries»
    /// buttons: what was typed kept, three more product or delegate entries (within
    /// ``slotLimit``); nil for any other action.
    func withMoreEntries(for action: String?) -> RegistrationFormInput? {
        var values = self.values
        switch action {
        case Self.moreProductsAction:
            values[Self.productSlotsField] = String(min(productSlots + Self.moreSlots, Self.slotLimit))
        case Self.moreDelegatesAction:
            values[Self.delegateSlotsField] = String(min(delegateSlots + Self.moreSlots, Self.slotLimit))
        default: return nil
        }
        return RegistrationFormInput(values: values)
    }

    /// A count of entries as written, within 1 and ``slotLimit`` (the default when unreadable).
    static func slots(_ text: String?) -> Int {
        guard let text, let count = Int(text) else { return defaultSlots }
        return min(max(count, 1), slotLimit)
    }

    /// The name of `field` in the part `prefix`.
    static func name(_ prefix: String, _ field: RegistrationField) -> String {
        "\(prefix).\(field.rawValue)"
    }

    /// The value posted for `field` in the part `prefix`, empty when none.
    func value(_ prefix: String, _ field: RegistrationField) -> String {
        values[Self.name(prefix, field)] ?? ""
    }

    /// The form to check, and for each product and delegate it holds the entry it came from
    /// (blank entries are left out).
    func form() -> (form: RegistrationForm, productSlots: [Int], delegateSlots: [Int]) {
        func part(_ prefix: String, _ fields: [RegistrationField]) -> [RegistrationField: String] {
            var part: [RegistrationField: String] = [:]
            for field in fields {
                let value = value(prefix, field)
                if !value.isEmpty { part[field] = value }
            }
            return part
        }
        func isBlank(_ part: [RegistrationField: String]) -> Bool {
            part.values.allSatisfy { $0.allSatisfy(\.isWhitespace) }
        }
        var products: [[RegistrationField: String]] = []
        var productSlots: [Int] = []
        for slot in 0..<self.productSlots {
            let entry = part("p\(slot)", Self.productFields)
            if !isBlank(entry) {
                products.append(entry)
                productSlots.append(slot)
            }
        }
        var delegates: [[RegistrationField: String]] = []
        var delegateSlots: [Int] = []
        for slot in 0..<self.delegateSlots {
            let entry = part("d\(slot)", Self.delegateFields)
            if !isBlank(entry) {
                delegates.append(entry)
                delegateSlots.append(slot)
            }
        }
        let booth = part("b", Self.boothFields)
        let wantsBooth = !(booth[.boothsWanted] ?? "").allSatisfy(\.isWhitespace)
        let form = RegistrationForm(
            organisation: part("o", Self.organisationFields), products: products, delegates: delegates,
            boothRequest: wantsBooth ? booth : nil)
        return (form, productSlots, delegateSlots)
    }
}
