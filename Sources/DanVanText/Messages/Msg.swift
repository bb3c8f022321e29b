/// The namespace of every sentence danvan shows a person, in Vietnamese.
///
/// Each domain words its own sentences next to the code that owns them, as extensions of `Msg`:
/// `DanVanTasks/Answers/Msg+Tasks.swift`, `DanVanKnowledge/Import/Msg+Import.swift`,
/// `DanVanAssistant/Report/Msg+Report.swift`, `DanVanAssistant/Messages/`, the executable's
/// `danvan/Messages/`. This folder keeps only what the text layer itself says (the source line, the
/// REPL's words) and the errors every module shares (data files, input that is not text).
public enum Msg {}
