"""The `anvis` command as a script or a scheduled job sees it: help, exit codes, clean errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli.main import main

REPO = Path(__file__).resolve().parents[2]


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: anvis")
    for command in ("demo", "import", "export"):
        assert f"\n    {command} " in out, f"`{command}` missing from:\n{out}"
    for option in ("--db", "--demo", "--lang"):
        assert option in out


def test_a_group_without_its_subcommand_shows_the_group_help(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["import"]) == 2
    assert capsys.readouterr().out.startswith("usage: anvis import")


def test_demo_refuses_to_overwrite_an_existing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    existing = tmp_path / "precious.sqlite"
    existing.write_bytes(b"the desk's real data")

    assert main(["demo", "--db", str(existing)]) == 2

    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("anvis: ")
    assert str(existing) in lines[0]
    assert "--force" in lines[0]
    assert existing.read_bytes() == b"the desk's real data"


def test_demo_refusal_as_a_real_process_has_no_traceback(tmp_path: Path) -> None:
    existing = tmp_path / "precious.sqlite"
    existing.write_bytes(b"the desk's real data")

    result = subprocess.run(
        [sys.executable, "-m", "desktop", "demo", "--db", str(existing)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert "--force" in result.stderr
    assert existing.read_bytes() == b"the desk's real data"
