#!/usr/bin/env python3
"""plot.py DATA.tsv OUT.png TITLE AXIS-LABEL: horizontal bars of capture throughput per tool, one
group per capture size (or per size and pattern). DATA lines: group TAB tool TAB MB/s (written by
bench.py)."""
import sys
from collections import defaultdict

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

rows = [line.split("\t") for line in open(sys.argv[1]).read().splitlines() if line]
sizes = list(dict.fromkeys(row[0] for row in rows))
tools = list(dict.fromkeys(row[1] for row in rows))
value = defaultdict(float, {(row[0], row[1]): float(row[2]) for row in rows})

figure, axes = plt.subplots(figsize=(9, 0.55 * len(tools) * len(sizes) + 1.5))
height = 0.8 / len(sizes)
for index, size in enumerate(sizes):
    positions = [tool_index + index * height for tool_index in range(len(tools))]
    values = [value[(size, tool)] for tool in tools]
    bars = axes.barh(positions, values, height=height, label=size)
    for bar, number in zip(bars, values):
        if number:
            axes.text(number * 1.05, bar.get_y() + bar.get_height() / 2, f"{number:,.0f}", va="center", fontsize=8)
axes.set_yticks([tool_index + height * (len(sizes) - 1) / 2 for tool_index in range(len(tools))])
axes.set_yticklabels(tools)
axes.invert_yaxis()
axes.set_xscale("log")
axes.set_title(sys.argv[3])
axes.set_xlabel(sys.argv[4])
axes.legend(loc="center right")
figure.tight_layout()
figure.savefig(sys.argv[2], dpi=110)
