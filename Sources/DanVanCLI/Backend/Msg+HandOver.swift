import DanVanText

/// What `danvan` says when it cannot hand a PostgreSQL command over to `danvan-pg`.
public extension Msg {
    /// `danvan-pg` is neither next to `danvan` nor in PATH.
    static func handOverMissing(program: String, folder: String) -> String {
        "Kho dùng chung PostgreSQL cần chương trình \(program), nhưng không tìm thấy nó trong thư mục \(folder) "
            + "hay trong PATH. Cài cả danvan và \(program) bằng `make install`, hoặc dựng cả hai bằng `make build` "
            + "rồi chạy .build/release/danvan."
    }

    /// `danvan-pg` was found but could not be started.
    static func handOverFailed(path: String, reason: String) -> String {
        "Không chạy được \(path) (phần PostgreSQL của danvan): \(reason)."
    }
}
