"""CRC-64/XZ and deterministic in-memory zips."""

from __future__ import annotations

import base64
import io
import os
import random
import stat
import tempfile
import zipfile
from pathlib import Path

import pytest

from agentrun_facade.code_packaging import crc64_xz, encode_zip, zip_directory, zip_file
from agentrun_facade.errors import InvalidParameterError


def bitwise_crc64_xz(data: bytes) -> int:
    """Reference: bit-at-a-time CRC-64/XZ, independent of the table."""
    crc = 0xFFFFFFFFFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ (0xC96C5795D7870F42 * (crc & 1))
    return crc ^ 0xFFFFFFFFFFFFFFFF


def test_check_value() -> None:
    assert crc64_xz(b"123456789") == 0x995DC9BBDF1939FA
    assert crc64_xz(b"") == 0


def test_matches_bitwise_reference() -> None:
    rng = random.Random(7)
    for length in (1, 2, 15, 64, 257):
        data = rng.randbytes(length)
        assert crc64_xz(data) == bitwise_crc64_xz(data)


def test_incremental_equals_one_shot() -> None:
    data = random.Random(11).randbytes(5000)
    for cut in (0, 1, 7, 2500, 4999, 5000):
        assert crc64_xz(data[cut:], crc64_xz(data[:cut])) == crc64_xz(data)
    running = 0
    for start in range(0, len(data), 333):
        running = crc64_xz(memoryview(data)[start : start + 333], running)
    assert running == crc64_xz(data)


def test_crc_arguments_are_checked() -> None:
    with pytest.raises(InvalidParameterError):
        crc64_xz(b"x", -1)
    with pytest.raises(InvalidParameterError):
        crc64_xz(b"x", 1 << 64)
    with pytest.raises(InvalidParameterError):
        crc64_xz("text")  # type: ignore[arg-type]


def make_tree(root: Path) -> None:
    (root / "pkg").mkdir()
    (root / "pkg" / "__init__.py").write_text("")
    (root / "pkg" / "mod.py").write_text("VALUE = 1\n")
    (root / "main.py").write_text("print('hi')\n")
    (root / "bootstrap").write_text("#!/bin/sh\nexec python main.py\n")
    (root / "bootstrap").chmod(0o755)
    (root / "pkg" / "__pycache__").mkdir()
    (root / "pkg" / "__pycache__" / "mod.cpython-311.pyc").write_bytes(b"\0")
    (root / "stale.pyc").write_bytes(b"\0")
    (root / ".git").mkdir()
    (root / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (root / "empty").mkdir()


def test_zip_directory_contents_round_trip(tmp_path: Path) -> None:
    make_tree(tmp_path)
    data = zip_directory(tmp_path)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        assert names == sorted(names)
        assert set(names) == {"bootstrap", "empty/", "main.py", "pkg/__init__.py", "pkg/mod.py"}
        assert archive.read("pkg/mod.py") == b"VALUE = 1\n"
        assert archive.read("main.py") == b"print('hi')\n"
        for info in archive.infolist():
            assert info.date_time == (1980, 1, 1, 0, 0, 0)
            mode = info.external_attr >> 16
            if info.filename == "bootstrap" or info.is_dir():
                assert stat.S_IMODE(mode) == 0o755
            else:
                assert stat.S_IMODE(mode) == 0o644
        assert archive.testzip() is None


def test_zip_is_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    make_tree(first)
    data = zip_directory(first)
    # Same tree elsewhere, created in another order, other mtimes and umask-ish modes.
    (second / "main.py").write_text("print('hi')\n")
    (second / "empty").mkdir()
    (second / "pkg").mkdir()
    (second / "pkg" / "mod.py").write_text("VALUE = 1\n")
    (second / "pkg" / "__init__.py").write_text("")
    (second / "bootstrap").write_text("#!/bin/sh\nexec python main.py\n")
    (second / "bootstrap").chmod(0o700)
    (second / "main.py").chmod(0o600)
    os.utime(second / "main.py", (0, 1_600_000_000))
    assert zip_directory(second) == data
    assert zip_directory(first) == data
    assert encode_zip(zip_directory(second))[1] == encode_zip(data)[1]


def test_zip_file(tmp_path: Path) -> None:
    source = tmp_path / "handler.py"
    source.write_text("def handler(): pass\n")
    data = zip_file(source)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.namelist() == ["handler.py"]
        assert archive.read("handler.py") == b"def handler(): pass\n"
    os.utime(source, (0, 1_000_000_000))
    assert zip_file(str(source)) == data


def test_no_temporary_files_are_left(tmp_path: Path) -> None:
    make_tree(tmp_path)
    before = set(os.listdir(tempfile.gettempdir()))
    zip_directory(tmp_path)
    zip_file(tmp_path / "main.py")
    assert set(os.listdir(tempfile.gettempdir())) == before


def test_encode_zip(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("a")
    data = zip_directory(tmp_path)
    text, checksum = encode_zip(data)
    assert base64.b64decode(text) == data
    assert checksum == str(crc64_xz(data)) and checksum.isdigit()


def test_missing_and_wrong_kind_of_paths(tmp_path: Path) -> None:
    with pytest.raises(InvalidParameterError, match="does not exist"):
        zip_directory(tmp_path / "nope")
    with pytest.raises(InvalidParameterError, match="does not exist"):
        zip_file(tmp_path / "nope.py")
    (tmp_path / "f.py").write_text("")
    with pytest.raises(InvalidParameterError, match="not a directory"):
        zip_directory(tmp_path / "f.py")
    with pytest.raises(InvalidParameterError, match="not a regular file"):
        zip_file(tmp_path)


def test_empty_directories_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidParameterError, match="no files"):
        zip_directory(tmp_path)
    (tmp_path / "sub").mkdir()
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "x.pyc").write_bytes(b"")
    with pytest.raises(InvalidParameterError, match="no files"):
        zip_directory(tmp_path)


def test_symlinks(tmp_path: Path) -> None:
    root = tmp_path / "code"
    root.mkdir()
    (root / "real.py").write_text("X = 1\n")
    (root / "alias.py").symlink_to(root / "real.py")
    data = zip_directory(root)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.read("alias.py") == b"X = 1\n"

    outside = tmp_path / "secret.txt"
    outside.write_text("not for upload")
    (root / "leak.txt").symlink_to(outside)
    with pytest.raises(InvalidParameterError, match="outside"):
        zip_directory(root)
    (root / "leak.txt").unlink()
    (root / "up").symlink_to(tmp_path)
    with pytest.raises(InvalidParameterError, match="outside"):
        zip_directory(root)
    (root / "up").unlink()
    (root / "sub").mkdir()
    (root / "sub" / "loop").symlink_to(root)
    with pytest.raises(InvalidParameterError, match="loop"):
        zip_directory(root)
