"""Anvis: the desktop application of a municipal housing allocation desk."""

from pathlib import Path


def _version() -> str:
    """The version pyproject.toml declares: read from the source tree, or from the installed
    package's metadata file. Both are file reads; importlib.metadata would scan every installed
    distribution and cost a noticeable part of the window's start."""
    here = Path(__file__).resolve().parent
    pyproject = here.parent / "pyproject.toml"
    if pyproject.is_file():
        # The first `version = "..."` line is the [project] table's (checked by a test).
        for line in pyproject.read_text("utf-8").splitlines():
            if line.startswith("version = "):
                return line.partition("=")[2].strip().strip('"')
    for metadata in here.parent.glob("anvis-*.dist-info/METADATA"):
        for line in metadata.read_text("utf-8").splitlines():
            if line.startswith("Version:"):
                return line.partition(":")[2].strip()
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415 - bench/startup.py

    try:
        return version("anvis")
    except PackageNotFoundError:
        return "0.0.0"


__version__ = _version()
