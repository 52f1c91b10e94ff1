import Planning

extension EditingMessage {
    /// The Vietnamese wording.
    var vietnameseText: String {
        let vi = Language.vietnamese
        switch self {
        case .error(let error):
            switch error {
            case .identifierCannotChange(let kind, let id, let asked):
                return
                    "Không đổi được mã nhận diện của \(kind.noun(vi)) «\(id)» thành «\(asked)»: mã nhận diện "
                    + "cố định vì danh sách, phiên bản đã công bố và nhật ký đều dùng nó. Nếu thật sự cần mã khác, "
                    + "hãy đăng ký mục mới với mã đó rồi xóa mục cũ bằng `fairplan remove`."
            case .nothingToChange(let kind, let name, let id):
                return
                    "Không có gì thay đổi ở \(kind.noun(vi)) «\(name)» (mã \(id)): chưa ghi thông tin nào cần "
                    + "sửa, hoặc giá trị ghi vào trùng với giá trị đang lưu."
            case .cannotClear(let kind, let written, let clearable):
                return "--clear «\(written)»: không phải thông tin có thể xóa của \(kind.noun(vi)); "
                    + "xóa được: \(Self.options(clearable))."
            case .setAndCleared(let field):
                return "\(field.written) vừa được ghi giá trị mới vừa được xóa bằng --clear; hãy chọn một."
            case .dependentsExist(let target, let dependents):
                return "Không xóa \(target.kind.noun(vi)) «\(target.name)» (mã \(target.id)) vì còn "
                    + "\(dependents.count) mục phụ thuộc:\n"
                    + dependents.map { EditingMessage.dependent($0).vietnameseText }.joined(separator: "\n")
                    + "\nHãy sửa hoặc xóa các mục này trước, hoặc dùng --cascade: mục không đứng riêng được "
                    + "(sản phẩm, đơn vị tham gia, người đại diện của tổ chức) bị xóa cùng, các mục khác chỉ bỏ "
                    + "tham chiếu."
            case .notRemovable(let kind):
                return
                    "Không xóa \(kind.noun(vi)) bằng `fairplan remove`: chỉ xóa được tổ chức, sản phẩm, người, "
                    + "đơn vị tham gia, điểm cầu và phiên."
            }
        case .edited(let kind, let name, let id, let fields):
            return "Đã sửa \(kind.noun(vi)) «\(name)» (mã \(id)): \(Self.options(fields))."
        case .productsLeftWithSharer(let names):
            return "Bỏ khỏi danh sách trưng bày vì tổ chức của chúng không còn dùng chung gian: "
                + names.map { "«\($0)»" }.joined(separator: ", ") + "."
        case .removed(let label):
            return "Đã xóa \(label.kind.noun(vi)) «\(label.name)» (mã \(label.id))."
        case .willRemove(let label):
            return "Sẽ xóa \(label.kind.noun(vi)) «\(label.name)» (mã \(label.id))."
        case .removedWith(let kind, let labels):
            return "Xóa cùng \(labels.count) \(kind.noun(vi)): "
                + labels.map { "\($0.name) (mã \($0.id))" }.joined(separator: "; ") + "."
        case .detachedHeading:
            return "Giữ lại, chỉ bỏ tham chiếu:"
        case .detached(let dependent):
            return
                "  – \(Self.label(dependent.entity)): \(Self.dropped(dependent.reason, on: dependent.on.name))"
        case .dependent(let dependent):
            return
                "  – \(Self.label(dependent.entity)): \(Self.reason(dependent.reason, on: dependent.on.name))"
        }
    }

    /// An entity as listed: `kind «name» (mã id)`.
    private static func label(_ label: EntityLabel) -> String {
        "\(label.kind.noun(.vietnamese)) «\(label.name)» (mã \(label.id))"
    }

    /// Options as typed on the command line: `--name, --address`.
    private static func options(_ fields: [InputField]) -> String {
        fields.map { $0.written }.joined(separator: ", ")
    }

    /// How a dependent refers to the entity named `on`.
    private static func reason(_ reason: Dependency.Reason, on name: String) -> String {
        switch reason {
        case .ownedProduct: "sản phẩm của «\(name)»"
        case .exhibitor: "tham gia với tư cách «\(name)»"
        case .representative: "đại diện cho «\(name)»"
        case .sharesBooths: "dùng chung gian với «\(name)»"
        case .unionMember: "có «\(name)» là thành viên"
        case .showsProduct: "trưng bày «\(name)»"
        case .chairsPoint: "do «\(name)» chủ trì"
        case .takesPart: "có «\(name)» tham gia"
        case .attendsAtPoint: "dự tại «\(name)»"
        case .linkedToPoint: "nối với «\(name)»"
        case .followsSession: "diễn ra sau «\(name)»"
        }
    }

    /// What dropping the reference to the entity named `on` did.
    private static func dropped(_ reason: Dependency.Reason, on name: String) -> String {
        switch reason {
        case .ownedProduct, .exhibitor, .representative: "xóa cùng «\(name)»"
        case .sharesBooths: "bỏ «\(name)» khỏi các tổ chức cùng gian"
        case .unionMember: "bỏ «\(name)» khỏi danh sách thành viên"
        case .showsProduct: "bỏ «\(name)» khỏi sản phẩm trưng bày"
        case .chairsPoint: "không còn người chủ trì (trước đây là «\(name)»)"
        case .takesPart: "bỏ «\(name)» khỏi người tham gia"
        case .attendsAtPoint: "chuyển từ «\(name)» sang dự trực tiếp"
        case .linkedToPoint: "bỏ nối với «\(name)»"
        case .followsSession: "bỏ điều kiện diễn ra sau «\(name)»"
        }
    }
}
