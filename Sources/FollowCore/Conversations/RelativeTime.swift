import PacketDecoding

/// A frame's time relative to the capture's first frame, as tshark keeps it (`nstime_t`
/// `rel_ts`): seconds and nanoseconds of one sign, so 0.5 s before the reference is (0, −5×10⁸)
/// and 1.5 s before it is (−1, −5×10⁸).
struct RelativeTime {
    var seconds: Int64
    var nanoseconds: Int32

    /// `time − reference`, normalised as tshark's `nstime_delta` normalises it. A damaged
    /// capture's nanoseconds can exceed a second or read as negative (a pcap record's
    /// microseconds field is not checked; tshark holds it in an `int`): the difference is then
    /// taken in wrapping 32-bit arithmetic, as tshark's `int` subtraction wraps.
    init(_ time: Timestamp, since reference: Timestamp) {
        var seconds = time.seconds &- reference.seconds
        var nanoseconds = time.tsharkNanoseconds &- reference.tsharkNanoseconds
        if seconds > 0 && nanoseconds < 0 {
            seconds -= 1
            nanoseconds &+= 1_000_000_000
        } else if seconds < 0 && nanoseconds > 0 {
            seconds += 1
            nanoseconds &-= 1_000_000_000
        }
        self.seconds = seconds
        self.nanoseconds = nanoseconds
    }

    /// tshark's `nstime_to_sec`: `secs + nsecs / 1e9` in doubles.
    var inSeconds: Double {
        Double(seconds) + Double(nanoseconds) / 1e9
    }

    /// Whether `self` comes before `other` by tshark's `nstime_cmp`, which compares whole seconds
    /// through a difference cast to a 32-bit `int` (and nanoseconds through their wrapping `int`
    /// difference): times more than 2³¹ s apart compare the wrong way (`fmt_times`: a frame at 2³² s counts as earlier than one at 1.7×10⁹ s). Conversation
    /// tables inherit the quirk in their start and stop times.
    func precedesByTshark(_ other: RelativeTime) -> Bool {
        if seconds == other.seconds { return nanoseconds &- other.nanoseconds < 0 }
        return Int32(truncatingIfNeeded: seconds &- other.seconds) < 0
    }

    /// Whether `self` comes after `other` by tshark's `nstime_cmp` (see ``precedesByTshark(_:)``).
    func followsByTshark(_ other: RelativeTime) -> Bool {
        if seconds == other.seconds { return nanoseconds &- other.nanoseconds > 0 }
        return Int32(truncatingIfNeeded: seconds &- other.seconds) > 0
    }
}
