"""Vacancy intake: the organisations' spreadsheets and manual entries become vacancies, each
checked against the joint agreement (colour, flexible letting, lists, rent) and accepted or
returned by staff; the vacancy list, status life cycle and quota.

Modules:
- `importer`: the vacancy import spec plugged into `desktop.core.importing` (fields, synonyms,
  row parsing and validation, duplicate key, bulk insert);
- `rules`: the per-row validation shared by imports and manual entry;
- `check`: the intake check and its stored snapshot; `decisions`: confirming proposals;
- `status`: the life cycle (received -> accepted | returned -> offered -> let | given back);
- `manual`: the manual entry form's core; `listing`: the vacancy list and detail; `address`: a
  dwelling's address as one line;
- `quota`: reported vacancies against the agreed share.
"""
