"""What the frozen Anvis must carry besides the code PyInstaller finds by itself.

`installer/anvis.spec` reads its lists from here, and `tests/test_installer_files.py` checks them
against the source tree, so a new page, settings section, sub-command, migration, translation or
resource folder cannot be left out of the bundle silently. No PyInstaller import here: the test
runs without it.

PyInstaller follows `import` statements. It cannot see:

- the modules Anvis imports by name at run time (`DISCOVERED`: the window's pages, the settings
  sections, the `anvis` sub-commands; the migrations, which Alembic loads from their files);
- files read from disk (`data_files`: resources/, the migration scripts);
- third-party modules loaded by name (`THIRD_PARTY_HIDDEN`), and third-party data files
  (`THIRD_PARTY_DATA`) that no PyInstaller hook collects.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# Packages whose modules are found at run time by name (pkgutil.iter_modules / import_module),
# with the source file that does the finding: the test fails when a new finder appears.
DISCOVERED = {
    "desktop.cli": "desktop/cli/main.py",
    "desktop.ui.pages": "desktop/ui/main_window.py",
    "desktop.ui.settings_sections": "desktop/ui/pages/settings.py",
    # packages whose public names load their module on first use
    "desktop.core.letters": "desktop/core/lazy_exports.py",
    "desktop.core.matching": "desktop/core/lazy_exports.py",
}

# Everything of ours is collected, whether imported statically or not: the code is small
# (a few MB of bytecode) and a missed module only shows as a crash on a user's PC.
OUR_PACKAGES = ("desktop", "db")

# Loaded by name by libraries (no hook covers them):
THIRD_PARTY_HIDDEN = (
    "holidays.countries.denmark",  # holidays.country_holidays("DK") imports it by name
    "sqlalchemy.dialects.sqlite",  # create_engine("sqlite:///...") loads the dialect by name
    "sqlalchemy.dialects.postgresql.psycopg",  # postgresql+psycopg:// (the shared server)
    "psycopg_binary",  # psycopg loads its C implementation by name when present
    "psycopg_binary.pq",
    "psycopg_binary._psycopg",
    "alembic.op",  # the migration scripts' `from alembic import op` (a proxy module)
    "alembic.context",  # db/migrations/env.py
)
# Distributions whose metadata the library reads at run time (importlib.metadata.version):
THIRD_PARTY_METADATA = ("holidays",)
# Packages whose data files go in (translations of holiday names, stdnum's registries, babel's
# locale data are covered by their hooks but listed here too, harmless and explicit):
THIRD_PARTY_DATA = ("holidays", "babel", "stdnum", "reportlab")

# Left out of the bundle: not used by Anvis, large.
EXCLUDES = (
    "tkinter",
    "pytest",
    "_pytest",
    "hypothesis",
    "mypy",
    "IPython",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtMultimedia",
    "PySide6.Qt3DCore",
)

# Files of the collected libraries that Anvis never uses (checked by `keep`):
BABEL_LOCALES = ("root", "da", "da_DK", "en", "en_001", "en_150", "en_DK", "en_GB")
QT_TRANSLATION_LANGUAGES = ("da", "en")
# Qt's virtual keyboard (for touch screens without a keyboard) drags in Qt Quick and QML.
DROPPED_QT = (
    "platforminputcontexts/libqtvirtualkeyboardplugin",
    "platforminputcontexts/qtvirtualkeyboardplugin",
    "Qt6VirtualKeyboard",
    "Qt6Quick",
    "Qt6Qml",
)

# Resource folders read at run time: resources_dir() / <folder>.
RESOURCE_FOLDERS = ("demo", "fonts", "help", "icons", "templates", "translations")
# Under resources/ but not for the bundle: pictures for the README, catalogue sources.
NOT_BUNDLED_FOLDERS = ("screenshots",)
NOT_BUNDLED_SUFFIXES = (".ts",)


def version(repo: Path = REPO) -> str:
    """The version pyproject.toml declares (the one `anvis --version` shows)."""
    with (repo / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def modules_of(package: str, repo: Path = REPO) -> list[str]:
    """Every module and package under `package` in the source tree (dotted names)."""
    root = repo.joinpath(*package.split("."))
    names = [package]
    for path in sorted(root.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        parts = list(path.relative_to(repo).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join(parts))
    return sorted(set(names))


def hidden_imports(repo: Path = REPO) -> list[str]:
    """Our modules (all of them, so the discovered ones are in) and the third-party ones above.
    The migration scripts are data (Alembic reads the files), not modules."""
    ours = [
        name
        for package in OUR_PACKAGES
        for name in modules_of(package, repo)
        if not name.startswith("db.migrations.versions") and name != "db.migrations.env"
    ]
    return sorted(set(ours) | set(THIRD_PARTY_HIDDEN))


def data_files(repo: Path = REPO) -> list[tuple[str, str]]:
    """(source file, folder inside the bundle) for every file Anvis reads from disk."""
    pairs: list[tuple[str, str]] = []
    resources = repo / "resources"
    for path in sorted(resources.rglob("*")):
        relative = path.relative_to(resources)
        if (
            not path.is_file()
            or "__pycache__" in relative.parts
            or relative.parts[0] in NOT_BUNDLED_FOLDERS
            or path.suffix in NOT_BUNDLED_SUFFIXES
        ):
            continue
        pairs.append((str(path), str(Path("resources", *relative.parts[:-1]))))
    migrations = repo / "db" / "migrations"
    for path in sorted(migrations.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix in (".py", ".mako"):
            relative = path.relative_to(repo)
            pairs.append((str(path), str(relative.parent)))
    return pairs


def metadata_text(repo: Path = REPO) -> str:
    """A minimal METADATA of the anvis distribution: desktop.__version__ reads the version
    from `anvis-<version>.dist-info/METADATA` next to the package when there is no
    pyproject.toml (as in the bundle)."""
    return f"Metadata-Version: 2.1\nName: anvis\nVersion: {version(repo)}\n"


def keep(destination: str) -> bool:
    """Whether a file PyInstaller collected (by its path inside the bundle) goes in: babel's
    locale data and Qt's translations only for Danish and English, no virtual keyboard."""
    path = destination.replace("\\", "/")
    name = path.rsplit("/", 1)[-1]
    if "babel/locale-data/" in path and name.endswith(".dat"):
        return name.removesuffix(".dat") in BABEL_LOCALES
    if "/translations/" in path and path.startswith("PySide6/") and name.endswith(".qm"):
        language = name.removesuffix(".qm").rsplit("_", 1)[-1]
        return language in QT_TRANSLATION_LANGUAGES
    return not any(part in path for part in DROPPED_QT)
