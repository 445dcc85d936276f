"""What a build says while it runs: plain lines off a terminal, the stages of a large document, time per stage."""
from __future__ import annotations

import io
import logging
import re
import shutil
from pathlib import Path

import pytest

from kg.build import progress
from kg.build.progress import Progress
from kg.cli import main


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _copies(samples_dir: Path, folder: Path, n: int) -> Path:
    folder.mkdir()
    sources = sorted(samples_dir.glob("*.txt"))
    for i in range(n):
        shutil.copy(sources[i % len(sources)], folder / f"doc{i:02d}.txt")
    return folder


def test_off_a_terminal_progress_is_plain_lines(samples_dir: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    docs = _copies(samples_dir, tmp_path / "docs", 12)
    assert main(["build", str(docs), "-o", str(tmp_path / "out"), "--no-view", "--no-store"]) == 0
    err = capsys.readouterr().err
    assert "\r" not in err and "\x1b" not in err  # nothing redrawn, no terminal codes
    lines = err.splitlines()
    assert lines[-1] == "extracting: 12/12 documents (100%)"
    assert all(re.fullmatch(r"extracting: \d+/12 documents \(\d+%\)", line) for line in lines)
    assert 2 <= len(lines) <= progress.PLAIN_STEPS


def test_on_a_terminal_a_bar_is_drawn() -> None:
    stream = Terminal()
    with Progress(3, enabled=True, stream=stream) as shown:
        for _ in range(3):
            shown.document_done()
    assert "\r" in stream.getvalue() and "extracting" in stream.getvalue()


def test_quiet_says_nothing(samples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = _copies(samples_dir, tmp_path / "docs", 3)
    assert main(["build", str(docs), "-o", str(tmp_path / "out"), "--no-view", "--no-store", "-q"]) == 0
    assert capsys.readouterr().err == ""


def test_each_stage_of_a_large_document_is_announced(sample_path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(progress, "LARGE_DOCUMENT", 1000)  # the samples stand for a large document
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(sample_path("002"), docs / "big.txt")
    assert main(["build", str(docs), "-o", str(tmp_path / "out"), "--no-view"]) == 0
    lines = capsys.readouterr().err.splitlines()
    # the outputs after it (the store loads alongside the graph files, and is waited for last)
    assert lines[-3:] == ["writing graph.trig …", "writing graph.ttl …", "loading the store …"]
    stages = [re.match(r"big\.txt: (\S+) done in [\d.]+ s \((\d)/(\d) stages", line) for line in lines[:-3]]
    assert all(stages), lines
    assert [m.group(1) for m in stages][:2] == ["normalise", "structure"] and stages[-1].group(2) == stages[-1].group(3)


def test_verbose_build_logs_time_per_stage(sample_path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(sample_path("000"), docs / "a.txt")
    with caplog.at_level(logging.INFO):
        assert main(["build", str(docs), "-o", str(tmp_path / "out"), "--no-view", "-v"]) == 0
    line = next(r.getMessage() for r in caplog.records if r.getMessage().startswith("time per stage:"))
    for stage in ("read", "normalise", "structure", "mentions.rules", "findings", "resolve", "graph files", "store"):
        assert re.search(rf"\b{re.escape(stage)} \d+\.\d\d s", line), (stage, line)
