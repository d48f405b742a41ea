"""The Danish catalogues: complete, in step with the sources, compiled; and the tool that keeps
them so (`python -m desktop.tools.translations`)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from desktop.tools import translations as tool


@pytest.mark.parametrize(
    ("path", "area"),
    [
        ("desktop/core/cpr.py", "core_cpr"),
        ("desktop/core/intake/rules.py", "core_intake"),
        ("desktop/core/__init__.py", "core"),
        ("desktop/ui/pages/vacancies.py", "page_vacancies"),
        ("desktop/ui/pages/vacancies/detail.py", "page_vacancies"),
        ("desktop/ui/pages/base.py", "page_base"),
        ("desktop/ui/pages/__init__.py", "shell"),
        ("desktop/ui/dialogs/exception_dialog.py", "dialog_exception_dialog"),
        ("desktop/ui/dialogs/offer/form.py", "dialog_offer"),
        ("desktop/app.py", "shell"),
        ("desktop/ui/main_window.py", "shell"),
        ("desktop/ui/widgets/colour_badge.py", "shell"),
        ("desktop/ui/models/rows.py", "shell"),
        ("desktop/ui/tasks.py", "shell"),
        ("desktop/cli/main.py", "shell"),
        ("desktop/cli/registry.py", "shell"),
        ("desktop/cli/vacancies.py", "cli_vacancies"),
        ("desktop/ui/settings_sections/intake.py", "section_intake"),
        ("desktop/i18n.py", "shell"),
        ("db/models/vacancies.py", None),
        ("tests/conftest.py", None),
    ],
)
def test_area_of_a_source_file(path, area, tmp_path):
    assert tool.area_of(tmp_path / path, tmp_path) == area


def _write(root: Path, relative: str, code: str) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(code), encoding="utf-8")
    return path


CORE = """
    from desktop.core.i18n import translate


    def check(rooms):
        if rooms < 1:
            raise ValueError(translate("Rooms", "A dwelling has at least one room."))
        return translate("Rooms", "{rooms} rooms").format(rooms=rooms)
"""

PAGE = """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QWidget


    class VacancyPage(QWidget):
        def __init__(self):
            super().__init__()
            self.setWindowTitle(self.tr("Vacancies"))
            self.count = self.tr("%n vacancies", "", 3)

    def label():
        return QCoreApplication.translate("VacancyPage", "Rent")
"""


def test_lupdate_finds_core_translate_calls_and_tr_in_widgets(tmp_path):
    core = _write(tmp_path, "desktop/core/rooms.py", CORE)
    page = _write(tmp_path, "desktop/ui/pages/vacancies.py", PAGE)
    found = {(m.context, m.source, m.numerus) for m in tool.extract([core, page])}
    assert found == {
        ("Rooms", "A dwelling has at least one room.", False),
        ("Rooms", "{rooms} rooms", False),
        ("VacancyPage", "Vacancies", False),
        ("VacancyPage", "%n vacancies", True),
        ("VacancyPage", "Rent", False),
    }


def _translate_all(ts: Path, danish: dict[str, str]) -> None:
    text = ts.read_text(encoding="utf-8")
    for source, target in danish.items():
        empty = f'<source>{source}</source>\n        <translation type="unfinished"></translation>'
        assert empty in text, source
        text = text.replace(
            empty, f"<source>{source}</source>\n        <translation>{target}</translation>"
        )
    ts.write_text(text, encoding="utf-8")


def test_update_compile_check_round_trip(tmp_path):
    repo = tmp_path
    _write(repo, "desktop/core/rooms.py", CORE)
    _write(repo, "desktop/core/plain.py", "VALUE = 1\n")  # no text: no catalogue
    assert [p.name for p in tool.update(repo=repo)] == ["core_rooms_da.ts"]
    ts = tool.catalogue_path("core_rooms", repo)

    report = tool.check(repo)
    assert len(report.unfinished) == 2
    assert report.missing == []
    assert report.stale_qm == ["core_rooms_da.qm: missing (run compile)"]

    _translate_all(
        ts,
        {
            "A dwelling has at least one room.": "En bolig har mindst ét værelse.",
            "{rooms} rooms": "{rooms} værelser",
        },
    )
    tool.compile_catalogues(repo=repo)
    assert tool.check(repo).problems == []
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    assert translator.translate("Rooms", "{rooms} rooms") == "{rooms} værelser"

    # a new text is reported missing until `update`; the old translations are kept,
    # a text that left the sources is dropped
    _write(
        repo,
        "desktop/core/rooms.py",
        CORE.replace('"{rooms} rooms"', '"{rooms} room(s)"'),
    )
    assert tool.check(repo).missing == ["core_rooms_da.ts: missing [Rooms] '{rooms} room(s)'"]
    tool.update(repo=repo)
    messages = {m.source: m.finished for m in tool.read_catalogue(ts)}
    assert messages == {"A dwelling has at least one room.": True, "{rooms} room(s)": False}
    report = tool.check(repo)
    assert report.unfinished == ["core_rooms_da.ts: unfinished [Rooms] '{rooms} room(s)'"]
    assert report.stale_qm == ["core_rooms_da.qm: older than core_rooms_da.ts (run compile)"]


def test_main_exits_non_zero_on_problems(tmp_path, monkeypatch, capsys):
    _write(tmp_path, "desktop/core/rooms.py", CORE)
    monkeypatch.setattr(tool, "REPO", tmp_path)
    monkeypatch.setattr(tool, "check", lambda: tool.Report(missing=["x_da.ts: missing [C] 'y'"]))
    assert tool.main(["check"]) == 1
    assert "1 problem(s)" in capsys.readouterr().out


# -- the real catalogues ----------------------------------------------------------------------
# These fail until every area has translated its texts (run `update`, translate the new
# entries of resources/translations/<area>_da.ts, run `compile`).


def _listing(lines: list[str]) -> str:
    return (
        "\n"
        + "\n".join(lines[:60])
        + (f"\n... and {len(lines) - 60} more" if len(lines) > 60 else "")
    )


def test_no_unfinished_translations():
    problems = tool.unfinished()
    assert not problems, _listing(problems)


def test_every_source_text_is_in_a_catalogue():
    problems, _notes = tool.missing()
    assert not problems, _listing(problems)


def test_compiled_catalogues_match_their_sources():
    problems = tool.stale_qm()
    assert not problems, _listing(problems)


def test_texts_whose_context_cannot_match_at_run_time_are_reported(tmp_path):
    _write(
        tmp_path,
        "desktop/ui/dialogs/form.py",
        """
        from PySide6.QtWidgets import QDialog


        class Layout:
            def build(self, dialog):
                tr = dialog.tr
                self.title = tr("Title")
                self.ok = self.window.tr("OK")


        class Form(QDialog):
            def __init__(self):
                super().__init__()
                self.setWindowTitle(self.tr("Fine"))
        """,
    )
    problems, _notes = tool.missing(tmp_path)
    assert sorted(p for p in problems if "no usable context" in p) == [
        "dialog_form: no usable context for [" + "] 'Title' (use self.tr in the class itself, "
        'or translate("Context", ...))',
        "dialog_form: no usable context for [self.window] 'OK' (use self.tr in the class "
        'itself, or translate("Context", ...))',
    ]
