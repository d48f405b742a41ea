"""The core functions that write, found in the source of desktop/core."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[3] / "desktop" / "core"


def _module_name(path: Path) -> str:
    parts = path.relative_to(CORE.parents[1]).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported_names(tree: ast.Module) -> dict[str, str]:
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                names[alias.asname or alias.name] = alias.name
    return names


def writing_functions() -> set[str]:
    """The public functions (and methods) of desktop/core that write: they open `X.write()`
    themselves or call a function of desktop/core that does, by its imported name."""
    trees = {_module_name(p): ast.parse(p.read_text("utf-8")) for p in CORE.rglob("*.py")}
    imported = {module: _imported_names(tree) for module, tree in trees.items()}
    opens: dict[str, bool] = {}
    calls: dict[str, set[str]] = {}
    for module, tree in trees.items():
        for node in tree.body:
            functions = [(node.name, node)] if isinstance(node, ast.FunctionDef) else []
            if isinstance(node, ast.ClassDef):
                functions = [
                    (f"{node.name}.{n.name}", n)
                    for n in node.body
                    if isinstance(n, ast.FunctionDef)
                ]
            for name, function in functions:
                key = f"{module}.{name}"
                opens[key], calls[key] = False, set()
                for call in ast.walk(function):
                    if not isinstance(call, ast.Call):
                        continue
                    target = call.func
                    if isinstance(target, ast.Attribute) and target.attr == "write":
                        opens[key] = opens[key] or not (call.args or call.keywords)
                    if isinstance(target, ast.Name):
                        calls[key].add(imported[module].get(target.id, f"{module}.{target.id}"))
                    elif (
                        isinstance(target, ast.Attribute)
                        and isinstance(target.value, ast.Name)
                        and target.value.id in imported[module]
                    ):
                        calls[key].add(f"{imported[module][target.value.id]}.{target.attr}")

    def resolve(
        name: str,
    ) -> str:  # through re-exports: `from desktop.core.importing import commit`
        for _ in range(5):
            if name in opens:
                return name
            module, _, attribute = name.rpartition(".")
            if attribute not in imported.get(module, {}):
                return name
            name = imported[module][attribute]
        return name

    writers = {key for key, direct in opens.items() if direct}
    grown = True
    while grown:
        grown = False
        for key, called in calls.items():
            if key not in writers and any(resolve(c) in writers for c in called):
                writers.add(key)
                grown = True
    return {w for w in writers if not w.rsplit(".", 1)[1].startswith("_")}
