import DanVanText

/// Sentences of the commands about the shared store that both executables say (moved from
/// DanVanTasksPostgres, which `danvan` does not link).
public extension Msg {
    static let sharedPlanCityNeedsServer = "--city chỉ dùng với kho dùng chung trên PostgreSQL (--store postgresql://…)."
    static func sharedPlanImported(commune: String?) -> String {
        if let commune { return "Đã lưu vào kho dùng chung cho \(commune): mọi cán bộ của xã thấy kế hoạch ở câu hỏi tiếp theo." }
        return "Đã lưu vào kho dùng chung cho cả thành phố: cán bộ của mọi xã thấy kế hoạch ở câu hỏi tiếp theo."
    }
    static let pgMigrateNeedsSQLite = "Kho nguồn phải là tệp SQLite (--store), còn --to là địa chỉ postgresql://."
}
