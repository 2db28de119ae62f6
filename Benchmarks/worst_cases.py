"""The worst-case comparison (BENCHMARKS.md, "Worst cases"; `scripts/bench --worst-only`).

For each family of adversarial capture (see `swfollow-benchgen --worst-case`, WorstCase.swift)
it generates (once, into the work folder) a small capture and one four times larger, runs tshark
and swfollow with the same `-q -z follow,tcp,ascii,N` on each, compares their outputs byte for
byte (a difference is reported with its first differing offset and a command that reproduces
it, and timing goes on), and times both: swfollow --repeat times, tshark --tshark-repeat times,
the first run of each being the compared one, and no more runs once a tool's runs on a capture
took REPEAT_BUDGET_SECONDS of CPU time. The table keeps the fastest CPU time (user + sys)
and the largest peak RSS, and shows how each tool's CPU time grows when the input grows four
times.
"""
import json
import re
import shlex
import subprocess
from pathlib import Path

from timing import Case, timed

ROOT = Path(__file__).resolve().parent.parent
SWFOLLOW = ROOT / ".build" / "release" / "swfollow"
GENERATOR = ROOT / "Benchmarks" / ".build" / "release" / "swfollow-benchgen"
# Bumped when `swfollow-benchgen --worst-case` writes different bytes for the same family and
# count, so that a capture cached in the work folder by an older generator is not reused.
WORST_CASE_VERSION = 1
# (family, small count, large count = 4 × small). tshark is quadratic or worse on several of
# these (about 18 s of CPU time for 200,000 in-order duplicates, 8 s for 40,000 fragments of one
# datagram but 54–163 s for 60,000, 10–12 s for a million connections), so these sizes keep the
# whole comparison to about 80 seconds of tshark CPU time.
FAMILIES = [
    ("connections", 250_000, 1_000_000),
    ("ports", 250_000, 1_000_000),
    ("reversed", 10_000, 40_000),
    ("interleaved", 10_000, 40_000),
    ("duplicates", 50_000, 200_000),
    ("duplicates-ahead", 10_000, 40_000),
    ("fragments", 100_000, 400_000),
    ("datagram", 10_000, 40_000),
]
# The targets of issue 10: tshark's CPU time / swfollow's, and swfollow's growth for 4× input.
TARGET_RATIO = 3
TARGET_GROWTH = 5
# CPU times below this are taken as this when dividing (the clock's useful resolution).
FLOOR_SECONDS = 0.005
# A tool is not run again on a capture once its runs there took this much CPU time: at that
# length one run's noise is small, and a quadratic case would otherwise take minutes per repeat.
REPEAT_BUDGET_SECONDS = 10


def generate(work, family, count):
    """The capture of `family` with `count` (written once): its path, frame count and followed stream."""
    path = work / f"worst-{family}-{count}-w{WORST_CASE_VERSION}.pcap"
    facts = path.with_suffix(".json")
    if not path.exists() or not facts.exists():
        print(f"generating {path.name} …", flush=True)
        partial = path.with_suffix(".partial")
        result = subprocess.run([str(GENERATOR), "-o", str(partial), "--worst-case", family, "--count", str(count)],
                                capture_output=True, text=True, check=True)
        summary = re.search(r"(\d+) frames, follow stream (\d+)", result.stdout)
        facts.write_text(json.dumps({"frames": int(summary[1]), "stream": int(summary[2])}))
        partial.rename(path)
    return path, json.loads(facts.read_text())


def first_differing_offset(mine, theirs):
    """None when the two byte strings are equal, else the offset of the first byte that differs
    (the shorter length when one is a prefix of the other)."""
    if mine == theirs:
        return None
    return next((index for index, (a, b) in enumerate(zip(mine, theirs)) if a != b), min(len(mine), len(theirs)))


def compare(stream, family, count, mine, theirs):
    """The verdict for the table, printing the first difference and a reproducer if any."""
    mine_bytes, their_bytes = mine.read_bytes(), theirs.read_bytes()
    offset = first_differing_offset(mine_bytes, their_bytes)
    if offset is None:
        print(f"ok: {family} {count:,}: swfollow's output is identical to tshark's ({len(mine_bytes):,} bytes)")
        return f"identical ({len(mine_bytes):,} bytes)", None
    window = slice(max(0, offset - 16), offset + 16)
    follow = f"-q -z follow,tcp,ascii,{stream}"
    detail = (f"{family} {count:,}: outputs differ at byte {offset:,} (swfollow {len(mine_bytes):,} bytes, "
              f"tshark {len(their_bytes):,}); around it swfollow {mine_bytes[window]!r}, tshark {their_bytes[window]!r}. "
              f"Reproduce: `Benchmarks/.build/release/swfollow-benchgen -o x.pcap --worst-case {family} "
              f"--count {count}; cmp <(tshark -r x.pcap {follow}) <(.build/release/swfollow -r x.pcap {follow})`")
    print(f"MISMATCH: {detail}\n  outputs: {mine} vs {theirs}")
    return f"**differs at byte {offset:,}**", detail


def measure(work, family, count, repeat, tshark_repeat):
    """Generates, compares and times one capture; returns its row's facts."""
    path, facts = generate(work, family, count)
    follow = ["-r", str(path), "-q", "-z", f"follow,tcp,ascii,{facts['stream']}"]
    swfollow = Case(f"wc-sw-{family}-{count}", "swfollow", "1", [str(SWFOLLOW)] + follow, repeat)
    tshark = Case(f"wc-ts-{family}-{count}", "tshark", "1", ["tshark"] + follow, tshark_repeat)
    subprocess.run(["cat", str(path)], stdout=subprocess.DEVNULL, check=True)
    for case in (tshark, swfollow):
        case.runs.append(timed(case, work / f"{case.key}.out"))
    verdict, detail = compare(facts["stream"], family, count, work / f"{swfollow.key}.out", work / f"{tshark.key}.out")
    for _ in range(1, max(repeat, tshark_repeat)):
        for case in (tshark, swfollow):
            if len(case.runs) < case.repeat and sum(run["cpu"] for run in case.runs) < REPEAT_BUDGET_SECONDS:
                case.runs.append(timed(case, work / "worst-case-again.out"))
    print(f"{family} {count:,}: tshark {tshark.best('cpu'):.3f} s, swfollow {swfollow.best('cpu'):.3f} s CPU",
          flush=True)
    return {"family": family, "count": count, "frames": facts["frames"], "stream": facts["stream"],
            "mb": path.stat().st_size / 1e6, "tshark": tshark, "swfollow": swfollow, "verdict": verdict,
            "detail": detail}


def cpu(case):
    return max(case.best("cpu"), FLOOR_SECONDS)


def table(rows):
    """The Markdown table: one row per capture, the growth on each family's larger one; then
    which captures miss the issue's targets, and the differences found."""
    lines = ["| family | count | frames | file MB | followed | tshark CPU s | swfollow CPU s | tshark / swfollow | "
             "tshark growth (4× input) | swfollow growth (4× input) | tshark peak RSS MB | swfollow peak RSS MB | "
             "output |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    smaller = {}
    misses = []
    for row in rows:
        tshark, swfollow = row["tshark"], row["swfollow"]
        ratio = cpu(tshark) / cpu(swfollow)
        if ratio < TARGET_RATIO:
            misses.append(f"{row['family']} {row['count']:,}: tshark / swfollow CPU is {ratio:.2f} "
                          f"(target ≥ {TARGET_RATIO})")
        growth = ["", ""]
        if row["family"] in smaller:
            small = smaller[row["family"]]
            growth = [f"{cpu(tshark) / cpu(small['tshark']):.1f}", f"{cpu(swfollow) / cpu(small['swfollow']):.1f}"]
            if cpu(swfollow) / cpu(small["swfollow"]) > TARGET_GROWTH:
                misses.append(f"{row['family']}: swfollow's CPU time grows {growth[1]} times for 4× input "
                              f"(target ≤ {TARGET_GROWTH})")
        smaller[row["family"]] = row
        lines.append(f"| {row['family']} | {row['count']:,} | {row['frames']:,} | {row['mb']:.1f} | {row['stream']} | "
                     f"{tshark.best('cpu'):.3f} | {swfollow.best('cpu'):.3f} | {ratio:,.1f} | {growth[0]} | "
                     f"{growth[1]} | {tshark.best('rss_mb'):.1f} | {swfollow.best('rss_mb'):.1f} | {row['verdict']} |")
    details = [row["detail"] for row in rows if row["detail"]]
    return lines + listed("Targets missed", misses) + listed("Outputs that differ", details)


def listed(title, items):
    """`title: none.`, or the title and one Markdown bullet per item."""
    return ["", f"{title}: none."] if not items else ["", f"{title}:", ""] + [f"- {item}" for item in items]


def worst_cases(work, repeat, tshark_repeat, families=None):
    """Runs the comparison for `families` (names; default all) and returns the Markdown lines."""
    rows = []
    for family, small, large in FAMILIES:
        if families and family not in families:
            continue
        for count in (small, large):
            rows.append(measure(work, family, count, repeat, tshark_repeat))
    command = " ".join(shlex.quote(part) for part in ["-r", "CAPTURE", "-q", "-z", "follow,tcp,ascii,N"])
    return ["### Worst cases", "", f"Both tools run `{command}`; swfollow {repeat} times, tshark "
            f"{tshark_repeat} (no more once a tool's runs on a capture took {REPEAT_BUDGET_SECONDS} CPU seconds); "
            "fastest CPU time (user + sys) and largest peak RSS kept.", ""] + table(rows)
