extension SearchOptions {
    /// The usage lines printed after a getopt error (unknown or ambiguous option, missing value).
    static let usageSummary = """
        Usage: swfollow search [options] -r FILE -e PATTERN [-e PATTERN ...]
               swfollow search [options] PATTERN FILE
        Run swfollow search -h for the options.
        """

    /// `swfollow search -h`.
    static let helpText = """
        swfollow search (or grep): find regular expressions in reassembled TCP streams (or, with
        --udp, in UDP streams).

        Usage: swfollow search [options] -r FILE -e PATTERN [-e PATTERN ...]
               swfollow search [options] PATTERN FILE

        Each direction of each TCP stream is searched as `swfollow -z follow,tcp,raw,N` (and tshark)
        reassembles it: in sequence order, retransmitted bytes once, so a match split over several
        segments, reordered or retransmitted, is found once. Patterns are PCRE2 (Perl syntax) over
        bytes: NUL bytes and invalid UTF-8 are ordinary characters, \\x00 writes a byte.
        With --udp, each direction of each UDP stream is its datagrams' payloads one after another
        in capture order, as -z follow,udp,raw,N lists them: a match may span datagrams, and its
        frames (first and last) are the datagrams it starts and ends in.

          -r FILE          the capture (pcap or pcapng, gzip-compressed or not; - reads stdin);
                           repeated, or a quoted glob ('ring_*.pcapng'): the files as one
                           capture, merged by time as mergecap merges them
          -e PATTERN       a pattern; repeat for several (each pattern is reported on its own)
          -i               ignore case (ASCII letters)
          -F               patterns are fixed strings, not regular expressions
          --both           search each conversation as follow interleaves it (both directions
                           in one byte stream) instead of each direction apart
          --udp            search UDP streams: stream numbers are udp.stream indices (--stream,
                           -Y, -l, -c and --follow too; --follow prints follow,udp blocks)
          --stream LIST    search only these tcp.stream indices: N, N-M, comma-separated
          -Y FILTER        search only the streams with at least one frame that passes this
                           Wireshark display filter (as swfollow -Y reads it, e.g.
                           'ip.addr == 10.0.0.0/8 && tcp.port == 443'); reads the capture twice
          --max-match N    the longest match in bytes (default 65536): see Limits
          -C N             bytes of context printed on each side of a match (default 16, at
                           most 4096; each open direction keeps N bytes for it)
          --frames N       read only the first N frames
          --pref PREF:VALUE  a follow preference, as -o in swfollow (e.g. tcp.relative_sequence_numbers:FALSE)
          --interface IFACE  search a live capture on IFACE (a name, a swfollow -D number, any)
                           instead of a file: each match prints as soon as the reassembled bytes
                           hold it; -f BPF, -a duration:N|packets:N|filesize:KB and -w FILE as in
                           swfollow; SIGINT or SIGTERM stops it (needs root or CAP_NET_RAW)
          --idle SECONDS   release a stream with no frame for that long (capture time): what it
                           holds is settled, and a later frame starts its search afresh, so a
                           match cannot span the pause (default 600 with --interface; none
                           for a file)
          -j, --jobs N     threads that reassemble and search streams (default: every core; one
                           with -q, --idle or --interface). The output is the same

        Options may also follow PATTERN and FILE, and -- ends them. A long option may be shortened
        to a unique prefix (--max for --max-match; --jobs only in full), and its value attached
        (--context=8, as -C8).

        Output (one of):
          (default)        a line per match: stream, node and endpoints, byte offset in that
                           direction, the frames and times where it starts and ends, and the match
                           in [brackets] with context; bytes outside printable ASCII are escaped
          -o               only the matched bytes, each followed by a newline (as grep -o)
          --json           one JSON object per line: "type":"match" or "type":"gap"; byte strings
                           map each byte to one character U+0000-U+00FF
          -c               STREAM:COUNT for each stream with a match
          -l               the stream indices with a match, one a line, ascending:
                             for s in $(swfollow search -l -r f.pcap -e X); do
                               swfollow -r f.pcap -qz follow,tcp,ascii,$s; done
          --follow MODE    tshark's follow block (MODE ascii, hex, raw, yaml, ebcdic) of each
                           stream with a match, ascending (reads the capture twice: not stdin)
          -q               print nothing; stop at the first match
          --verbose        text output also reports every gap (JSON always does)

        Offsets count the data bytes of a direction (of the conversation with --both) from 0;
        missing-data markers are not data. A gap (bytes missing from the capture) ends the data
        searched so far and starts a new piece: no match spans a gap, ^ and \\A match at the start
        of each piece and $ at its end. A possible match cut by a gap is reported in text output
        ("a possible match ... was cut") and in JSON ("cut").

        Limits: memory is bounded per open stream, not by stream length. Between segments a
        stream keeps only the bytes a match in progress needs (PCRE2 hard partial matching),
        plus lookbehind and context. A match is at most --max-match bytes: a possible match still
        undecided that many bytes after its start is decided on those bytes, as if the data ended
        there (so a longer match is cut short, and one that needs more data is not found).

        Exit status: 0 a match was found, 1 none, 2 trouble (bad option or pattern, unreadable
        or damaged capture, a PCRE2 matching limit hit), as grep.

        """
}
