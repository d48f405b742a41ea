"""Is a SQLite database file on a network share? SQLite's locking is not reliable over SMB/NFS:
two PCs writing, or a network hiccup, can damage the file. A desk with several workstations
belongs on a shared PostgreSQL server; Anvis warns when it finds the common cases:

- Windows: a UNC path (\\\\server\\share\\...), or a drive letter mapped to a share
  (GetDriveTypeW says DRIVE_REMOTE);
- Linux: the file lies on an NFS, SMB/CIFS, sshfs or another network file system (/proc/mounts);
- macOS: the same, from the `mount` table (smbfs, nfs, afpfs, webdav, macFUSE/sshfs).

Everything the check reads from the system can be handed in, so tests run on any platform.
"""

from __future__ import annotations

import contextlib
import ctypes
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from desktop.core.i18n import translate

DRIVE_REMOTE = 4  # GetDriveTypeW

NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "afpfs",
        "webdav",
        "davfs",
        "fuse.davfs2",
        "sshfs",
        "fuse.sshfs",
        "osxfuse",
        "macfuse",
        "fuse.rclone",
        "9p",
        "afs",
        "ceph",
        "fuse.ceph",
        "glusterfs",
        "fuse.glusterfs",
        "lustre",
        "gpfs",
        "ncpfs",
        "coda",
    }
)


@dataclass(frozen=True)
class NetworkLocation:
    path: str
    kind: str  # "unc", "mapped drive", or the file system type ("nfs4", "cifs" ...)


def _windows_network(text: str, drive_type: Callable[[str], int] | None) -> NetworkLocation | None:
    normal = text.replace("/", "\\")
    upper = normal.upper()
    if upper.startswith("\\\\?\\UNC\\"):
        return NetworkLocation(text, "unc")
    if upper.startswith(("\\\\?\\", "\\\\.\\")):
        normal = normal[4:]  # a long or device path to a drive: look at the drive below
    elif normal.startswith("\\\\"):
        return NetworkLocation(text, "unc")
    drive = PureWindowsPath(normal).drive
    if len(drive) == 2 and drive[1] == ":":
        probe = drive_type or _get_drive_type
        if probe(drive + "\\") == DRIVE_REMOTE:
            return NetworkLocation(text, "mapped drive")
    return None


def _get_drive_type(root: str) -> int:
    windll = getattr(ctypes, "windll", None)  # only on Windows
    if windll is None:
        return 0
    return int(windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)))


def _unescape(field: str) -> str:
    """/proc/mounts writes a space as \\040, a tab as \\011 ..."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def parse_proc_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, file system type) of each line of /proc/mounts."""
    found = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            found.append((_unescape(fields[1]), fields[2].lower()))
    return found


_MAC_MOUNT = re.compile(r"^.+? on (?P<point>.+) \((?P<type>[^,)]+)")


def parse_mac_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, file system type) of each line of macOS's `mount` output."""
    found = []
    for line in text.splitlines():
        match = _MAC_MOUNT.match(line.strip())
        if match:
            found.append((match["point"], match["type"].strip().lower()))
    return found


def _system_mounts(platform: str) -> list[tuple[str, str]]:
    try:
        if platform.startswith("linux"):
            return parse_proc_mounts(Path("/proc/mounts").read_text(encoding="utf-8"))
        if platform == "darwin":
            output = subprocess.run(
                ["/sbin/mount"], capture_output=True, text=True, timeout=5, check=False
            ).stdout
            return parse_mac_mounts(output)
    except (OSError, subprocess.SubprocessError, UnicodeDecodeError):
        return []
    return []


def _is_network_type(fs_type: str) -> bool:
    return fs_type in NETWORK_FILE_SYSTEMS or fs_type.startswith(("nfs", "smb", "cifs"))


def _mount_of(path: str, mounts: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The mount holding `path`: the longest mount point that is a parent of it."""
    best: tuple[str, str] | None = None
    for point, fs_type in mounts:
        prefix = point.rstrip("/") + "/"
        if (path == point or path.startswith(prefix) or point == "/") and (
            best is None or len(point) > len(best[0])
        ):
            best = (point, fs_type)
    return best


def network_location(
    path: str | Path,
    *,
    platform: str | None = None,
    mounts: list[tuple[str, str]] | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> NetworkLocation | None:
    """Where `path` is on a network share, or None if it is (as far as we can tell) local."""
    system = platform or sys.platform
    text = str(path)
    if system.startswith("win"):
        return _windows_network(text, drive_type)
    if text.startswith("//"):  # an SMB URL-ish path some tools write
        return NetworkLocation(text, "unc")
    if mounts is None:
        mounts = _system_mounts(system)
        with contextlib.suppress(OSError):
            text = str(Path(text).expanduser().resolve())
    mount = _mount_of(text, mounts)
    if mount is not None and _is_network_type(mount[1]):
        return NetworkLocation(text, mount[1])
    return None


def warning(path: str | Path | None, **probes: object) -> str | None:
    """A translated warning for a SQLite database on a network share, or None. `path` None (a
    server database, an in-memory one) never warns. `probes` are for tests (see
    `network_location`)."""
    if path is None:
        return None
    found = network_location(path, **probes)  # type: ignore[arg-type]
    if found is None:
        return None
    return translate(
        "Storage",
        "The database {path} is on a network drive ({kind}). A SQLite database there can be "
        "damaged when the network drops or two PCs write at the same time. Keep it on this "
        "PC's own disk, or let IT set up a shared PostgreSQL server for several workstations "
        "(Settings > Database).",
    ).format(path=found.path, kind=found.kind)
