"""`kg build` on bad input: one clear line per failed file, the others built, exit 1; --strict stops at the first.

The extraction stages after ``structure`` belong to other modules; these tests run the build with the
foundation stages only (normalise, structure), so that they check the build's handling of input, not extraction.
"""
from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.atomic import atomic_write
from kg.build import builder
from kg.build.builder import extract_documents
from kg.cli import main
from kg.errors import KgError
from kg.extract import pipeline

FOUNDATION = ("normalise", "structure")
PROC_MEM = Path("/proc/self/mem")  # Linux: reading it from offset 0 fails for every user


@pytest.fixture(autouse=True)
def foundation_pipeline(monkeypatch):
    monkeypatch.setattr(builder, "pipeline_for", lambda ner="rules": FOUNDATION)


@pytest.fixture
def mixed_dir(tmp_path, sample_path) -> Path:
    """One good sample and one file of each kind of bad input."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(sample_path("002"), folder / "b_good.txt")
    (folder / "a_empty.txt").write_bytes(b"")
    (folder / "c_binary.txt").write_bytes(b"\x00\x01\x02 not text \x00" * 100)
    (folder / "d_spaces.txt").write_bytes(" \n\u3000\n\t".encode("utf-8"))
    (folder / "e_undecodable.txt").write_bytes(bytes(range(0x80, 0x100)) * 10)
    (folder / "f_broken_link.txt").symlink_to(folder / "missing.txt")
    if PROC_MEM.exists():
        (folder / "h_unreadable.txt").symlink_to(PROC_MEM)  # unreadable even for root (EIO)
    (folder / "g_notes.md").write_text("not an input", encoding="utf-8")  # skipped: not a document suffix
    return folder


EXPECTED_REASONS = {
    "a_empty.txt": "empty file",
    "c_binary.txt": "NUL bytes",
    "d_spaces.txt": "only whitespace",
    "e_undecodable.txt": "cannot decode",
    "f_broken_link.txt": "broken symbolic link",
    **({"h_unreadable.txt": "cannot read"} if PROC_MEM.exists() else {}),
}


def test_bad_files_are_reported_and_the_good_one_is_built(mixed_dir):
    report = extract_documents([mixed_dir])
    assert [d.id for d in report.documents] == ["b_good"]
    assert report.documents[0].metadata.issued == "2021-04-30"
    assert [e.path.name for e in report.errors] == sorted(EXPECTED_REASONS)
    for error in report.errors:
        assert EXPECTED_REASONS[error.path.name] in error.reason
    assert report.failed
    lines = report.error_lines()
    assert len(lines) == len(EXPECTED_REASONS)
    assert all(line.startswith(f"kg: error: {mixed_dir}/") and "\n" not in line for line in lines)


def test_strict_stops_at_the_first_failure(mixed_dir):
    with pytest.raises(KgError, match="a_empty.txt: empty file"):
        extract_documents([mixed_dir], strict=True)


def test_strict_stops_at_a_missing_path_before_reading_anything(tmp_path, sample_path):
    with pytest.raises(KgError, match="nope.txt: no such file or folder"):
        extract_documents([sample_path("000"), tmp_path / "nope.txt"], strict=True)


def test_oversized_file_is_refused(tmp_path, sample_path):
    report = extract_documents([sample_path("003")], max_bytes=10_000)
    assert report.documents == []
    assert "over the" in report.errors[0].reason and "max_size_mb=" in report.errors[0].reason  # Python's wording


def test_a_stage_that_crashes_costs_only_its_file(monkeypatch, tmp_path, sample_path):
    def explode(doc):
        if doc.id.startswith("002"):
            raise ValueError("unexpected layout")
        return doc

    monkeypatch.setitem(pipeline._FACTORIES, "test.explode", lambda: explode)
    monkeypatch.setattr(builder, "pipeline_for", lambda ner="rules": FOUNDATION + ("test.explode",))
    report = extract_documents([sample_path("000"), sample_path("002")])
    assert [d.id for d in report.documents] == ["000_45abcf2326382c21"]
    assert len(report.errors) == 1
    assert "002_dc5af87add2ce3ac.txt: extraction failed (ValueError: unexpected layout)" in str(report.errors[0])


def test_decoding_warnings_are_logged_and_kept(tmp_path, sample_text, caplog):
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(sample_text("002").encode("gbk"))
    damaged = tmp_path / "damaged.txt"
    data = bytearray(sample_text("000").encode("utf-8"))
    data[900] = 0xFF
    damaged.write_bytes(bytes(data))
    with caplog.at_level(logging.INFO, logger="kg"):
        report = extract_documents([gbk, damaged])
    assert [len(d.warnings) for d in report.documents] == [1, 1]
    logged = {(r.levelno, r.getMessage().split(": ")[0]) for r in caplog.records if r.name == "kg.ingest.files"}
    assert logged == {(logging.INFO, str(gbk)), (logging.WARNING, str(damaged))}  # only damage is a warning


# --- the command line ----------------------------------------------------------------------------

def test_cli_exit_1_with_one_line_per_failed_file(mixed_dir, tmp_path, capsys):
    pytest.importorskip("kg.graph.rdf")
    out = tmp_path / "out"
    code = main(["build", str(mixed_dir), "-o", str(out), "--no-store", "--no-view", "-q"])
    err = capsys.readouterr().err.splitlines()
    assert code == 1
    assert all(line.startswith("kg: error: ") for line in err)
    failed = [Path(line.removeprefix("kg: error: ").split(": ", 1)[0]).name for line in err]
    assert failed == sorted(EXPECTED_REASONS)
    assert (out / "graph.ttl").is_file()  # the good document is still built


def test_cli_exit_0_when_every_file_is_read(tmp_path, sample_path, capsys):
    pytest.importorskip("kg.graph.rdf")
    code = main(["build", str(sample_path("001")), str(sample_path("004")), "-o", str(tmp_path / "out"),
                 "--no-store", "--no-view", "-q"])
    assert code == 0
    assert capsys.readouterr().err == ""
    assert (tmp_path / "out" / "graph.trig").is_file()


def test_cli_missing_path_fails_but_builds_the_rest(tmp_path, sample_path, capsys):
    pytest.importorskip("kg.graph.rdf")
    missing = tmp_path / "missing_folder"
    code = main(["build", str(missing), str(sample_path("000")), "-o", str(tmp_path / "out"),
                 "--no-store", "--no-view", "-q"])
    assert code == 1
    assert capsys.readouterr().err.strip() == f"kg: error: {missing}: no such file or folder"
    assert (tmp_path / "out" / "graph.ttl").is_file()


def test_cli_all_files_failing_writes_nothing(mixed_dir, tmp_path, capsys):
    (mixed_dir / "b_good.txt").unlink()
    out = tmp_path / "out"
    assert main(["build", str(mixed_dir), "-o", str(out), "--no-store", "--no-view", "-q"]) == 1
    assert len(capsys.readouterr().err.splitlines()) == len(EXPECTED_REASONS)
    assert not out.exists()


def test_cli_strict_in_a_fresh_process(tmp_path, sample_path):
    """The real entry point, as a user runs it: --strict stops at the missing file with one line and exit 1."""
    missing = tmp_path / "nope.txt"
    run = subprocess.run([sys.executable, "-m", "kg", "build", "--strict", "--no-store", "--no-view", "-q",
                          "-o", str(tmp_path / "out"), str(sample_path("000")), str(missing)],
                         capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert run.returncode == 1
    assert run.stderr.strip() == f"kg: error: {missing}: no such file or folder"
    assert not (tmp_path / "out").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_cli_unreadable_file(tmp_path, capsys):
    path = tmp_path / "secret.txt"
    path.write_text("巡察", encoding="utf-8")
    path.chmod(0)
    try:
        assert main(["build", str(path), "-o", str(tmp_path / "out"), "--no-store", "--no-view", "-q"]) == 1
    finally:
        path.chmod(0o644)
    assert "Permission denied" in capsys.readouterr().err


# --- atomic outputs ------------------------------------------------------------------------------

def test_atomic_write_replaces_and_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "graph.ttl"
    atomic_write(target, "旧")
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_interrupted_write_keeps_the_previous_output(tmp_path, monkeypatch):
    target = tmp_path / "graph.ttl"
    atomic_write(target, "previous build")

    def disk_full(_fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(builder.os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space left"):
        atomic_write(target, "half a graph")
    assert target.read_text(encoding="utf-8") == "previous build"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_a_build_keeps_the_facts_not_the_working_state(sample_path):
    """Every document is held until the graph is written: its mentions and sentences (several times the
    text) are let go once its facts are made."""
    (doc,) = extract_documents([sample_path("002")]).documents  # normalised and structured (the fixture above)
    assert doc.text and doc.offsets is not None
    assert doc.mentions == [] and doc.sentences == [] and doc.paragraphs == [] and doc.sections == []
