"""Time and memory of the command line on each hostile file, beside the targets it must meet.

Each case is one hostile file (or a folder of ten thousand tiny ones) beside a good article; the
command line briefs the folder in a fresh process with an empty parse cache. Targets (per case): exit 0, the good article briefed,
one notice naming the file (or the file read with its damage made harmless), under 30 s and 1 GB.
Memory is the peak resident size of the largest process involved (the command line, its file-reader
process and any workers), from the kernel's accounting of waited-for children.

    python tests/benchmarks/hostile.py              # every case
    python tests/benchmarks/hostile.py odt-spaces   # the cases named
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[1] / "ingest"))

from ingest_fixtures import (  # noqa: E402  (the test fixtures are not a package)
    FLOOD_EN,
    FLOOD_EN_2,
    write_docx_of_paragraphs,
    write_docx_with_headers,
    write_huge_text,
    write_odt_with_spaces,
    write_slow_pdf,
    write_tiny_files,
    write_zip_bomb_docx,
)

TARGET_SECONDS = 30.0
TARGET_MB = 1024.0


def _surrogate_rtf(folder: Path) -> str:
    rtf = "{\\rtf1\\ansi The river rose \\u-10240? three metres overnight, officials said.\\par}"
    (folder / "surrogate.rtf").write_text(rtf, encoding="ascii")
    return "surrogate.rtf"


def _undecodable_name(folder: Path) -> str:
    (folder / os.fsdecode(b"caf\xe9.txt")).write_text("\n\n".join(FLOOD_EN_2), encoding="utf-8")
    return "caf\ufffd.txt"


def _odt_spaces(folder: Path) -> str:
    write_odt_with_spaces(folder / "spaces.odt", FLOOD_EN_2, runs=2000)
    return "spaces.odt"


def _docx_headers(folder: Path) -> str:
    write_docx_with_headers(folder / "headers.docx", FLOOD_EN_2, headers=190, header_bytes=900_000)
    return "headers.docx"


def _docx_plain_xml(folder: Path) -> str:
    write_docx_of_paragraphs(folder / "plain-xml.docx", FLOOD_EN_2, empty=5_000_000)  # 30 MB stored
    return "plain-xml.docx"


def _slow_pdf(folder: Path) -> str:
    write_slow_pdf(folder / "slow.pdf", 100)  # 2 million steps, about 40 s of pypdf inside one page
    return "slow.pdf"


def _sparse_text(folder: Path) -> str:
    with (folder / "sparse.txt").open("wb") as stream:
        stream.truncate(1024**3)
    return "sparse.txt"


def _zip_bomb(folder: Path) -> str:
    write_zip_bomb_docx(folder / "bomb.docx")
    return "bomb.docx"


def _huge_text(folder: Path) -> str:
    write_huge_text(folder / "huge.txt", 200)
    return "huge.txt"


def _tiny_files(folder: Path) -> str:
    write_tiny_files(folder / "readings", 10_000)  # beside good.txt, which sorts after them
    return "readings/day9/09999.txt"


def _link_out(folder: Path) -> str:
    outside = folder.parent / "private.txt"
    outside.write_text("\n\n".join(FLOOD_EN_2), encoding="utf-8")
    (folder / "link.txt").symlink_to(outside)
    return "link.txt"


CASES: dict[str, Callable[[Path], str]] = {
    "rtf-lone-surrogate": _surrogate_rtf,
    "name-not-utf8": _undecodable_name,
    "odt-spaces": _odt_spaces,
    "docx-190-headers": _docx_headers,
    "docx-30mb-plain-xml": _docx_plain_xml,
    "pdf-slow-page": _slow_pdf,
    "txt-1gb-sparse": _sparse_text,
    "link-out-of-folder": _link_out,
    "docx-zip-bomb": _zip_bomb,
    "txt-200mb": _huge_text,
    "10000-tiny-files": _tiny_files,
}

_WRAPPER = (
    "import resource, subprocess, sys\n"
    "done = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
    "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
    "print(done.returncode, peak, flush=True)\n"
    "sys.stdout.write(done.stderr)\n"
)


@dataclass(frozen=True)
class Outcome:
    exit: int
    seconds: float
    peak_mb: float
    good_briefed: bool
    hostile: str  # "briefed" or "skipped"
    notice: str

    @property
    def met(self) -> bool:
        return (
            self.exit == 0
            and self.good_briefed
            and self.seconds < TARGET_SECONDS
            and self.peak_mb < TARGET_MB
        )


def run_case(make: Callable[[Path], str]) -> Outcome:
    with tempfile.TemporaryDirectory(prefix="citebrief-hostile-") as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        (folder / "good.txt").write_text("\n\n".join(FLOOD_EN), encoding="utf-8")
        hostile = make(folder)
        out = Path(tmp) / "brief.json"
        argv = [sys.executable, "-m", "citebrief", "brief", str(folder), "-o", str(out), "--format", "json"]
        env = {**os.environ, "CITEBRIEF_CACHE_DIR": str(Path(tmp) / "cache")}
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", _WRAPPER, *argv], capture_output=True, text=True, env=env)
        seconds = time.perf_counter() - start
        first, _, stderr = done.stdout.partition("\n")
        code, peak_kb = (int(x) for x in first.split())
        ids = {s["id"] for s in json.loads(out.read_text(encoding="utf-8"))["sources"]} if out.exists() else set()
        notices = [line for line in stderr.splitlines() if hostile in line]
    return Outcome(
        exit=code,
        seconds=seconds,
        peak_mb=peak_kb / 1024,
        good_briefed="good.txt" in ids,
        hostile="briefed" if hostile in ids else "skipped",
        notice=notices[0].split(hostile + ": ", 1)[-1] if notices else "",
    )


def main() -> int:
    wanted = sys.argv[1:] or list(CASES)
    print(f"targets: exit 0, good article briefed, < {TARGET_SECONDS:.0f} s, < {TARGET_MB:.0f} MB")
    print(f"{'case':22} {'exit':>4} {'seconds':>8} {'peak MB':>8}  {'met':4} {'file':8} notice")
    failed = 0
    for name in wanted:
        row = run_case(CASES[name])
        failed += not row.met
        print(
            f"{name:22} {row.exit:>4} {row.seconds:>8.2f} {row.peak_mb:>8.1f}  {'yes' if row.met else 'NO':4} "
            f"{row.hostile:8} {row.notice[:90]}",
            flush=True,
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
