import Foundation
import Testing

@testable import FollowCore

/// ``FilePool``: files reopened after eviction are appended to, and the first write failure is
/// kept with its path and reason.
@Suite("export file pool")
struct ExportFilePoolTests {
    @Test("three files through one descriptor and 4-byte buffers: each file whole, renamed into place")
    func eviction() throws {
        let directory = ExportFixture.directory()
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let pool = FilePool(descriptorLimit: 1, bufferLimit: 8, fileBufferSize: 4)
        let files = (0..<3).map { pool.create(at: "\(directory)/part\($0)") }
        for round in 0..<5 {
            for (index, file) in files.enumerated() {
                Array("f\(index)r\(round);".utf8).withUnsafeBytes { pool.append($0, to: file) }
            }
        }
        for (index, file) in files.enumerated() { pool.finish(file, as: "\(directory)/file\(index)") }
        #expect(pool.failure == nil && pool.peakOpenCount == 1 && pool.openCount == 0)
        for index in 0..<3 {
            let expected = (0..<5).map { "f\(index)r\($0);" }.joined()
            #expect(try String(contentsOfFile: "\(directory)/file\(index)", encoding: .utf8) == expected)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["file0", "file1", "file2"])
    }

    @Test("a full disk (/dev/full) is reported with the path; later writes are skipped")
    func fullDisk() {
        let pool = FilePool(fileBufferSize: 1)
        let file = pool.create(at: "/dev/full")
        Array("data".utf8).withUnsafeBytes { pool.append($0, to: file) }
        #expect(pool.failure?.message == "cannot write /dev/full: No space left on device")
        pool.closeAll()
    }
}
