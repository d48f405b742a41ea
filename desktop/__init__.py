"""Anvis: the desktop application of a municipal housing allocation desk."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("anvis")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
