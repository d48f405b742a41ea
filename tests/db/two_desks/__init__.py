"""Two workstations at once on one database: the race (`race`), the writing functions of
desktop/core (`writers`) and a scenario for each (`table` and one module per area)."""
