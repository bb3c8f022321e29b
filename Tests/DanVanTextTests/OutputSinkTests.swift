import DanVanText
import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// `OutputSink`: sanitised lines, data raw to a pipe and sanitised to a terminal, checked writes.
final class OutputSinkTests: XCTestCase {
    func read(_ fd: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = Glibc.read(fd, &buffer, buffer.count)
        return String(decoding: buffer.prefix(max(n, 0)), as: UTF8.self)
    }

    func testLinesAreSanitisedAndDataIsRawOnAPipe() throws {
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        defer { close(fds[0]); close(fds[1]) }
        let sink = OutputSink(descriptor: fds[1], name: "ống")
        try sink.line("a\u{1B}]52;c;aGVsbG8=\u{07}b\u{202E}c\u{0}d")
        XCTAssertEqual(read(fds[0]), "abcd\n")
        try sink.data("=x,\u{1B}[31my\r\n")
        XCTAssertEqual(read(fds[0]), "=x,\u{1B}[31my\r\n")
    }

    func testDataIsSanitisedOnATerminal() throws {
        var master: Int32 = 0, slave: Int32 = 0
        guard openpty(&master, &slave, nil, nil, nil) == 0 else { throw XCTSkip("no pseudo-terminal") }
        defer { close(master); close(slave) }
        var settings = termios()
        tcgetattr(slave, &settings)
        cfmakeraw(&settings)
        tcsetattr(slave, TCSANOW, &settings)
        let sink = OutputSink(descriptor: slave, name: "tty")
        XCTAssertTrue(sink.isTerminal)
        try sink.data("tiêu đề \u{1B}[2Jhết\u{9B}31m\n")
        XCTAssertEqual(read(master), "tiêu đề hết\n")
    }

    func testAFullStreamThrowsAVietnameseFailure() throws {
        let fd = open("/dev/full", O_WRONLY)
        guard fd >= 0 else { throw XCTSkip("no /dev/full") }
        defer { close(fd) }
        XCTAssertThrowsError(try OutputSink(descriptor: fd, name: Msg.outputStandardOutput).line("x")) {
            let message = ($0 as? OutputSink.Failure)?.message ?? ""
            XCTAssertTrue(message.hasPrefix("Không ghi được ra đầu ra chuẩn"), message)
        }
    }
}
