extension ExportOptions {
    /// The usage lines printed after a getopt error.
    static let usageSummary = """
        Usage: swfollow export -r FILE -o DIR [options]
        Run swfollow export -h for the options.
        """

    /// `swfollow export -h`.
    static let helpText = """
        swfollow export: write every stream of a capture to files, with an index.

        Usage: swfollow export -r FILE -o DIR [options]

        Each TCP stream (tcp.stream) is reassembled exactly as `swfollow -z follow,tcp,raw,N` (and
        tshark) does it; with --proto udp each UDP stream (udp.stream) is its datagrams' payloads,
        as -z follow,udp,raw,N lists them. A file read with -r is read twice: first to find the
        streams and where each one ends, then to write each stream, finished (files renamed into
        place, index line written) as soon as its last frame is read. Standard input is read once
        and every stream finishes at its end.

          -r FILE          the capture (pcap or pcapng, gzip-compressed or not; - reads stdin);
                           repeated, or a quoted glob ('ring_*.pcapng'): the files as one
                           capture, merged by time as mergecap merges them
          -o DIR           the output directory: created if missing, refused if not empty
          --force          write into DIR even if it is not empty (same names are replaced)
          --proto LIST     tcp (default), udp, or tcp,udp
          --stream LIST    only these stream indices: N, N-M, comma-separated (of each protocol)
          --streams FILTER only the streams with at least one frame that passes this Wireshark
                           display filter (not with -r -)
          --min-bytes N    only streams with at least N data bytes (both nodes together)
          --max-bytes N    only streams with at most N data bytes (both nodes together)
          --follow MODE    also write each stream's follow text (MODE ascii, hex, raw, yaml,
                           ebcdic): exactly `swfollow -q -z follow,PROTO,MODE,N`
          --pcap           also write each stream's frames to a capture of its own (not with -r -):
                           every frame that carries part of the stream (IP fragments of its
                           datagrams included), in capture order, with their original bytes,
                           times and link type; pcap, or pcapng when the source has several
                           interfaces. Following stream 0 of that file prints what following
                           the stream in the original prints (the Filter line and
                           yaml's packet numbers aside)
          -q, --quiet      no progress line (shown on stderr only when it is a terminal)
          -j, --jobs N     threads that reassemble and write streams (default: every core; one
                           with --pcap or with -r -). The files are the same

        Files (N is the stream index on 9 digits, so a listing sorts by stream; IPv6 colons are
        written -):
          PROTO-N-ADDR0.PORT0-ADDR1.PORT1-node0.bin   Node 0's data: its follow records
                                                      concatenated, missing-data markers left out
          PROTO-N-ADDR0.PORT0-ADDR1.PORT1-node1.bin   Node 1's data
          PROTO-N-ADDR0.PORT0-ADDR1.PORT1-follow-MODE.txt   the follow text (--follow)
          PROTO-N-ADDR0.PORT0-ADDR1.PORT1.pcap        the stream's frames (--pcap; .pcapng)
          index.jsonl      one JSON object per exported stream: TCP streams ascending, then UDP
        Node 0 is follow's Node 0 (the sender of the stream's first frame). Files are written in
        DIR/.partial and moved into DIR when their stream is finished; a line is added to the
        index once its stream and every stream before it are finished, so an interrupted export
        leaves an index that lists only complete files.

        Index keys:
          proto            "tcp" or "udp"
          stream           the tcp.stream or udp.stream index
          node0, node1     "ADDR:PORT" as follow's Node lines print them ("[ADDR]:PORT" for IPv6)
          first_frame, last_frame   the stream's first and last frame numbers that reached follow
          first_time, last_time     their times: epoch seconds with 9 decimals, as a string
          frames           how many frames of the stream reached follow
          bytes            [node 0, node 1]: data bytes in the data files
          missing          [node 0, node 1]: bytes lost to gaps, as follow's markers count them
          gaps             [{"node":N,"offset":O,"length":L}, ...]: L bytes of node N are missing
                           after its first O data bytes (the data file goes on at offset O)
          end              "rst" if a RST was seen, "fin" if both nodes sent a FIN, else "open"
                           (always "open" for UDP)
          data             [node 0 file, node 1 file], relative to DIR
          follow           the follow text file, relative to DIR (with --follow)
          pcap             the stream's capture, relative to DIR (with --pcap)

        Exit status: 0 success, 1 bad arguments, 2 trouble (unreadable or damaged capture, DIR not
        usable, a write failure such as a full disk: reported with the path).

        """
}
