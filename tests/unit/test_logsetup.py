"""The log: a rotating file in the user's log folder, a quiet console, never a CPR number."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop import logsetup
from desktop.core import paths


@pytest.fixture
def configured() -> Iterator:
    path = logsetup.setup_logging()
    yield path
    logsetup.teardown_logging()


def _text(path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_the_log_file_is_in_the_user_log_folder(configured):
    assert configured == paths.log_dir() / "anvis.log"
    assert logsetup.log_file() == configured
    logging.getLogger("desktop.test").info("vacancy imported")
    assert "INFO" in _text(configured)
    assert "desktop.test" in _text(configured)
    assert "vacancy imported" in _text(configured)


def test_console_shows_warnings_only(capsys, configured):
    logging.getLogger("desktop.test").info("quiet detail")
    logging.getLogger("desktop.test").warning("the database is locked")
    err = capsys.readouterr().err
    assert "the database is locked" in err
    assert "quiet detail" not in err


def test_verbose_logs_debug(capsys):
    path = logsetup.setup_logging(verbose=True)
    try:
        logging.getLogger("desktop.test").debug("step 3 of 7")
        assert "step 3 of 7" in _text(path)
        assert "step 3 of 7" in capsys.readouterr().err
    finally:
        logsetup.teardown_logging()


def test_a_second_setup_does_not_double_the_lines(configured):
    again = logsetup.setup_logging()
    try:
        logging.getLogger("desktop.test").warning("only once")
        assert _text(again).count("only once") == 1
    finally:
        logsetup.teardown_logging()


def test_the_file_rotates_and_keeps_five_old_files(monkeypatch):
    monkeypatch.setattr(logsetup, "MAX_BYTES", 2_000)
    path = logsetup.setup_logging()
    try:
        for number in range(400):
            logging.getLogger("desktop.test").info("line %d %s", number, "x" * 60)
    finally:
        logsetup.teardown_logging()
    names = sorted(p.name for p in path.parent.iterdir())
    assert names == ["anvis.log"] + [f"anvis.log.{n}" for n in range(1, 6)]
    assert all(p.stat().st_size <= 2_200 for p in path.parent.iterdir())


def test_cpr_numbers_are_masked_in_messages_arguments_and_tracebacks(configured):
    log = logging.getLogger("desktop.test")
    log.warning("applicant 010190-1234 offered")
    log.warning("applicant %s refused", "3112851234")
    log.warning("two at once: %s and %s", "150372 4321", "29029-91234")
    try:
        raise ValueError("lookup failed for 2802881234")
    except ValueError:
        log.exception("import failed")
    log.warning("stack", stack_info=True)  # a stack holds no CPR, but is masked too
    text = _text(configured)
    for secret in ("010190-1234", "3112851234", "150372 4321", "2802881234"):
        assert secret not in text
    assert text.count("XXXXXX-XXXX") == 5
    assert "ValueError: lookup failed for XXXXXX-XXXX" in text
    assert "29029-91234" in text  # not the shape of a CPR number


@pytest.mark.parametrize(
    "text",
    [
        "order 12345678901234",  # longer number
        "rent 4250 kr., 2 rooms",
        "moved in 2026-11-21",
        "phone 12345678",
        "3213901234",  # day 32
        "0113901234",  # month 13
        "0001901234",  # day 00
        "applicant id 7",
        "010190-XXXX",  # already masked
    ],
)
def test_other_numbers_are_left_alone(text):
    assert logsetup.mask_cpr(text) == text


@given(
    day=st.integers(1, 31),
    month=st.integers(1, 12),
    year=st.integers(0, 99),
    serial=st.integers(0, 9999),
    separator=st.sampled_from(["", "-", " "]),
    before=st.text(alphabet="abc ,:(", max_size=5),
    after=st.text(alphabet="abc ,:)", max_size=5),
)
def test_every_cpr_shape_is_masked(day, month, year, serial, separator, before, after):
    cpr = f"{day:02d}{month:02d}{year:02d}{separator}{serial:04d}"
    masked = logsetup.mask_cpr(f"{before}{cpr}{after}")
    assert masked == f"{before}XXXXXX-XXXX{after}"
