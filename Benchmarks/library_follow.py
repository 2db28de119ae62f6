#!/usr/bin/env python3
"""The library comparison (BENCHMARKS.md, "Library"): is following a stream through FollowKit as
fast as through the command line?

usage: python3 Benchmarks/library_follow.py [--work DIR] [--capture PATH:STREAM:MODE …]
           [--repeat N] [--tshark-repeat N] [--old-allstreams PATH] [--no-tcpflow] [--markdown PATH]
           [--library-variant LABEL=PATH …] [--allstreams-variant LABEL=PATH …]

Builds nothing: build first `swift build -c release --product swfollow`, `swift build -c release
--package-path Benchmarks` and `swift build -c release --package-path Examples/follow-stream`.

By default it follows `tcp.stream` 10000 in ascii mode (bench.py's "1 stream" case) on the 300 MB
benchmark capture, generating it into --work when missing (same name and generator arguments as
bench.py). --capture PATH:STREAM:MODE (repeatable) follows other streams, of any capture.

For each followed stream, in one run: the library (`Examples/follow-stream`: `follow-stream
CAPTURE N MODE`), the command line (`swfollow -r CAPTURE -q -z follow,tcp,MODE,N`) and tshark
(the same arguments). The first run of each writes its output to a file, and the library's and
tshark's outputs are compared byte for byte (cmp) with the command line's, then deleted; the
script stops if any differs. Then every stream of the first capture: swfollow-allstreams (on FollowKit), the
pre-FollowKit swfollow-allstreams when --old-allstreams names its binary (its output line must
be the same), and for context the libnids program and the libpcap read loop of bench.py (built
with cc into --work) and tcpflow (writes 40,000 files into a fresh folder). The timed runs
are interleaved, --repeat times (tshark and tcpflow --tshark-repeat times), outputs to /dev/null
(tcpflow's to its folder). Reports the median wall, user CPU, system CPU and peak RSS
(/usr/bin/time %M) and the min–max of wall and user CPU, and library / command line ratios.
--library-variant and --allstreams-variant add other builds of follow-stream and
swfollow-allstreams (e.g. built with `-Xswiftc -cross-module-optimization`), checked and timed
the same way.
"""
import argparse
import filecmp
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from timing import Case, load, timed

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "Benchmarks"
SWFOLLOW = ROOT / ".build" / "release" / "swfollow"
LIBRARY = ROOT / "Examples" / "follow-stream" / ".build" / "release" / "follow-stream"
ALLSTREAMS = BENCH / ".build" / "release" / "swfollow-allstreams"
GENERATOR = BENCH / ".build" / "release" / "swfollow-benchgen"
GENERATOR_VERSION = 2  # as bench.py's
DEVNULL = Path("/dev/null")


def default_capture(work, size="300M", connections=20_000, seed=1):
    """bench.py's capture: generated once into `work` under the same name."""
    path = work / f"bench-{size}-{connections}c-seed{seed}-g{GENERATOR_VERSION}.pcap"
    if not path.exists():
        print(f"generating {path.name} …", flush=True)
        partial = path.with_suffix(".partial")
        units = {"K": 10**3, "M": 10**6, "G": 10**9}
        subprocess.run([str(GENERATOR), "-o", str(partial), "--size", str(int(size[:-1]) * units[size[-1]]),
                        "--connections", str(connections), "--seed", str(seed)], check=True)
        partial.rename(path)
    return path


def median(case, name):
    return statistics.median(run[name] for run in case.runs)


def spread(case, name):
    values = [run[name] for run in case.runs]
    return f"{min(values):.3f}–{max(values):.3f}"


def first_run(case, work, compare_with=None):
    """Runs `case` once, its output in `work`; compares it with `compare_with`'s (a path)."""
    output = work / f"library-{case.key}.out"
    case.runs.append(timed(case, output))
    if compare_with is not None:
        if not filecmp.cmp(output, compare_with, shallow=False):
            sys.exit(f"MISMATCH: {' '.join(case.command)} differs from {compare_with} (cmp {output} {compare_with})")
        output.unlink()  # a long stream's outputs are large
    return output


def variant_cases(variants, prefix, make_command, repeat):
    cases = []
    for index, text in enumerate(variants or []):
        label, path = text.split("=", 1)
        cases.append(Case(f"{prefix}-variant{index}", label, "", make_command(path), repeat))
    return cases


def follow_cases(work, capture, stream, mode, repeat, tshark_repeat, variants):
    """Library, command line, tshark on one stream; outputs checked identical."""
    arguments = ["-q", "-z", f"follow,tcp,{mode},{stream}"]
    label = f"{capture.name} stream {stream} {mode}"
    cli = Case(f"cli-{stream}-{mode}", "swfollow (command line)", label,
               [str(SWFOLLOW), "-r", str(capture)] + arguments, repeat)
    library = Case(f"lib-{stream}-{mode}", "follow-stream (FollowKit)", label,
                   [str(LIBRARY), str(capture), str(stream), mode], repeat)
    cases = [cli, library] + variant_cases(
        variants, f"lib-{stream}-{mode}", lambda path: [path, str(capture), str(stream), mode], repeat)
    expected = first_run(cli, work)
    for case in cases[1:]:
        first_run(case, work, expected)
    size = expected.stat().st_size
    print(f"ok: {label}: follow-stream identical to swfollow ({size:,} bytes)", flush=True)
    if shutil.which("tshark") and tshark_repeat > 0:
        tshark = Case(f"ts-{stream}-{mode}", "tshark", label, ["tshark", "-r", str(capture)] + arguments,
                      tshark_repeat)
        first_run(tshark, work, expected)
        print(f"ok: {label}: tshark identical to swfollow", flush=True)
        cases.append(tshark)
    expected.unlink()
    return cases, size


def allstreams_cases(work, capture, repeat, tshark_repeat, old, tcpflow, variants):
    new = Case("all-new", "swfollow-allstreams (FollowKit)", "all", [str(ALLSTREAMS), str(capture)], repeat)
    cases = [new]
    expected = first_run(new, work)
    line = expected.read_text().strip()
    print(f"swfollow-allstreams (FollowKit): {line}", flush=True)
    for case in variant_cases(variants, "all", lambda path: [path, str(capture)], repeat):
        first_run(case, work, expected)
        cases.append(case)
    if old:
        before = Case("all-old", "swfollow-allstreams (before, symlinked sources)", "all",
                      [str(old), str(capture)], repeat)
        first_run(before, work, expected)
        print("ok: the old swfollow-allstreams prints the same line", flush=True)
        cases.append(before)
    for name, label, libraries in [("nids-allstreams", "libnids (counts bytes)", ["-lnids", "-lpcap"]),
                                   ("pcap-floor", "libpcap read loop (floor)", ["-lpcap"])]:
        program = work / name  # as bench.py builds them
        built = subprocess.run(["cc", "-O2", "-o", str(program), str(BENCH / "C" / f"{name}.c")] + libraries,
                               capture_output=True)
        if built.returncode != 0:
            print(f"note: could not build {name}", flush=True)
            continue
        context = Case(f"all-{name}", label, "all", [str(program), str(capture)], repeat)
        output = first_run(context, work)
        print(f"{label}: {output.read_text().strip()}", flush=True)
        output.unlink()
        cases.append(context)
    if tcpflow and shutil.which("tcpflow") and tshark_repeat > 0:
        flows = Path(tempfile.mkdtemp(prefix="library-tcpflow-", dir=work))

        def fresh_folder():
            return ["tcpflow", "-r", str(capture), "-o", tempfile.mkdtemp(prefix="run-", dir=flows)]

        context = Case("all-tcpflow", "tcpflow (writes files)", "all", [], tshark_repeat, prepare=fresh_folder)
        context.runs.append(timed(context, DEVNULL))
        cases.append(context)
    else:
        flows = None
    return cases, line, flows


def table(cases, reference):
    """Medians of every case, and each one's ratio to `reference`'s medians."""
    lines = ["| tool | runs | wall s | user s | sys s | peak RSS MB | wall min–max | user min–max "
             f"| wall / {reference.tool} | user / {reference.tool} |",
             "|---|---:|---:|---:|---:|---:|---|---|---:|---:|"]
    for case in cases:
        lines.append(f"| {case.tool} | {len(case.runs)} | {median(case, 'wall'):.3f} | {median(case, 'user'):.3f} | "
                     f"{median(case, 'sys'):.3f} | {median(case, 'rss_mb'):.1f} | {spread(case, 'wall')} | "
                     f"{spread(case, 'user')} | {median(case, 'wall') / median(reference, 'wall'):.2f} | "
                     f"{median(case, 'user') / max(median(reference, 'user'), 0.001):.2f} |")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=BENCH / ".work")
    parser.add_argument("--capture", action="append", help="PATH:STREAM:MODE (repeatable)")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--tshark-repeat", type=int, default=1)
    parser.add_argument("--old-allstreams", type=Path, help="a swfollow-allstreams built before FollowKit")
    parser.add_argument("--no-tcpflow", action="store_true")
    parser.add_argument("--markdown", type=Path)
    parser.add_argument("--library-variant", action="append", help="LABEL=PATH: another follow-stream build")
    parser.add_argument("--allstreams-variant", action="append", help="LABEL=PATH: another swfollow-allstreams build")
    arguments = parser.parse_args()
    for binary in (SWFOLLOW, LIBRARY, ALLSTREAMS):
        if not binary.exists():
            sys.exit(f"missing {binary}: build it first (see the usage)")
    work = arguments.work
    work.mkdir(parents=True, exist_ok=True)
    followed = []
    for text in arguments.capture or []:
        path, stream, mode = text.rsplit(":", 2)
        followed.append((Path(path), int(stream), mode))
    if not followed:
        followed = [(default_capture(work), 10_000, "ascii")]
    load_before = load()
    groups = []
    for capture, stream, mode in followed:
        subprocess.run(["cat", str(capture)], stdout=subprocess.DEVNULL, check=True)  # page cache
        cases, size = follow_cases(work, capture, stream, mode, arguments.repeat, arguments.tshark_repeat,
                                   arguments.library_variant)
        groups.append((f"{capture.name} ({capture.stat().st_size / 1e6:,.0f} MB), `tcp.stream` {stream}, {mode} "
                       f"({size:,} bytes of output, identical)", cases, cases[0]))
    all_cases, line, flows = allstreams_cases(work, followed[0][0], arguments.repeat, arguments.tshark_repeat,
                                              arguments.old_allstreams, not arguments.no_tcpflow,
                                              arguments.allstreams_variant)
    old = next((case for case in all_cases if case.key == "all-old"), None)
    groups.append((f"every stream of {followed[0][0].name}: `{line}`", all_cases, old or all_cases[0]))
    (work / f"library-{all_cases[0].key}.out").unlink()
    everything = [case for _, cases, _ in groups for case in cases]
    for round_index in range(1, max(case.repeat for case in everything)):
        for case in everything:
            if len(case.runs) < case.repeat:
                case.runs.append(timed(case, DEVNULL))
        print(f"round {round_index + 1} done", flush=True)
    if flows:
        shutil.rmtree(flows)
    report = []
    for title, cases, reference in groups:
        report += [f"#### {title}", "", "Medians of the runs (peak RSS too).", ""] + table(cases, reference) + [""]
    report += [f"Load average (1, 5, 15 min) before: {load_before}; after: {load()}."]
    text = "\n".join(report)
    print("\n" + text)
    if arguments.markdown:
        arguments.markdown.write_text(text + "\n")


if __name__ == "__main__":
    main()
