"""The generic import pipeline: file -> Preview (nothing written) -> commit (all or nothing).

Importers implement `ImportSpec` (see `spec.py`); everything else is shared.
"""

from desktop.core.importing.commit import CommitResult, commit, finish_import
from desktop.core.importing.mappings import (
    load_mapping,
    load_mapping_in,
    save_mapping,
    save_mapping_in,
)
from desktop.core.importing.outcomes import RowRecord, batch_rows
from desktop.core.importing.preview import (
    EarlierImport,
    HeaderCandidate,
    Preview,
    SheetMapping,
    build_preview,
)
from desktop.core.importing.progress import Progress, Steps, run_to_completion
from desktop.core.importing.report import import_report
from desktop.core.importing.spec import (
    Cells,
    ImportContext,
    ImportSpec,
    ImportWrite,
    PreviewRow,
    Problem,
    RowStatus,
)

__all__ = [
    "Cells",
    "CommitResult",
    "EarlierImport",
    "HeaderCandidate",
    "ImportContext",
    "ImportSpec",
    "ImportWrite",
    "Preview",
    "PreviewRow",
    "Problem",
    "Progress",
    "RowRecord",
    "RowStatus",
    "SheetMapping",
    "Steps",
    "batch_rows",
    "build_preview",
    "commit",
    "finish_import",
    "import_report",
    "load_mapping",
    "load_mapping_in",
    "run_to_completion",
    "save_mapping",
    "save_mapping_in",
]
