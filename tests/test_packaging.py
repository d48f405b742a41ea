"""`pip install .` gives a working Anvis: the wheel carries every module, the migrations and the
resources, and the installed package finds them (not the source tree's copy).

The wheel is built once per run from a copy of the checkout (an in-tree build leaves a build/
folder whose stale files would leak into later wheels), with pip, as a user's install does.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SOURCES = ("pyproject.toml", "setup.py", "setup.cfg", "MANIFEST.in", "README.md", "desktop", "db")
JUNK = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build", "dist")


def _files_under(folder: Path) -> list[Path]:
    return sorted(
        p.relative_to(folder)
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
    )


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the files the build reads (the checkout may change while the tests run)."""
    source = tmp_path_factory.mktemp("source")
    for name in (*SOURCES, "resources"):
        path = REPO / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=JUNK)
        elif path.is_file():
            shutil.copy2(path, source / name)
    return source


@pytest.fixture(scope="module")
def wheel(source: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), "."],
        cwd=source,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (built,) = out.glob("anvis-*.whl")
    return built


@pytest.fixture(scope="module")
def wheel_names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel unpacked as pip would install a pure-Python wheel into site-packages."""
    target = tmp_path_factory.mktemp("site-packages")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)
    return target


def test_the_wheel_carries_every_module_of_the_source_tree(
    source: Path, wheel_names: set[str]
) -> None:
    modules = {
        f"{package}/{path.as_posix()}"
        for package in ("desktop", "db")
        for path in _files_under(source / package)
        if path.suffix == ".py"
    }
    assert modules, "no source modules found"
    assert sorted(modules - wheel_names) == []


def test_the_wheel_carries_the_migrations(source: Path, wheel_names: set[str]) -> None:
    assert "db/migrations/script.py.mako" in wheel_names
    revisions = sorted((source / "db" / "migrations" / "versions").glob("[0-9]*.py"))
    assert revisions
    for revision in revisions:
        assert f"db/migrations/versions/{revision.name}" in wheel_names


def test_the_wheel_carries_the_resources_as_desktop_resources(
    source: Path, wheel_names: set[str]
) -> None:
    resources = _files_under(source / "resources")
    assert resources
    missing = [
        path.as_posix()
        for path in resources
        if f"desktop/resources/{path.as_posix()}" not in wheel_names
    ]
    assert missing == []
    assert "desktop/resources/demo/organisations_departments.xlsx" in wheel_names


def test_every_danish_catalogue_ships_compiled(source: Path, wheel_names: set[str]) -> None:
    """The Danish UI is the default: an install without the .qm files would be English."""
    for catalogue in sorted((source / "resources" / "translations").glob("*_da.ts")):
        assert f"desktop/resources/translations/{catalogue.stem}.qm" in wheel_names


def test_the_wheel_declares_the_anvis_command(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        (entry_points,) = (
            n for n in archive.namelist() if n.endswith(".dist-info/entry_points.txt")
        )
        text = archive.read(entry_points).decode()
    assert "[console_scripts]" in text
    assert "anvis = desktop.cli.main:main" in text


PROBE = """
import json
import desktop, db
from desktop.cli.main import build_parser
from desktop.core.paths import resources_dir
from db.migrate import head_revision

help_text = build_parser().format_help()
print(json.dumps({
    "desktop": desktop.__file__,
    "db": db.__file__,
    "version": desktop.__version__,
    "resources": str(resources_dir()),
    "head": head_revision(),
    "help": help_text,
}))
"""


def test_the_installed_package_finds_its_own_resources_and_migrations(
    source: Path, installed: Path, tmp_path: Path
) -> None:
    # A folder with nothing in it as the working directory, and the installed copy first on the
    # path: the probe must not see the checkout.
    env = {**os.environ, "PYTHONPATH": str(installed)}
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)

    assert Path(found["desktop"]).is_relative_to(installed)
    assert Path(found["db"]).is_relative_to(installed)
    resources = Path(found["resources"])
    assert resources == installed / "desktop" / "resources"
    assert (resources / "demo" / "organisations_departments.xlsx").is_file()

    from alembic.script import ScriptDirectory

    assert found["head"] == ScriptDirectory(str(source / "db" / "migrations")).get_current_head()
    pyproject = tomllib.loads((source / "pyproject.toml").read_text("utf-8"))
    assert found["version"] == pyproject["project"]["version"]
    assert found["help"].startswith("usage: anvis")
