/// The five output modes of tshark 4.0's `-z follow,tcp,MODE,…` and `follow,udp` (FOLLOW-RULES R1.2, §2.2).
package enum FollowMode: String, CaseIterable, Sendable {
    case hex
    case ascii
    case ebcdic
    case raw
    case yaml
}
