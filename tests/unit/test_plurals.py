"""A count shown with a noun has both forms. Every translatable text of desktop/ (its English
source and its Danish translation) in which a count placeholder stands right before a word
("{count} afdelinger") must be one of the two forms given to `formats.plural(...)`, so that one
dwelling reads "1 bolig", never "1 boliger". A placeholder filled by plural() itself (a phrase
such as "3 rows") is not a count. The few exceptions are listed in ALLOWED, each with its reason.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Placeholders that hold a count. A placeholder named like the word after it ("{tenants}
# tenants") is one too.
_COUNT_NAMES = """
    count n total rows imported rejected duplicates new updated unchanged errors skipped changes
    problems days months years seconds persons rooms extra per_room departments dwellings
    vacancies applicants offers tenants reports pages letters cases adults children accepted
    returned reported suitable shown found more excluded eligible needed wanted limit megabytes
    age low high met judged followed
"""
COUNTS = frozenset(_COUNT_NAMES.split())

# Words after a count that do not change with it (English and Danish), and unit symbols.
_WORDS_THAT_DO_NOT_AGREE = """
    of and or with so a an the to in on at by for from than more may is are was were has have can
    cannot will must not af og eller med til i på ved fra end mere må kan er var har skal ikke
    indtil den MB kB kr
"""
NOT_A_NOUN = frozenset(_WORDS_THAT_DO_NOT_AGREE.split())

# (context, source) -> why a count there needs no plural forms.
ALLOWED = {
    (
        "Matching",
        "A member of the household under {age} has been released after a sentence; the "
        "department lies in {area} ({paragraph}).",
    ): "the age of majority (18 years): never 1",
    (
        "Matching",
        "Young homeless applicants ({low}-{high} years) are only placed in youth dwellings, in "
        "departments marked suitable for young people or in a scheme for young people.",
    ): "the ages of young homeless people (18-24): never 1",
    (
        "Matching",
        "Homeless applicants over {high} years are not placed in youth dwellings (kept apart from "
        "young homeless people).",
    ): "the age above which a homeless person is no longer young (24): never 1",
    (
        "Tabular",
        "The file {name} has more than {limit} sheets and was not read.",
    ): "the reader's fixed limit (hundreds of sheets): never 1",
    (
        "Tabular",
        "The sheet {sheet} in {name} has more than {limit} rows, far more than Anvis reads (a "
        "year of vacancies or the desk's list of applicants is much shorter). Check that it is "
        "the right file; a longer list must be split into several files.",
    ): "the reader's fixed limit (a million rows): never 1",
    (
        "Tabular",
        "A cell in row {row} of the sheet {sheet} in {name} holds more than {limit} characters, "
        "more than a spreadsheet cell can. Check the file.",
    ): "a spreadsheet cell's fixed limit (32,767 characters): never 1",
    (
        "Tabular",
        "Line {line} of {name} is longer than {limit} characters; this is not a normal CSV "
        "file. Export the list again.",
    ): "the CSV reader's fixed line limit (a million characters): never 1",
}

_COUNT_BEFORE_WORD = re.compile(r"\{(\w+)(?:[:!][^}]*)?\}\s+([^\W\d_][\w-]*)", re.UNICODE)


@dataclass(frozen=True)
class Text:
    """A translatable text found in the sources."""

    path: str
    line: int
    context: str
    source: str
    comment: str
    in_plural: bool  # one of the two forms given to plural()
    phrases: frozenset[str]  # its placeholders that .format() fills with a plural() phrase


def _is_plural_call(node: ast.AST, phrase_functions: frozenset[str]) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    return name == "plural" or name in phrase_functions


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def phrase_functions(trees: dict[str, ast.Module]) -> frozenset[str]:
    """Functions (by name) that return a plural() phrase on every path, such as
    `desktop.core.importing.counts.rows`."""
    found = set()
    for tree in trees.values():
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef):
                continue
            returns = [n for n in ast.walk(node) if isinstance(n, ast.Return)]
            if returns and all(_is_plural_call(r.value, frozenset()) for r in returns if r.value):
                found.add(node.name)
    return frozenset(found)


def texts_of(path: str, tree: ast.Module, phrase_functions: frozenset[str]) -> Iterator[Text]:
    parents: dict[ast.AST, ast.AST] = {}
    classes: dict[ast.AST, str] = {}

    def visit(node: ast.AST, parent: ast.AST | None, cls: str) -> None:
        if parent is not None:
            parents[node] = parent
        if isinstance(node, ast.ClassDef):
            cls = node.name
        classes[node] = cls
        for child in ast.iter_child_nodes(node):
            visit(child, node, cls)

    visit(tree, None, "")
    for node, parent in parents.items():
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        args = [*node.args, None, None, None]
        if name in ("translate", "QT_TRANSLATE_NOOP"):
            context, source, comment = _literal(args[0]), _literal(args[1]), _literal(args[2])
        elif name == "tr" and isinstance(func, ast.Attribute):
            context, source, comment = classes[node], _literal(args[0]), _literal(args[1])
        else:
            continue
        if context is None or source is None:
            continue
        in_plural = _is_plural_call(parent, frozenset()) and node in getattr(parent, "args", [])
        phrases: set[str] = set()
        outer = parents.get(parent)
        if (
            isinstance(parent, ast.Attribute)
            and parent.attr == "format"
            and isinstance(outer, ast.Call)
        ):
            phrases = {
                k.arg
                for k in outer.keywords
                if k.arg and _is_plural_call(k.value, phrase_functions)
            }
        yield Text(path, node.lineno, context, source, comment or "", in_plural, frozenset(phrases))


def danish_catalogue() -> dict[tuple[str, str, str], str]:
    found = {}
    for ts in sorted((ROOT / "resources" / "translations").glob("*_da.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("obsolete", "vanished"):
                    continue
                key = (name, message.findtext("source") or "", message.findtext("comment") or "")
                found[key] = "".join(translation.itertext())
    return found


def counts_before_words(text: str, phrases: frozenset[str]) -> list[str]:
    """The "{count} noun" pairs of `text` that need plural forms."""
    return [
        match.group(0)
        for match in _COUNT_BEFORE_WORD.finditer(text)
        if match.group(1) not in phrases
        and (match.group(1) in COUNTS or match.group(1) == match.group(2).lower())
        and match.group(2) not in NOT_A_NOUN
    ]


def problems(
    root: Path, paths: list[Path], catalogue: dict[tuple[str, str, str], str]
) -> list[str]:
    trees = {
        path.relative_to(root).as_posix(): ast.parse(path.read_text(encoding="utf-8"))
        for path in paths
    }
    helpers = phrase_functions(trees)
    found = []
    for relative, tree in trees.items():
        for text in texts_of(relative, tree, helpers):
            if text.in_plural or (text.context, text.source) in ALLOWED:
                continue
            danish = catalogue.get((text.context, text.source, text.comment), "")
            for shown in (text.source, danish):
                found += [
                    f"{text.path}:{text.line}: {pair!r} in {shown!r}"
                    for pair in counts_before_words(shown, text.phrases)
                ]
    return found


def _checked_sources() -> list[Path]:
    return sorted((ROOT / "desktop").rglob("*.py"))


def test_every_count_with_a_noun_takes_its_form_from_plural() -> None:
    assert problems(ROOT, _checked_sources(), danish_catalogue()) == []


def test_the_check_finds_a_count_with_one_fixed_form(tmp_path: Path) -> None:
    source = tmp_path / "sample.py"
    source.write_text(
        "a = translate('Sample', '{count} dwellings').format(count=3)\n"
        "b = plural(3, translate('Sample', '{n} dwelling'), translate('Sample', '{n} dwellings'))\n"
        "c = translate('Sample', '{file}: {rows} imported').format(rows=plural(3, 'x', 'y'))\n"
        "d = translate('Sample', 'Departments: {count}').format(count=3)\n",
        encoding="utf-8",
    )
    danish = {("Sample", "Departments: {count}", ""): "{count} afdelinger"}
    assert problems(tmp_path, [source], danish) == [
        "sample.py:1: '{count} dwellings' in '{count} dwellings'",
        "sample.py:4: '{count} afdelinger' in '{count} afdelinger'",
    ]


def test_the_allowed_texts_still_exist() -> None:
    """An exception for a text that is gone (or reworded) is removed, not kept."""
    sources = {
        (text.context, text.source)
        for path in _checked_sources()
        for text in texts_of(
            path.relative_to(ROOT).as_posix(),
            ast.parse(path.read_text(encoding="utf-8")),
            frozenset(),
        )
    }
    assert set(ALLOWED) - sources == set()
