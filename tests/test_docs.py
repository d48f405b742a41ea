"""The pages in docs/ name files and code that exist, so they cannot rot silently.

Every repository path in backticks (`desktop/core/locking.py`, `resources/templates/`) must
exist; every dotted name (`desktop.core.locking.save`, `db.base.Versioned.version`) must name a
module and then a name that module defines at its top level (and, after a class, a name the
class defines); every relative link must lead to a file, and a link's #anchor to a heading of
that page. A path or name with a placeholder (`<key>`, `*`, `NNNN`) is an example and is not
checked. The source is parsed, never imported.
"""

from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
PAGES = sorted(DOCS.glob("*.md"))

ROOTS = ("desktop/", "db/", "tests/", "bench/", "resources/", "installer/")
PACKAGES = ("desktop", "db")
PLACEHOLDERS = ("<", ">", "*", "{", "}", "NNNN")

CODE = re.compile(r"`([^`\n]+)`")
DOTTED = re.compile(r"^(?:desktop|db)(?:\.[A-Za-z_][A-Za-z0-9_]*)+$")
LINK = re.compile(r"\]\(([^)\s]+)\)")


def spans(text: str) -> list[str]:
    """The texts written in backticks, outside fenced code blocks too (both are checked)."""
    return [match.group(1).strip() for match in CODE.finditer(text)]


def paths_in(text: str) -> list[str]:
    found = []
    for span in spans(text):
        word = span.split()[0] if span.split() else ""
        if word.startswith(ROOTS) and not any(p in word for p in PLACEHOLDERS):
            found.append(word.rstrip(".,;:"))
    return found


def dotted_in(text: str) -> list[str]:
    return [span for span in spans(text) if DOTTED.match(span)]


@functools.cache
def _defined(path: Path) -> dict[str, ast.AST]:
    """The names a module defines at its top level (functions, classes, assignments, imports)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return _names(tree.body)


def _names(body: list[ast.stmt]) -> dict[str, ast.AST]:
    names: dict[str, ast.AST] = {}
    for node in body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] = node
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                for leaf in ast.walk(target):
                    if isinstance(leaf, ast.Name):
                        names[leaf.id] = node
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] = node
        elif isinstance(node, ast.Import | ast.ImportFrom):
            for alias in node.names:
                names[(alias.asname or alias.name).split(".")[0]] = node
        elif isinstance(node, ast.If | ast.Try):  # TYPE_CHECKING blocks, optional imports
            names.update(_names(node.body))
    return names


def resolve(name: str) -> str | None:
    """None when `name` exists in the source, else what is missing."""
    parts = name.split(".")
    where = REPO / parts[0]
    index = 1
    while index < len(parts) and where.is_dir():
        if (where / f"{parts[index]}.py").is_file():
            where = where / f"{parts[index]}.py"
        elif (where / parts[index] / "__init__.py").is_file():
            where = where / parts[index]
        else:
            break
        index += 1
    module = where / "__init__.py" if where.is_dir() else where
    rest = parts[index:]
    if not rest:
        return None
    names = _defined(module)
    if rest[0] not in names:
        return f"{module.relative_to(REPO)} defines no {rest[0]}"
    node = names[rest[0]]
    if len(rest) > 1 and isinstance(node, ast.ClassDef) and rest[1] not in _names(node.body):
        return f"{rest[0]} in {module.relative_to(REPO)} defines no {rest[1]}"
    return None


def _slug(heading: str) -> str:
    """The anchor GitHub makes of a heading."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def anchors(page: Path) -> set[str]:
    lines = page.read_text(encoding="utf-8").splitlines()
    return {_slug(line.lstrip("#")) for line in lines if line.startswith("#")}


def test_there_are_pages() -> None:
    assert {p.name for p in PAGES} >= {"README.md", "architecture.md", "domain.md", "howto.md"}


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_path_named_exists(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    missing = sorted({p for p in paths_in(text) if not (REPO / p).exists()})
    assert missing == [], f"{page.name} names paths that do not exist"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_dotted_name_exists(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    problems = sorted({f"{name}: {why}" for name in dotted_in(text) if (why := resolve(name))})
    assert problems == [], f"{page.name} names code that does not exist"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_relative_link_leads_somewhere(page: Path) -> None:
    broken = []
    for target in LINK.findall(page.read_text(encoding="utf-8")):
        if "://" in target or target.startswith("mailto:"):
            continue
        file, _, anchor = target.partition("#")
        destination = (page.parent / file).resolve() if file else page
        exists = destination.exists()
        if exists and anchor and destination.suffix == ".md":
            exists = anchor in anchors(destination)
        if not exists:
            broken.append(target)
    assert broken == [], f"{page.name} has links that lead nowhere"


def test_the_checks_catch_what_does_not_exist() -> None:
    text = "`desktop/core/nothing.py` `db/models/` `desktop/ui/pages/<key>.py`"
    assert paths_in(text) == ["desktop/core/nothing.py", "db/models/"]
    assert resolve("desktop.core.locking.save") is None
    assert resolve("db.base.Versioned.version") is None
    assert resolve("desktop.core.locking.no_such_function") is not None
    assert resolve("desktop.core.no_such_module") is not None
    assert resolve("db.base.Versioned.no_such_attribute") is not None
