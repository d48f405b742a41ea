"""Anvis: the desktop application of a municipal housing allocation desk."""

from importlib.metadata import PackageNotFoundError, version


def _version() -> str:
    """The installed version, or the one pyproject.toml declares when run from a source tree."""
    try:
        return version("anvis")
    except PackageNotFoundError:
        import tomllib  # noqa: PLC0415
        from pathlib import Path  # noqa: PLC0415

        try:
            pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
            return str(tomllib.loads(pyproject.read_text("utf-8"))["project"]["version"])
        except (OSError, KeyError, ValueError):
            return "0.0.0"


__version__ = _version()
