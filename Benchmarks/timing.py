"""Timing one command for the benchmark runners (bench.py, worst_cases.py): CPU time from
wait4(2), peak RSS from /usr/bin/time, wall time; and the machine's load."""
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field


@dataclass
class Case:
    """One timed command."""
    key: str
    tool: str
    streams: str
    command: list
    repeat: int
    check_against: str = ""  # key of the case whose output must be identical
    prepare: object = None  # called before each run, untimed; returns the command to run
    pattern: str = ""  # search comparison: the pattern's name
    counter: object = None  # search comparison: output path -> (count, unit) the tool reported
    command_label: str = ""  # display-filter comparison: the arguments compared, as printed in the table
    runs: list = field(default_factory=list)

    def best(self, name):
        values = [run[name] for run in self.runs]
        return max(values) if name == "rss_mb" else min(values)


def timed(case, output):
    """Runs the case's command under /usr/bin/time; returns wall and CPU (user + sys; also each
    apart) seconds and peak RSS in MB. Peak RSS is /usr/bin/time's %M; CPU time is the same wait4(2)
    figure that /usr/bin/time prints as %U + %S, read directly for microseconds instead of its
    10 ms steps (it includes /usr/bin/time's own start, well under a millisecond)."""
    command = case.prepare() if case.prepare else case.command
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report, open(output, "wb") as out:
        start = time.monotonic()
        process = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", report.name] + command,
                                   stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.monotonic() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            sys.exit(f"FAILED ({process.returncode}): {' '.join(command)}")
        rss_kb = int(report.read().split()[-1])
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "user": usage.ru_utime, "sys": usage.ru_stime,
            "rss_mb": rss_kb / 1024}


def load():
    """The 1, 5 and 15 minute load averages (the machine may be shared)."""
    return ", ".join(f"{value:.2f}" for value in os.getloadavg())
