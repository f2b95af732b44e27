#!/usr/bin/env python3
"""Write the bad-input fixtures that are not committed as files.

Only files that are binary (NUL bytes, non-UTF-8 bytes) or too big to commit are
generated; every other fixture in this folder is a small static file.  The tests
call :func:`generate` (and :func:`write_big_report`) into a temporary folder, so
nothing generated ever lands in the repository.

    python tests/data/bad/make_fixtures.py OUT_DIR          # encoded + binary reports
    python tests/data/bad/make_fixtures.py OUT_DIR --big    # plus the 50 MB report

Generated reports (all in ``OUT_DIR``):

``arabic_utf16_bom.txt``        ``reports/arabic_utf8.txt`` as UTF-16-LE with a BOM
``arabic_utf16le_nobom.txt``    the same, UTF-16-LE without a BOM
``arabic_utf16be_nobom.txt``    the same, UTF-16-BE without a BOM
``arabic_cp1256.txt``           the same, Windows-1256 (Arabic code page)
``binary.txt``                  a PNG header and 8 KiB of random bytes, named .txt
``big_50mb.txt``                (``--big``) a well-formed 50 MiB text report
"""

from __future__ import annotations

import argparse
import codecs
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARABIC_SOURCE = HERE / "reports" / "arabic_utf8.txt"
BIG_NAME = "big_50mb.txt"
BIG_SIZE = 50 * 1024 * 1024

#: generated file name -> (encoding, byte-order mark written first)
ENCODED = {
    "arabic_utf16_bom.txt": ("utf-16-le", codecs.BOM_UTF16_LE),
    "arabic_utf16le_nobom.txt": ("utf-16-le", b""),
    "arabic_utf16be_nobom.txt": ("utf-16-be", b""),
    "arabic_cp1256.txt": ("cp1256", b""),
}


def arabic_text() -> str:
    """The Arabic report every encoded variant carries (UTF-8 source, LF endings)."""
    return ARABIC_SOURCE.read_text(encoding="utf-8")


def binary_bytes() -> bytes:
    """Deterministic binary content: a PNG signature and random bytes (with NULs)."""
    rng = random.Random(20190918)
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(8192))


def generate(dest: Path) -> dict[str, Path]:
    """Write the encoded and binary reports into ``dest``; return name -> path."""
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    out: dict[str, Path] = {}
    text = arabic_text()
    for name, (encoding, bom) in ENCODED.items():
        out[name] = dest / name
        out[name].write_bytes(bom + text.encode(encoding))
    out["binary.txt"] = dest / "binary.txt"
    out["binary.txt"].write_bytes(binary_bytes())
    return out


def write_big_report(path: Path, size: int = BIG_SIZE) -> Path:
    """A well-formed text report of exactly ``size`` bytes (dateline, title, long body)."""
    path = Path(path)
    head = b"2019-09-05\nA very long report\n\n"
    line = b"Government forces shelled Kafranbel and Maarat al-Numan again today.\n"
    chunk = line * (1024 * 1024 // len(line))
    with path.open("wb") as fh:
        fh.write(head)
        left = size - len(head)
        while left > 0:
            part = chunk[:left]
            fh.write(part)
            left -= len(part)
    return path


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("dest", type=Path, help="folder to write into (never this fixture folder)")
    p.add_argument("--big", action="store_true", help=f"also write the {BIG_SIZE >> 20} MiB report")
    args = p.parse_args(argv)
    files = generate(args.dest)
    if args.big:
        files[BIG_NAME] = write_big_report(args.dest / BIG_NAME)
    for _name, path in files.items():
        print(f"{path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
