"""An import run to its end in one call, as the command line and the registry's imports run it:
the file previewed, then finished (`finish_import`: strict, dry run or commit), and its result."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.importing.commit import CommitResult, finish_import
from desktop.core.importing.preview import Preview, build_preview
from desktop.core.importing.progress import run_to_completion
from desktop.core.importing.report import import_report
from desktop.core.importing.spec import ImportSpec
from desktop.core.workspace import Workspace


@dataclass(frozen=True)
class ImportResult:
    """The previewed file and what its commit wrote (None for a dry run); importers that did
    more extend it (and its `as_json`)."""

    preview: Preview
    result: CommitResult | None

    def as_json(self) -> dict[str, Any]:
        """The JSON report every import gives (`import_report`)."""
        return import_report(self.preview, self.result)


def import_file(
    ws: Workspace, path: Path, spec: ImportSpec, *, dry_run: bool = False, strict: bool = False
) -> ImportResult:
    """Preview `path` with `spec`, then finish the import (see `finish_import`)."""
    preview = run_to_completion(build_preview(ws, path, spec))
    finished = finish_import(ws, preview, spec, dry_run=dry_run, strict=strict)
    return ImportResult(preview, run_to_completion(finished))
