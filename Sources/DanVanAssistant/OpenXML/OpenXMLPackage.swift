import DanVanText
import Foundation
import ZIPFoundation

/// What every Open XML package (ECMA-376 part 2: .docx, .xlsx) holds around its content: the content
/// types, the relationship parts, and the ZIP of the parts. `DocxPackage` and `XLSXWriter` name their
/// parts; this writes them.
///
///     let data = try OpenXMLPackage.zip([("[Content_Types].xml", Data(OpenXMLPackage.contentTypes(overrides).utf8)), …])
public enum OpenXMLPackage {
    /// The namespace of relationship types (`…/officeDocument`, `…/styles`) and of `r:id` attributes.
    public static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// `[Content_Types].xml`: the defaults for `.rels` and `.xml` parts, then one override per part.
    static func contentTypes(_ overrides: [(part: String, type: String)]) -> String {
        var xml = XMLWriter()
        xml.open("Types", ["xmlns": "http://schemas.openxmlformats.org/package/2006/content-types"])
        xml.element("Default", ["Extension": "rels", "ContentType": "application/vnd.openxmlformats-package.relationships+xml"])
        xml.element("Default", ["Extension": "xml", "ContentType": "application/xml"])
        for (part, type) in overrides {
            xml.element("Override", ["PartName": part, "ContentType": type])
        }
        xml.close()
        return xml.document
    }

    /// A relationships part (`_rels/.rels`, `word/_rels/document.xml.rels`): `type` is the last word of
    /// the relationship type (`officeDocument`, `styles`, `header`, `worksheet`).
    static func relationships(_ relations: [(id: String, type: String, target: String)]) -> String {
        var xml = XMLWriter()
        xml.open("Relationships", ["xmlns": "http://schemas.openxmlformats.org/package/2006/relationships"])
        for (id, type, target) in relations {
            xml.element("Relationship", ["Id": id, "Type": relationshipNamespace + "/" + type, "Target": target])
        }
        xml.close()
        return xml.document
    }

    /// The package's `_rels/.rels`: its main part.
    static func packageRelationships(main: String) -> String {
        relationships([("rId1", "officeDocument", main)])
    }

    /// The package as bytes: the parts in order (`[Content_Types].xml` first), each deflated.
    ///
    /// - Throws: A ZIPFoundation error if the in-memory archive cannot be written.
    public static func zip(_ parts: [(path: String, data: Data)]) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                position, size in data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }

    /// `zip` of parts written as text (UTF-8).
    static func zip(texts parts: [(path: String, text: String)]) throws -> Data {
        try zip(parts.map { ($0.path, Data($0.text.utf8)) })
    }
}
