"""Keep the Danish catalogues in step with the sources.

    python -m desktop.tools.translations update [--area AREA ...]   # sources -> .ts
    python -m desktop.tools.translations compile [--area AREA ...]  # .ts -> .qm
    python -m desktop.tools.translations check                      # exit 1 on any problem

One catalogue per area, `resources/translations/<area>_da.ts`, so engineers of different areas
never edit the same file. The area of a source file follows from its path:

    desktop/core/<name>.py, desktop/core/<name>/...          -> core_<name>
    desktop/ui/pages/<name>.py, desktop/ui/pages/<name>/...  -> page_<name>
    desktop/ui/dialogs/<name>.py, desktop/ui/dialogs/<name>/ -> dialog_<name>
    desktop/ui/settings_sections/<name>.py                   -> section_<name>
    desktop/cli/<name>.py (an area's sub-commands)           -> cli_<name>
    everything else under desktop/ (incl. cli/main.py, cli/registry.py, cli/parser_texts.py)
                                                            -> shell

`update` runs pyside6-lupdate per area (existing translations are kept, vanished ones dropped,
no source locations so that moving code does not touch the catalogue); an area without any
translatable text gets no catalogue. `compile` runs pyside6-lrelease. `check` reports
unfinished translations, source texts missing from the catalogues and .qm files that do not
match their .ts.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import PySide6

REPO = Path(__file__).resolve().parents[2]
LANGUAGE = "da"


def catalogue_dir(repo: Path = REPO) -> Path:
    return repo / "resources" / "translations"


_SHELL_CLI = {"main", "parser_texts", "registry"}


def area_of(path: Path, repo: Path = REPO) -> str | None:
    """The catalogue area of a source file (see the module docstring); None outside desktop/."""
    try:
        parts = path.resolve().relative_to(repo.resolve()).parts
    except ValueError:
        parts = path.parts
    if len(parts) < 2 or parts[0] != "desktop":
        return None
    prefixes = {
        ("core",): "core",
        ("ui", "pages"): "page",
        ("ui", "dialogs"): "dialog",
        ("ui", "settings_sections"): "section",
        ("cli",): "cli",
    }
    inner = parts[1:]
    for prefix, name in prefixes.items():
        if tuple(inner[: len(prefix)]) == prefix and len(inner) > len(prefix):
            rest = inner[len(prefix) :]
            stem = rest[0][:-3] if len(rest) == 1 and rest[0].endswith(".py") else rest[0]
            if stem == "__init__":
                return "shell" if name != "core" else "core"
            if name == "cli" and stem in _SHELL_CLI:
                return "shell"
            return f"{name}_{stem}"
    return "shell"


def source_files(repo: Path = REPO) -> dict[str, list[Path]]:
    """Every Python file under desktop/, grouped by area."""
    areas: dict[str, list[Path]] = {}
    for path in sorted((repo / "desktop").rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        area = area_of(path, repo)
        if area is not None:
            areas.setdefault(area, []).append(path)
    return areas


def tool(name: str) -> Path:
    """pyside6-lupdate / pyside6-lrelease of the running interpreter's environment: the Qt
    program in the PySide6 package, which the pyside6-* script would start after starting
    Python first (0.1 s of processor time a call; `check` makes two calls per catalogue)."""
    suffix = ".exe" if os.name == "nt" else ""
    program = Path(PySide6.__file__).parent / f"{name.removeprefix('pyside6-')}{suffix}"
    if program.is_file():
        return program
    beside = Path(sys.executable).parent / f"{name}{suffix}"
    if beside.exists():
        return beside
    found = shutil.which(name)
    if found:
        return Path(found)
    raise SystemExit(f"{name} not found next to {sys.executable} or on PATH (install PySide6)")


def _run(command: Sequence[str | Path]) -> None:
    result = subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, command))} failed:\n{result.stdout}{result.stderr}")


def lupdate(files: Iterable[Path], ts: Path) -> None:
    """Extract (or merge) the translatable texts of `files` into the catalogue `ts`."""
    _run(
        [
            tool("pyside6-lupdate"),
            *files,
            "-ts",
            ts,
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            LANGUAGE,
            "-silent",
        ]
    )


def lrelease(ts: Path, qm: Path) -> None:
    _run([tool("pyside6-lrelease"), ts, "-qm", qm, "-silent"])


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    finished: bool

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r}"


def read_catalogue(ts: Path) -> list[Message]:
    """The live messages of a .ts file (vanished and obsolete ones are left out)."""
    messages = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            if translation is None:
                texts = [""]
            elif message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.iter("numerusform")] or [""]
            else:
                texts = [translation.text or ""]
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=message.get("numerus") == "yes",
                    finished=kind != "unfinished" and all(text.strip() for text in texts),
                )
            )
    return messages


def catalogue_path(area: str, repo: Path = REPO) -> Path:
    return catalogue_dir(repo) / f"{area}_{LANGUAGE}.ts"


def extract(files: Sequence[Path]) -> list[Message]:
    """What lupdate finds in `files` now (into a temporary catalogue)."""
    with tempfile.TemporaryDirectory(prefix="anvis-lupdate-") as folder:
        ts = Path(folder) / f"extract_{LANGUAGE}.ts"
        lupdate(files, ts)
        return read_catalogue(ts) if ts.exists() else []


def update(areas: Sequence[str] | None = None, repo: Path = REPO) -> list[Path]:
    """Refresh the catalogues of `areas` (all by default) from the sources; return them."""
    written = []
    catalogue_dir(repo).mkdir(parents=True, exist_ok=True)
    for area, files in source_files(repo).items():
        if areas and area not in areas:
            continue
        ts = catalogue_path(area, repo)
        if not ts.exists() and not extract(files):
            continue  # no translatable text: no catalogue
        lupdate(files, ts)
        written.append(ts)
    return written


def compile_catalogues(areas: Sequence[str] | None = None, repo: Path = REPO) -> list[Path]:
    """Build the .qm next to each .ts of `areas` (all by default); return the .qm files."""
    built = []
    for ts in sorted(catalogue_dir(repo).glob(f"*_{LANGUAGE}.ts")):
        if areas and ts.name.removesuffix(f"_{LANGUAGE}.ts") not in areas:
            continue
        qm = ts.with_suffix(".qm")
        lrelease(ts, qm)
        built.append(qm)
    return built


@dataclass
class Report:
    unfinished: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    stale_qm: list[str] = field(default_factory=list)
    bad_context: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        return self.unfinished + self.missing + self.stale_qm + self.bad_context


def unfinished(repo: Path = REPO) -> list[str]:
    """Messages of the committed catalogues without a (complete) Danish translation."""
    found = []
    for ts in sorted(catalogue_dir(repo).glob(f"*_{LANGUAGE}.ts")):
        found += [f"{ts.name}: unfinished {m}" for m in read_catalogue(ts) if not m.finished]
    return found


def bad_context(message: Message) -> bool:
    """lupdate takes the context of `self.tr` from the enclosing class and of `x.y.tr(...)`
    from the text `x.y`; a `tr` alias (`tr = dialog.tr`) gets none. At run time PySide6 looks
    the text up under the object's class name, so only a plain name can ever match."""
    return not message.context.isidentifier()


def missing(repo: Path = REPO) -> tuple[list[str], list[str]]:
    """(source texts not in their area's catalogue or never translatable, notes on catalogue
    entries no longer used)."""
    problems: list[str] = []
    notes: list[str] = []
    areas = source_files(repo)
    for area, files in areas.items():
        fresh = extract(files)
        problems += [
            f"{area}: no usable context for {m} (use self.tr in the class itself, or "
            f'translate("Context", ...))'
            for m in fresh
            if bad_context(m)
        ]
        ts = catalogue_path(area, repo)
        have = {m.key for m in read_catalogue(ts)} if ts.exists() else set()
        problems += [f"{ts.name}: missing {m}" for m in fresh if m.key not in have]
        if ts.exists():
            now = {m.key for m in fresh}
            notes += [
                f"{ts.name}: no longer in the sources [{c}] {s!r}" for c, s, _ in sorted(have - now)
            ]
    for ts in sorted(catalogue_dir(repo).glob(f"*_{LANGUAGE}.ts")):
        if ts.name.removesuffix(f"_{LANGUAGE}.ts") not in areas:
            notes.append(f"{ts.name}: no source files belong to this catalogue")
    return problems, notes


def stale_qm(repo: Path = REPO) -> list[str]:
    """Catalogues whose committed .qm is missing or differs from a fresh lrelease."""
    found = []
    with tempfile.TemporaryDirectory(prefix="anvis-lrelease-") as folder:
        for ts in sorted(catalogue_dir(repo).glob(f"*_{LANGUAGE}.ts")):
            qm = ts.with_suffix(".qm")
            fresh = Path(folder) / qm.name
            lrelease(ts, fresh)
            if not qm.exists():
                found.append(f"{qm.name}: missing (run compile)")
            elif qm.read_bytes() != fresh.read_bytes():
                found.append(f"{qm.name}: older than {ts.name} (run compile)")
    return found


def check(repo: Path = REPO) -> Report:
    report = Report(unfinished=unfinished(repo), stale_qm=stale_qm(repo))
    report.missing, report.notes = missing(repo)
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.tools.translations")
    commands = parser.add_subparsers(dest="command", required=True)
    for name, text in (
        ("update", "refresh the .ts catalogues from the sources"),
        ("compile", "build the .qm files from the .ts catalogues"),
    ):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("--area", action="append", help="only this area (repeatable)")
    commands.add_parser("check", help="report unfinished/missing translations and stale .qm")
    args = parser.parse_args(argv)
    if args.command == "update":
        for path in update(args.area):
            print(f"updated {path.relative_to(REPO)}")
        return 0
    if args.command == "compile":
        for path in compile_catalogues(args.area):
            print(f"compiled {path.relative_to(REPO)}")
        return 0
    report = check()
    for line in report.notes:
        print(f"note: {line}")
    for line in report.problems:
        print(line)
    total = len(report.problems)
    print(f"{total} problem(s)" if total else "translations are complete and compiled")
    return 1 if total else 0


if __name__ == "__main__":
    raise SystemExit(main())
