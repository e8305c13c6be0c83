"""Reading untrusted zip files (packages from a USB stick) without trusting anything in them,
and writing zips atomically.

Refused: not a zip, truncated or corrupt, names that escape the folder (absolute, ``..``,
backslashes, drive letters, NUL), duplicate names, symlinks, encrypted members, too many
members, declared sizes over the limits, zip bombs (ratio), and data longer than declared.
"""

from __future__ import annotations

import errno
import stat
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

from msu_desktop.errors import UserError
from msu_exchange.files import atomic_writer, os_error_to_user

MiB = 1024 * 1024
FIXED_TIME = (2020, 1, 1, 0, 0, 0)


class UnsafeArchive(UserError):
    """A package file that is damaged or hostile; the message says which."""


def _check_name(name: str) -> None:
    if not name or "\x00" in name or "\\" in name:
        raise UnsafeArchive(
            "The package contains a file with an invalid name: {name}", name=repr(name)
        )
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise UnsafeArchive("The package contains an absolute path: {name}", name=name)
    parts = name.rstrip("/").split("/")
    if any(p in ("..", ".", "") for p in parts):
        raise UnsafeArchive(
            "The package contains a path that escapes its folder: {name}", name=name
        )


class SafeZip:
    def __init__(
        self,
        path: Path,
        *,
        max_members: int = 2000,
        max_total_uncompressed: int = 512 * MiB,
        max_member: int = 256 * MiB,
        max_ratio: int = 200,
    ) -> None:
        self.path = Path(path)
        self.max_member = max_member
        try:
            self._zf = zipfile.ZipFile(self.path)
        except FileNotFoundError as exc:
            raise UnsafeArchive("The file was not found: {path}", path=str(path)) from exc
        except (
            zipfile.BadZipFile,
            zipfile.LargeZipFile,
            EOFError,
            ValueError,
            NotImplementedError,
        ) as exc:
            raise UnsafeArchive(
                "This is not a package, or the file is truncated or damaged: {path}",
                path=self.path.name,
            ) from exc
        except OSError as exc:
            if exc.errno == errno.EINVAL:
                raise UnsafeArchive(
                    "This is not a package, or the file is truncated or damaged: {path}",
                    path=self.path.name,
                ) from exc
            raise os_error_to_user(exc, self.path) from exc
        try:
            self._infos = self._check(max_members, max_total_uncompressed, max_member, max_ratio)
        except BaseException:
            self._zf.close()
            raise

    def _check(
        self, max_members: int, max_total: int, max_member: int, max_ratio: int
    ) -> dict[str, zipfile.ZipInfo]:
        infos = self._zf.infolist()
        if len(infos) > max_members:
            raise UnsafeArchive("The package has too many files ({n}).", n=len(infos))
        seen: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            name = info.filename
            _check_name(name)
            if info.is_dir():
                continue
            if name in seen:
                raise UnsafeArchive("The package contains the file {name} twice.", name=name)
            mode = (info.external_attr >> 16) & 0xFFFF
            if stat.S_ISLNK(mode):
                raise UnsafeArchive("The package contains a symbolic link: {name}", name=name)
            if info.flag_bits & 0x1:
                raise UnsafeArchive("The package contains an encrypted file: {name}", name=name)
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise UnsafeArchive(
                    "The package uses an unsupported compression: {name}", name=name
                )
            if info.file_size > max_member:
                raise UnsafeArchive("The file {name} in the package is too large.", name=name)
            if info.file_size > 1 * MiB and info.file_size > max_ratio * max(info.compress_size, 1):
                raise UnsafeArchive(
                    "The package looks like a zip bomb (file {name} expands too much).", name=name
                )
            total += info.file_size
            if total > max_total:
                raise UnsafeArchive("The package is too large when unpacked.")
            seen[name] = info
        return seen

    # -- reading -------------------------------------------------------------------------
    def names(self) -> list[str]:
        return list(self._infos)

    def size(self, name: str) -> int:
        return self._infos[name].file_size

    def read(self, name: str, limit: int | None = None) -> bytes:
        info = self._infos.get(name)
        if info is None:
            raise UnsafeArchive("The package has no file {name}.", name=name)
        cap = min(info.file_size, limit if limit is not None else self.max_member)
        if info.file_size > cap:
            raise UnsafeArchive("The file {name} in the package is too large.", name=name)
        chunks: list[bytes] = []
        got = 0
        try:
            with self._zf.open(info) as fh:
                while True:
                    chunk = fh.read(min(1 * MiB, cap + 1 - got))
                    if not chunk:
                        break
                    got += len(chunk)
                    if got > cap:
                        raise UnsafeArchive(
                            "The file {name} holds more data than the package declares.", name=name
                        )
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError) as exc:
            raise UnsafeArchive("The file {name} in the package is damaged.", name=name) from exc
        except OSError as exc:
            if exc.errno == errno.EINVAL:  # a seek to a corrupt offset
                raise UnsafeArchive(
                    "The file {name} in the package is damaged.", name=name
                ) from exc
            raise os_error_to_user(exc, self.path) from exc
        return b"".join(chunks)

    def extract_to(self, folder: Path, names: Iterable[str] | None = None) -> dict[str, Path]:
        folder = Path(folder)
        base = folder.resolve()
        out: dict[str, Path] = {}
        for name in names if names is not None else self.names():
            target = (folder / name).resolve()
            if base != target and base not in target.parents:
                raise UnsafeArchive(
                    "The package contains a path that escapes its folder: {name}", name=name
                )
            with atomic_writer(target) as fh:
                fh.write(self.read(name))
            out[name] = target
        return out

    def close(self) -> None:
        self._zf.close()

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def open_archive(path: Path, **limits: int) -> SafeZip:
    return SafeZip(path, **limits)


def write_archive(
    path: Path, members: list[tuple[str, bytes | Path]], *, compress: bool = True
) -> None:
    """Write a zip atomically: a temp name in the target folder, fsync, rename."""
    method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    names = set()
    for name, _ in members:
        _check_name(name)
        if name in names:
            raise ValueError(f"duplicate member {name}")
        names.add(name)
    with atomic_writer(Path(path)) as fh, zipfile.ZipFile(fh, "w", compression=method) as zf:
        for name, content in members:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = method
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            if isinstance(content, (bytes, bytearray)):
                zf.writestr(info, bytes(content))
            else:
                with open(content, "rb") as src, zf.open(info, "w", force_zip64=True) as dst:
                    while chunk := src.read(MiB):
                        dst.write(chunk)
