"""The UDP comparison (BENCHMARKS.md, "UDP"; `scripts/bench --udp-only`).

For each capture size it generates (once, into the work folder) the benchmark capture with UDP
mixed in (`swfollow-benchgen --udp-share 20`, TrafficMix.swift): the HTTP-like TCP connections,
50,000 DNS-like query/response pairs (one `udp.stream` each), three long UDP flows (RTP-like,
syslog, bulk) and one long TCP connection as long as one of those flows. Then, with the same
arguments for both tools, it follows one long UDP stream (the bulk flow), the long TCP stream, ten
UDP streams in one command (the RTP-like and syslog flows and eight DNS pairs, modes mixed) and,
only to compare, two DNS streams (yaml, raw). Each command's first runs are compared byte for byte
(a difference is printed with its first differing offset and a command that reproduces it, and
that command is left out of the timing); then the rest are timed, interleaved: swfollow --repeat
times, tshark --tshark-repeat times. The table keeps the fastest CPU (user + sys) and wall time and
the largest peak RSS; with two sizes or more it also shows how peak RSS changes with the capture.
"""
import re
import shlex
import subprocess
from pathlib import Path

from timing import Case, load, timed

ROOT = Path(__file__).resolve().parent.parent
SWFOLLOW = ROOT / ".build" / "release" / "swfollow"
GENERATOR = ROOT / "Benchmarks" / ".build" / "release" / "swfollow-benchgen"
# Bumped when TrafficMix writes different bytes for the same options, so that a capture cached in
# the work folder by an older generator is not reused.
UDP_MIX_VERSION = 1
UDP_SHARE = 20
TRANSACTIONS = 50_000
# The long flows' udp.stream numbers (TrafficMix: 0 RTP-like, 1 syslog, 2 bulk; DNS pair k is 3 + k)
# and the long TCP connection's tcp.stream.
RTP, SYSLOG, BULK, FIRST_DNS = 0, 1, 2, 3
LONG_TCP = 0
FLOOR_SECONDS = 0.005


def generate(work, size, size_bytes, connections, seed, generator_version):
    """The mixed capture (written once) and what the generator said about its streams."""
    path = work / (f"udp-{size}-{connections}c-seed{seed}-g{generator_version}-u{UDP_SHARE}x{TRANSACTIONS}"
                   f"-m{UDP_MIX_VERSION}.pcap")
    summary = path.with_suffix(".txt")
    if not path.exists() or not summary.exists():
        print(f"generating {path.name} …", flush=True)
        partial = path.with_suffix(".partial")
        result = subprocess.run([str(GENERATOR), "-o", str(partial), "--size", str(size_bytes),
                                 "--connections", str(connections), "--seed", str(seed),
                                 "--udp-share", str(UDP_SHARE), "--udp-transactions", str(TRANSACTIONS)],
                                capture_output=True, text=True, check=True)
        summary.write_text(result.stdout)
        partial.rename(path)
    text = summary.read_text()
    frames = int(re.search(r"(\d+) frames", text)[1])
    mix = text.split("udp mix: ", 1)[1].strip()
    return path, frames, mix


def commands(transactions=TRANSACTIONS):
    """(key, label, arguments after `-r CAPTURE`, timed) for the compared commands."""
    dns = [FIRST_DNS + transactions * k // 8 + 17 for k in range(8)]
    ten_modes = ["raw", "ascii", "hex", "raw", "yaml", "ebcdic", "ascii", "hex", "raw", "yaml"]
    ten = []
    for mode, stream in zip(ten_modes, [RTP, SYSLOG] + dns):
        ten += ["-z", f"follow,udp,{mode},{stream}"]
    return [
        ("udp1", "one long UDP stream (bulk flow)", ["-q", "-z", f"follow,udp,raw,{BULK}"], True),
        ("tcp1", "one long TCP stream", ["-q", "-z", f"follow,tcp,raw,{LONG_TCP}"], True),
        ("udp10", "ten UDP streams (RTP-like, syslog, 8 DNS)", ["-q"] + ten, True),
        ("dns2", "two DNS streams (compared only)",
         ["-q", "-z", f"follow,udp,yaml,{FIRST_DNS + transactions // 3}",
          "-z", f"follow,udp,raw,{FIRST_DNS + transactions // 2}"], False),
    ]


def first_differing_offset(mine, theirs):
    if mine == theirs:
        return None
    return next((index for index, (a, b) in enumerate(zip(mine, theirs)) if a != b), min(len(mine), len(theirs)))


def measure(work, size, path, repeat, tshark_repeat):
    """Compares, then times, every command on `path`; returns the rows and the differences."""
    rows, differences = [], []
    subprocess.run(["cat", str(path)], stdout=subprocess.DEVNULL, check=True)
    timed_pairs = []
    for key, label, arguments, timed_too in commands():
        swfollow = Case(f"udp-sw-{key}-{size}", "swfollow", label, [str(SWFOLLOW), "-r", str(path)] + arguments,
                        repeat)
        tshark = Case(f"udp-ts-{key}-{size}", "tshark", label, ["tshark", "-r", str(path)] + arguments,
                      tshark_repeat)
        mine, theirs = work / f"{swfollow.key}.out", work / f"{tshark.key}.out"
        swfollow.runs.append(timed(swfollow, mine))
        tshark.runs.append(timed(tshark, theirs))
        mine_bytes, their_bytes = mine.read_bytes(), theirs.read_bytes()
        offset = first_differing_offset(mine_bytes, their_bytes)
        shown = " ".join(shlex.quote(part) for part in arguments)
        if offset is None:
            verdict = f"identical ({len(mine_bytes):,} bytes)"
            print(f"ok: {size} {shown}: swfollow identical to tshark ({len(mine_bytes):,} bytes)", flush=True)
        else:
            window = slice(max(0, offset - 16), offset + 16)
            verdict = f"**differs at byte {offset:,}** (not timed)"
            detail = (f"{size}, `{shown}`: outputs differ at byte {offset:,} (swfollow {len(mine_bytes):,} bytes, "
                      f"tshark {len(their_bytes):,}); around it swfollow {mine_bytes[window]!r}, tshark "
                      f"{their_bytes[window]!r}. Reproduce: `cmp <(tshark -r {path} {shown}) "
                      f"<(.build/release/swfollow -r {path} {shown})`")
            print(f"MISMATCH: {detail}", flush=True)
            differences.append(detail)
            timed_too = False
        rows.append({"key": key, "label": label, "command": shown, "swfollow": swfollow, "tshark": tshark,
                     "verdict": verdict, "timed": timed_too, "output": len(mine_bytes)})
        if timed_too:
            timed_pairs.append((swfollow, tshark))
    for round_index in range(1, max(repeat, tshark_repeat)):
        for pair in timed_pairs:
            for case in pair:
                if len(case.runs) < case.repeat:
                    case.runs.append(timed(case, work / "udp-again.out"))
        print(f"{size}: round {round_index + 1} done", flush=True)
    return rows, differences


def cpu(case):
    return max(case.best("cpu"), FLOOR_SECONDS)


def table(title, size_mb, rows):
    lines = [f"#### {title}", "",
             "| followed | tool | CPU s | wall s | MB/s (CPU) | MB/s (wall) | peak RSS MB | tshark / swfollow (CPU) "
             "| output |",
             "|---|---|---:|---:|---:|---:|---:|---:|---|"]
    for row in rows:
        for tool in ("swfollow", "tshark"):
            case = row[tool]
            ratio = f"{cpu(row['tshark']) / cpu(row['swfollow']):,.1f}" if tool == "tshark" else ""
            runs = "" if row["timed"] else " ¹"
            lines.append(f"| {row['label']}{runs} | {tool} | {case.best('cpu'):.3f} | {case.best('wall'):.3f} | "
                         f"{size_mb / cpu(case):,.0f} | {size_mb / max(case.best('wall'), FLOOR_SECONDS):,.0f} | "
                         f"{case.best('rss_mb'):.1f} | {ratio} | {row['verdict'] if tool == 'swfollow' else ''} |")
    by_key = {row["key"]: row for row in rows}
    lines += ["", "¹ run once by each tool, to compare the outputs."]
    if by_key["udp1"]["timed"] and by_key["tcp1"]["timed"]:
        udp, tcp = by_key["udp1"]["swfollow"], by_key["tcp1"]["swfollow"]
        lines += ["", f"swfollow, one long UDP stream / one long TCP stream (CPU): {cpu(udp) / cpu(tcp):.2f} "
                  f"({by_key['udp1']['output']:,} and {by_key['tcp1']['output']:,} bytes of output)."]
    return lines


def udp_follow(work, sizes, size_bytes, connections, seed, generator_version, repeat, tshark_repeat):
    """Runs the comparison for every size and returns the Markdown lines."""
    load_before = load()
    report = ["### UDP", "", f"Both tools run `-r CAPTURE` and the arguments shown; swfollow {repeat} times, "
              f"tshark {tshark_repeat}; fastest CPU time (user + sys) and wall time, largest peak RSS kept.", ""]
    results, differences = [], []
    for size in sizes:
        path, frames, mix = generate(work, size, size_bytes(size), connections, seed, generator_version)
        size_mb = path.stat().st_size / 1e6
        rows, found = measure(work, size, path, repeat, tshark_repeat)
        differences += found
        results.append((size, rows))
        report += [f"`{path.name}`: {size_mb:,.0f} MB, {frames:,} frames; {mix}.", ""]
        report += table(f"{size}", size_mb, rows) + [""]
        for row in rows:
            report.append(f"- {row['label']}: `{row['command']}`")
        report.append("")
    if len(results) > 1:
        header = " | ".join(size for size, _ in results)
        report += ["#### Peak RSS by capture size (MB)", "", f"| followed | tool | {header} |",
                   "|---|---|" + "---:|" * len(results)]
        for index, row in enumerate(results[0][1]):
            for tool in ("swfollow", "tshark"):
                values = " | ".join(f"{rows[index][tool].best('rss_mb'):.1f}" for _, rows in results)
                report.append(f"| {row['label']} | {tool} | {values} |")
        report.append("")
    report += (["Outputs that differ: none."] if not differences
               else ["Outputs that differ:", ""] + [f"- {item}" for item in differences])
    report += ["", f"Load average (1, 5, 15 min) before the UDP comparison: {load_before}; after: {load()}."]
    return report
