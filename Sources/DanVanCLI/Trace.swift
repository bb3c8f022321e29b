import Foundation

/// `DANVAN_TRACE=1`: milliseconds spent in each phase of start-up, on standard error (for `make bench`
/// and whoever looks into start-up time; off by default, and then it costs one `getenv`).
public enum Trace {
    static let isOn = getenv("DANVAN_TRACE") != nil
    nonisolated(unsafe) private static var last = now()

    public static func mark(_ phase: StaticString) {
        guard isOn else { return }
        let t = now()
        fputs("danvan trace: \(phase) \((t - last).rounded(toPlaces: 2)) ms\n", stderr)
        last = now()
    }

    private static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) * 1000 + Double(ts.tv_nsec) / 1_000_000
    }
}

private extension Double {
    func rounded(toPlaces places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (self * scale).rounded() / scale
    }
}
