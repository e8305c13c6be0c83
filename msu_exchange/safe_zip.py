"""Reading untrusted zip files (packages from a USB stick) without trusting anything in them,
and writing zips atomically.

Refused: not a zip, truncated or corrupt, names that escape the folder (absolute, ``..``,
backslashes, drive letters, NUL), duplicate names, symlinks, encrypted members, and zip bombs.

Zip bombs are checked against absolute AND ratio limits, first on what the archive declares,
then again on the bytes actually unpacked, while they stream (a header can lie):

- the member count, counted in the central directory before any of it is parsed (100,000
  empty members cost no memory);
- each member's size and the total, declared and unpacked;
- each member's ratio of unpacked to packed size (beyond the first MiB);
- a zip inside a zip (an .xlsx, a package in a backup) is checked the same way, against the
  same total, down to ``max_depth`` levels; deeper nesting is refused.
"""

from __future__ import annotations

import bisect
import errno
import io
import os
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import IO

from msu_desktop.errors import UserError
from msu_exchange.files import atomic_writer, os_error_to_user

MiB = 1024 * 1024
FIXED_TIME = (2020, 1, 1, 0, 0, 0)
RATIO_GRACE = 1 * MiB  # a member's first MiB is never a bomb, whatever it compresses to
ZIP_MAGIC = b"PK\x03\x04"
_EOCD = b"PK\x05\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_CD_ENTRY = b"PK\x01\x02"


class UnsafeArchive(UserError):
    """A package file that is damaged or hostile; the message says which."""


class ArchiveTooLarge(UnsafeArchive):
    """A zip that would unpack to more than the limits allow (a member, the whole, a bomb's
    ratio): a reader with its own words for "too big" (the register import) tells it apart."""


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


def _central_directory(fh: IO[bytes]) -> tuple[int, int, int] | None:
    """(declared entries, start, size) of the central directory, from the end record (and its
    zip64 form); None when there is none (zipfile then says what is wrong)."""
    fh.seek(0, io.SEEK_END)
    end = fh.tell()
    tail_at = max(0, end - 22 - 65535)
    fh.seek(tail_at)
    tail = fh.read()
    at = tail.rfind(_EOCD)
    # the end record is the one whose comment runs exactly to the end of the file (the same
    # four bytes inside a comment are not it)
    while at >= 0 and (
        len(tail) - at < 22
        or at + 22 + int.from_bytes(tail[at + 20 : at + 22], "little") != len(tail)
    ):
        at = tail.rfind(_EOCD, 0, at)
    if at < 0:
        return None
    entries, size, _offset = struct.unpack("<HII", tail[at + 10 : at + 20])
    eocd = tail_at + at
    locator = tail[at - 20 : at] if at >= 20 else b""
    if locator[:4] == _EOCD64_LOCATOR:
        (record_at,) = struct.unpack("<Q", locator[8:16])
        fh.seek(record_at)
        record = fh.read(56)
        if record[:4] == b"PK\x06\x06" and len(record) == 56:
            entries, size = struct.unpack("<QQ", record[32:48])
            eocd = record_at
    return entries, eocd - size, size


def _count_members(fh: IO[bytes], max_members: int) -> None:
    """Refuse an archive with more than ``max_members`` members by counting the central
    directory's entries as they stream, before zipfile builds an object for each."""
    found = _central_directory(fh)
    if found is None:
        return
    entries, start, size = found
    if entries > max_members:
        raise UnsafeArchive("The package has too many files ({n}).", n=entries)
    if start < 0:
        return
    fh.seek(start)
    reader = io.BufferedReader(_Limited(fh, size), buffer_size=max(8192, min(MiB, size)))
    count = 0
    while (head := reader.read(46))[:4] == _CD_ENTRY and len(head) == 46:
        count += 1
        if count > max_members:
            raise UnsafeArchive("The package has too many files ({n}).", n=f"{count}+")
        name, extra, comment = struct.unpack("<HHH", head[28:34])
        reader.read(name + extra + comment)


class _Limited(io.RawIOBase):
    """At most ``left`` bytes of ``fh``, for a reader that must not run past a region."""

    def __init__(self, fh: IO[bytes], left: int) -> None:
        self._fh = fh
        self._left = left

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        n = min(len(buffer), self._left)
        data = self._fh.read(n)
        buffer[: len(data)] = data
        self._left -= len(data)
        return len(data)


def packed_sizes(infos: list[zipfile.ZipInfo], end: int) -> dict[str, int]:
    """How many packed bytes each member can really have: its declared compressed size, but
    never more than the room up to the next member's header (a header that declares a large
    compressed size to hide a bomb's ratio gains nothing)."""
    starts = sorted({i.header_offset for i in infos} | {end})
    room: dict[str, int] = {}
    for info in infos:
        at = bisect.bisect_right(starts, info.header_offset)
        following = starts[at] if at < len(starts) else end
        room[info.filename] = max(0, min(info.compress_size, following - info.header_offset))
    return room


class _Limits:
    """The absolute and ratio limits of one archive, and what has been unpacked so far (the
    total is shared by the zips nested in it)."""

    def __init__(
        self, max_members: int, max_total: int, max_member: int, max_ratio: int, max_depth: int
    ) -> None:
        self.max_members = max_members
        self.max_total = max_total
        self.max_member = max_member
        self.max_ratio = max_ratio
        self.max_depth = max_depth
        self.unpacked = 0

    def declared(self, info: zipfile.ZipInfo, name: str) -> None:
        """What the member's header declares, before a byte of it is unpacked."""
        if info.file_size > self.max_member:
            raise ArchiveTooLarge("The file {name} in the package is too large.", name=name)
        if info.file_size > RATIO_GRACE and info.file_size > self.max_ratio * max(
            info.compress_size, 1
        ):
            raise ArchiveTooLarge(
                "The package looks like a zip bomb (file {name} expands too much).", name=name
            )

    def streamed(self, packed: int, name: str, got: int, chunk: int) -> None:
        """After ``chunk`` more bytes of a member (``got`` of it so far) were unpacked from at
        most ``packed`` bytes (see :func:`packed_sizes`)."""
        if got > self.max_member:
            raise ArchiveTooLarge("The file {name} in the package is too large.", name=name)
        if got > RATIO_GRACE and got > self.max_ratio * max(packed, 1):
            raise ArchiveTooLarge(
                "The package looks like a zip bomb (file {name} expands too much).", name=name
            )
        self.unpacked += chunk
        if self.unpacked > self.max_total:
            raise ArchiveTooLarge("The package is too large when unpacked.")

    def nested_budget(self) -> _Limits:
        """The limits for the zips inside: the same, with a total of their own (a backup's
        packages are counted once as packages, once more as what they hold)."""
        return _Limits(
            self.max_members, self.max_total, self.max_member, self.max_ratio, self.max_depth
        )

    def nested(self, data: bytes, name: str, depth: int) -> None:
        """A member that is itself a zip: its members unpacked (and thrown away) under the
        same limits and total, its own zips in turn, down to ``max_depth``."""
        if depth > self.max_depth:
            raise UnsafeArchive(
                "The package holds archives nested more than {n} deep (file {name}).",
                n=self.max_depth,
                name=name,
            )
        try:
            _count_members(io.BytesIO(data), self.max_members)
            inner = zipfile.ZipFile(io.BytesIO(data))
            infos = inner.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError):
            return  # data that only starts like a zip: the package's hashes vouch for it
        room = packed_sizes(infos, inner.start_dir)
        with inner:
            for info in infos:
                label = f"{name}/{info.filename}"
                if info.is_dir() or info.flag_bits & 0x1:
                    continue  # nothing to unpack, or nothing this reader could unpack
                self.declared(info, label)
                head = b""
                buffer: list[bytes] | None = None
                got = 0
                try:
                    with inner.open(info) as fh:
                        while chunk := fh.read(MiB):
                            got += len(chunk)
                            self.streamed(room[info.filename], label, got, len(chunk))
                            if not head:
                                head = chunk[:4]
                                buffer = [] if head == ZIP_MAGIC else None
                            if buffer is not None:
                                buffer.append(chunk)
                except (
                    zipfile.BadZipFile,
                    zlib.error,
                    EOFError,
                    ValueError,
                    NotImplementedError,
                    RuntimeError,
                    OSError,
                ):
                    continue  # damaged inside: not unpacked any further, so no bomb either
                if buffer is not None:
                    self.nested(b"".join(buffer), label, depth + 1)


IN_MEMORY = 4 * 1024 * 1024  # an archive up to this size is read whole once, not seeked through


class SafeZip:
    def __init__(
        self,
        path: Path,
        *,
        max_members: int = 2000,
        max_total_uncompressed: int = 512 * MiB,
        max_member: int = 256 * MiB,
        max_ratio: int = 200,
        max_depth: int = 3,
    ) -> None:
        self.path = Path(path)
        self.max_member = max_member
        self.limits = _Limits(max_members, max_total_uncompressed, max_member, max_ratio, max_depth)
        try:
            with open(self.path, "rb") as fh:
                source: IO[bytes] | Path = self.path
                size = os.fstat(fh.fileno()).st_size
                if size <= IN_MEMORY:  # read once, then no more seeks
                    source = io.BytesIO(fh.read(size))
                    _count_members(source, max_members)
                else:
                    _count_members(fh, max_members)
            self._zf = zipfile.ZipFile(source)
        except FileNotFoundError as exc:
            raise UnsafeArchive("The file was not found: {path}", path=str(path)) from exc
        except (
            zipfile.BadZipFile,
            zipfile.LargeZipFile,
            EOFError,
            ValueError,
            NotImplementedError,
            struct.error,
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
            self._infos = self._check(max_members, max_total_uncompressed)
            self._packed = packed_sizes(list(self._infos.values()), self._zf.start_dir)
            self._nested = self.limits.nested_budget()
        except BaseException:
            self._zf.close()
            raise

    def _check(self, max_members: int, max_total: int) -> dict[str, zipfile.ZipInfo]:
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
            self.limits.declared(info, name)
            total += info.file_size
            if total > max_total:
                raise ArchiveTooLarge("The package is too large when unpacked.")
            seen[name] = info
        return seen

    # -- reading -------------------------------------------------------------------------
    def names(self) -> list[str]:
        return list(self._infos)

    def size(self, name: str) -> int:
        return self._infos[name].file_size

    def read(self, name: str, limit: int | None = None) -> bytes:
        """A member whole, unpacked under the limits while it streams; a member that is a
        zip itself is checked too (nesting, sizes, ratios)."""
        info = self._infos.get(name)
        if info is None:
            raise UnsafeArchive("The package has no file {name}.", name=name)
        cap = min(info.file_size, limit if limit is not None else self.max_member)
        if info.file_size > cap:
            raise UnsafeArchive("The file {name} in the package is too large.", name=name)
        data = b"".join(self._chunks(info, cap))
        if data[:4] == ZIP_MAGIC:
            self._nested.nested(data, name, 1)
        return data

    def _chunks(self, info: zipfile.ZipInfo, cap: int) -> Iterator[bytes]:
        """The member's bytes as they unpack, never more than ``cap`` (its declared size)."""
        name = info.filename
        got = 0
        try:
            with self._zf.open(info) as fh:
                while chunk := fh.read(min(1 * MiB, cap + 1 - got)):
                    got += len(chunk)
                    if got > cap:
                        raise UnsafeArchive(
                            "The file {name} holds more data than the package declares.", name=name
                        )
                    self.limits.streamed(self._packed[name], name, got, len(chunk))
                    yield chunk
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError) as exc:
            raise UnsafeArchive("The file {name} in the package is damaged.", name=name) from exc
        except OSError as exc:
            if exc.errno == errno.EINVAL:  # a seek to a corrupt offset
                raise UnsafeArchive(
                    "The file {name} in the package is damaged.", name=name
                ) from exc
            raise os_error_to_user(exc, self.path) from exc

    def stream(self, name: str) -> IO[bytes]:
        """A member as a stream, for a reader that scans it in chunks and stops on its own
        (the register import's DTD check); unpacked under the same limits as :meth:`read`."""
        info = self._infos.get(name)
        if info is None:
            raise UnsafeArchive("The package has no file {name}.", name=name)
        chunks = self._chunks(info, info.file_size)
        return io.BufferedReader(_Chunks(chunks), buffer_size=MiB)

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


class _Chunks(io.RawIOBase):
    """An iterator of byte chunks as a readable stream."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._rest = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if not self._rest:
            self._rest = next(self._chunks, b"")
        n = min(len(buffer), len(self._rest))
        buffer[:n] = self._rest[:n]
        self._rest = self._rest[n:]
        return n


def open_archive(path: Path, **limits: int) -> SafeZip:
    return SafeZip(path, **limits)


# formats whose content is compressed already (write_archive stores them)
COMPRESSED_ALREADY = (
    ".pdf",
    ".xlsx",
    ".xlsm",
    ".docx",
    ".pptx",
    ".odt",
    ".ods",
    ".zip",
    ".7z",
    ".gz",
    ".rar",
    ".png",
    ".jpg",
    ".jpeg",
    ".gif",
    ".webp",
    ".heic",
    ".mp3",
    ".mp4",
)


def write_archive(
    path: Path, members: list[tuple[str, bytes | Path]], *, compress: bool = True
) -> None:
    """Write a zip atomically: a temp name in the target folder, fsync, rename. A member in
    a format that is compressed already (a PDF, an Excel workbook, a photo) is stored as it
    is: deflating it again costs time for a few per cent (issue 26)."""
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
            info.compress_type = (
                zipfile.ZIP_STORED if name.lower().endswith(COMPRESSED_ALREADY) else method
            )
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            if isinstance(content, (bytes, bytearray)):
                zf.writestr(info, bytes(content))
            else:
                with open(content, "rb") as src, zf.open(info, "w", force_zip64=True) as dst:
                    while chunk := src.read(MiB):
                        dst.write(chunk)
