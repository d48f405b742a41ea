"""Which of the system libraries Qt's X11 window (the xcb platform plugin) needs are missing.

Without one of them Qt stops the process with "no Qt platform plugin could be initialized" and
nothing Anvis can catch. Asking the dynamic loader for each library first (by its exact file name,
as the plugin does) lets Anvis say in one line which Debian packages to install instead.
"""

from __future__ import annotations

import ctypes

# The library file the xcb plugin loads -> the Debian/Ubuntu package that has it. The same list
# as the README's apt-get line and .ci/run's system packages.
LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
}


def _loads(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def missing_packages() -> list[str]:
    """The packages whose libraries the loader cannot find, in the order above."""
    return [package for library, package in LIBRARIES.items() if not _loads(library)]


def problem() -> str | None:
    """One line naming what to install, or None when every library is there."""
    missing = missing_packages()
    if not missing:
        return None
    return (
        "anvis: Qt cannot open a window without the X11 libraries "
        f"{', '.join(missing)} (Debian/Ubuntu: apt-get install {' '.join(missing)})."
    )
