"""Code packages for AgentRuntime ``codeConfiguration``: CRC-64/XZ and in-memory zips.

``zipFile`` carries a base64 zip; ``checksum`` carries its CRC-64/XZ as a
decimal string. Zips are built in memory and are deterministic: the same tree
always gives the same bytes (with the same zlib), hence the same checksum.
"""

from __future__ import annotations

import base64
import io
import os
import stat
import zipfile
from pathlib import Path

from .errors import InvalidParameterError

__all__ = ["crc64_xz", "encode_zip", "zip_directory", "zip_file"]

_POLY = 0xC96C5795D7870F42  # ECMA-182, bit-reflected
_MASK = 0xFFFFFFFFFFFFFFFF


def _make_table() -> tuple[int, ...]:
    table = []
    for byte in range(256):
        value = byte
        for _ in range(8):
            value = (value >> 1) ^ _POLY if value & 1 else value >> 1
        table.append(value)
    return tuple(table)


_TABLE = _make_table()


def crc64_xz(data: bytes | bytearray | memoryview, crc: int = 0) -> int:
    """CRC-64/XZ of ``data``; pass a previous result as ``crc`` to continue it.

    ``crc64_xz(b, crc64_xz(a)) == crc64_xz(a + b)``. The check value of
    ``b"123456789"`` is ``0x995DC9BBDF1939FA``.
    """
    if isinstance(crc, bool) or not isinstance(crc, int) or not 0 <= crc <= _MASK:
        raise InvalidParameterError("crc must be an unsigned 64-bit integer")
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise InvalidParameterError("data must be bytes")
    table = _TABLE
    value = crc ^ _MASK
    for byte in bytes(data):
        value = table[(value ^ byte) & 0xFF] ^ (value >> 8)
    return value ^ _MASK


def encode_zip(data: bytes) -> tuple[str, str]:
    """``(base64 text, decimal CRC-64/XZ)`` for ``zipFile`` and ``checksum``."""
    if not isinstance(data, (bytes, bytearray)):
        raise InvalidParameterError("data must be bytes")
    return base64.b64encode(data).decode("ascii"), str(crc64_xz(data))


# --------------------------------------------------------------------------
# Deterministic zips
# --------------------------------------------------------------------------

_EPOCH = (1980, 1, 1, 0, 0, 0)
_SKIP_DIRS = frozenset({"__pycache__", ".git"})
_SKIP_SUFFIXES = (".pyc",)
_FILE_MODE = 0o644
_EXEC_MODE = 0o755
_DIR_MODE = 0o755


def _entry(arcname: str, mode: int, *, is_dir: bool = False) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(arcname, date_time=_EPOCH)
    info.create_system = 3  # Unix, so the mode bits below are honoured everywhere
    if is_dir:
        info.external_attr = ((stat.S_IFDIR | mode) << 16) | 0x10
        info.compress_type = zipfile.ZIP_STORED
    else:
        info.external_attr = (stat.S_IFREG | mode) << 16
        info.compress_type = zipfile.ZIP_DEFLATED
    return info


def _mode_of(path: Path) -> int:
    """0755 for files executable by their owner, else 0644 (umask independent)."""
    return _EXEC_MODE if path.stat().st_mode & stat.S_IXUSR else _FILE_MODE


def _build(entries: list[tuple[str, bytes | None, int]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for arcname, content, mode in sorted(entries, key=lambda entry: entry[0]):
            if content is None:
                archive.writestr(_entry(arcname, mode, is_dir=True), b"")
            else:
                archive.writestr(_entry(arcname, mode), content, compresslevel=6)
    return buffer.getvalue()


def _skipped(name: str, is_dir: bool) -> bool:
    if is_dir:
        return name in _SKIP_DIRS
    return name in _SKIP_DIRS or name.endswith(_SKIP_SUFFIXES)


def _within(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def _collect(
    directory: Path,
    prefix: str,
    root: Path,
    active: frozenset[Path],
    entries: list[tuple[str, bytes | None, int]],
) -> bool:
    """Add the contents of ``directory``; True when anything was added."""
    added = False
    with os.scandir(directory) as scan:
        children = sorted(scan, key=lambda child: child.name)
    for child in children:
        path = Path(child.path)
        arcname = f"{prefix}{child.name}"
        if child.is_symlink():
            target = path.resolve()
            if not _within(target, root):
                raise InvalidParameterError(
                    f"symlink {arcname!r} points outside the code directory"
                )
            if not target.exists():
                raise InvalidParameterError(f"symlink {arcname!r} is broken")
        is_dir = child.is_dir()  # follows in-tree symlinks
        if _skipped(child.name, is_dir):
            continue
        if is_dir:
            real = path.resolve()
            if real in active:
                raise InvalidParameterError(f"symlink loop at {arcname!r}")
            if not _collect(path, arcname + "/", root, active | {real}, entries):
                entries.append((arcname + "/", None, _DIR_MODE))
            added = True
        elif child.is_file():
            entries.append((arcname, path.read_bytes(), _mode_of(path)))
            added = True
        # sockets, FIFOs and devices are not code: left out.
    return added


def _existing(path: str | os.PathLike[str]) -> Path:
    candidate = Path(path)
    if not candidate.exists():
        raise InvalidParameterError(f"code path does not exist: {os.fspath(path)!r}")
    return candidate


def zip_directory(path: str | os.PathLike[str]) -> bytes:
    """Zip the contents of a directory in memory, deterministically.

    Entries are relative to ``path``, sorted, dated 1980-01-01 00:00:00, with
    mode 0755 (owner-executable files, directories) or 0644. ``__pycache__``,
    ``.git`` and ``*.pyc`` are skipped. Symlinks inside the tree are followed;
    one pointing outside it is refused.

    Raises:
        InvalidParameterError: missing path, not a directory, a symlink that
            escapes the directory, or no file to package.
    """
    directory = _existing(path)
    if not directory.is_dir():
        raise InvalidParameterError(f"not a directory: {os.fspath(path)!r}")
    root = directory.resolve()
    entries: list[tuple[str, bytes | None, int]] = []
    _collect(root, "", root, frozenset({root}), entries)
    if not any(content is not None for _, content, _ in entries):
        raise InvalidParameterError(f"directory has no files to package: {os.fspath(path)!r}")
    return _build(entries)


def zip_file(path: str | os.PathLike[str]) -> bytes:
    """Zip one file in memory (stored under its base name), deterministically.

    Raises:
        InvalidParameterError: missing path or not a regular file.
    """
    source = _existing(path)
    if not source.is_file():
        raise InvalidParameterError(f"not a regular file: {os.fspath(path)!r}")
    return _build([(source.name, source.read_bytes(), _mode_of(source))])
