"""The export comparison (BENCHMARKS.md, "Export"; `scripts/bench --export-only`, or `export` in
`--only`).

Issue 13: every stream of the benchmark capture exported (two data files per stream and the
index), with less CPU and less wall time than `tcpflow -r CAPTURE -o DIR`, under `ulimit -n 64`,
in flat memory; with and without `--pcap`.

Three commands, each run through `sh -c 'ulimit -n 64 && exec …'`:

- `swfollow export -r CAPTURE -o DIR --quiet`
- `swfollow export -r CAPTURE -o DIR --quiet --pcap`
- `tcpflow -r CAPTURE -o DIR`

Each run writes into a fresh empty directory under WORK/export-out/ (the same filesystem for
every run), created before the timed region. The previous run's directory is deleted before the
next run, outside the timed region, and then `sync` is run, so that neither the deletion of
40,000 files nor the writeback of the previous run's data lands in the next run's timing. The
commands run interleaved, --repeat times each. CPU time (user, sys) from wait4(2), peak RSS from
/usr/bin/time -f %M (the shell execs the tool, so it is the tool's), wall time; the table keeps
the fastest CPU (user + sys) and wall time and the largest RSS. Files written are counted after
each run (untimed); the exit status of every run is kept.

Correctness, checked once on each command's first run: the index has one line per stream (the
--connections count), and for a few streams both data files equal the records of
`swfollow -q -z follow,tcp,raw,N` (hex-decoded, node 1's lines without their tab, missing-data
markers left out); with --pcap each of those streams' index line names a pcap that exists; tcpflow
wrote its ~2 files per connection.

With --strace, each command also runs once (untimed) under `strace -f -c`, and the system calls
that take most of the time are listed with their counts.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from timing import load

ROOT = Path(__file__).resolve().parent.parent
SWFOLLOW = ROOT / ".build" / "release" / "swfollow"
DESCRIPTORS = 64
# Streams whose data files are compared with swfollow's raw follow output (spread over the capture).
CHECKED_FRACTIONS = [0, 1 / 7, 1 / 3, 1 / 2, 5 / 6]


def commands(path):
    """(key, label, command writing into the directory given) for the compared commands."""
    return [
        ("export", "swfollow export", lambda out: [str(SWFOLLOW), "export", "-r", str(path), "-o", str(out), "--quiet"]),
        ("export-pcap", "swfollow export --pcap",
         lambda out: [str(SWFOLLOW), "export", "-r", str(path), "-o", str(out), "--quiet", "--pcap"]),
        ("tcpflow", "tcpflow", lambda out: ["tcpflow", "-r", str(path), "-o", str(out)]),
    ]


def limited(command):
    """The command under `ulimit -n 64`, through a shell that execs it."""
    return ["sh", "-c", f'ulimit -n {DESCRIPTORS} && exec "$@"', "sh"] + command


def count_files(folder):
    """Regular files under `folder` (any depth) and their total size."""
    files, size = 0, 0
    for directory, _, names in os.walk(folder):
        for name in names:
            files += 1
            size += os.lstat(os.path.join(directory, name)).st_size
    return files, size


def timed_run(command, folder):
    """One timed run of `command` writing into `folder` (already created, empty)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report, \
            tempfile.NamedTemporaryFile("w+b", suffix=".err") as errors:
        start = time.monotonic()
        process = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", report.name] + limited(command),
                                   stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.monotonic() - start
        text = report.read().split()
        errors.seek(0)
        error_text = errors.read().decode(errors="replace").strip()
    rss_kb = int(text[-1]) if text and text[-1].isdigit() else 0
    files, size = count_files(folder)
    return {"wall": wall, "user": usage.ru_utime, "sys": usage.ru_stime, "cpu": usage.ru_utime + usage.ru_stime,
            "rss_mb": rss_kb / 1024, "status": os.waitstatus_to_exitcode(status), "files": files, "bytes": size,
            "stderr": error_text[-500:]}


def raw_follow(path, stream):
    """Node 0's and node 1's bytes from `swfollow -q -z follow,tcp,raw,N`, markers left out."""
    text = subprocess.run([str(SWFOLLOW), "-r", str(path), "-q", "-z", f"follow,tcp,raw,{stream}"],
                          capture_output=True, text=True, check=True).stdout
    body = text.split("Node 1: ", 1)[1].split("\n", 1)[1]
    nodes = [bytearray(), bytearray()]
    for line in body.split("\n"):
        if line.startswith("====="):
            break
        node = 1 if line.startswith("\t") else 0
        hexits = line.strip()
        if re.fullmatch(r"[0-9a-f]+", hexits):
            nodes[node] += bytes.fromhex(hexits)
    return [bytes(node) for node in nodes]


def check_export(path, folder, connections, pcap):
    """Problems found in a swfollow export (empty if none) and a summary line."""
    problems = []
    index = folder / "index.jsonl"
    if not index.exists():
        return ["no index.jsonl"], "no index"
    lines = index.read_text().splitlines()
    if len(lines) != connections:
        problems.append(f"index.jsonl has {len(lines):,} lines, expected {connections:,}")
    entries = {}
    for line in lines:
        entry = json.loads(line)
        entries[entry["stream"]] = entry
    checked = sorted({int(connections * fraction) for fraction in CHECKED_FRACTIONS} | {connections - 1})
    compared = 0
    for stream in checked:
        entry = entries.get(stream)
        if entry is None:
            problems.append(f"stream {stream} not in the index")
            continue
        expected = raw_follow(path, stream)
        for node in (0, 1):
            written = (folder / entry["data"][node]).read_bytes()
            compared += len(written)
            if written != expected[node]:
                problems.append(f"stream {stream} node {node}: {len(written):,} bytes written, follow raw has "
                                f"{len(expected[node]):,} (or different bytes)")
            if entry["bytes"][node] != len(written):
                problems.append(f"stream {stream} node {node}: index says {entry['bytes'][node]} bytes, file has "
                                f"{len(written)}")
        if pcap and not (folder / entry.get("pcap", "missing-pcap-key")).is_file():
            problems.append(f"stream {stream}: no pcap file ({entry.get('pcap')})")
    partial = folder / ".partial"
    if partial.exists() and any(partial.iterdir()):
        problems.append(".partial/ not empty")
    summary = (f"index {len(lines):,} lines; streams {', '.join(map(str, checked))}: both data files equal "
               f"`-z follow,tcp,raw,N` ({compared:,} bytes)" + ("; their pcaps listed and present" if pcap else ""))
    return problems, summary


def check_tcpflow(folder, connections):
    files, _ = count_files(folder)
    flows = sum(1 for name in os.listdir(folder) if re.fullmatch(r"[0-9.]+-[0-9.]+", name))
    problems = [] if flows >= 2 * connections * 0.99 else [f"tcpflow wrote {flows:,} flow files"]
    return problems, f"{flows:,} flow files ({files:,} files in all, with its report.xml)"


def sync():
    subprocess.run(["sync"], check=True)


def strace_counts(command, folder, top=8):
    """Runs the command once under `strace -f -c`; returns (total calls, [(syscall, calls, seconds)])."""
    with tempfile.NamedTemporaryFile("r", suffix=".strace") as report:
        subprocess.run(["strace", "-f", "-c", "-o", report.name] + limited(command),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        text = report.read()
    rows, total = [], 0
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 5 and re.fullmatch(r"[0-9.]+", fields[0]) and fields[-1] != "total":
            name = fields[-1]
            calls = int(fields[3])
            rows.append((name, calls, float(fields[1])))
        elif fields and fields[-1] == "total":
            total = int(fields[3])
    rows.sort(key=lambda row: -row[2])
    return total, rows[:top], text


def export_compare(work, path, connections, repeat, with_strace=False, output_parent=None):
    """Runs the comparison and returns the Markdown lines. The runs write under `output_parent`
    (default: the work folder), e.g. a tmpfs to take the disk's filesystem out of the timing."""
    if not shutil.which("tcpflow"):
        print("note: tcpflow not installed; the export comparison compares swfollow with itself only")
    compared = [item for item in commands(path) if item[0] != "tcpflow" or shutil.which("tcpflow")]
    outputs = (output_parent or work) / "export-out"
    shutil.rmtree(outputs, ignore_errors=True)
    outputs.mkdir(parents=True)
    subprocess.run(["cat", str(path)], stdout=subprocess.DEVNULL, check=True)  # page cache
    sync()
    load_before = load()
    runs = {key: [] for key, _, _ in compared}
    checks = {}
    previous = None
    counter = 0
    for round_index in range(repeat):
        for key, label, command in compared:
            if previous is not None:
                shutil.rmtree(previous)
            counter += 1
            folder = outputs / f"{counter:03d}-{key}"
            folder.mkdir()
            sync()
            result = timed_run(command(folder), folder)
            runs[key].append(result)
            print(f"export round {round_index + 1}: {label}: status {result['status']}, cpu {result['cpu']:.3f} s "
                  f"(user {result['user']:.3f}, sys {result['sys']:.3f}), wall {result['wall']:.3f} s, "
                  f"rss {result['rss_mb']:.1f} MB, {result['files']:,} files", flush=True)
            if result["status"] != 0:
                print(f"  stderr: {result['stderr']}", flush=True)
            if key not in checks:
                if result["status"] != 0:
                    checks[key] = ([f"exit status {result['status']}: {result['stderr']}"], "failed")
                elif key == "tcpflow":
                    checks[key] = check_tcpflow(folder, connections)
                else:
                    checks[key] = check_export(path, folder, connections, pcap=key == "export-pcap")
                print(f"  check: {checks[key][1]}; problems: {checks[key][0] or 'none'}", flush=True)
            previous = folder
    shutil.rmtree(outputs, ignore_errors=True)
    sync()
    load_after = load()

    size_mb = path.stat().st_size / 1e6
    filesystem = subprocess.run(["findmnt", "-n", "-o", "FSTYPE,OPTIONS", "-T", str(outputs.parent)],
                                capture_output=True, text=True).stdout.strip().split("\n")[0]
    report = ["### Export", "",
              f"`{path.name}`: {size_mb:,.0f} MB, {connections:,} connections; output directories in "
              f"`{outputs}` ({filesystem}). Each command under "
              f"`ulimit -n {DESCRIPTORS}`, {repeat} run(s) each, interleaved, a fresh empty directory per run "
              "(the previous one deleted and `sync` run before, untimed); fastest CPU (user + sys) and wall "
              "time, largest peak RSS. User and sys are those of the run with the fastest CPU time.", "",
              "| command | CPU s | user s | sys s | wall s | MB/s (CPU) | peak RSS MB | files written | MB written "
              "| exit status | tcpflow / this (CPU) | tcpflow / this (wall) |",
              "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|"]

    def best(key, name):
        values = [run[name] for run in runs[key]]
        return max(values) if name == "rss_mb" else min(values)

    for key, label, command in compared:
        fastest = min(runs[key], key=lambda run: run["cpu"])
        statuses = sorted({run["status"] for run in runs[key]})
        files = sorted({run["files"] for run in runs[key]})
        ratio_cpu = ratio_wall = ""
        if "tcpflow" in runs and key != "tcpflow":
            ratio_cpu = f"{best('tcpflow', 'cpu') / best(key, 'cpu'):.2f}"
            ratio_wall = f"{best('tcpflow', 'wall') / best(key, 'wall'):.2f}"
        report.append(f"| {label} | {best(key, 'cpu'):.3f} | {fastest['user']:.3f} | {fastest['sys']:.3f} | "
                      f"{best(key, 'wall'):.3f} | {size_mb / best(key, 'cpu'):,.0f} | {best(key, 'rss_mb'):.1f} | "
                      f"{'/'.join(f'{count:,}' for count in files)} | {fastest['bytes'] / 1e6:,.0f} | "
                      f"{', '.join(map(str, statuses))} | {ratio_cpu} | {ratio_wall} |")
    report += ["", "Every run (CPU s user + sys / wall s):", ""]
    for key, label, _ in compared:
        report.append(f"- {label}: " + "; ".join(f"{run['user']:.2f} + {run['sys']:.2f} / {run['wall']:.2f}"
                                                 for run in runs[key]))
    report += ["", "Checks (first run of each):", ""]
    for key, label, _ in compared:
        problems, summary = checks[key]
        report.append(f"- {label}: {summary}; " + ("ok" if not problems else "**" + "; ".join(problems) + "**"))
    if "tcpflow" in runs:
        verdicts = []
        for key in ("export", "export-pcap"):
            cpu_ok = best(key, "cpu") < best("tcpflow", "cpu")
            wall_ok = best(key, "wall") < best("tcpflow", "wall")
            verdicts.append(f"{dict(compared_labels(compared))[key]}: less CPU than tcpflow "
                            f"{'yes' if cpu_ok else 'NO'}, less wall time {'yes' if wall_ok else 'NO'}")
        report += ["", "Goal (issue 13): " + "; ".join(verdicts) + "."]
    report += ["", f"Load average (1, 5, 15 min) before the export comparison: {load_before}; after: {load_after}."]

    if with_strace and shutil.which("strace"):
        report += ["", f"System calls, one run of each under `strace -f -c` (untimed; ulimit -n {DESCRIPTORS}):",
                   ""]
        tables = []
        for key, label, command in compared:
            folder = outputs / f"strace-{key}"
            folder.mkdir(parents=True)
            sync()
            total, rows, text = strace_counts(command(folder), folder)
            (work / f"export-strace-{key}.txt").write_text(text)
            shutil.rmtree(folder, ignore_errors=True)
            sync()
            tables.append((label, total, rows))
        for label, total, rows in tables:
            report.append(f"- {label}: {total:,} calls; by time: " +
                          ", ".join(f"{name} {calls:,}" for name, calls, _ in rows))
        shutil.rmtree(outputs, ignore_errors=True)
    return report


def compared_labels(compared):
    return [(key, label) for key, label, _ in compared]


if __name__ == "__main__":
    # Direct use: python3 Benchmarks/export_compare.py CAPTURE CONNECTIONS REPEAT [--strace]
    capture_path = Path(sys.argv[1]).resolve()
    print("\n".join(export_compare(ROOT / "Benchmarks" / ".work", capture_path, int(sys.argv[2]), int(sys.argv[3]),
                                   "--strace" in sys.argv)))
