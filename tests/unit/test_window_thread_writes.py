"""No window code writes to the database on the window's thread, read from the source.

The runtime guard (`desktop.ui.window_thread`, installed for every test) catches such a write
on any path a test drives; this reads every path, driven or not. A core function writes when it
opens `ws.write()` or calls one that does. Window code (desktop/ui, desktop/app.py) may call one
only inside the work it hands to a task - a lambda or a nested function - and not on the read
pool, in a Qt slot or callback, or by calling that nested function itself.
"""

from __future__ import annotations

import ast
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tests.fixtures.window_thread import NOT_YET_MOVED

ROOT = Path(__file__).resolve().parents[2]

Key = tuple[str, str]  # (module, function or Class.method)
_GUI_THREAD_KEYWORDS = {"on_done", "on_error", "on_cancelled"}
_GUI_THREAD_CALLS = {"connect", "singleShot", "run"}  # slots, timers, the read pool


def _module_name(root: Path, path: Path) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@dataclass
class _Module:
    name: str
    tree: ast.Module
    is_package: bool
    aliases: dict[str, tuple[str, str]] = field(default_factory=dict)  # local -> (kind, target)


def _load(root: Path, paths: list[Path], known: set[str]) -> list[_Module]:
    modules = []
    for path in paths:
        name = _module_name(root, path)
        modules.append(_Module(name, ast.parse(path.read_text()), path.name == "__init__.py"))
    for module in modules:
        for node in ast.walk(module.tree):
            if isinstance(node, ast.Import):
                for a in node.names:
                    local = a.asname or a.name.split(".")[0]
                    module.aliases[local] = ("module", a.name if a.asname else local)
            elif isinstance(node, ast.ImportFrom):
                source = _absolute(module, node)
                for a in node.names:
                    full = f"{source}.{a.name}"
                    local = a.asname or a.name
                    if full in known:
                        module.aliases[local] = ("module", full)
                    else:
                        module.aliases[local] = ("name", f"{source}:{a.name}")
    return modules


def _absolute(module: _Module, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    base = module.name.split(".")
    if not module.is_package:
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _target(call: ast.Call, module: _Module) -> Key | None:
    """The function a call names, as (module, name), through the module's imports."""
    func = call.func
    if isinstance(func, ast.Name):
        kind, target = module.aliases.get(func.id, ("local", f"{module.name}:{func.id}"))
        if kind == "module":
            return None
        owner, _, name = target.partition(":")
        return owner, name
    chain: list[str] = []
    while isinstance(func, ast.Attribute):
        chain.append(func.attr)
        func = func.value
    if isinstance(func, ast.Name) and func.id in module.aliases:
        kind, target = module.aliases[func.id]
        if kind == "module":
            chain.reverse()
            return ".".join([target, *chain[:-1]]), chain[-1]
    return None


def _functions(module: _Module) -> Iterator[tuple[str, ast.FunctionDef]]:
    for node in module.tree.body:
        if isinstance(node, ast.FunctionDef):
            yield node.name, node
        elif isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef):
                    yield f"{node.name}.{item.name}", item


def _opens_write(call: ast.Call) -> bool:
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "write"
        and not call.args
        and not call.keywords
        and ast.unparse(func.value).split(".")[-1] in ("ws", "workspace")
    )


def writing_functions(root: Path) -> set[Key]:
    """Every core function that opens a write transaction, itself or through another."""
    paths = sorted((root / "desktop" / "core").rglob("*.py"))
    known = {_module_name(root, p) for p in paths}
    modules = _load(root, paths, known)
    reexports: dict[Key, Key] = {}
    for module in modules:
        for local, (kind, target) in module.aliases.items():
            if kind == "name":
                owner, _, name = target.partition(":")
                reexports[(module.name, local)] = (owner, name)
    calls: dict[Key, set[Key]] = {}
    writes: set[Key] = set()
    for module in modules:
        for name, function in _functions(module):
            key = (module.name, name)
            calls[key] = set()
            for node in ast.walk(function):
                if isinstance(node, ast.Call):
                    if _opens_write(node):
                        writes.add(key)
                    target = _target(node, module)
                    if target is not None:
                        calls[key].add(target)

    def canonical(key: Key) -> Key:
        for _ in range(5):
            key = reexports.get(key, key)
        return key

    grown = True
    while grown:
        grown = False
        for key, targets in calls.items():
            if key not in writes and any(canonical(t) in writes for t in targets):
                writes.add(key)
                grown = True
    return writes | {k for k in reexports if canonical(k) in writes}


def violations(root: Path) -> list[str]:
    """Each call of a writing core function from window code that does not hand it over."""
    writes = writing_functions(root)
    ui = sorted((root / "desktop" / "ui").rglob("*.py"))
    paths = [*ui, root / "desktop" / "app.py"]
    known = {_module_name(root, p) for p in (root / "desktop").rglob("*.py")}
    found = []
    for path, module in zip(paths, _load(root, paths, known), strict=True):
        parents = {
            child: node for node in ast.walk(module.tree) for child in ast.iter_child_nodes(node)
        }
        for node in ast.walk(module.tree):
            if isinstance(node, ast.Call) and _target(node, module) in writes:
                problem = _problem(node, parents)
                if problem and not _not_yet_moved(module.name, node, parents):
                    where = f"{path.relative_to(root)}:{node.lineno}"
                    found.append(f"{where}: {ast.unparse(node.func)} {problem}")
    return found


def _problem(call: ast.Call, parents: dict[ast.AST, ast.AST]) -> str | None:
    node: ast.AST = call
    while node in parents and not isinstance(node, ast.Lambda | ast.FunctionDef):
        node = parents[node]
    if isinstance(node, ast.Lambda):
        holder = parents.get(node)
        if isinstance(holder, ast.keyword) and holder.arg in _GUI_THREAD_KEYWORDS:
            return f"in an {holder.arg} callback (the window's thread)"
        if isinstance(holder, ast.keyword):
            holder = parents.get(holder)
        if isinstance(holder, ast.Call) and _runs_on_window_or_reader(holder):
            return f"in work given to {ast.unparse(holder.func)} (not the write worker)"
        return None
    if not isinstance(node, ast.FunctionDef):
        return "at module level"
    enclosing = parents.get(node)
    if not isinstance(enclosing, ast.FunctionDef):
        return f"directly in {node.name}() (the window's thread)"
    for other in ast.walk(enclosing):
        if isinstance(other, ast.Call) and ast.unparse(other.func) == node.name:
            return f"in {node.name}(), which {enclosing.name}() calls itself"
    return None


def _not_yet_moved(module: str, call: ast.Call, parents: dict[ast.AST, ast.AST]) -> bool:
    node: ast.AST = call
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.FunctionDef) and (module, node.name) in NOT_YET_MOVED:
            return True
    return False


def _runs_on_window_or_reader(call: ast.Call) -> bool:
    name = call.func.attr if isinstance(call.func, ast.Attribute) else ast.unparse(call.func)
    if name == "run_task":
        return not any(
            k.arg == "write" and isinstance(k.value, ast.Constant) and k.value.value
            for k in call.keywords
        )
    return name in _GUI_THREAD_CALLS


def test_the_checker_knows_the_writing_core_functions() -> None:
    writes = writing_functions(ROOT)
    assert ("desktop.core.applicants.register", "update_applicant") in writes
    assert ("desktop.core.offers.workflow", "accept_offer") in writes  # through writing()
    assert ("desktop.core.letters", "active_template") in writes  # re-exported
    assert ("desktop.core.applicants.register", "applicant_view") not in writes  # a read


def test_no_window_code_writes_on_the_windows_thread() -> None:
    assert violations(ROOT) == []


def test_the_checker_finds_each_kind_of_write_on_the_windows_thread(tmp_path: Path) -> None:
    files = {
        "desktop/__init__.py": "",
        "desktop/core/__init__.py": "",
        "desktop/core/store.py": """
            def save(ws):
                with ws.write() as session:
                    session.add(1)

            def save_twice(ws):
                save(ws)
                save(ws)

            def load(ws):
                with ws.read() as session:
                    return session
            """,
        "desktop/ui/__init__.py": "",
        "desktop/ui/page.py": """
            from desktop.core import store
            from desktop.core.store import save_twice

            class Page:
                def direct(self):
                    store.save(self.ws)

                def reads(self):
                    return store.load(self.ws)

                def handed_over(self, tasks):
                    tasks.write(lambda: store.save(self.ws))

                def nested(self, tasks):
                    def work():
                        save_twice(self.ws)

                    tasks.write(work)

                def nested_called(self):
                    def work():
                        save_twice(self.ws)

                    work()

                def read_pool(self, tasks):
                    tasks.run(lambda: store.save(self.ws))

                def callback(self, tasks):
                    tasks.write(lambda: 1, on_done=lambda _r: store.save(self.ws))

                def slot(self, button):
                    button.clicked.connect(lambda: save_twice(self.ws))
            """,
    }
    for name, text in files.items():
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(textwrap.dedent(text))
    (tmp_path / "desktop" / "app.py").write_text("")
    found = [line.split(": ", 1)[1] for line in violations(tmp_path)]
    assert sorted(found) == sorted(
        [
            "store.save directly in direct() (the window's thread)",
            "save_twice in work(), which nested_called() calls itself",
            "store.save in work given to tasks.run (not the write worker)",
            "store.save in an on_done callback (the window's thread)",
            "save_twice in work given to button.clicked.connect (not the write worker)",
        ]
    )
