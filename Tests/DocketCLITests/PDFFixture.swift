import Foundation

/// A real PDF, written for the tests: pages of text lines in Helvetica (Windows-1252, so å, ä, ö are
/// real characters in the file), as a document system prints a report. Enough for `pdftotext -layout`.
enum PDFFixture {
    static func make(pages: [[String]]) -> Data {
        var objects: [Data] = [Data(), Data(), Data("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".utf8)]
        var kids: [Int] = []
        for lines in pages {
            var stream = Data("BT /F1 10 Tf 14 TL 50 800 Td\n".utf8)
            for line in lines {
                var text = line.data(using: .windowsCP1252) ?? Data()
                text = Data(text.flatMap { byte -> [UInt8] in [0x5C, 0x28, 0x29].contains(byte) ? [0x5C, byte] : [byte] })
                stream += Data("(".utf8) + text + Data(") Tj T*\n".utf8)
            }
            stream += Data("ET".utf8)
            objects.append(Data("<< /Length \(stream.count) >>\nstream\n".utf8) + stream + Data("\nendstream".utf8))
            let contents = objects.count
            objects.append(Data("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents \(contents) 0 R >>".utf8))
            kids.append(objects.count)
        }
        objects[0] = Data("<< /Type /Catalog /Pages 2 0 R >>".utf8)
        objects[1] = Data("<< /Type /Pages /Kids [\(kids.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(kids.count) >>".utf8)
        var file = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(file.count)
            file += Data("\(index + 1) 0 obj\n".utf8) + object + Data("\nendobj\n".utf8)
        }
        let table = file.count
        file += Data("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for offset in offsets { file += Data(String(format: "%010d 00000 n \n", offset).utf8) }
        file += Data("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(table)\n%%EOF\n".utf8)
        return file
    }

    static var hasPdfToText: Bool {
        ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
