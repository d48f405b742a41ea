"""`anvis letters ...` reports what it wrote in words that agree with the numbers: 1 letter,
3 letters - in Danish 1 brev, 3 breve."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.catalogues import install_for_cli
from desktop.cli.letters import _report
from desktop.cli.registry import Context


@pytest.fixture
def danish() -> Iterator[None]:
    install_for_cli("da")
    yield
    install_for_cli("en")


def _said(letters: int, pages: int) -> str:
    out = io.StringIO()
    context = Context(open_workspace=lambda: pytest.fail("no database needed"), out=out)
    _report(context, letters, pages, Path("day.pdf"))
    return out.getvalue().strip()


def test_singular_and_plural_in_english() -> None:
    assert _said(1, 1) == "1 letter, 1 page: day.pdf"
    assert _said(1, 3) == "1 letter, 3 pages: day.pdf"
    assert _said(5, 15) == "5 letters, 15 pages: day.pdf"
    assert _said(0, 0) == "0 letters, 0 pages: day.pdf"


def test_singular_and_plural_in_danish(danish: None) -> None:
    assert _said(1, 1) == "1 brev, 1 side: day.pdf"
    assert _said(1, 3) == "1 brev, 3 sider: day.pdf"
    assert _said(5, 15) == "5 breve, 15 sider: day.pdf"
