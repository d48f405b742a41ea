"""The audit trail: who did what, about whom, when and why.

- `recording`: explicit events an area writes for what a person did (`audit.record(...)`).
- `tracking`: every create, update and delete of a domain record, added at commit; installed on
  a database's write sessions by the workspace that opens it (`tracking.install`).
- `policies` and `changes`: what tracking keeps of each table, and one record's change.
- `rewrites`: the two changes the append-only trail allows (anonymisation, merging).
- `queries` and `summary`: reading the trail, for the data-protection officer's viewer.

The package itself offers what the areas call: `record` and the two rewrites. It imports no
other piece: the workspace installs tracking, and the viewer's queries need the workspace.
"""

from desktop.core.audit.recording import record
from desktop.core.audit.rewrites import erase_personal_data, move_to_kept_record

__all__ = ["erase_personal_data", "move_to_kept_record", "record"]
