"""Which packages to install: the code, plus the folder resources/ as the package
desktop.resources (where desktop.core.paths.resources_dir() finds it once installed).

Everything else is in pyproject.toml; its declarative package discovery cannot put a folder from
outside the package tree into a package, so the list is made here. tests/test_packaging.py checks
the result.
"""

from setuptools import find_namespace_packages, setup

SKIP = ["*.__pycache__", "*.__pycache__.*"]
CODE = find_namespace_packages(include=["desktop", "desktop.*", "db", "db.*"], exclude=SKIP)
RESOURCES = ["desktop.resources"] + [
    f"desktop.resources.{name}" for name in find_namespace_packages(where="resources", exclude=SKIP)
]

setup(packages=[*CODE, *RESOURCES])
