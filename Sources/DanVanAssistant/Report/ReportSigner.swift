import DanVanText
import Foundation

/// Who signs a report: the "KT."/"TM." line when signing for someone, the position, the name.
///
///     ReportSigner(onBehalf: "KT. TRƯỞNG PHÒNG", position: "Phó Trưởng phòng", name: "Trần Văn B").lines
///     // ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"]
///
/// From config.toml (`signer_on_behalf`, `signer_position`, `signer_name`); what is unknown is left
/// as a visible blank to fill in by hand.
public struct ReportSigner: Equatable, Sendable {
    public var onBehalf: String?
    public var position: String?
    public var name: String?

    public init(onBehalf: String? = nil, position: String? = nil, name: String? = nil) {
        func clean(_ s: String?) -> String? {
            guard let t = s?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
            return t
        }
        self.onBehalf = clean(onBehalf)
        self.position = clean(position)
        self.name = clean(name)
    }

    /// The authority lines, in capitals as the decree writes them; a blank for an unknown position.
    public var lines: [String] {
        [onBehalf?.uppercased(), (position?.uppercased() ?? Msg.reportSignerBlank)].compactMap { $0 }
    }

    /// The name, or a blank to fill in.
    public var signedName: String { name ?? Msg.reportSignerBlank }
}
