"""The container of an .xls file (an OLE compound file), checked before calamine reads it.

calamine follows the container's chains of sectors without checking that they stay inside the
file: a truncated .xls file (a download cut short, an attachment saved half) makes it panic, and
a Rust panic is printed on the process's stderr before Python sees it. So every chain calamine
follows is walked here first: the sector tables (DIFAT, FAT, mini FAT), the directory, the mini
stream and the streams it reads. A chain that leaves the file, names a sector the tables do not
hold, or runs in a circle makes the file damaged (FileProblem) before calamine sees it.

The layout is Microsoft's [MS-CFB]: a 512-byte header, then sectors of 512 or 4096 bytes (the
first sector starts after one sector's worth of header), chained through the FAT; streams
smaller than the cutoff live in 64-byte sectors of the mini stream, chained through the mini FAT.
"""

from __future__ import annotations

import struct
import sys
from array import array
from collections.abc import Iterable

from desktop.core.tabular import problems

_HEADER = 512
_DIFAT_IN_HEADER = 109
_ENTRY = 128  # a directory entry
_MINI_SECTOR = 64
_MINI_CUTOFF = 4096  # smaller streams live in the mini stream
_MARKERS = 0xFFFFFFFA  # this and above: markers, not sectors
_DIFAT_SECTOR = 0xFFFFFFFC
_END = 0xFFFFFFFE


class _Damaged(Exception):
    pass


def check_cfb(name: str, data: bytes) -> None:
    """Refuse (FileProblem) a compound file whose chains calamine could not follow safely."""
    try:
        _check(data)
    except (_Damaged, struct.error):
        problems.corrupt(name)


def _check(data: bytes) -> None:
    if len(data) < _HEADER or struct.unpack_from("<H", data, 30)[0] not in (9, 12):
        raise _Damaged
    file = _File(data)
    directory_count, _, first_directory, _, _, first_mini_fat, mini_fat_count, first_difat = (
        struct.unpack_from("<8I", data, 40)
    )
    fat = file.table(_fat_sectors(file, first_difat))
    chains = _Chains(fat, file.count, file.size)
    length = directory_count * file.size  # 0 in a file of 512-byte sectors: to the chain's end
    directory = b"".join(file.sector(n) for n in chains.follow(first_directory, length))
    if length:
        directory = directory[:length]
    if not directory or len(directory) % _ENTRY:
        raise _Damaged  # not even the root entry, or an entry cut short
    entries = [_entry(directory, offset, file.size) for offset in range(0, len(directory), _ENTRY)]
    mini_fat, mini_stream = array("I"), 0
    if mini_fat_count:  # calamine reads the mini stream only then
        _name, root_start, root_size = entries[0]  # the root entry holds the mini stream
        mini_stream = min(len(chains.follow(root_start, root_size)) * file.size, root_size)
        mini_fat = file.table(chains.follow(first_mini_fat, mini_fat_count * file.size))
    mini_chains = _Chains(mini_fat, -(-mini_stream // _MINI_SECTOR), _MINI_SECTOR)
    streams = _Chains(fat, file.count, file.size)  # apart: a damaged directory may cross them
    for _name, start, size in _streams_read(entries):
        if size >= _MINI_CUTOFF:
            streams.follow(start, size)
        elif size > 0:
            mini_chains.follow(start, size)


def _streams_read(entries: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The entries whose streams calamine reads: the workbook stream ("Workbook", or "Book" in
    files older than Excel 97) and, when the file holds a VBA project, all of them."""
    names = [name for name, _, _ in entries]
    if "_VBA_PROJECT_CUR" in names:
        return entries[1:]
    for wanted in ("Workbook", "Book"):
        if wanted in names:
            return [entries[names.index(wanted)]]
    return []


class _File:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.size = 1 << struct.unpack_from("<H", data, 30)[0]
        # Sectors after the header; the last may be cut short (some programs do not pad it).
        self.count = max(0, -(-(len(data) - self.size) // self.size))

    def sector(self, number: int) -> bytes:
        if number >= self.count:
            raise _Damaged
        start = self.size * (number + 1)
        return self.data[start : start + self.size]

    def numbers(self, number: int) -> array[int]:
        """The sector as little-endian 32-bit numbers."""
        block = self.sector(number)
        found = array("I", block[: len(block) // 4 * 4])
        if sys.byteorder == "big":
            found.byteswap()
        return found

    def table(self, sectors: Iterable[int]) -> array[int]:
        """The sectors' numbers, one table, as far as it can describe sectors in the file."""
        found = array("I")
        for number in sectors:
            block = self.numbers(number)  # checked even when not needed: calamine reads it
            if len(found) < self.count:
                found.extend(block)
        return found


def _fat_sectors(file: _File, first_difat: int) -> list[int]:
    """The FAT's sectors as the DIFAT lists them: 109 in the header, the rest in a chain of
    DIFAT sectors whose last number names the next. More FAT sectors than the file has sectors
    is damage (calamine would hold the file many times over)."""
    difat: list[int] = list(struct.unpack_from(f"<{_DIFAT_IN_HEADER}I", file.data, 76))
    seen: set[int] = set()
    following = first_difat
    while following < _MARKERS:
        if following in seen or len(difat) > _DIFAT_IN_HEADER + file.count + file.size // 4:
            raise _Damaged
        seen.add(following)
        *listed, following = file.numbers(following)
        difat.extend(listed)
    fat = [number for number in difat if number < _DIFAT_SECTOR]
    if len(fat) > file.count:
        raise _Damaged
    return fat


def _entry(directory: bytes, offset: int, size: int) -> tuple[str, int, int]:
    """(name, first sector, size) of a directory entry. A file of 512-byte sectors keeps the
    size in 32 bits; the high half may hold anything."""
    name = directory[offset : offset + 64].decode("utf-16-le", "ignore").split("\0", 1)[0]
    start, low, high = struct.unpack_from("<III", directory, offset + 116)
    return name, start, low if size == 512 else low | high << 32


class _Chains:
    """Chains of sectors through a table, followed as calamine follows them: to the end, or as
    far as the size wanted needs. Each must name only sectors the file and the table hold; and
    as no sector belongs to two chains, walking more sectors in all than there are means a
    chain runs in a circle or into another (a hostile file may name one long chain many
    times)."""

    def __init__(self, table: array[int], count: int, unit: int) -> None:
        self.table = table
        self.count = min(count, len(table))
        self.unit = unit
        self.left = self.count  # sectors still to walk

    def follow(self, first: int, size: int = 0) -> list[int]:
        """The chain from `first`: to its end, or `size` bytes' worth of sectors when given."""
        wanted = -(-size // self.unit) if size > 0 else self.count + 1
        found: list[int] = []
        number = first
        while number != _END and len(found) < wanted:
            if number >= self.count or self.left <= 0:
                raise _Damaged
            self.left -= 1
            found.append(number)
            number = self.table[number]
        return found
