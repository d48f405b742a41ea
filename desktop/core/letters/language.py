"""The template language the desk writes letters in. It substitutes text; it never runs code.

    {field}                   the field's value (only fields declared for the letter kind)
    {{ and }}                 a literal { and }
    **bold**                  bold text
    ## Heading                a section heading
    - item                    a bullet point
    {dwelling_table}          a block field (a table), alone on its line
    {if field} ... {end}      lines kept only when the field has a value
    {if not field} ... {else} ... {end}
    // a note                 a comment for the desk; not printed

A blank line ends a paragraph; a line break inside a paragraph is kept. Every problem (an unknown
field, a block field inside a line, an {if} without {end}, a stray brace ...) is reported with its
line and column, all at once, when the template is checked.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Literal

from db.enums import LetterKind
from desktop.core.errors import ValidationError
from desktop.core.i18n import translate
from desktop.core.letters import fields as letter_fields

_NAME = r"[a-z][a-z0-9_]*"
_TOKEN = re.compile(r"\{\{|\}\}|\{(?P<inner>[^{}\n]*)\}|\{|\}")
_IF = re.compile(rf"^\{{if\s+(?P<neg>not\s+)?(?P<name>{_NAME})\}}$")
_BLOCK = re.compile(rf"^\{{(?P<name>{_NAME})\}}$")

BlockKind = Literal["heading", "paragraph", "bullet", "block"]


@dataclass(frozen=True)
class Problem:
    line: int  # 1-based; 0 for the title
    column: int  # 1-based
    message: str

    def describe(self) -> str:
        if self.line == 0:
            return translate("Letters", "Title, column {column}: {message}").format(
                column=self.column, message=self.message
            )
        return translate("Letters", "Line {line}, column {column}: {message}").format(
            line=self.line, column=self.column, message=self.message
        )


class TemplateError(ValidationError):
    """A template that breaks the language; `problems` lists every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        shown = "\n".join(p.describe() for p in problems[:8])
        more = len(problems) - 8
        if more > 0:
            shown += "\n" + translate("Letters", "... and {count} more").format(count=more)
        super().__init__(
            translate("Letters", "The template has errors:") + "\n" + shown,
            {"body": shown},
        )
        self.problems = problems


# --- the parsed form -------------------------------------------------------------------------

# Inline pieces: ("text", markup) with the bold markup already made, or ("field", name).
Piece = tuple[Literal["text", "field"], str]


@dataclass(frozen=True)
class Line:
    kind: BlockKind  # "paragraph" lines are joined until a blank line
    pieces: tuple[Piece, ...]
    name: str = ""  # the block field of a "block" line


@dataclass(frozen=True)
class Blank:
    pass


@dataclass(frozen=True)
class Condition:
    name: str
    negate: bool
    then: tuple[Node, ...]
    otherwise: tuple[Node, ...]


Node = Line | Blank | Condition


@dataclass(frozen=True)
class Template:
    """A checked template, ready to be filled in many times."""

    kind: LetterKind
    title: tuple[Piece, ...]
    body: tuple[Node, ...]


@dataclass(frozen=True)
class Block:
    """One block of a filled-in letter: markup is reportlab's paragraph XML (<b>, <br/>)."""

    kind: BlockKind
    markup: str = ""
    name: str = ""  # of a block field


# --- checking --------------------------------------------------------------------------------


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _Parser:
    def __init__(self, kind: LetterKind) -> None:
        self.kind = kind
        self.allowed = letter_fields.field_names(kind)
        self.blocks = letter_fields.block_names()
        self.problems: list[Problem] = []

    def problem(self, line: int, column: int, message: str) -> None:
        self.problems.append(Problem(line, column, message))

    def unknown(self, line: int, column: int, name: str) -> None:
        close = difflib.get_close_matches(name, sorted(self.allowed), n=1)
        if close:
            message = translate(
                "Letters", "unknown field {{{name}}}; did you mean {{{suggestion}}}?"
            ).format(name=name, suggestion=close[0])
        else:
            message = translate(
                "Letters", "unknown field {{{name}}}; the field list shows the fields you can use"
            ).format(name=name)
        self.problem(line, column, message)

    def inline(self, text: str, line: int, offset: int = 0) -> tuple[Piece, ...]:
        """Text with fields and **bold**; `offset` is the column of text[0] minus one."""
        pieces: list[Piece] = []
        buffer: list[str] = []
        bold_open: int | None = None
        position = 0

        def flush_text(raw: str) -> None:
            nonlocal bold_open
            parts = raw.split("**")
            for index, part in enumerate(parts):
                if index:
                    buffer.append("</b>" if bold_open is not None else "<b>")
                    bold_open = None if bold_open is not None else line
                buffer.append(_escape(part))

        for match in _TOKEN.finditer(text):
            flush_text(text[position : match.start()])
            position = match.end()
            token = match.group(0)
            column = offset + match.start() + 1
            if token in ("{{", "}}"):
                buffer.append(token[0])
                continue
            inner = match.group("inner")
            if inner is None:
                if token == "{":
                    self.problem(line, column, translate("Letters", "a { without its }"))
                else:
                    self.problem(
                        line,
                        column,
                        translate("Letters", "a } without its {; write }} for a brace"),
                    )
                continue
            name = inner.strip()
            if not re.fullmatch(_NAME, name):
                if name.startswith(("if ", "if\t", "else", "end")):
                    self.problem(
                        line,
                        column,
                        translate("Letters", "{if ...}, {else} and {end} stand alone on a line"),
                    )
                else:
                    self.problem(
                        line,
                        column,
                        translate(
                            "Letters",
                            "{{{name}}} is not a field name (small letters, digits and _)",
                        ).format(name=inner),
                    )
                continue
            if name not in self.allowed:
                self.unknown(line, column, name)
                continue
            if name in self.blocks:
                self.problem(
                    line,
                    column,
                    translate("Letters", "the table {{{name}}} must stand alone on a line").format(
                        name=name
                    ),
                )
                continue
            if buffer:
                pieces.append(("text", "".join(buffer)))
                buffer.clear()
            pieces.append(("field", name))
        flush_text(text[position:])
        if bold_open is not None:
            self.problem(
                line, offset + 1, translate("Letters", "** starts bold text that never ends")
            )
            buffer.append("</b>")
        if buffer:
            pieces.append(("text", "".join(buffer)))
        return tuple(pieces)

    def body(self, text: str) -> tuple[Node, ...]:
        # Stack of (opening line, name, negate, then-nodes, otherwise-nodes or None).
        root: list[Node] = []
        stack: list[tuple[int, str, bool, list[Node], list[Node] | None]] = []

        def current() -> list[Node]:
            if not stack:
                return root
            frame = stack[-1]
            return frame[4] if frame[4] is not None else frame[3]

        for number, raw in enumerate(text.splitlines(), start=1):
            stripped = raw.strip()
            indent = len(raw) - len(raw.lstrip())
            if stripped.startswith("//"):
                continue
            if not stripped:
                current().append(Blank())
                continue
            condition = _IF.match(stripped)
            if condition:
                name = condition.group("name")
                if name not in self.allowed:
                    self.unknown(number, indent + 1, name)
                stack.append((number, name, bool(condition.group("neg")), [], None))
                continue
            if stripped == "{else}":
                if not stack or stack[-1][4] is not None:
                    self.problem(
                        number, indent + 1, translate("Letters", "{else} without its {if ...}")
                    )
                else:
                    start, name, negate, then, _ = stack.pop()
                    stack.append((start, name, negate, then, []))
                continue
            if stripped == "{end}":
                if not stack:
                    self.problem(
                        number, indent + 1, translate("Letters", "{end} without its {if ...}")
                    )
                    continue
                start, name, negate, then, otherwise = stack.pop()
                current().append(Condition(name, negate, tuple(then), tuple(otherwise or ())))
                continue
            block = _BLOCK.match(stripped)
            if block and block.group("name") in self.blocks:
                name = block.group("name")
                if name not in self.allowed:
                    self.unknown(number, indent + 1, name)
                current().append(Line("block", (), name))
                continue
            if stripped.startswith("## "):
                pieces = self.inline(stripped[3:].strip(), number, indent + 3)
                current().append(Line("heading", pieces))
            elif stripped.startswith("- "):
                current().append(
                    Line("bullet", self.inline(stripped[2:].strip(), number, indent + 2))
                )
            else:
                current().append(Line("paragraph", self.inline(raw.rstrip(), number)))
        for start, name, _negate, _then, _otherwise in stack:
            self.problem(
                start,
                1,
                translate("Letters", "{{if {name}}} is never closed with {{end}}").format(
                    name=name
                ),
            )
        return tuple(root)


def parse(kind: LetterKind, title: str, body: str) -> Template:
    """Check a template; raises TemplateError listing every problem."""
    parser = _Parser(kind)
    title_pieces: tuple[Piece, ...] = ()
    if not title.strip():
        parser.problem(0, 1, translate("Letters", "the title (subject) is empty"))
    else:
        title_pieces = parser.inline(title.strip(), 0)
    nodes = parser.body(body)
    if not any(isinstance(n, Line | Condition) for n in nodes):
        parser.problem(1, 1, translate("Letters", "the letter has no text"))
    if parser.problems:
        raise TemplateError(sorted(parser.problems, key=lambda p: (p.line, p.column)))
    return Template(kind, title_pieces, nodes)


def problems(kind: LetterKind, title: str, body: str) -> list[Problem]:
    """Every problem of a template, for the editor's live check (empty when it is fine)."""
    try:
        parse(kind, title, body)
    except TemplateError as error:
        return error.problems
    return []


def used_fields(template: Template) -> frozenset[str]:
    """The fields a template names, in text, conditions and blocks."""
    names: set[str] = {name for kind, name in template.title if kind == "field"}

    def walk(nodes: tuple[Node, ...]) -> None:
        for node in nodes:
            if isinstance(node, Line):
                names.update(name for kind, name in node.pieces if kind == "field")
                if node.name:
                    names.add(node.name)
            elif isinstance(node, Condition):
                names.add(node.name)
                walk(node.then)
                walk(node.otherwise)

    walk(template.body)
    return frozenset(names)


# --- filling in ------------------------------------------------------------------------------


def _fill(pieces: tuple[Piece, ...], values: Mapping[str, str]) -> str:
    out: list[str] = []
    for kind, content in pieces:
        if kind == "text":
            out.append(content)
        else:
            out.append(_escape(values.get(content, "")).replace("\n", "<br/>"))
    return "".join(out)


def fill_title(template: Template, values: Mapping[str, str]) -> str:
    """The subject line as plain text (no markup)."""
    markup = _fill(template.title, values)
    plain = re.sub(r"</?b>", "", markup)
    return plain.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def fill(
    template: Template,
    values: Mapping[str, str],
    has_block: Callable[[str], bool] = lambda name: True,
) -> list[Block]:
    """The letter's blocks with every field filled in; conditions test for a non-empty value
    (a block field counts as filled when `has_block(name)` says so)."""
    blocks: list[Block] = []
    paragraph: list[str] = []

    def end_paragraph() -> None:
        if paragraph:
            blocks.append(Block("paragraph", "<br/>".join(paragraph)))
            paragraph.clear()

    def walk(nodes: tuple[Node, ...]) -> None:
        for node in nodes:
            if isinstance(node, Blank):
                end_paragraph()
            elif isinstance(node, Condition):
                if node.name in letter_fields.block_names():
                    present = has_block(node.name)
                else:
                    present = bool(values.get(node.name, "").strip())
                walk(node.then if present != node.negate else node.otherwise)
            elif node.kind == "paragraph":
                paragraph.append(_fill(node.pieces, values))
            else:
                end_paragraph()
                if node.kind == "block":
                    blocks.append(Block("block", name=node.name))
                else:
                    blocks.append(Block(node.kind, _fill(node.pieces, values)))

    walk(template.body)
    end_paragraph()
    return blocks
