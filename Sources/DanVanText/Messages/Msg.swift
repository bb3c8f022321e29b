/// Every sentence danvan shows a person, in Vietnamese, in one place.
///
/// One file per domain in this folder (`Msg+Tasks.swift`, `Msg+Import.swift`, …); code elsewhere
/// never writes a user-facing literal, it calls `Msg`.
public enum Msg {}
