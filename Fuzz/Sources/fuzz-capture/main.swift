import CaptureFile
import FuzzSupport
import PacketDecoding

// fuzz-capture: each input is a capture file (pcap, pcapng, either gzip-compressed). It is read
// to its end or its first error, and every frame is decoded down to TCP twice: with IP
// defragmentation (tshark's default) and without.

/// The file each input is written to.
let scratch = ScratchFile()

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    scratch.write(FuzzInput.bytes(data, size))
    decodeEveryFrame(defragment: true)
    decodeEveryFrame(defragment: false)
    return 0
}

/// Reads the scratch capture and decodes its frames, reading every byte the decoder points to
/// (the address sanitizer then checks those views).
func decodeEveryFrame(defragment: Bool) {
    var decoder = PacketDecoder(options: .init(defragment: defragment, defragmentIPv6: defragment))
    do {
        let reader = try CaptureReader(path: scratch.path)
        while let frame = try reader.nextFrame() {
            let segment = decoder.decode(
                linkType: frame.linkType, bytes: frame.bytes, originalLength: frame.originalLength)
            _ = segment?.payload.reduce(0, &+)
            for index in 0..<decoder.layers.count {
                _ = decoder.layers.bytes(of: decoder.layers[index]).reduce(0, &+)
            }
            if let interface = frame.interfaceID { _ = reader.interfaceName(interface) }
        }
    } catch {
        _ = error.message
    }
}

FuzzDriver.run(testOneInput)
