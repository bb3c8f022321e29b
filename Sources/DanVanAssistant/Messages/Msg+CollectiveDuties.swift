import DanVanText

public extension Msg {
    /// Heading of the duties a plan gives a group the asked unit belongs to ("các Sở, ban, ngành").
    static func collectiveDuties(_ group: String) -> String {
        "Nhiệm vụ chung giao cho \(group) (đơn vị thuộc nhóm này cùng thực hiện)"
    }
}
