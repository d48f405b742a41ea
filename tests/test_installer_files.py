"""The installer's lists (installer/bundle.py, read by installer/anvis.spec) stay complete as the
source tree grows: every module Anvis imports by name, every file it reads from disk, every
migration Alembic loads from its file. A missed one only shows as a crash on a user's PC, so
these checks run with the ordinary tests (the build itself, installer/build.sh, takes minutes
and needs PyInstaller).
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from desktop.ui.navigation import PAGES

REPO = Path(__file__).resolve().parents[1]


def _load_bundle():
    spec = importlib.util.spec_from_file_location("anvis_bundle", REPO / "installer" / "bundle.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("anvis_bundle", module)
    spec.loader.exec_module(module)
    return module


bundle = _load_bundle()


def _destinations() -> dict[str, str]:
    """Bundle path (posix) of each data file -> its source, relative to the repository."""
    found = {}
    for source, folder in bundle.data_files(REPO):
        source_path = Path(source)
        found[(Path(folder) / source_path.name).as_posix()] = source_path.relative_to(
            REPO
        ).as_posix()
    return found


def _modules_in(folder: str) -> set[str]:
    base = REPO / folder
    package = folder.replace("/", ".")
    return {
        f"{package}.{path.stem}"
        for path in base.glob("*.py")
        if path.stem != "__init__" and "__pycache__" not in path.parts
    }


@pytest.mark.parametrize("package", sorted(bundle.DISCOVERED))
def test_every_module_found_by_name_at_run_time_is_a_hidden_import(package):
    hidden = set(bundle.hidden_imports(REPO))
    folder = package.replace(".", "/")
    modules = _modules_in(folder)
    assert modules, f"{folder} has no modules"
    assert modules <= hidden, sorted(modules - hidden)


def test_every_page_of_the_navigation_is_a_hidden_import():
    hidden = set(bundle.hidden_imports(REPO))
    assert {entry.module for entry in PAGES} <= hidden


def test_every_module_of_ours_is_in_the_bundle():
    hidden = set(bundle.hidden_imports(REPO))
    sources = {
        ".".join(path.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__")
        for top in bundle.OUR_PACKAGES
        for path in (REPO / top).rglob("*.py")
        if "__pycache__" not in path.parts and "migrations" not in path.parts
    }
    assert sources <= hidden, sorted(sources - hidden)


def _finders() -> set[str]:
    """Source files that import modules by a name made at run time."""
    found = set()
    for top in bundle.OUR_PACKAGES:
        for path in (REPO / top).rglob("*.py"):
            if "__pycache__" in path.parts or "migrations" in path.parts:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("import_module", "iter_modules")
                ):
                    found.add(path.relative_to(REPO).as_posix())
    return found


def test_every_place_that_imports_by_name_is_known_to_the_installer():
    """A new `importlib.import_module` / `pkgutil.iter_modules` must be added to
    bundle.DISCOVERED (and its package collected), or the frozen program misses modules."""
    assert _finders() == set(bundle.DISCOVERED.values())


def test_every_migration_is_bundled_as_a_file_alembic_can_read():
    destinations = _destinations()
    migrations = REPO / "db" / "migrations"
    expected = {
        path.relative_to(REPO).as_posix()
        for path in migrations.rglob("*")
        if path.is_file() and path.suffix in (".py", ".mako") and "__pycache__" not in path.parts
    }
    assert {"db/migrations/env.py", "db/migrations/script.py.mako"} <= expected
    assert any(name.startswith("db/migrations/versions/0001") for name in expected)
    assert expected <= set(destinations), sorted(expected - set(destinations))
    # Alembic resolves the folder next to db/migrate.py, i.e. the same path in the bundle
    assert all(destinations[name] == name for name in expected)


def test_every_compiled_catalogue_and_resource_the_program_reads_is_bundled():
    destinations = _destinations()
    resources = REPO / "resources"
    for folder in bundle.RESOURCE_FOLDERS:
        assert (resources / folder).is_dir(), folder
    qm = sorted(p.name for p in (resources / "translations").glob("*.qm"))
    ts = sorted(p.name for p in (resources / "translations").glob("*.ts"))
    assert len(qm) == len(ts) > 10
    for name in qm:
        assert f"resources/translations/{name}" in destinations
    assert not any(name.endswith(".ts") for name in destinations)
    assert "resources/demo/organisations_departments.xlsx" in destinations
    fonts = [n for n in destinations if n.startswith("resources/fonts/") and n.endswith(".ttf")]
    assert len(fonts) >= 3
    assert not any(name.startswith("resources/screenshots/") for name in destinations)


def test_every_resource_folder_the_code_reads_is_bundled():
    """Each `resources_dir() / "<folder>"` in the code names a bundled folder."""
    used = set()
    for path in (REPO / "desktop").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r'resources_dir\(\)\s*/\s*"([^"]+)"', text))
    assert used, "no resources_dir() use found"
    assert used <= set(bundle.RESOURCE_FOLDERS), sorted(used - set(bundle.RESOURCE_FOLDERS))
    bundled_folders = {name.split("/")[1] for name in _destinations() if name.startswith("res")}
    assert set(bundle.RESOURCE_FOLDERS) <= bundled_folders


@pytest.mark.parametrize("language", ["da", "en"])
def test_a_help_page_for_every_page_in_each_language_is_bundled(language):
    destinations = _destinations()
    for entry in PAGES:
        assert f"resources/help/{language}/{entry.key}.html" in destinations


def test_only_danish_and_english_library_data_and_no_virtual_keyboard():
    assert bundle.keep("babel/locale-data/da_DK.dat")
    assert bundle.keep("babel/locale-data/en_GB.dat")
    assert not bundle.keep("babel/locale-data/de.dat")
    assert bundle.keep("PySide6/Qt/translations/qtbase_da.qm")
    assert not bundle.keep("PySide6/Qt/translations/qtbase_de.qm")
    assert bundle.keep("PySide6\\translations\\qtbase_da.qm")
    assert not bundle.keep("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so")
    assert not bundle.keep("PySide6/Qt/lib/libQt6Quick.so.6")
    for needed in (
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/lib/libQt6Charts.so.6",
        "PySide6/Qt/lib/libQt6Pdf.so.6",
        "resources/translations/shell_da.qm",
    ):
        assert bundle.keep(needed), needed


def test_the_spec_uses_the_checked_lists_and_the_pyproject_version():
    spec = (REPO / "installer" / "anvis.spec").read_text(encoding="utf-8")
    for used in (
        "bundle.hidden_imports(REPO)",
        "bundle.data_files(REPO)",
        "bundle.THIRD_PARTY_DATA",
        "bundle.THIRD_PARTY_METADATA",
        "bundle.EXCLUDES",
        "bundle.keep(",
        "bundle.version(REPO)",
    ):
        assert used in spec, used
    from desktop import __version__

    assert bundle.version(REPO) == __version__
    assert f"Version: {__version__}\n" in bundle.metadata_text(REPO)


def test_the_windows_installer_keeps_the_users_data():
    script = (REPO / "installer" / "anvis.iss").read_text(encoding="utf-8")
    assert "PrivilegesRequired=admin" in script
    assert r"DefaultDirName={autopf}\{#AppName}" in script
    assert "compiler:Languages\\Danish.isl" in script
    assert "{autoprograms}" in script  # the start-menu shortcut
    uninstall = script.split("[UninstallDelete]", 1)[1].split("[", 1)[0]
    assert "localappdata" not in uninstall.lower()
    assert "{app}" in uninstall
    assert r"..\dist\anvis\*" in script


def _imported_libraries() -> set[str]:
    """Top-level names of the third-party modules desktop/ and db/ import (also inside
    functions: the lazily imported ones are needed all the same)."""
    found: set[str] = set()
    for top in bundle.OUR_PACKAGES:
        for path in (REPO / top).rglob("*.py"):
            if "__pycache__" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    found |= {alias.name.split(".")[0] for alias in node.names}
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    found.add(node.module.split(".")[0])
    return {name for name in found if name not in sys.stdlib_module_names} - set(
        bundle.OUR_PACKAGES
    )


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _installed_by_pip_install_dot() -> set[str]:
    """The distributions `pip install .` brings (the build venv's, hence the bundle's): the
    runtime dependencies of pyproject.toml and, as installed here, theirs."""
    with (REPO / "pyproject.toml").open("rb") as handle:
        declared = tomllib.load(handle)["project"]["dependencies"]
    todo = [(Requirement(text), "") for text in declared]
    seen: set[tuple[str, str]] = set()
    while todo:
        requirement, extra = todo.pop()
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": extra}):
            continue
        name = _normalise(requirement.name)
        try:
            requires = metadata.requires(requirement.name) or []
        except metadata.PackageNotFoundError:
            continue
        for wanted in ("", *sorted(requirement.extras)):
            if (name, wanted) not in seen:
                seen.add((name, wanted))
                todo += [(Requirement(text), wanted) for text in requires]
    return {name for name, _extra in seen}


def test_every_library_the_code_imports_is_a_runtime_dependency():
    """A library only in the test extra is missing from `pip install .` and from the frozen
    program (built from '.[build]'), so the feature using it fails on the desk's PCs."""
    owners = metadata.packages_distributions()
    installed = _installed_by_pip_install_dot()
    missing = sorted(
        name
        for name in _imported_libraries()
        if not any(_normalise(d) in installed for d in owners.get(name, [name]))
    )
    assert not missing, missing
