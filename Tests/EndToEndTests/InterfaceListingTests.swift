import Foundation
import Testing

/// `swfollow -D`: libpcap's interfaces numbered as `tshark -D` numbers them (tshark then adds
/// its extcap interfaces, which swfollow does not have).
@Suite("interface listing")
struct InterfaceListingTests {
    @Test("-D lists the loopback as tshark does, and tshark's list starts with swfollow's")
    func listing() throws {
        let result = try SwfollowProcess.run(["-D"], in: SharedMaterial.packageRoot)
        #expect(result.status == 0)
        let lines = String(decoding: result.standardOutput, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.range(of: #"^\d+\. lo \(Loopback\)$"#, options: .regularExpression) != nil })
        if let tshark = CapturePermission.tshark {
            let listing = try SwfollowProcess.run(["-D"], in: SharedMaterial.packageRoot, executable: tshark)
            let theirs = String(decoding: listing.standardOutput, as: UTF8.self)
            #expect(Array(theirs.split(separator: "\n").map(String.init).prefix(lines.count)) == lines)
        }
    }
}
