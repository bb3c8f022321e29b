/// What the unit registry says about a unit name typed by a user or found in a CSV.
///
///     resolver("phong vhxh")   // .known("Phòng Văn hóa - Xã hội")
///     resolver("phòng abc")    // .unknown(suggestions: ["Phòng Kinh tế"])
public enum UnitResolution: Equatable, Sendable {
    /// The canonical name of a unit the registry knows.
    case known(String)
    /// Not a unit the registry knows; the closest names, best first (may be empty).
    case unknown(suggestions: [String])
}

/// Turns a unit name as written into a `UnitResolution`; the caller supplies it from `Data/units.yaml`.
public typealias UnitResolver = (String) -> UnitResolution
