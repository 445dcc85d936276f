"""kg.ingest.files: finding files, decoding every encoding the corpus comes in, refusing unusable files clearly."""
from __future__ import annotations

import codecs
import errno
import os
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.extract.normalise import normalise_text, strip_pinyin
from kg.ingest.files import decode, find_files, read_document

SAMPLES = ["000", "001", "002", "003", "004"]
# Whitespace characters GBK has no code for; normalisation turns them into a plain space anyway.
_GBK_MISSING_SPACES = str.maketrans({"\u2003": " ", "\u00a0": " "})


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _normalised(text: str) -> str:
    return normalise_text(text)[0]


# --- encodings -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", SAMPLES)
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be-bom", "gb18030"])
def test_sample_reencoded_reads_back_identical(tmp_path, sample_text, name, encoding):
    text = sample_text(name)
    data = codecs.BOM_UTF16_BE + text.encode("utf-16-be") if encoding == "utf-16-be-bom" else text.encode(encoding)
    doc = read_document(_write(tmp_path, f"{name}.txt", data))
    assert doc.original == text


@pytest.mark.parametrize("name", ["001", "002", "003", "004"])
def test_gbk_sample_reads_back_identical_after_normalisation(tmp_path, sample_text, name):
    text = sample_text(name)
    data = text.translate(_GBK_MISSING_SPACES).encode("gbk")
    doc = read_document(_write(tmp_path, f"{name}.txt", data))
    assert _normalised(doc.original) == _normalised(text)
    assert any("gb18030" in w for w in doc.warnings)


def test_big5_traditional_sample_reads_back_identical_after_normalisation(tmp_path, sample_text):
    text = sample_text("004")
    # Big5 has no pinyin tone letters (ó, ǎ): publishers in Big5 cannot write the annotations either.
    data = strip_pinyin(text)[0].encode("big5")
    doc = read_document(_write(tmp_path, "004.txt", data))
    assert "中國雄安官網" in doc.original
    assert _normalised(doc.original) == _normalised(text)
    assert any("big5" in w for w in doc.warnings)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised(tmp_path, sample_text, encoding):
    text = sample_text("001")
    doc = read_document(_write(tmp_path, "001.txt", text.encode(encoding)))
    assert doc.original == text
    assert encoding in doc.warnings[0]


def test_utf8_has_no_warning(samples_dir):
    doc = read_document(next(samples_dir.glob("002_*.txt")))
    assert doc.warnings == []
    assert doc.id == "002_dc5af87add2ce3ac"


def test_damaged_utf8_is_read_with_a_warning(tmp_path, sample_text):
    data = bytearray(sample_text("002").encode("utf-8"))
    data[600] = 0xFF  # one broken byte inside a Chinese character
    doc = read_document(_write(tmp_path, "damaged.txt", bytes(data)))
    assert "\ufffd" in doc.original
    assert len(doc.warnings) == 1 and "U+FFFD" in doc.warnings[0]
    assert "县委第二巡察组" in doc.original


def test_bom_wins_over_guessing():
    assert decode(codecs.BOM_UTF8 + "巡察".encode("utf-8"), "x.txt").text == "巡察"
    assert decode("巡察".encode("utf-16"), "x.txt").text == "巡察"


def test_broken_utf16_with_bom_is_an_error():
    with pytest.raises(InputError, match="byte-order mark"):
        decode(codecs.BOM_UTF16_LE + b"\x00\xd8", "x.txt")  # a lone surrogate


def test_html_declared_charset_is_used(tmp_path):
    page = '<html><head><meta charset="gb2312"><title>巡察反馈</title></head><body><p>省委第九巡视组反馈巡视情况。</p></body></html>'
    doc = read_document(_write(tmp_path, "page.html", page.encode("gb18030")))
    assert "省委第九巡视组反馈巡视情况。" in doc.original
    assert doc.warnings == []


# --- bad input -------------------------------------------------------------------------------------

@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"),
    (b"   \n\t\r\n  ", "only whitespace"),
    ("\u3000\u3000\n".encode("utf-8"), "only whitespace"),
    (codecs.BOM_UTF8, "only whitespace"),
    (b"\x00\x01\x02\x03binary\x00data" * 50, "NUL bytes"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
    (b"PK\x03\x04" + b"\x14\x00" * 20, "ZIP"),
    (bytes(range(0x80, 0x100)) * 20, "cannot decode"),
    (b"\xff" * 64, "cannot decode"),
])
def test_unusable_file_gives_one_clear_reason(tmp_path, data, reason):
    path = _write(tmp_path, "bad.txt", data)
    with pytest.raises(InputError, match=reason) as info:
        read_document(path)
    assert info.value.path == path
    assert str(info.value).startswith(f"{path}: ")
    assert "\n" not in str(info.value)


def test_folder_given_as_file(tmp_path):
    folder = tmp_path / "looks_like.txt"
    folder.mkdir()
    with pytest.raises(InputError, match="is a folder"):
        read_document(folder)


def test_broken_symlink(tmp_path):
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="broken symbolic link"):
        read_document(link)


def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_document(fifo)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(tmp_path):
    path = _write(tmp_path, "secret.txt", "巡察".encode("utf-8"))
    path.chmod(0)
    try:
        with pytest.raises(InputError, match="cannot read: Permission denied"):
            read_document(path)
    finally:
        path.chmod(0o644)


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="Linux /proc needed")
def test_read_error_even_as_root(tmp_path):
    """/proc/self/mem fails to read from offset 0 for every user, root included: the real OSError path."""
    link = tmp_path / "mem.txt"
    link.symlink_to("/proc/self/mem")
    with pytest.raises(InputError, match="cannot read: Input/output error"):
        read_document(link)


def test_unsupported_suffix(tmp_path):
    path = _write(tmp_path, "report.docx", "巡察".encode("utf-8"))
    with pytest.raises(InputError, match="unsupported file type '.docx'"):
        read_document(path)


# --- finding files ---------------------------------------------------------------------------------

def test_find_files_walks_folders_and_keeps_supported_suffixes(tmp_path):
    for name in ["b.txt", "a.HTML", "sub/c.text", "sub/deeper/d.htm", "notes.md", "sub/image.png", "._b.txt",
                 ".git/x.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("巡察", encoding="utf-8")
    files, errors = find_files([tmp_path])
    assert errors == []
    assert [p.relative_to(tmp_path).as_posix() for p in files] == ["a.HTML", "b.txt", "sub/c.text", "sub/deeper/d.htm"]


def test_find_files_globs_explicit_files_and_missing_paths(tmp_path):
    for name in ["x1.txt", "x2.txt", "x3.md"]:
        (tmp_path / name).write_text("巡察", encoding="utf-8")
    files, errors = find_files([tmp_path / "x*", tmp_path / "x3.md", tmp_path / "nope.txt", tmp_path / "none*.txt"])
    assert [p.name for p in files] == ["x1.txt", "x2.txt", "x3.md"]  # a glob skips x3.md; naming it takes it
    assert [e.reason for e in errors] == ["no such file or folder"] * 2
    assert {e.path.name for e in errors} == {"nope.txt", "none*.txt"}


def test_same_file_twice_is_read_once(samples_dir):
    one = next(samples_dir.glob("000_*.txt"))
    files, _ = find_files([one, samples_dir])
    assert len(files) == 5 and files.count(one) == 1


def _deny_listing(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Listing ``folder`` fails as a mode-000 folder does for a user other than root (tests run as root in CI)."""
    real_scandir = os.scandir

    def scandir(path="."):  # shutil.rmtree lists by file descriptor (an int): those pass through
        if isinstance(path, (str, os.PathLike)) and Path(path) == folder:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_unreadable_folder_is_reported_not_skipped(tmp_path, monkeypatch):
    _write(tmp_path, "a.txt", "巡察".encode("utf-8"))
    locked = tmp_path / "locked"
    locked.mkdir()
    _write(locked, "b.txt", "巡察".encode("utf-8"))
    _deny_listing(monkeypatch, locked)
    files, errors = find_files([tmp_path])
    assert [p.name for p in files] == ["a.txt"]
    assert [str(e) for e in errors] == [f"{locked}: cannot read: Permission denied"]


def test_build_counts_an_unreadable_folder_in_its_exit_status(tmp_path, monkeypatch, capsys, sample_path):
    from kg.cli import main

    docs = tmp_path / "docs"
    locked = docs / "locked"
    locked.mkdir(parents=True)
    (docs / "a.txt").write_bytes(sample_path("000").read_bytes())
    _deny_listing(monkeypatch, locked)
    assert main(["build", str(docs), "-o", str(tmp_path / "out"), "--no-view", "--no-store"]) == 1
    captured = capsys.readouterr()
    assert f"kg: error: {locked}: cannot read: Permission denied" in captured.err.splitlines()
    assert "built 1 document(s), 1 failed" in captured.out
    # On its own, the folder is an error of its own, not "no input documents found".
    _deny_listing(monkeypatch, docs)
    assert main(["build", str(docs), "-o", str(tmp_path / "out2"), "--no-view", "--no-store"]) == 1
    err = capsys.readouterr().err
    assert f"{docs}: cannot read: Permission denied" in err and "no input documents" not in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root lists folders whatever their permissions (see the test above)")
def test_mode_000_folder_for_a_user(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    _write(locked, "b.txt", "巡察".encode("utf-8"))
    locked.chmod(0)
    try:
        files, errors = find_files([tmp_path])
        assert files == [] and [str(e) for e in errors] == [f"{locked}: cannot read: Permission denied"]
    finally:
        locked.chmod(0o755)
