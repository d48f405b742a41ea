"""The applicant register (boligsøgende): records with households and dated legal facts,
search and sort for the list page, the access log of personal data, duplicates and merging,
the import of the desk's existing list, and data protection (retention, anonymisation, insight).

Modules: `register` (create, update, status, views), `facts` (sensitive legal facts),
`listing` (the list's SQL), `access` (reveal / search / export / print, logged), `duplicates`
and `merge`, `caseworkers`, `importer`, `privacy`, `insight`, `trail` (the audit event of a
change).
"""

from desktop.core.applicants import search_text as _search_text  # noqa: F401 - flush listener
