/// A request to stop working out the current answer (Ctrl-C in the REPL), asked for by the long
/// loops of answering — passage search, list building, laying out — at their checkpoints.
///
///     let reply = AnswerCancellation.watching(SignalFlags.interruptPending) { conversation.respond(to: line) }
///     // inside a long loop:
///     if AnswerCancellation.isRequested { break }   // the caller throws the partial answer away
///
/// Outside `watching` nothing is ever cancelled (`ask`, tests, the plain REPL). A loop that stops
/// early leaves a partial result: whoever watched must discard the answer when `isRequested` was true.
public enum AnswerCancellation {
    // Set and cleared by the one thread that answers (the REPL's); read by the loops it runs.
    nonisolated(unsafe) private static var probe: (() -> Bool)?

    /// Whether the answer being worked out should stop now.
    public static var isRequested: Bool { probe?() ?? false }

    /// Runs `body` with `probe` telling whether a cancellation was asked for (a flag set by a signal
    /// handler: cheap to read, so checkpoints can ask often).
    public static func watching<T>(_ probe: @escaping () -> Bool, _ body: () throws -> T) rethrows -> T {
        let outer = self.probe
        self.probe = probe
        defer { self.probe = outer }
        return try body()
    }

    /// Whether to stop at step `index` of a loop: asked every `stride` steps only, so a loop of
    /// cheap steps pays nothing measurable.
    @inline(__always)
    public static func shouldStop(at index: Int, every stride: Int = 64) -> Bool {
        index % stride == 0 && isRequested
    }
}
