"""Zip containers (xlsx, xlsm, ods) checked from their directory, then unpacked under a budget.

A zip bomb declares small sizes or compresses a gigabyte of zeros into kilobytes. We refuse on
the directory's numbers first (cheap), then count the bytes actually produced while unpacking, so
a lying directory cannot get past either. Python's zipfile also stops at the declared size and
checks the CRC, which catches members that were tampered with.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Generator, Iterable

from desktop.core.tabular import problems
from desktop.core.tabular.model import Limits

CHUNK = 1 << 20
SMALL_MEMBER = 1 << 20  # below this, a high compression ratio is harmless
DTD_MARKERS = (b"<!DOCTYPE", b"<!doctype", b"<!ENTITY", b"<!entity")


class Archive:
    """An opened, directory-checked zip; `read` unpacks one member within the limits."""

    def __init__(self, name: str, data: bytes, limits: Limits) -> None:
        self.name = name
        self.limits = limits
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError):
            problems.corrupt(name)
        if len(infos) > limits.max_zip_entries:
            problems.bomb(name)
        total = 0
        for info in infos:
            if info.flag_bits & 0x1:
                problems.encrypted(name)
            total += info.file_size
            ratio_too_high = (
                info.file_size > SMALL_MEMBER
                and info.file_size > limits.max_compression_ratio * max(info.compress_size, 1)
            )
            if ratio_too_high or info.file_size > limits.max_uncompressed_bytes:
                problems.bomb(name)
        if total > limits.max_uncompressed_bytes:
            problems.bomb(name)
        self.infos = {info.filename: info for info in infos}
        self.unpacked = 0
        self._counted: dict[str, int] = {}  # member -> bytes of it counted in `unpacked`

    def names(self) -> Iterable[str]:
        return self.infos.keys()

    def read(self, member: str, *, keep: bool = True) -> bytes:
        """The member's bytes (or b"" with keep=False, after checking it unpacks safely)."""
        parts: list[bytes] = []
        chunks = self.chunks(member)
        try:
            for chunk in chunks:
                if keep:
                    parts.append(chunk)
        finally:
            chunks.close()
        return b"".join(parts)

    def chunks(self, member: str) -> Generator[bytes, None, None]:
        """The member's bytes piece by piece (at most CHUNK each), as they are unpacked.

        Refuses XML with a DTD: spreadsheets never carry one, and it is how external entities and
        entity expansion ("billion laughs") get in. A member's bytes count once against the zip
        budget: unpacking it again (a second, exact scan) adds only what goes beyond the earlier
        pass, and each pass is bounded by the member's size. Close the generator to stop early.
        """
        info = self.infos.get(member)
        if info is None:
            problems.corrupt(self.name)
        counted = self._counted.get(member, 0)
        produced = 0
        try:
            with self.zip.open(info) as stream:
                first = True
                while chunk := stream.read(CHUNK):
                    produced += len(chunk)
                    if produced > counted:
                        self.unpacked += produced - counted
                        counted = self._counted[member] = produced
                    if (
                        produced > info.file_size
                        or self.unpacked > self.limits.max_uncompressed_bytes
                    ):
                        problems.bomb(self.name)
                    if first and member.endswith((".xml", ".rels")):
                        _refuse_dtd(self.name, chunk)
                    first = False
                    yield chunk
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, zlib.error, NotImplementedError):
            problems.corrupt(self.name)


def _refuse_dtd(name: str, head: bytes) -> None:
    """A DTD must come before the root element, so the first chunk is where it can be."""
    root = _root_start(head)
    prolog = head if root < 0 else head[:root]
    if any(marker in prolog for marker in DTD_MARKERS):
        problems.unsafe_xml(name)


def _root_start(head: bytes) -> int:
    """Index of the first element tag, or -1 if the chunk has none.

    Skipped on the way: processing instructions (`<?xml ...?>`) and comments as a whole (a tag
    written inside a comment must not end the prolog before a DOCTYPE that follows it), and
    declarations (`<!DOCTYPE`, `<!ENTITY`), which stay in the prolog that is searched.
    """
    position = head.find(b"<")
    while position >= 0:
        if head.startswith(b"<!--", position):
            end = head.find(b"-->", position + 4)
        elif head.startswith(b"<?", position):
            end = head.find(b"?>", position + 2)
        elif head.startswith(b"<!", position):
            end = position + 1
        else:
            return position
        if end < 0:
            return -1
        position = head.find(b"<", end)
    return -1
