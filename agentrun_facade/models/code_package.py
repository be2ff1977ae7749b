"""Constructors of a code package (``AgentRuntimeCode``): from a zip, a path or OSS.

The zip helpers (and ``zipfile``) are imported when a package is first built,
not with the models.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Self, TypeVar, cast

from ..errors import InvalidParameterError
from .enums import Language
from .wire_model import WireModel

__all__ = ["CodePackageConstructors"]

StrPath = str | os.PathLike[str]


def _command(command: Sequence[str] | None) -> list[str] | None:
    if command is None:
        return None
    if isinstance(command, str) or not all(isinstance(part, str) for part in command):
        raise InvalidParameterError("command must be a list of strings, e.g. ['python3', 'app.py']")
    return list(command)


def _describe(path: StrPath) -> str:
    return repr(os.fspath(path))


_T = TypeVar("_T")


def _factory(cls: type[_T]) -> Callable[..., _T]:
    """``cls`` as a constructor taking the generated class's keyword arguments."""
    return cast("Callable[..., _T]", cls)


class CodePackageConstructors(WireModel):
    """Class methods that build a code package and fill ``zip_file`` and ``checksum``."""

    __slots__ = ()

    @classmethod
    def from_zip_file(
        cls,
        path: StrPath,
        *,
        language: Language | str | None = None,
        command: Sequence[str] | None = None,
    ) -> Self:
        """Use an existing ``.zip`` archive as the code package.

        Raises:
            InvalidParameterError: the path is missing, a directory, unreadable
                or not a zip archive.
        """
        source = Path(path)
        if not source.exists():
            raise InvalidParameterError(f"zip file does not exist: {_describe(path)}")
        if not source.is_file():
            raise InvalidParameterError(
                f"not a zip file: {_describe(path)} (use from_file() for a directory)"
            )
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise InvalidParameterError(
                f"cannot read zip file {_describe(path)}: {exc.strerror}"
            ) from exc
        import io
        import zipfile

        if not zipfile.is_zipfile(io.BytesIO(data)):
            raise InvalidParameterError(f"not a zip archive: {_describe(path)}")
        return cls._from_zip_bytes(data, language=language, command=command)

    @classmethod
    def from_file(
        cls,
        path: StrPath,
        *,
        language: Language | str | None = None,
        command: Sequence[str] | None = None,
    ) -> Self:
        """Zip a file or a directory in memory and use it as the code package.

        Raises:
            InvalidParameterError: the path is missing, unreadable, or a
                directory with nothing to package.
        """
        source = Path(path)
        if not source.exists():
            raise InvalidParameterError(f"code path does not exist: {_describe(path)}")
        try:
            from ..code_packaging import zip_directory, zip_file

            data = zip_directory(source) if source.is_dir() else zip_file(source)
        except OSError as exc:
            raise InvalidParameterError(
                f"cannot read code path {_describe(path)}: {exc.strerror}"
            ) from exc
        return cls._from_zip_bytes(data, language=language, command=command)

    @classmethod
    def from_oss(
        cls,
        bucket_name: str,
        object_name: str,
        *,
        language: Language | str | None = None,
        command: Sequence[str] | None = None,
    ) -> Self:
        """Use a zip stored in OSS as the code package.

        Raises:
            InvalidParameterError: an empty bucket or object name.
        """
        for label, value in (("bucket_name", bucket_name), ("object_name", object_name)):
            if not isinstance(value, str) or not value:
                raise InvalidParameterError(f"{label} must be a non-empty string")
        return _factory(cls)(
            oss_bucket_name=bucket_name,
            oss_object_name=object_name,
            language=language,
            command=_command(command),
        )

    @classmethod
    def _from_zip_bytes(
        cls, data: bytes, *, language: Language | str | None, command: Sequence[str] | None
    ) -> Self:
        from ..code_packaging import encode_zip

        text, checksum = encode_zip(data)
        return _factory(cls)(
            zip_file=text, checksum=checksum, language=language, command=_command(command)
        )
