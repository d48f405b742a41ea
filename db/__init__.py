"""Persistence for Anvis: engine and sessions, typed models, migrations.

This package never imports Qt or the application (`desktop`); the layer contracts in
pyproject.toml enforce it.
"""
