#!/usr/bin/env python3
"""The swfollow benchmark runner (run it through `scripts/bench`, which builds everything first).

For each capture size it generates (once) a deterministic capture, checks that swfollow prints
what tshark prints for the followed streams, then times on that same file, side by side:
swfollow following one stream, ten streams and every stream (the library driver, and `swfollow
search` over every stream); tshark on the same one and ten
streams; tcpflow writing every stream; a libnids program reassembling every stream; and a bare
libpcap read loop (the floor). It prints a Markdown table (MB/s of capture per CPU second, CPU
seconds, wall seconds, peak RSS) and the ratios the project targets, and draws a PNG.

Then the search comparison (`--search-only` runs only that): `swfollow search` (text output of
every match, and -c), `tshark -Y 'tcp.payload matches …'` and ngrep, side by side on the same
file, for a pattern found often and one found rarely (a mark the generator writes into one
connection in 1,000, half the time split over two segments), with the matches (or frames) each
tool reports and how many of the matches straddle segments.

Then the display-filter comparison (`--filters-only` runs only that): swfollow and tshark given
the same `-T fields`, `-Y`, `-z conv,tcp` and `-2 -R` arguments, their outputs compared byte for
byte first (a difference is reported with its first differing line, and timing goes on), and
swfollow's `--streams FILTER --mode raw` next to tshark listing the streams with `-Y FILTER` and
following each one.

Then the worst-case comparison (`--worst-only` runs only that; worst_cases.py): adversarial
captures, each family in two sizes, followed by swfollow and tshark, outputs compared byte for byte.

Then the UDP comparison (`--udp-only` runs only that; udp_follow.py): a capture of each --size with
UDP flows mixed in, a long UDP stream, a long TCP stream and ten UDP streams followed by swfollow
and tshark, outputs compared byte for byte, with peak RSS by capture size.

Then the export comparison (`--export-only` runs only that; export_compare.py): `swfollow export`,
with and without --pcap, and `tcpflow -r CAPTURE -o DIR`, under `ulimit -n 64`, on each --size.

Timing: /usr/bin/time for peak RSS, wait4(2) for CPU time (user + sys). Each case runs --repeat
times, interleaved with the others; the table keeps the fastest CPU time (user + sys), the fastest
wall time and the largest peak RSS. The capture is read once before the first run, so every run
reads it from the page cache.
"""
import argparse
import json
import os
import platform
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from export_compare import export_compare
from jobs_compare import jobs_compare
from timing import Case, load, timed
from udp_follow import udp_follow
from worst_cases import FAMILIES, worst_cases

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "Benchmarks"
SWFOLLOW = ROOT / ".build" / "release" / "swfollow"
GENERATOR = BENCH / ".build" / "release" / "swfollow-benchgen"
ALLSTREAMS = BENCH / ".build" / "release" / "swfollow-allstreams"
MODES = ["ascii", "hex", "raw", "yaml", "ebcdic"]
# Found in most streams of the generated capture: `swfollow search -c` then prints one line a stream.
SEARCH_PATTERN = "Content-Type: text/html"
# The search comparison's patterns: (name, regular expression). The rare one is the mark that
# swfollow-benchgen writes twice into one connection in 1,000 (once split over two segments).
# Both are the same with and without case folding (tshark's `matches` ignores case).
COMPARED_PATTERNS = [("often", SEARCH_PATTERN), ("rare", "SWFOLLOW-MARK-[0-9]{5}")]
# Bumped when swfollow-benchgen writes different bytes for the same options, so that a capture
# cached in --work by an older generator is not reused.
GENERATOR_VERSION = 2
# The display-filter comparison. The generator's client ports are 1024 + (index × 37) mod 60,000,
# all different, so no single port selects a few dozen connections: this range selects 36
# (connections 0–2, 1622–1624, … 19460–19462), spread over the whole capture.
FIELDS = ["frame.number", "tcp.stream", "ip.src", "tcp.srcport", "tcp.len"]
SYN_ONLY = "tcp.flags.syn==1 && tcp.flags.ack==0"
STREAMS_FILTER = "tcp.port in {1024..1123}"


def parse_arguments():
    parser = argparse.ArgumentParser(description="swfollow benchmark (see BENCHMARKS.md)")
    parser.add_argument("--size", action="append", help="capture size, e.g. 300M or 2G (repeatable; default 300M)")
    parser.add_argument("--connections", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per case (default 5)")
    parser.add_argument("--tshark-repeat", type=int, default=1, help="timed tshark runs (default 1)")
    parser.add_argument("--work", type=Path, default=BENCH / ".work", help="captures and outputs (git-ignored)")
    parser.add_argument("--plot", type=Path, help="PNG to write (default WORK/throughput.png)")
    parser.add_argument("--search-plot", type=Path, help="the search comparison's PNG (default WORK/search.png)")
    parser.add_argument("--markdown", type=Path, help="also write the tables here")
    parser.add_argument("--only", help="comma-separated case keys to run: "
                        "sw1,sw10,swall,search,ts1,ts10,tcpflow,nids,floor "
                        "(swfollow's output is checked only when the matching tshark case runs); "
                        "add 'compare' to also run the search comparison, 'filters' the display-filter comparison, "
                        "'worst' the worst-case comparison, 'udp' the UDP comparison, 'export' the export comparison, "
                        "'jobs' the --jobs comparison")
    parser.add_argument("--search-only", action="store_true",
                        help="run only the search comparison (swfollow search, tshark -Y matches, ngrep)")
    parser.add_argument("--filters-only", action="store_true",
                        help="run only the display-filter comparison (-T fields, -Y, -z conv,tcp, -2 -R, "
                        "--streams) with tshark")
    parser.add_argument("--worst-only", action="store_true",
                        help="run only the worst-case comparison (adversarial captures, swfollow vs tshark)")
    parser.add_argument("--udp-only", action="store_true",
                        help="run only the UDP comparison (a capture with UDP mixed in, swfollow vs tshark)")
    parser.add_argument("--export-only", action="store_true",
                        help="run only the export comparison (swfollow export, with and without --pcap, vs tcpflow)")
    parser.add_argument("--jobs-only", action="store_true",
                        help="only the --jobs comparison: search -c and export with 1 and 2 jobs (see Many cores)")
    parser.add_argument("--strace", action="store_true",
                        help="with the export comparison, also count system calls once per command with strace -f -c")
    parser.add_argument("--export-out", type=Path,
                        help="with the export comparison, write the outputs under this folder (default --work)")
    parser.add_argument("--worst-case", action="append", choices=[family for family, _, _ in FAMILIES],
                        help="with the worst-case comparison, run only this family (repeatable)")
    parser.add_argument("--instructions", action="store_true",
                        help="also count instructions of the swfollow cases with valgrind --tool=callgrind")
    return parser.parse_args()


def size_bytes(text):
    units = {"K": 10**3, "M": 10**6, "G": 10**9}
    return int(text[:-1]) * units[text[-1].upper()] if text[-1].upper() in units else int(text)


def run(command, stdout=subprocess.DEVNULL, **kwargs):
    return subprocess.run(command, stdout=stdout, check=True, **kwargs)


def build_c_programs(work):
    """The libpcap floor and the libnids program, built with cc; returns {name: path or None}."""
    programs = {}
    for name, libraries in [("pcap-floor", ["-lpcap"]), ("nids-allstreams", ["-lnids", "-lpcap"])]:
        target = work / name
        try:
            run(["cc", "-O2", "-o", str(target), str(BENCH / "C" / f"{name}.c")] + libraries)
            programs[name] = target
        except (subprocess.CalledProcessError, FileNotFoundError):
            print(f"note: could not build {name} (is {'libnids-dev' if 'nids' in name else 'libpcap-dev'} installed?)")
            programs[name] = None
    return programs


def capture(work, size, connections, seed):
    path = work / f"bench-{size}-{connections}c-seed{seed}-g{GENERATOR_VERSION}.pcap"
    if not path.exists():
        print(f"generating {path.name} …", flush=True)
        partial = path.with_suffix(".partial")
        run([str(GENERATOR), "-o", str(partial), "--size", str(size_bytes(size)),
             "--connections", str(connections), "--seed", str(seed)])
        partial.rename(path)
    return path


def follow_arguments(streams):
    """`-z` arguments for the given stream indices, cycling through the output modes."""
    arguments = []
    for position, stream in enumerate(streams):
        arguments += ["-z", f"follow,tcp,{MODES[position % len(MODES)]},{stream}"]
    return arguments


def cases_for(path, connections, programs, work, repeat, tshark_repeat):
    one = follow_arguments([connections // 2])
    ten = follow_arguments([connections * (2 * k + 1) // 20 for k in range(10)])
    cases = [
        Case("sw1", "swfollow", "1", [str(SWFOLLOW), "-r", str(path), "-q"] + one, repeat, "ts1"),
        Case("sw10", "swfollow", "10", [str(SWFOLLOW), "-r", str(path), "-q"] + ten, repeat, "ts10"),
        Case("swall", "swfollow-allstreams", "all", [str(ALLSTREAMS), str(path)], repeat),
        Case("search", "swfollow search", "all",
             [str(SWFOLLOW), "search", "-c", "-r", str(path), "-e", SEARCH_PATTERN], repeat),
    ]
    if shutil.which("tshark"):
        cases += [
            Case("ts1", "tshark", "1", ["tshark", "-r", str(path), "-q"] + one, tshark_repeat),
            Case("ts10", "tshark", "10", ["tshark", "-r", str(path), "-q"] + ten, tshark_repeat),
        ]
    if shutil.which("tcpflow"):
        flows = work / "tcpflow-out"

        def fresh_folder():
            # A new folder each run, all deleted at the end: creating 40,000 files right after
            # deleting 40,000 others made tcpflow ten times slower here (24 s of system time).
            folder = Path(tempfile.mkdtemp(prefix="run-", dir=flows))
            return ["tcpflow", "-r", str(path), "-o", str(folder)]

        flows.mkdir(exist_ok=True)
        cases.append(Case("tcpflow", "tcpflow (writes files)", "all", [], repeat, prepare=fresh_folder))
    if programs.get("nids-allstreams"):
        cases.append(Case("nids", "libnids (counts bytes)", "all", [str(programs["nids-allstreams"]), str(path)],
                          repeat))
    if programs.get("pcap-floor"):
        cases.append(Case("floor", "libpcap read loop (floor)", "-", [str(programs["pcap-floor"]), str(path)], repeat))
    return cases


def count_lines_starting(prefix, unit):
    """A counter for outputs that print one line per item, each beginning with `prefix`."""
    def count(output):
        return sum(1 for line in Path(output).read_bytes().splitlines() if line and line.startswith(prefix)), unit
    return count


def count_per_stream(output):
    """`swfollow search -c` prints STREAM:COUNT lines: the matches are their sum."""
    return sum(int(line.rsplit(b":", 1)[1]) for line in Path(output).read_bytes().splitlines() if line), "matches"


def search_cases_for(path, repeat, tshark_repeat):
    """The search comparison: for each pattern, swfollow search (all matches as text, and -c),
    tshark's display filter on each frame's TCP payload and ngrep on each TCP packet's payload."""
    cases = []
    for name, pattern in COMPARED_PATTERNS:
        cases += [
            Case(f"cmp-sw-{name}", "swfollow search", "all",
                 [str(SWFOLLOW), "search", "-r", str(path), "-e", pattern], repeat,
                 pattern=name, counter=count_lines_starting(b"stream ", "matches")),
            Case(f"cmp-swc-{name}", "swfollow search -c", "all",
                 [str(SWFOLLOW), "search", "-c", "-r", str(path), "-e", pattern], repeat,
                 pattern=name, counter=count_per_stream),
        ]
        if shutil.which("tshark"):
            cases.append(Case(f"cmp-ts-{name}", "tshark -Y matches", "all",
                              ["tshark", "-r", str(path), "-Y", f'tcp.payload matches "{pattern}"',
                               "-T", "fields", "-e", "frame.number"], tshark_repeat,
                              pattern=name, counter=count_lines_starting(b"", "frames")))
        if shutil.which("ngrep"):
            cases.append(Case(f"cmp-ng-{name}", "ngrep", "all",
                              ["ngrep", "-q", "-I", str(path), pattern, "tcp"], repeat,
                              pattern=name, counter=count_lines_starting(b"T ", "frames")))
    return cases


def filter_cases_for(path, connections, repeat, tshark_repeat, work):
    """The display-filter comparison: each pair runs swfollow and tshark with the same arguments
    (the tshark case's `check_against` names its swfollow case). Then `--streams FILTER --mode raw`,
    swfollow's own, against what a tshark user runs for it: `-T fields -e tcp.stream -Y FILTER` to
    list the streams, then `-z follow,tcp,raw,N` for each one, in one tshark run per stream (timed
    once: it takes minutes) and in one tshark run with every `-z` (last `-z` printed first, so they
    are given in descending order)."""
    capture_path = str(path)
    fields = ["-T", "fields"] + [argument for name in FIELDS for argument in ("-e", name)]
    pairs = [
        ("fields", fields),
        ("syn", ["-q", "-T", "fields", "-e", "tcp.stream", "-Y", SYN_ONLY]),
        ("conv", ["-q", "-z", "conv,tcp"]),
        ("twopass", ["-q", "-2", "-R", "tcp.len > 0", "-z", f"follow,tcp,raw,{connections // 2}"]),
    ]
    cases = []
    for name, arguments in pairs:
        label = " ".join(shlex.quote(argument) for argument in arguments)
        cases.append(Case(f"df-sw-{name}", "swfollow", "", [str(SWFOLLOW), "-r", capture_path] + arguments, repeat,
                          command_label=label))
        if shutil.which("tshark"):
            cases.append(Case(f"df-ts-{name}", "tshark", "", ["tshark", "-r", capture_path] + arguments,
                              tshark_repeat, check_against=f"df-sw-{name}", command_label=label))
    label = f"--streams {shlex.quote(STREAMS_FILTER)} --mode raw"
    cases.append(Case("df-sw-streams", "swfollow", "",
                      [str(SWFOLLOW), "-r", capture_path, "--streams", STREAMS_FILTER, "--mode", "raw"], repeat,
                      command_label=label))
    if shutil.which("tshark"):
        listed = work / "df-streams.txt"
        listing = (f"tshark -r {shlex.quote(capture_path)} -T fields -e tcp.stream -Y {shlex.quote(STREAMS_FILTER)}"
                   f" | sort -un > {shlex.quote(str(listed))}")
        loop = (f"set -e; {listing}; for n in $(cat {shlex.quote(str(listed))}); do "
                f"tshark -r {shlex.quote(capture_path)} -q -z follow,tcp,raw,$n; done")
        together = (f"set -e; {listing}; set --; for n in $(sort -rn {shlex.quote(str(listed))}); do "
                    f"set -- \"$@\" -z follow,tcp,raw,$n; done; tshark -r {shlex.quote(capture_path)} -q \"$@\"")
        cases += [
            Case("df-ts-streams-loop", "tshark: -Y list, then a run per stream", "", ["sh", "-c", loop], 1,
                 check_against="df-sw-streams", command_label=label),
            Case("df-ts-streams-one", "tshark: -Y list, then one run with every -z", "", ["sh", "-c", together],
                 tshark_repeat, check_against="df-sw-streams", command_label=label),
        ]
    return cases


def first_difference(mine, theirs):
    """None when the two files hold the same bytes, else where they first differ: the line
    number (from 1) and both lines (None past the end of a file)."""
    mine_bytes, their_bytes = Path(mine).read_bytes(), Path(theirs).read_bytes()
    if mine_bytes == their_bytes:
        return None
    mine_lines, their_lines = mine_bytes.splitlines(keepends=True), their_bytes.splitlines(keepends=True)
    for number in range(max(len(mine_lines), len(their_lines))):
        left = mine_lines[number] if number < len(mine_lines) else None
        right = their_lines[number] if number < len(their_lines) else None
        if left != right:
            return number + 1, left, right
    return None


def check_filter_outputs(cases, work, path):
    """Runs each swfollow case once and each tshark case once (both timed) and compares their
    outputs byte for byte; returns {tshark case key: text for the table}. A difference is printed
    with the command and the first differing line; timing goes on."""
    by_key = {case.key: case for case in cases}
    run(["cat", str(path)])
    verdicts = {}
    for case in cases:
        if case.key.startswith("df-sw-"):
            case.runs.append(timed(case, work / f"{case.key}.out"))
    for case in cases:
        if not case.check_against:
            continue
        reference = by_key[case.check_against]
        mine, theirs = work / f"{reference.key}.out", work / f"{case.key}.out"
        case.runs.append(timed(case, theirs))
        lines = len(mine.read_bytes().splitlines())
        difference = first_difference(mine, theirs)
        if difference is None:
            verdicts[case.key] = f"identical ({lines:,} lines)"
            print(f"ok: swfollow {reference.command_label} identical to {case.tool} ({mine.stat().st_size:,} bytes)")
        else:
            number, left, right = difference
            verdicts[case.key] = f"**differs at line {number:,}**"
            print(f"MISMATCH: {' '.join(reference.command)} differs from {case.tool} ({mine} vs {theirs}), "
                  f"first at line {number}:\n  swfollow: {left!r}\n  tshark:   {right!r}")
            verdicts[f"{case.key}-detail"] = (f"`swfollow {' '.join(shlex.quote(part) for part in reference.command[1:])}`: "
                                              f"first difference at line {number}: swfollow {left!r}, tshark {right!r}")
    listed = work / "df-streams.txt"
    if listed.exists():
        count = len(listed.read_text().split())
        for case in cases:
            if case.key.endswith("streams") or "streams-" in case.key:
                case.command_label += f" ({count} streams)"
    return verdicts


def filter_table(cases, size_mb, title, verdicts):
    """The display-filter comparison: per command, swfollow's row then tshark's, with whether the
    outputs are identical and how many times more CPU time tshark took."""
    by_key = {case.key: case for case in cases}
    lines = [f"### {title}: display filters", "",
             "| command | tool | CPU s | wall s | MB/s (CPU) | MB/s (wall) | peak RSS MB | output | "
             "tshark / swfollow (CPU) |",
             "|---|---|---:|---:|---:|---:|---:|---|---:|"]
    for case in cases:
        cpu, wall = max(case.best("cpu"), 0.005), max(case.best("wall"), 0.005)
        reference = by_key.get(case.check_against)
        ratio = f"{cpu / max(reference.best('cpu'), 0.005):,.1f}" if reference else ""
        lines.append(f"| `{case.command_label}` | {case.tool} | {case.best('cpu'):.3f} | {case.best('wall'):.3f} | "
                     f"{size_mb / cpu:,.0f} | {size_mb / wall:,.0f} | {case.best('rss_mb'):.1f} | "
                     f"{verdicts.get(case.key, '')} | {ratio} |")
    details = [text for key, text in verdicts.items() if key.endswith("-detail")]
    if details:
        lines += ["", "Outputs that differ from tshark's:", ""] + [f"- {text}" for text in details]
    return lines


def straddling(path):
    """For each compared pattern, from `swfollow search --json` (untimed): the matches, those
    whose bytes come from more than one frame, and the frames that hold a whole match."""
    rows = []
    for name, pattern in COMPARED_PATTERNS:
        result = subprocess.run([str(SWFOLLOW), "search", "--json", "-r", str(path), "-e", pattern],
                                capture_output=True, check=False)
        matches, split, whole_frames = 0, 0, set()
        for line in result.stdout.splitlines():
            record = json.loads(line)
            if record["type"] != "match":
                continue
            matches += 1
            if record["frame"] != record["end_frame"]:
                split += 1
            else:
                whole_frames.add(record["frame"])
        rows.append((name, pattern, matches, split, len(whole_frames)))
    return rows


def check_outputs(cases, work, path):
    """swfollow's output must equal tshark's for the followed streams. These first runs are timed
    too; the capture (`path`) is read once before them so that every run finds it in the page cache."""
    by_key = {case.key: case for case in cases}
    run(["cat", str(path)])
    for case in cases:
        if case.check_against not in by_key:
            continue
        reference = by_key[case.check_against]
        mine, theirs = work / f"{case.key}.out", work / f"{reference.key}.out"
        case.runs.append(timed(case, mine))
        reference.runs.append(timed(reference, theirs))
        if mine.read_bytes() != theirs.read_bytes():
            sys.exit(f"MISMATCH: {' '.join(case.command)} differs from tshark ({mine} vs {theirs})")
        print(f"ok: swfollow {case.streams} stream(s) identical to tshark ({mine.stat().st_size} bytes)")


def time_cases(cases, work):
    rounds = max(case.repeat for case in cases)
    for round_index in range(rounds):
        for case in cases:
            if len(case.runs) < case.repeat:
                case.runs.append(timed(case, work / f"{case.key}.out"))
        print(f"round {round_index + 1}/{rounds} done", flush=True)


def table(cases, size_mb, title):
    lines = [f"### {title}", "",
             "| tool | streams | MB/s (CPU) | CPU s | MB/s (wall) | wall s | peak RSS MB |",
             "|---|---|---:|---:|---:|---:|---:|"]
    for case in cases:
        cpu, wall = max(case.best("cpu"), 0.005), max(case.best("wall"), 0.005)
        lines.append(f"| {case.tool} | {case.streams} | {size_mb / cpu:,.0f} | {case.best('cpu'):.3f} | "
                     f"{size_mb / wall:,.0f} | {case.best('wall'):.3f} | {case.best('rss_mb'):.1f} |")
    return lines


def search_table(cases, size_mb, title, straddle_rows, work):
    """The search comparison: time, throughput and what each tool reported, per pattern; then how
    many matches straddle segments (from swfollow's JSON output)."""
    lines = [f"### {title}: search", "",
             "| tool | pattern | CPU s | wall s | MB/s (wall) | MB/s (CPU) | peak RSS MB | reported |",
             "|---|---|---:|---:|---:|---:|---:|---:|"]
    reported = {}
    for case in cases:
        count, unit = case.counter(work / f"{case.key}.out")
        reported[case.key] = count
        cpu, wall = max(case.best("cpu"), 0.005), max(case.best("wall"), 0.005)
        lines.append(f"| {case.tool} | {case.pattern} | {case.best('cpu'):.3f} | {case.best('wall'):.3f} | "
                     f"{size_mb / wall:,.0f} | {size_mb / cpu:,.0f} | {case.best('rss_mb'):.1f} | "
                     f"{count:,} {unit} |")
    lines += ["", "| pattern | regular expression | matches (swfollow) | split over segments | "
              "frames holding a whole match | tshark frames | ngrep frames |",
              "|---|---|---:|---:|---:|---:|---:|"]
    for name, pattern, matches, split, whole_frames in straddle_rows:
        tshark, ngrep = reported.get(f"cmp-ts-{name}"), reported.get(f"cmp-ng-{name}")
        lines.append(f"| {name} | `{pattern}` | {matches:,} | {split:,} | {whole_frames:,} | "
                     f"{'-' if tshark is None else f'{tshark:,}'} | {'-' if ngrep is None else f'{ngrep:,}'} |")
    return lines


def ratios(cases):
    """The issue's targets as ratios of CPU time (equivalently, of CPU throughput)."""
    by_key = {case.key: case for case in cases}

    def ratio(numerator, denominator):
        if numerator not in by_key or denominator not in by_key:
            return None
        return max(by_key[numerator].best("cpu"), 0.005) / max(by_key[denominator].best("cpu"), 0.005)

    lines = ["", "| ratio (CPU time) | value | target | met |", "|---|---:|---|---|"]
    rows = [
        ("tshark / swfollow, one stream (× faster)", ratio("ts1", "sw1"), "≥ 20", lambda v: v >= 20),
        ("tshark / swfollow, ten streams (× faster)", ratio("ts10", "sw10"), "—", lambda v: True),
        ("swfollow one stream / libpcap floor (× slower)", ratio("sw1", "floor"), "≤ 3", lambda v: v <= 3),
        ("tcpflow / swfollow, all streams (× faster)", ratio("tcpflow", "swall"), "> 1", lambda v: v > 1),
        ("libnids / swfollow, all streams (× faster)", ratio("nids", "swall"), "≥ 1", lambda v: v >= 1),
        ("tcpflow / swfollow search, all streams (× faster)", ratio("tcpflow", "search"), "> 1", lambda v: v > 1),
        ("libnids / swfollow search, all streams (× faster)", ratio("nids", "search"), "≥ 1", lambda v: v >= 1),
        ("swfollow one stream, peak RSS MB", by_key["sw1"].best("rss_mb") if "sw1" in by_key else None, "< 64",
         lambda v: v < 64),
    ]
    for label, value, target, met in rows:
        if value is not None:
            lines.append(f"| {label} | {value:.2f} | {target} | {'yes' if met(value) else 'NO'} |")
    return lines


def instruction_counts(cases, work):
    """Instructions executed (callgrind's Ir) by the swfollow cases: stable on a busy machine."""
    if not shutil.which("valgrind"):
        return ["", "(valgrind not installed: no instruction counts)"]
    lines = ["", "| swfollow case | instructions (callgrind Ir) |", "|---|---:|"]
    for case in cases:
        if case.key not in ("sw1", "sw10", "swall", "search"):
            continue
        log = work / f"{case.key}.callgrind.log"
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={work / (case.key + '.callgrind')}",
                        f"--log-file={log}"] + case.command, stdout=subprocess.DEVNULL, check=True)
        collected = [line for line in log.read_text().splitlines() if "Collected :" in line]
        count = int(collected[-1].split(":")[-1]) if collected else 0
        lines.append(f"| {case.tool} {case.streams} | {count:,} |")
    return lines


def machine():
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor())
    memory = next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                  if line.startswith("MemTotal"))

    def first_line(command):
        try:
            result = subprocess.run(command, capture_output=True, text=True)
            return (result.stdout or result.stderr).strip().splitlines()[0]
        except (OSError, IndexError):
            return "not installed"

    return [f"- CPU: {model}, {os.cpu_count()} cores; memory {int(memory) // 1024 // 1024} GB; "
            f"Linux {platform.release()}",
            f"- {first_line(['swift', '--version'])}",
            f"- {first_line(['tshark', '-v'])}",
            f"- {first_line(['tcpflow', '-V'])}; {first_line(['ngrep', '-V'])}; "
            f"libnids {first_line(['dpkg-query', '-W', '-f', '${Version}', 'libnids-dev'])}"
            f"; libpcap {first_line(['dpkg-query', '-W', '-f', '${Version}', 'libpcap0.8-dev'])}"]


def label(case):
    """The case's name on the plot: the tool, and how many streams it follows."""
    if case.streams == "-":
        return case.tool
    return f"{case.tool}, {case.streams} stream{'' if case.streams == '1' else 's'}"


def plot(rows, path, work, title, axis):
    """A bar chart of `rows` (group, bar label, value), drawn by Benchmarks/plot.py with matplotlib
    (installed into a virtual environment under WORK when the system Python lacks it)."""
    data = work / f"{path.stem}-data.tsv"
    data.write_text("".join(f"{group}\t{bar}\t{value:.3f}\n" for group, bar, value in rows))
    python = sys.executable
    if subprocess.run([python, "-c", "import matplotlib"], capture_output=True).returncode != 0:
        venv = work / "venv"
        python = str(venv / "bin" / "python")
        try:
            if not Path(python).exists():
                run([sys.executable, "-m", "venv", str(venv)])
            if subprocess.run([python, "-c", "import matplotlib"], capture_output=True).returncode != 0:
                run([python, "-m", "pip", "install", "--quiet", "matplotlib"])
        except (subprocess.CalledProcessError, OSError):
            print("note: no plot (could not install matplotlib)")
            return
    run([python, str(BENCH / "plot.py"), str(data), str(path), title, axis])
    print(f"plot: {path}")


def main():
    arguments = parse_arguments()
    work = arguments.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    if arguments.jobs_only:
        report = ["## Machine", "", f"- load average before the run: {load()}"] + machine()
        for size in arguments.size or ["300M"]:
            path = capture(work, size, arguments.connections, arguments.seed)
            report += [""] + jobs_compare(work, path, arguments.repeat, arguments.export_out, arguments.tshark_repeat)
        print("\n" + "\n".join(report))
        return
    results, search_results, report = [], [], ["## Machine", "", f"- load average before the run: {load()}"] + machine()
    programs = {} if arguments.worst_only or arguments.udp_only or arguments.export_only else build_c_programs(work)
    only = arguments.only.split(",") if arguments.only else None
    for size in [] if arguments.worst_only or arguments.udp_only else arguments.size or ["300M"]:
        path = capture(work, size, arguments.connections, arguments.seed)
        size_mb = path.stat().st_size / 1e6
        title = f"{path.name}: {size_mb:,.0f} MB, {arguments.connections:,} connections"
        follow_cases = []
        if not arguments.search_only and not arguments.filters_only and not arguments.export_only:
            follow_cases = cases_for(path, arguments.connections, programs, work, arguments.repeat,
                                     arguments.tshark_repeat)
            if only:
                follow_cases = [case for case in follow_cases if case.key in only]
        if follow_cases:
            check_outputs(follow_cases, work, path)
            time_cases(follow_cases, work)
            report += [""] + table(follow_cases, size_mb, title) + ratios(follow_cases)
            if arguments.instructions:
                report += instruction_counts(follow_cases, work)
            results.append((size, size_mb, follow_cases))
        if not arguments.filters_only and not arguments.export_only and (arguments.search_only or not only
                                                                          or "compare" in only):
            compared = search_cases_for(path, arguments.repeat, arguments.tshark_repeat)
            run(["cat", str(path)])
            time_cases(compared, work)
            report += [""] + search_table(compared, size_mb, title, straddling(path), work)
            search_results.append((size, size_mb, compared))
        if arguments.filters_only or (not arguments.search_only and not arguments.export_only
                                      and (not only or "filters" in only)):
            filtered = filter_cases_for(path, arguments.connections, arguments.repeat, arguments.tshark_repeat, work)
            load_before = load()
            verdicts = check_filter_outputs(filtered, work, path)
            time_cases(filtered, work)
            report += [""] + filter_table(filtered, size_mb, title, verdicts)
            report += ["", f"Load average (1, 5, 15 min) before the display-filter comparison: {load_before}; "
                       f"after: {load()}."]
        if not arguments.search_only and not arguments.filters_only and not arguments.export_only and (
                not only or "jobs" in only):
            report += [""] + jobs_compare(work, path, arguments.repeat, arguments.export_out,
                                          arguments.tshark_repeat)
        if arguments.export_only or (not arguments.search_only and not arguments.filters_only
                                     and (not only or "export" in only)):
            report += [""] + export_compare(work, path, arguments.connections, arguments.repeat, arguments.strace,
                                          arguments.export_out)
    if arguments.worst_only or (not arguments.search_only and not arguments.filters_only and not arguments.udp_only
                                and not arguments.export_only and (not only or "worst" in only)):
        load_before = load()
        report += [""] + worst_cases(work, arguments.repeat, arguments.tshark_repeat, arguments.worst_case)
        report += ["", f"Load average (1, 5, 15 min) before the worst-case comparison: {load_before}; after: {load()}."]
    if arguments.udp_only or (not arguments.search_only and not arguments.filters_only and not arguments.worst_only
                              and not arguments.export_only and (not only or "udp" in only)):
        report += [""] + udp_follow(work, arguments.size or ["300M"], size_bytes, arguments.connections,
                                    arguments.seed, GENERATOR_VERSION, arguments.repeat, arguments.tshark_repeat)
    if len(results) > 1:
        rss = ", ".join(f"{size}: {case.best('rss_mb'):.1f} MB"
                        for size, _, cases in results for case in cases if case.key == "sw1")
        report += ["", f"swfollow one stream, peak RSS by capture size: {rss}"]
    text = "\n".join(report) + "\n"
    print("\n" + text)
    if arguments.markdown:
        arguments.markdown.write_text(text)
    if results:
        plot([(f"{size} capture", label(case), mb / max(case.best("cpu"), 0.005))
              for size, mb, cases in results for case in cases],
             arguments.plot or work / "throughput.png", work,
             "Following TCP streams: swfollow vs tshark, tcpflow, libnids, libpcap",
             "MB of capture per CPU second (log scale; higher is faster)")
    if search_results:
        plot([(f"{size}, {case.pattern} pattern", case.tool, mb / max(case.best("wall"), 0.005))
              for size, mb, cases in search_results for case in cases],
             arguments.search_plot or work / "search.png", work,
             "Searching every TCP payload: swfollow search vs tshark -Y matches, ngrep",
             "MB of capture per wall-clock second (log scale; higher is faster)")
    shutil.rmtree(work / "tcpflow-out", ignore_errors=True)


if __name__ == "__main__":
    main()
