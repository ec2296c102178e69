"""Hostile input: every crafted text (:mod:`digital_compare.text.hostile`) runs in a process of its own.

Linearity is shown on the input itself: the same case at twice the size may take at most
:data:`DOUBLING_RATIO` times the CPU of the single size (plus a little for timer noise), a
comparison that holds on a busy two-core machine where a fixed multiple of other text did not.
Each process must also stay under a fixed peak memory, write output in proportion to its input,
and end without a traceback (a clear one-line error is fine).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from digital_compare.text.hostile import HOSTILE_BUILDERS as CASES
from digital_compare.text.hostile import case_file_name

#: twice the input, at most this many times the CPU: linear work gives 2 (less with start-up
#: costs), quadratic 4
DOUBLING_RATIO = 2.5
#: CPU seconds of slack for the timer's granularity and a busy machine
CPU_SLACK = 0.3
PEAK_MEMORY_BYTES = 768 * 2**20
#: a figure's record is a few hundred bytes and the densest text has a figure every two bytes
OUTPUT_PER_INPUT_BYTE = 500
OUTPUT_FLOOR = 64 * 1024

# The analysis behind /analyze, with every download it offers.
_ANALYSE = textwrap.dedent("""
    import sys
    from pathlib import Path
    from digital_compare.app.analysis import analyse_text, mentions_to_json, mentions_to_xlsx
    from digital_compare.csv_safe import dataframe_to_safe_csv
    from digital_compare.text.decode import InputError, read_article_bytes
    path = Path(sys.argv[1])
    try:
        result = analyse_text(read_article_bytes(path.read_bytes(), path.name))
    except InputError as err:
        print(f"error: {err}", file=sys.stderr)
        sys.exit(2)
    for blob in (mentions_to_json(result.mentions), mentions_to_xlsx(result.mentions),
                 dataframe_to_safe_csv(result.mentions)):
        sys.stdout.buffer.write(blob)
""")

COMMANDS = {
    "extract": lambda path: [sys.executable, "-m", "digital_compare", "extract", str(path)],
    "label": lambda path: [sys.executable, "-m", "digital_compare", "label", str(path)],
    "analyze": lambda path: [sys.executable, "-c", _ANALYSE, str(path)],
}


def _measure(command: list[str], out_path: Path) -> dict:
    with open(out_path, "wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.PIPE, env={**os.environ, "PYTHONWARNINGS": "ignore"})
        stderr = process.stderr.read()
        _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return {
        "returncode": process.returncode, "stderr": stderr.decode("utf-8", "replace"),
        "cpu": usage.ru_utime + usage.ru_stime, "peak": usage.ru_maxrss * 1024, "output": out_path.stat().st_size,
    }


# Known: Lexbor's parse of 20,000 nested <div> takes about 0.45 s and of 40,000 about 1.9 s (its
# own C code, before any of ours runs); the doubling check shows it, so it is marked, not hidden.
_KNOWN_SUPERLINEAR = {("html_deep_nesting.html", mode): "Lexbor parses deep nesting in superlinear time"
                      for mode in ("extract", "label", "analyze")}


def _cases():
    for case in CASES:
        for mode in COMMANDS:
            reason = _KNOWN_SUPERLINEAR.get((case, mode))
            marks = [pytest.mark.xfail(reason=reason, strict=False)] if reason else []
            yield pytest.param(case, mode, marks=marks, id=f"{case}-{mode}")


@pytest.mark.parametrize("case, mode", list(_cases()))
def test_hostile_input_stays_linear(case, mode, tmp_path):
    measured = {}
    for scale in (1, 2):
        path = tmp_path / f"x{scale}_{case_file_name(case)}"
        path.write_bytes(CASES[case](scale).encode("utf-8"))
        got = _measure(COMMANDS[mode](path), tmp_path / f"out{scale}")
        size = path.stat().st_size
        assert "Traceback" not in got["stderr"], got["stderr"][-2000:]
        if got["returncode"] != 0:
            lines = got["stderr"].strip().splitlines()
            assert got["returncode"] in (1, 2) and len(lines) == 1 and "error:" in lines[0], got["stderr"][-2000:]
        assert got["peak"] <= PEAK_MEMORY_BYTES, f"{case} peaked at {got['peak'] / 2**20:.0f} MiB"
        assert got["output"] <= OUTPUT_PER_INPUT_BYTE * size + OUTPUT_FLOOR, (
            f"{case}: {got['output']:,} bytes of output for {size:,} bytes of input")
        measured[scale] = got["cpu"]
    if measured[2] > DOUBLING_RATIO * measured[1] + CPU_SLACK:
        # CPU time still grows when another process shares the core (a fresh clone's run measured 1.46 and 4.08 CPU-s
        # where the same case takes 1.8 and 3.5 alone): each size is measured once more and its lesser time kept, so
        # a passing burst is not read as quadratic work, which is slow in both runs
        for scale in (1, 2):
            again = _measure(COMMANDS[mode](tmp_path / f"x{scale}_{case_file_name(case)}"), tmp_path / f"out{scale}")
            measured[scale] = min(measured[scale], again["cpu"])
    assert measured[2] <= DOUBLING_RATIO * measured[1] + CPU_SLACK, (
        f"{case}: {measured[1]:.2f} CPU-s at one size, {measured[2]:.2f} at twice the size")
