#!/bin/sh
# Records what real tshark does with each display filter of
# Tests/DisplayFilterTests/Fixtures/filters.txt (one filter per line; lines starting with
# "//" are comments) into Tests/DisplayFilterTests/Fixtures/filter-goldens.jsonl:
#   {"filter": F, "status": 2, "stderr": "…"}            when tshark rejects F
#   {"filter": F, "frames": {"capture": "1-3,7", …}}      the frames `-Y F` keeps, per capture
# Captures are read from ../shared (never copied). The goldens are tshark's output, not to be
# edited by hand: rerun this script instead. Refuses to run with another tshark version.
# Records already in the file for the same filter and captures are kept (tshark takes ~0.2 s
# per run); pass --all to record everything again.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
shared="$root/../shared"
script=record-filter-goldens
. "$root/scripts/require-tshark.sh"
export SHARED="$shared" FIXTURES="$root/Tests/DisplayFilterTests/Fixtures" RECORD_ALL="${1:-}"
exec python3 - <<'PY'
import json, os, subprocess

shared = os.environ["SHARED"]
fixtures = os.environ["FIXTURES"]
captures = [
    "spec-cases/fmt_basic.pcap",
    "spec-cases/fmt_ipv6.pcap",
    "spec-cases/num_v4v6.pcap",
    "spec-cases/num_vlan_two.pcap",
    "spec-cases/num_ipfrag.pcap",
    "corpus/captures/zeek__http-vlan-qinqinq.pcap",
    "corpus/captures/pcapplusplus__one-http-stream-fin.pcap",
    "corpus/captures/suricata-verify__tcp-urgent-2byte.pcap",
]

def run(capture, display_filter):
    result = subprocess.run(
        ["tshark", "-r", os.path.join(shared, capture), "-Y", display_filter, "-T", "fields", "-e", "frame.number"],
        capture_output=True,
    )
    stderr = b"".join(line for line in result.stderr.splitlines(keepends=True)
                      if not line.startswith(b"Running as user"))
    return result.returncode, result.stdout, stderr

def ranges(numbers):
    parts, start, previous = [], None, None
    for number in numbers + [None]:
        if start is not None and number == previous + 1:
            previous = number
            continue
        if start is not None:
            parts.append(str(start) if start == previous else f"{start}-{previous}")
        start = previous = number
    return ",".join(parts)

with open(os.path.join(fixtures, "filters.txt"), encoding="utf-8") as listing:
    filters = [line.rstrip("\n") for line in listing if line.strip() and not line.startswith("//")]

goldens_path = os.path.join(fixtures, "filter-goldens.jsonl")
known = {}
if os.environ.get("RECORD_ALL") != "--all" and os.path.exists(goldens_path):
    names = sorted(os.path.basename(capture) for capture in captures)
    with open(goldens_path, encoding="utf-8") as old:
        for line in old:
            record = json.loads(line)
            if "frames" not in record or sorted(record["frames"]) == names:
                known[record["filter"]] = record

with open(goldens_path + ".new", "w", encoding="utf-8") as out:
    for display_filter in filters:
        if display_filter in known:
            out.write(json.dumps(known[display_filter], ensure_ascii=True) + "\n")
            continue
        status, stdout, stderr = run(captures[0], display_filter)
        if status != 0:
            record = {"filter": display_filter, "status": status, "stderr": stderr.decode("utf-8", "surrogateescape")}
        else:
            frames = {}
            for capture in captures:
                status, stdout, stderr = run(capture, display_filter)
                if status != 0 or stderr:
                    raise SystemExit(f"{display_filter!r} on {capture}: status {status}, {stderr!r}")
                numbers = [int(line) for line in stdout.split()]
                frames[os.path.basename(capture)] = ranges(numbers)
            record = {"filter": display_filter, "frames": frames}
        out.write(json.dumps(record, ensure_ascii=True) + "\n")
os.replace(goldens_path + ".new", goldens_path)
print(f"recorded {len(filters)} filters ({sum(f not in known for f in filters)} new)")
PY
