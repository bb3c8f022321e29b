/// What the conversation keeps for a new official: the brief pages not yet read, the practice round
/// under way, and their practice record.
struct OnboardingState {
    /// Pages of the last brief still to show ("tiếp").
    var pages: [AnswerDocument] = []
    var session: PracticeSession?
    /// The user's practice record; nil keeps no progress.
    var progress: PracticeProgress?
}

import DanVanText
