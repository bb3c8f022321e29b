import DanVanText

public extension Msg {
    /// A damaged store opened for reading: the read goes on, the user learns how to recover.
    static func storeDamagedReadWarning(path: String) -> String {
        "Cảnh báo: kho nhiệm vụ \(path) bị hỏng (kiểm tra toàn vẹn không đạt); những gì đọc được có thể thiếu hoặc sai, "
            + "và danvan không ghi thêm vào đó. Cách khôi phục: lưu ngay những gì còn đọc được bằng “danvan tasks export”, "
            + "đổi tên tệp hỏng, rồi nạp lại bản xuất gần nhất bằng “danvan tasks import TỆP.csv”."
    }
}
