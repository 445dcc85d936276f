"""Errors a user can act on: printed as one line, never as a traceback."""
from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Whether the user is at the command line (kg.cli.main) or in Python: a message names a setting the
# way the user gives it.
_ON_COMMAND_LINE = contextvars.ContextVar("on_command_line", default=False)


def setting(name: str) -> str:
    """A setting as the user gives it: ``--max-size-mb`` on the command line, ``max_size_mb=`` in Python."""
    return "--" + name.replace("_", "-") if _ON_COMMAND_LINE.get() else f"{name}="


def given(name: str, value: object) -> str:
    """A setting with its value as the user gives it: ``--doc x`` on the command line, ``doc='x'`` in Python."""
    return f"{setting(name)} {value}" if _ON_COMMAND_LINE.get() else f"{setting(name)}{value!r}"


def build_first(out_dir: Path | str) -> str:
    """How to make the build a command or call needs, said the way the user works."""
    if _ON_COMMAND_LINE.get():
        return f"run `kg build -o {out_dir}` first"
    return f"build it first: kg.build(paths, out_dir={str(out_dir)!r})"


@contextmanager
def command_line() -> Iterator[None]:
    """Messages raised inside name settings as command-line options."""
    token = _ON_COMMAND_LINE.set(True)
    try:
        yield
    finally:
        _ON_COMMAND_LINE.reset(token)


class KgError(Exception):
    """A user mistake or an unusable input: the CLI prints the message and exits 1."""


class InputError(KgError):
    """One input file cannot be used; the build reports it and goes on with the others."""

    def __init__(self, path: Path | str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = Path(path)
        self.reason = reason
