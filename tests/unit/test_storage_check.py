"""A SQLite database on a network share is recognised (and warned about) on every platform."""

from __future__ import annotations

import pytest

from desktop.core import storage_check
from desktop.core.storage_check import network_location, parse_mac_mounts, parse_proc_mounts

PROC_MOUNTS = r"""sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
/dev/nvme0n1p1 /boot/efi vfat rw,relatime 0 0
tmpfs /run tmpfs rw,nosuid,nodev 0 0
fileserver:/export/anvis /mnt/anvis nfs4 rw,relatime,vers=4.2 0 0
//fs01/Boliganvisning /mnt/fælles\040drev cifs rw,relatime,vers=3.1.1 0 0
kim@nas:/data /home/kim/nas fuse.sshfs rw,nosuid,nodev 0 0
/dev/sdb1 /mnt/anvis/local ext4 rw 0 0
"""

MAC_MOUNT = """/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse)
//kim@fs01._smb._tcp.local/Anvis on /Volumes/Anvis (smbfs, nodev, nosuid, mounted by kim)
fs02:/export on /Volumes/export (nfs, asynchronous)
"""


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/mnt/anvis/anvis.sqlite", "nfs4"),
        ("/mnt/fælles drev/Anvis/anvis.sqlite", "cifs"),
        ("/home/kim/nas/anvis.sqlite", "fuse.sshfs"),
        ("/mnt/anvis/local/anvis.sqlite", None),  # a local disk mounted inside the share
        ("/home/kim/.local/share/Anvis/anvis.sqlite", None),
        ("/mnt/anvisx/anvis.sqlite", None),  # a name that only starts like the share
    ],
)
def test_linux_network_mounts(path: str, kind: str | None) -> None:
    found = network_location(path, platform="linux", mounts=parse_proc_mounts(PROC_MOUNTS))
    assert (found.kind if found else None) == kind


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/Volumes/Anvis/anvis.sqlite", "smbfs"),
        ("/Volumes/export/db/anvis.sqlite", "nfs"),
        ("/Users/kim/Library/Application Support/Anvis/anvis.sqlite", None),
    ],
)
def test_macos_network_mounts(path: str, kind: str | None) -> None:
    found = network_location(path, platform="darwin", mounts=parse_mac_mounts(MAC_MOUNT))
    assert (found.kind if found else None) == kind


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (r"\\fs01\Boliganvisning\anvis.sqlite", "unc"),
        ("//fs01/Boliganvisning/anvis.sqlite", "unc"),
        (r"\\?\UNC\fs01\Boliganvisning\anvis.sqlite", "unc"),
        (r"H:\Anvis\anvis.sqlite", "mapped drive"),
        (r"C:\Users\kim\AppData\Local\Anvis\anvis.sqlite", None),
        (r"\\?\C:\Users\kim\AppData\Local\Anvis\anvis.sqlite", None),  # a long local path
        (r"\\?\H:\Anvis\anvis.sqlite", "mapped drive"),
    ],
)
def test_windows_unc_paths_and_mapped_drives(path: str, kind: str | None) -> None:
    def drive_type(root: str) -> int:
        return storage_check.DRIVE_REMOTE if root.upper() == "H:\\" else 3  # 3 = DRIVE_FIXED

    found = network_location(path, platform="win32", drive_type=drive_type)
    assert (found.kind if found else None) == kind


def test_the_warning_names_the_place_and_points_to_postgresql() -> None:
    text = storage_check.warning(
        "/mnt/anvis/anvis.sqlite", platform="linux", mounts=parse_proc_mounts(PROC_MOUNTS)
    )
    assert text is not None
    assert "/mnt/anvis/anvis.sqlite" in text
    assert "network drive (nfs4)" in text
    assert "PostgreSQL" in text
    assert storage_check.warning(None) is None
    assert (
        storage_check.warning(
            "/srv/a.sqlite", platform="linux", mounts=parse_proc_mounts(PROC_MOUNTS)
        )
        is None
    )


def test_this_machine_temporary_folder_is_local(tmp_path: object) -> None:
    assert storage_check.warning(f"{tmp_path}/anvis.sqlite") is None
