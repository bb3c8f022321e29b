import DanVanText

/// Sentences of the plan library shared on PostgreSQL (module DanVanTasksPostgres).
extension Msg {
    public static func sharedPlanCityNeedsAdministrator(_ role: String) -> String {
        "Chỉ quản trị viên kho dùng chung mới nhập được kế hoạch chung của thành phố (--city); “\(role)” là cán bộ của một xã: "
            + "bỏ --city để nhập kế hoạch cho xã mình."
    }
    public static func sharedPlanNoCommune(_ role: String) -> String {
        "“\(role)” là quản trị viên, không thuộc xã nào: thêm --city để nhập kế hoạch chung cho mọi xã của thành phố."
    }
    public static func sharedPlanBadID(_ id: String) -> String {
        "Mã kế hoạch “\(id)” không dùng được trong kho dùng chung (chỉ chữ không dấu, số, dấu chấm, gạch ngang)."
    }
    public static func sharedPlanRefused(_ role: String) -> String {
        "Máy chủ không cho “\(role)” thay đổi kế hoạch này (chỉ sửa, xóa được kế hoạch của xã mình); không có gì thay đổi."
    }
    public static func sharedPlanNotFound(_ reference: String) -> String {
        "Kho dùng chung không có kế hoạch “\(reference)” mà bạn được xóa (kế hoạch chung của thành phố chỉ quản trị viên xóa được)."
    }
    public static func sharedPlanAmbiguous(_ reference: String, candidates: [String]) -> String {
        "Có nhiều kế hoạch số “\(reference)” trong kho dùng chung: \(candidates.joined(separator: ", ")). Hãy ghi mã kế hoạch."
    }
}
