"""The many-cores comparison (BENCHMARKS.md, "Many cores"; `scripts/bench --jobs-only`, or `jobs` in
`--only`).

Issue 17: `swfollow search -c` over every stream of the benchmark capture at least 1.6 times faster
(wall clock) with 2 jobs than with 1, with the same output; export likewise; following one stream
no slower than before.

Timed, interleaved, --repeat rounds (medians reported, and the fastest):

- `swfollow search -c -r CAPTURE -e PATTERN` with `-j 1` and `-j 2` (PATTERN `GET|HTTP/1\\.1 [0-9]+`,
  found in every stream, so every byte is searched and matches are counted);
- `swfollow search -c --stream 10000 …` with `-j 1` and `-j 2`: a search of one stream (does the
  default of every core cost anything when one stream is searched?);
- `swfollow export -r CAPTURE -o DIR --quiet` with `-j 1` and `-j 2`, under `ulimit -n 64`, into a
  fresh directory under --export-out (tmpfs is best: see "Export"), deleted after each run, untimed;
- `swfollow -r CAPTURE -q -z follow,tcp,ascii,10000`: following one stream (one job, as always);
- `swfollow -r CAPTURE -q -z follow,tcp,raw,999999` (no such stream): reading, decoding and numbering
  every frame and nothing else, the part that stays on one thread (the projection's serial part);
- a control: two `-j 1` searches at once, to show how much of a second core the machine gives at
  that moment (other jobs share it): 1.0 means a whole second core, 0 none;
- for context, once per round: `tcpflow -r CAPTURE -o DIR` (the export comparison's reference) and,
  with --tshark-repeat, `tshark -r CAPTURE -Y 'tcp.payload matches "PATTERN"' -T fields -e frame.number`.

Checked first: the search output of 1, 2 and 3 jobs is identical, and so are the export directories
(every file's name and bytes).

CPU time (user + sys) from wait4(2); wall time from a monotonic clock. The projection for N free
cores: with `--jobs N` one thread reads, decodes and numbers the capture (the serial part s, measured
by the read-only run above) and deals the streams to itself and N - 1 workers, taking a share
itself only while the workers are behind. The whole work c is measured with 2 jobs (the 2-job run's
CPU time, so it includes handing frames over). So wall(N) ~ max(s, c / N) and speedup(N) = t /
wall(N), with t the 1-job CPU time (its wall time on a free core), bounded by t / s: Amdahl's law
with the reading as the serial part.
"""
import filecmp
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from timing import load

ROOT = Path(__file__).resolve().parent.parent
SWFOLLOW = str(ROOT / ".build" / "release" / "swfollow")
PATTERN = r"GET|HTTP/1\.1 [0-9]+"
# The pattern inside a display filter's double-quoted string, where a backslash is doubled.
FILTER_PATTERN = PATTERN.replace("\\", "\\\\")


def timed(command, cwd=None):
    """Runs `command` (stdout discarded); returns wall, user, sys seconds and the exit status."""
    start = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd)
    _, status, usage = os.wait4(process.pid, 0)
    return {"wall": time.monotonic() - start, "user": usage.ru_utime, "sys": usage.ru_stime,
            "cpu": usage.ru_utime + usage.ru_stime, "status": os.waitstatus_to_exitcode(status)}


def limited(command):
    """The command under `ulimit -n 64`, through a shell that execs it."""
    return ["sh", "-c", 'ulimit -n 64 && exec "$@"', "sh"] + command


def search(path, jobs, *extra):
    return [SWFOLLOW, "search", "-c", "-j", str(jobs), *extra, "-r", str(path), "-e", PATTERN]


def export(path, jobs, folder):
    return limited([SWFOLLOW, "export", "-q", "-j", str(jobs), "-r", str(path), "-o", str(folder)])


def same_trees(left, right):
    """Whether two export directories hold the same file names and bytes."""
    names = sorted(os.listdir(left))
    if names != sorted(os.listdir(right)):
        return False
    _, mismatch, errors = filecmp.cmpfiles(left, right, names, shallow=False)
    return not mismatch and not errors


def check(path, out):
    """Identical output with 1, 2 and 3 jobs: search (stdout) and export (every file)."""
    outputs = [subprocess.run(search(path, jobs), capture_output=True, check=True).stdout for jobs in (1, 2, 3)]
    if outputs[1] != outputs[0] or outputs[2] != outputs[0]:
        sys.exit("search -c: the outputs of 1, 2 and 3 jobs differ")
    folders = [out / f"check-{jobs}" for jobs in (1, 2, 3)]
    for jobs, folder in zip((1, 2, 3), folders):
        shutil.rmtree(folder, ignore_errors=True)
        subprocess.run(export(path, jobs, folder), check=True)
    equal = same_trees(folders[0], folders[1]) and same_trees(folders[0], folders[2])
    files = len(os.listdir(folders[0]))
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)
    if not equal:
        sys.exit("export: the directories of 1, 2 and 3 jobs differ")
    lines = outputs[0].count(b"\n")
    return f"search -c: {lines:,} lines, identical with 1, 2 and 3 jobs; export: {files:,} files, identical"


def pair(path):
    """Two one-job searches at once: the wall time of each."""
    results = [None, None]

    def one(index):
        results[index] = timed(search(path, 1))

    threads = [threading.Thread(target=one, args=(index,)) for index in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {"wall": max(result["wall"] for result in results), "user": 0, "sys": 0, "cpu": 0, "status": 0}


def cases(path, out, tshark):
    """(key, label, run) for every timed case; run() returns one measurement."""
    def exporting(jobs):
        def run():
            folder = out / f"jobs-{jobs}"
            shutil.rmtree(folder, ignore_errors=True)
            result = timed(export(path, jobs, folder))
            shutil.rmtree(folder, ignore_errors=True)
            return result
        return run

    def tcpflow():
        folder = out / "tcpflow"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        result = timed(limited(["tcpflow", "-r", str(path), "-o", str(folder)]))
        shutil.rmtree(folder, ignore_errors=True)
        return result

    listed = [
        ("search-1", "search -c, 1 job", lambda: timed(search(path, 1))),
        ("search-2", "search -c, 2 jobs", lambda: timed(search(path, 2))),
        ("stream-1", "search -c --stream 10000, 1 job", lambda: timed(search(path, 1, "--stream", "10000"))),
        ("stream-2", "search -c --stream 10000, 2 jobs", lambda: timed(search(path, 2, "--stream", "10000"))),
        ("export-1", "export, 1 job", exporting(1)),
        ("export-2", "export, 2 jobs", exporting(2)),
        ("follow", "follow one stream (ascii, 10000)",
         lambda: timed([SWFOLLOW, "-r", str(path), "-q", "-z", "follow,tcp,ascii,10000"])),
        ("read", "read, decode, number only", lambda: timed([SWFOLLOW, "-r", str(path), "-q", "-z",
                                                               "follow,tcp,raw,999999"])),
        ("pair", "control: two 1-job searches at once", lambda: pair(path)),
    ]
    if shutil.which("tcpflow"):
        listed.append(("tcpflow", "tcpflow -r -o (context)", tcpflow))
    if tshark and shutil.which("tshark"):
        listed.append(("tshark", "tshark -Y matches (context)",
                       lambda: timed(["tshark", "-r", str(path), "-Y", f'tcp.payload matches "{FILTER_PATTERN}"',
                                      "-T", "fields", "-e", "frame.number"])))
    return listed


def jobs_compare(work, path, repeat, export_out=None, tshark_repeat=0):
    """Runs the comparison; returns the report's lines (Markdown)."""
    out = Path(export_out or (work / "jobs-out")).resolve()
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run(["cat", str(path)], stdout=subprocess.DEVNULL, check=True)
    verdict = check(path, out)
    listed = cases(path, out, tshark_repeat > 0)
    runs = {key: [] for key, _, _ in listed}
    load_before = load()
    for round_number in range(repeat):
        for key, _, run in listed:
            if key == "tshark" and round_number >= tshark_repeat:
                continue
            result = run()
            if result["status"] != 0:
                sys.exit(f"{key}: exit status {result['status']}")
            runs[key].append(result)
    load_after = load()
    median = {key: {name: statistics.median(run[name] for run in values) for name in ("wall", "cpu", "user", "sys")}
              for key, values in runs.items() if values}
    lines = [f"### Many cores: {path.name}", "",
             f"{repeat} rounds, interleaved; load average (1, 5, 15 min) {load_before} before, {load_after} after. "
             f"{verdict}.", "",
             "| case | wall s (median) | wall s (fastest) | CPU s (median) | user s | sys s |",
             "|---|---:|---:|---:|---:|---:|"]
    for key, label, _ in listed:
        if key not in median:
            continue
        fastest = min(run["wall"] for run in runs[key])
        m = median[key]
        lines.append(f"| {label} | {m['wall']:.3f} | {fastest:.3f} | {m['cpu']:.3f} | {m['user']:.3f} | {m['sys']:.3f} |")
    lines.append("")

    def ratio(one, two, name):
        return median[one][name] / max(median[two][name], 1e-9)

    def per_round(one, two):
        """The median over rounds of one case's wall time over the other's in the same round (the
        two ran seconds apart, so under the same load)."""
        return statistics.median(a["wall"] / b["wall"] for a, b in zip(runs[one], runs[two]))

    second_core = 2 * median["search-1"]["wall"] / max(median["pair"]["wall"], 1e-9) - 1
    lines += [
        f"- search -c: 1 job / 2 jobs, wall (median) **{ratio('search-1', 'search-2', 'wall'):.2f}**, "
        f"fastest {min(r['wall'] for r in runs['search-1']) / min(r['wall'] for r in runs['search-2']):.2f}; "
        f"median of the rounds' ratios {per_round('search-1', 'search-2'):.2f}; "
        f"CPU 2 jobs / 1 job {ratio('search-2', 'search-1', 'cpu'):.2f}",
        f"- export: 1 job / 2 jobs, wall (median) **{ratio('export-1', 'export-2', 'wall'):.2f}**, "
        f"fastest {min(r['wall'] for r in runs['export-1']) / min(r['wall'] for r in runs['export-2']):.2f}; "
        f"median of the rounds' ratios {per_round('export-1', 'export-2'):.2f}; "
        f"CPU 2 jobs / 1 job {ratio('export-2', 'export-1', 'cpu'):.2f}",
        f"- one stream searched: 1 job / 2 jobs, wall (median) {ratio('stream-1', 'stream-2', 'wall'):.2f}",
        f"- control: the second core the machine gave (two 1-job searches at once): {second_core:.2f} of a core",
        "",
        "Projection for N free cores and N jobs (see the docstring of Benchmarks/jobs_compare.py): "
        "speedup(N) = t / max(s, c / N); t = the 1-job CPU time, s = the read-only run's, c = the 2-job run's.",
        "",
        "| command | t | s | c | N = 2 | N = 4 | N = 8 | N = 16 | bound (t / s) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    serial = median["read"]["cpu"]
    for name, one, two in (("search -c", "search-1", "search-2"), ("export", "export-1", "export-2")):
        total = median[two]["cpu"]
        single = median[one]["cpu"]
        cells = [f"{single / max(serial, total / n):.2f}x" for n in (2, 4, 8, 16)]
        lines.append(f"| {name} | {single:.3f} | {serial:.3f} | {total:.3f} | " + " | ".join(cells)
                     + f" | {single / serial:.1f}x |")
    return lines


if __name__ == "__main__":
    import argparse
    parser = argparse.ArgumentParser(description="swfollow --jobs comparison (see BENCHMARKS.md, Many cores)")
    parser.add_argument("capture", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--export-out", type=Path)
    parser.add_argument("--tshark-repeat", type=int, default=0)
    arguments = parser.parse_args()
    print("\n".join(jobs_compare(Path(tempfile.gettempdir()), arguments.capture, arguments.repeat,
                                 arguments.export_out, arguments.tshark_repeat)))
