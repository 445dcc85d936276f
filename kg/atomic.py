"""Atomic output files: written beside their target under a temporary name, then renamed over it.

A build killed at any point leaves each output either as it was or whole; the next build removes the
temporary names a killed one left (:func:`clear_leftovers`).
"""
from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

# What a killed build leaves in its output folder: .graph.ttl.<random>.tmp files and .store.<random>.tmp folders.
LEFTOVER_GLOBS = (".*.tmp",)


def current_umask() -> int:
    """The process umask (reading it means setting it; it is set straight back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def atomic_open(path: Path) -> Iterator[BinaryIO]:
    """A binary file to write ``path`` through: a temporary file in the same folder, renamed over ``path``
    when the body ends without an error, removed when it does not."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~current_umask())  # mkstemp makes 0600; outputs are meant to be shared
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write(path: Path, data: bytes | str) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename."""
    with atomic_open(path) as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def clear_leftovers(folder: Path) -> list[Path]:
    """Remove the temporary files and folders a killed build left in ``folder``; the paths removed."""
    removed = []
    for pattern in LEFTOVER_GLOBS:
        for p in folder.glob(pattern) if folder.is_dir() else ():
            if p.is_dir() and not p.is_symlink():
                shutil.rmtree(p, ignore_errors=True)
            else:
                p.unlink(missing_ok=True)
            removed.append(p)
    return removed
