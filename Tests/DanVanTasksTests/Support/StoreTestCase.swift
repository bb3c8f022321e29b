@testable import DanVanTasks
import DanVanText
import XCTest

/// A test case with a fresh SQLite task store in its own temporary folder, and the suite's today
/// (Wednesday 10/09/2025).
class StoreTestCase: XCTestCase {
    let today = TestSupport.today
    var dir: URL!
    var store: TaskStore!

    override func setUpWithError() throws {
        dir = try TestSupport.temporaryDirectory(self)
        store = try TaskStore(path: dir.appendingPathComponent("tasks.sqlite").path)
    }
}
