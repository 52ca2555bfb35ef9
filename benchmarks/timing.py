"""Clocks, summaries, what the machine is, and the settings handed to child processes."""

from __future__ import annotations

import os
import platform
import statistics
import time
from collections.abc import Sequence
from dataclasses import fields
from pathlib import Path
from typing import Any

from indexer.settings import Settings


class Stopwatch:
    """Laps of the wall clock, each the time since the previous lap or the start, with the CPU time beside it.

    The CPU time of this process (all its threads) hardly moves when other work on the machine takes the
    cores away, so its ratios are a cross-check on the wall-clock ones when the machine is busy.
    """

    def __init__(self) -> None:
        self.started = self.last = time.perf_counter()
        self.cpu_last = time.process_time()
        self.cpu_lap = 0.0

    def lap(self) -> float:
        """Wall seconds since the previous lap (its CPU seconds go to `cpu_lap`), and start the next one."""
        now, cpu_now = time.perf_counter(), time.process_time()
        seconds, self.last = now - self.last, now
        self.cpu_lap, self.cpu_last = cpu_now - self.cpu_last, cpu_now
        return seconds


def percentile(values: Sequence[float], fraction: float) -> float:
    """The value below which this fraction of the values lie (linear between neighbours)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    position = fraction * (len(ordered) - 1)
    lower = int(position)
    upper = min(lower + 1, len(ordered) - 1)
    return ordered[lower] + (ordered[upper] - ordered[lower]) * (position - lower)


def median(values: Sequence[float]) -> float:
    """The median, or NaN for no values."""
    return statistics.median(values) if values else float("nan")


def milliseconds(seconds: Sequence[float]) -> dict[str, float]:
    """p50 and p95 of timings, in milliseconds."""
    return {"p50_ms": percentile(seconds, 0.5) * 1000, "p95_ms": percentile(seconds, 0.95) * 1000}


def resident_bytes() -> int:
    """This process's resident memory now (VmRSS), in bytes."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def peak_resident_bytes(pid: int | str = "self") -> int:
    """The most resident memory a running process has had so far (VmHWM), in bytes."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0


def settings_environment(settings: Settings) -> dict[str, str]:
    """This process's environment with every setting pinned, so a child reads exactly the settings of the index."""
    environment = dict(os.environ)
    for item in fields(Settings):
        value = getattr(settings, item.name)
        if isinstance(value, bool):
            environment[f"CROSSREAD_{item.name.upper()}"] = str(value).lower()
        elif isinstance(value, str | int | float | Path):
            environment[f"CROSSREAD_{item.name.upper()}"] = str(value)
    return environment


def describe_machine() -> dict[str, Any]:
    """What the figures were measured on: cores, CPU model, memory and the libraries that do the work."""
    import faiss
    import numpy
    import sentence_transformers
    import torch

    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    memory_kib = 0
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            memory_kib = int(line.split()[1])
    return {
        "cores": len(os.sched_getaffinity(0)),
        # Other work on the machine slows every figure: the load when the run started says how busy it was.
        "load_average_1min": os.getloadavg()[0],
        "cpu": cpu,
        "memory_gib": round(memory_kib / 1024 / 1024, 1),
        "python": platform.python_version(),
        "torch": torch.__version__,
        "torch_threads": torch.get_num_threads(),
        "faiss": faiss.__version__,
        "faiss_threads": faiss.omp_get_max_threads(),
        "numpy": numpy.__version__,
        "sentence_transformers": sentence_transformers.__version__,
    }
