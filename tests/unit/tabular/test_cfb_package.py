"""Old .xls files (OLE compound files) whose container is damaged are refused as damaged before
calamine reads them: calamine would panic on them (printing on stderr) or never finish."""

from __future__ import annotations

import struct

import pytest

from desktop.core.errors import FileProblem
from desktop.core.tabular import read_bytes
from desktop.core.tabular.calamine_read import read_calamine
from desktop.core.tabular.model import DEFAULT_LIMITS
from tests.fixtures import hostile


def test_every_truncation_of_a_compound_file_is_refused_without_a_panic(
    capfd: pytest.CaptureFixture[str],
) -> None:
    whole = hostile.cfb_bytes(["Workbook"])
    named = whole.index("Workbook".encode("utf-16-le")) + 16  # shorter: not even an .xls
    for end in range(named, len(whole), 64):
        with pytest.raises(FileProblem) as caught:
            read_bytes("cut.xls", whole[:end])
        assert hostile.DAMAGED in str(caught.value), end
    assert "panicked" not in capfd.readouterr().err


def test_a_chain_in_a_circle_is_refused_at_once() -> None:
    with pytest.raises(FileProblem) as caught:
        read_bytes("circle.xls", hostile.circular_xls())
    assert hostile.DAMAGED in str(caught.value)


def test_a_stream_leaving_the_file_is_refused() -> None:
    data = bytearray(hostile.cfb_bytes(["Workbook"]))
    struct.pack_into("<I", data, 512 + 4 * 3, 5_000)  # the stream's second sector: far away
    with pytest.raises(FileProblem) as caught:
        read_bytes("far.xls", bytes(data))
    assert hostile.DAMAGED in str(caught.value)


def test_a_panic_inside_calamine_is_a_damaged_file() -> None:
    """What the container check does not foresee still ends as the user's message."""
    cut = hostile.cfb_bytes(["Workbook"])[:1200]
    with pytest.raises(FileProblem) as caught:
        read_calamine("cut.xls", cut, DEFAULT_LIMITS, {})
    assert hostile.DAMAGED in str(caught.value)
