"""Errors a user can act on: printed as one line, never as a traceback."""
from __future__ import annotations

from pathlib import Path


class KgError(Exception):
    """A user mistake or an unusable input: the CLI prints the message and exits 1."""


class InputError(KgError):
    """One input file cannot be used; the build reports it and goes on with the others."""

    def __init__(self, path: Path | str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason
