#!/usr/bin/env python3
"""Several capture files read as one (issue 17): swfollow given the pieces of a capture (cut with
`editcap -c`, named newest first) against swfollow on the whole capture, and against what tshark
needs for the same answer: `mergecap -w merged.pcapng PIECES…` then `tshark -r merged.pcapng`.
Every output is compared with cmp against swfollow's on the whole capture.

usage: Benchmarks/multi_file.py CAPTURE [--pieces N] [--repeat R] [--stream S]
Prints one table (medians of R runs: wall, user+sys CPU, peak RSS) per command."""
import argparse
import glob
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from timing import Case, load, timed  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
SWFOLLOW = str(ROOT / ".build" / "release" / "swfollow")


def cut(capture, pieces, folder):
    """The capture cut into `pieces` files of equal frame counts, newest first."""
    frames = int(subprocess.run(["capinfos", "-Mc", capture], capture_output=True, text=True, check=True)
                 .stdout.split()[-1])
    subprocess.run(["editcap", "-c", str(-(-frames // pieces)), capture, f"{folder}/piece.pcap"], check=True)
    return sorted(glob.glob(f"{folder}/piece_*"), reverse=True)


def run(cases, repeat, expected, work):
    rows = []
    for case in cases:
        runs = []
        for _ in range(repeat):
            output = f"{work}/{case.key}.out"
            runs.append(timed(case, output))
            if expected and not subprocess.run(["cmp", "-s", output, expected]).returncode == 0:
                sys.exit(f"{case.key}: output differs from swfollow on the whole capture")
        rows.append((case.tool, *(statistics.median(r[name] for r in runs) for name in ("wall", "cpu", "rss_mb"))))
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("capture")
    parser.add_argument("--pieces", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--stream", default="10000")
    args = parser.parse_args()
    work = tempfile.mkdtemp(dir=os.path.dirname(os.path.abspath(args.capture)))
    try:
        pieces = cut(args.capture, args.pieces, work)
        merged = f"{work}/merged.pcapng"
        for label, z in (("follow", f"follow,tcp,ascii,{args.stream}"), ("conv", "conv,tcp")):
            expected = f"{work}/expected-{label}"
            with open(expected, "wb") as out:
                subprocess.run([SWFOLLOW, "-r", args.capture, "-q", "-z", z], stdout=out, check=True)
            many = sum((["-r", piece] for piece in pieces), [])
            cases = [
                Case(f"whole-{label}", "swfollow, the whole capture", "", [SWFOLLOW, "-r", args.capture, "-q", "-z", z], 1),
                Case(f"pieces-{label}", f"swfollow, {len(pieces)} pieces newest first", "", [SWFOLLOW, *many, "-q", "-z", z], 1),
                Case(f"merge-{label}", "mergecap -w merged.pcapng (the pieces)", "", ["mergecap", "-w", merged, *pieces], 1),
                Case(f"tshark-{label}", "tshark -r merged.pcapng", "", ["tshark", "-r", merged, "-q", "-z", z], 1),
            ]
            print(f"\n-z {z} (load {load()}), medians of {args.repeat}")
            print("| command | wall s | CPU s | peak RSS MB |\n|---|---:|---:|---:|")
            timings = run(cases[:2], args.repeat, expected, work) + run(cases[2:3], args.repeat, None, work)
            timings += run(cases[3:], max(1, args.repeat // 2), expected, work)
            for tool, wall, cpu, rss in timings:
                print(f"| {tool} | {wall:.3f} | {cpu:.3f} | {rss:.1f} |")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
