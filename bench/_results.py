"""Shared helpers for the benchmarks: machine facts and writing a section of RESULTS.md."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import platform
import re
import resource
import sys
from importlib.metadata import version
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def cpu_model() -> str:
    """The CPU's model name from /proc/cpuinfo ('unknown CPU' elsewhere)."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


def ram_gib() -> float | None:
    """Total RAM in GiB from /proc/meminfo."""
    try:
        return int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1)) / 1024 / 1024
    except (OSError, AttributeError):
        return None


def machine() -> str:
    """One line: CPU model, cores, RAM, OS, Python, key package versions."""
    ram = ram_gib()
    mem = f", {ram:.0f} GiB RAM" if ram else ""
    pkgs = []
    for p in ("shapely", "geopandas", "folium", "numpy", "pyahocorasick"):
        with contextlib.suppress(Exception):
            pkgs.append(f"{p} {version(p)}")
    return (
        f"{cpu_model()}, {os.cpu_count()} cores{mem}; {platform.system()} {platform.release()}; "
        f"Python {sys.version.split()[0]}; {', '.join(pkgs)}"
    )


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def write_section(name: str, body: str, command: str) -> None:
    """Replace the section between ``<!-- name:start -->`` and ``<!-- name:end -->``."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    block = (
        f"<!-- {name}:start -->\n{body.rstrip()}\n\n*Machine:* {machine()}  \n*Date:* {stamp}  \n"
        f"*Command:* `{command}`\n<!-- {name}:end -->"
    )
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n\n"
    pattern = re.compile(rf"<!-- {name}:start -->.*?<!-- {name}:end -->", re.S)
    text = pattern.sub(lambda _: block, text) if pattern.search(text) else text.rstrip() + "\n\n" + block + "\n"
    RESULTS.write_text(text, encoding="utf-8")
