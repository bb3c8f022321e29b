import DanVanText
import Foundation

/// The fixed parts of a minimal WordprocessingML package and the ZIP that holds them.
///
///     let data = try DocxPackage.zip(document: documentXML, styles: DocxPackage.styles)
///     // [Content_Types].xml, _rels/.rels, word/document.xml, word/_rels/document.xml.rels, word/styles.xml
enum DocxPackage {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let xmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    static let relationshipNamespace = OpenXMLPackage.relationshipNamespace
    /// Relationship ids of the header parts in `word/_rels/document.xml.rels`.
    static let pageHeaderID = "rIdHeaderPage"
    static let firstPageHeaderID = "rIdHeaderFirst"

    /// `[Content_Types].xml`, with one override per header part.
    static func contentTypes(headers: Int) -> String {
        let type = "application/vnd.openxmlformats-officedocument.wordprocessingml."
        return OpenXMLPackage.contentTypes([("/word/document.xml", type + "document.main+xml"), ("/word/styles.xml", type + "styles+xml")]
            + (0..<headers).map { ("/word/header\($0 + 1).xml", type + "header+xml") })
    }

    /// `word/_rels/document.xml.rels`: the styles and each header part under its id.
    static func documentRelationships(headerIDs: [String]) -> String {
        OpenXMLPackage.relationships([("rId1", "styles", "styles.xml")]
            + headerIDs.enumerated().map { i, id in (id, "header", "header\(i + 1).xml") })
    }

    /// Times New Roman throughout; 14 pt body (28 half-points), 13 pt for the header block and tables,
    /// as Nghị định 30/2020/NĐ-CP asks.
    static let styles: String = {
        let font = "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/>"
        func size(_ halfPoints: Int) -> String { "<w:sz w:val=\"\(halfPoints)\"/><w:szCs w:val=\"\(halfPoints)\"/>" }
        func paragraph(_ id: String, _ name: String, pPr: String, rPr: String) -> String {
            "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr>\(pPr)</w:pPr><w:rPr>\(font)\(rPr)</w:rPr></w:style>"
        }
        let tight = "<w:spacing w:before=\"0\" w:after=\"0\"/>"
        return xmlDeclaration + "<w:styles xmlns:w=\"\(wordNamespace)\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr>\(font)\(size(28))<w:lang w:val=\"vi-VN\"/></w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:spacing w:before=\"0\" w:after=\"120\" w:line=\"288\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
            + "<w:pPr><w:jc w:val=\"both\"/></w:pPr><w:rPr>\(font)\(size(28))</w:rPr></w:style>"
            + paragraph("BodyText", "Body Text", pPr: "<w:ind w:firstLine=\"567\"/><w:jc w:val=\"both\"/>", rPr: size(28))
            + paragraph("ReportTitle", "Report Title", pPr: "<w:spacing w:before=\"360\" w:after=\"0\"/><w:jc w:val=\"center\"/>",
                        rPr: "<w:b/>\(size(28))")
            + paragraph("ReportSubject", "Report Subject", pPr: "<w:spacing w:after=\"360\"/><w:jc w:val=\"center\"/>",
                        rPr: "<w:b/>\(size(28))")
            + paragraph("Heading1", "heading 1", pPr: "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:ind w:firstLine=\"567\"/><w:outlineLvl w:val=\"0\"/>",
                        rPr: "<w:b/>\(size(28))")
            + paragraph("Heading2", "heading 2", pPr: "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"60\"/><w:ind w:firstLine=\"567\"/><w:outlineLvl w:val=\"1\"/>",
                        rPr: "<w:b/><w:i/>\(size(28))")
            + paragraph("Heading3", "heading 3", pPr: "<w:keepNext/><w:spacing w:before=\"60\" w:after=\"60\"/><w:ind w:firstLine=\"567\"/><w:outlineLvl w:val=\"2\"/>",
                        rPr: "<w:i/>\(size(28))")
            + paragraph("TaskItem", "Task Item", pPr: "<w:ind w:left=\"567\" w:hanging=\"283\"/><w:jc w:val=\"both\"/>", rPr: size(28))
            + paragraph("TaskDetail", "Task Detail", pPr: "<w:ind w:left=\"567\"/><w:jc w:val=\"both\"/>", rPr: "<w:i/>\(size(28))")
            + paragraph("Placeholder", "Placeholder", pPr: "<w:ind w:firstLine=\"567\"/>", rPr: "<w:i/>\(size(28))")
            + paragraph("HeaderLine", "Header Line", pPr: "\(tight)<w:jc w:val=\"center\"/>", rPr: size(26))
            + paragraph("Motto", "Motto", pPr: "\(tight)<w:jc w:val=\"center\"/>", rPr: "<w:b/>\(size(28))")
            + paragraph("PlaceDate", "Place Date", pPr: "<w:spacing w:before=\"120\" w:after=\"0\"/><w:jc w:val=\"center\"/>",
                        rPr: "<w:i/>\(size(28))")
            + paragraph("TableText", "Table Text", pPr: "\(tight)<w:jc w:val=\"left\"/>", rPr: size(26))
            + paragraph("Recipients", "Recipients", pPr: "\(tight)<w:jc w:val=\"left\"/>", rPr: size(22))
            + paragraph("RecipientsLabel", "Recipients Label", pPr: "\(tight)<w:jc w:val=\"left\"/>", rPr: size(24))
            + paragraph("NationalName", "National Name", pPr: "\(tight)<w:jc w:val=\"center\"/>", rPr: "<w:b/>\(size(26))")
            + paragraph("SignerLine", "Signer Line", pPr: "\(tight)<w:jc w:val=\"center\"/>", rPr: size(28))
            + paragraph("Rule", "Rule", pPr: tight, rPr: size(4))
            + paragraph("PageNumber", "Page Number", pPr: "\(tight)<w:jc w:val=\"center\"/>", rPr: size(26))
            + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
            + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:left w:w=\"108\" w:type=\"dxa\"/>"
            + "<w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
            + "</w:styles>"
    }()

    /// The package as bytes, entries deflated, `[Content_Types].xml` first.
    ///
    /// - Throws: A ZIPFoundation error if the in-memory archive cannot be written.
    static func zip(document: String, styles: String = styles, headers: [(id: String, xml: String)] = []) throws -> Data {
        try OpenXMLPackage.zip(texts: [
            ("[Content_Types].xml", contentTypes(headers: headers.count)),
            ("_rels/.rels", OpenXMLPackage.packageRelationships(main: "word/document.xml")),
            ("word/document.xml", document), ("word/_rels/document.xml.rels", documentRelationships(headerIDs: headers.map(\.id))),
            ("word/styles.xml", styles),
        ] + headers.enumerated().map { i, header in ("word/header\(i + 1).xml", header.xml) })
    }
}
