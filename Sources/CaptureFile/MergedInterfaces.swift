/// The interface list of several capture files merged as `mergecap` 4.0 merges them by default
/// (IDB merge mode `all`), and where each file's interfaces land in it.
///
/// - When every file starts with the same interfaces (as many, and each equal to the first
///   file's at the same position), the merged list is the first file's, and an interface a file
///   declares later is merged with any equal one already listed (mode `any`), else appended.
/// - Otherwise every file's interfaces are listed, file after file in the order given, and an
///   interface declared later is appended as it is met, never merged (mode `none`).
///
/// Two interfaces are equal when their link type, snapshot length and timestamp resolution are,
/// and their names (`if_name`, else `if_description`, else `if_hardware`) when both have one
/// (mergecap compares an option only when both interfaces carry it). mergecap also compares
/// `if_speed`, `if_fcslen`, `if_os` and the first comment, which swfollow does not read.
/// A pcap file's one interface is written by mergecap without an `if_tsresol` option for
/// microseconds (with 9 for nanoseconds) and without a name.
struct MergedInterfaces {
    /// One interface as the merged file declares it.
    struct Entry {
        var declaration: CaptureInterface
        var name: [UInt8]?

        /// Whether mergecap would take the two for one interface (see the type's comment; no
        /// `if_tsresol` option means microseconds).
        func isDuplicate(of other: Entry) -> Bool {
            declaration.linkType == other.declaration.linkType
                && declaration.snapshotLength == other.declaration.snapshotLength
                && (declaration.timestampResolution ?? 6) == (other.declaration.timestampResolution ?? 6)
                && (name == nil || other.name == nil || name == other.name)
        }
    }

    /// The merged file's interfaces, in their order.
    private(set) var entries: [Entry] = []
    /// For each file, the merged index of each of its interfaces (its ``CapturedFrame/interfaceIndex``).
    private var maps: [[Int]]
    /// Whether interfaces declared later are merged with equal ones (mode `any`).
    private let mergesLater: Bool

    /// The merged list of files that start with `initial` interfaces (one list per file, in
    /// the order the files were given).
    init(initial: [[Entry]]) {
        let first = initial.first ?? []
        let allSame = initial.allSatisfy { list in
            list.count == first.count && zip(list, first).allSatisfy { $0.isDuplicate(of: $1) }
        }
        mergesLater = allSame
        if allSame {
            entries = first
            maps = initial.map { Array($0.indices) }
        } else {
            maps = []
            for list in initial {
                maps.append(Array(entries.count..<entries.count + list.count))
                entries += list
            }
        }
    }

    /// The merged index of file `file`'s interface `index`, or nil when it has not been declared.
    func mergedIndex(file: Int, index: Int) -> Int? {
        maps[file].indices.contains(index) ? maps[file][index] : nil
    }

    /// How many of file `file`'s interfaces have been placed.
    func count(file: Int) -> Int {
        maps[file].count
    }

    /// Places an interface file `file` declares after its first frame.
    mutating func add(_ entry: Entry, file: Int) {
        if mergesLater, let index = entries.firstIndex(where: { $0.isDuplicate(of: entry) }) {
            maps[file].append(index)
        } else {
            maps[file].append(entries.count)
            entries.append(entry)
        }
    }

    /// The merged entry for interface `interface` of a file, named `name`: a pcap file's
    /// microsecond resolution becomes "no `if_tsresol` option", as mergecap writes it.
    static func entry(_ interface: CaptureInterface, name: [UInt8]?, fromPcapng: Bool) -> Entry {
        var declaration = interface
        if !fromPcapng, declaration.timestampResolution == 6 { declaration.timestampResolution = nil }
        return Entry(declaration: declaration, name: name)
    }
}
