"""One word for one thing: the Danish catalogue uses none of the variants that docs/domain.md
("One word for one thing") lists against each concept."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _variants() -> dict[str, str]:
    """variant -> the Danish word to use instead, from the glossary's table."""
    text = (ROOT / "docs" / "domain.md").read_text(encoding="utf-8")
    section = text.split("### One word for one thing", 1)[1].split("\n#", 1)[0]
    found: dict[str, str] = {}
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 3 or cells[0] in ("Concept", "---"):
            continue
        for variant in cells[2].split(","):
            found[variant.strip().lower()] = cells[1]
    return found


def _translations() -> list[tuple[str, str]]:
    rows = []
    for path in sorted((ROOT / "resources" / "translations").glob("*_da.ts")):
        for message in ET.parse(path).getroot().iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            rows.append((path.name, "".join(translation.itertext())))
    return rows


def test_the_glossary_lists_variants() -> None:
    variants = _variants()
    assert {"prioritet", "ansøger", "a conto"} <= set(variants)


def test_the_danish_catalogue_uses_one_word_for_each_concept() -> None:
    variants = _variants()
    pattern = re.compile(
        r"(?<!\w)("
        + "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True))
        + r")(?!\w)",
        re.IGNORECASE,
    )
    wrong = [
        f"{name}: {text!r} uses {match.group(1)!r} (write {variants[match.group(1).lower()]!r})"
        for name, text in _translations()
        for match in [pattern.search(text.replace("&", ""))]
        if match is not None
    ]
    assert wrong == []
