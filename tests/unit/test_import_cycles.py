"""No import cycle anywhere in Anvis: no module depends, even through others, on itself.

Every import statement counts, wherever it stands (in a function, under `TYPE_CHECKING`): each
is a dependency, and one moved into a function to dodge a cycle hides the cycle, it does not
break it. Importing `a.b.c` also runs the `__init__` of `a` and `a.b`, so the import depends on
those packages too, except the importer's own packages (they are being imported already).
"""

from __future__ import annotations

import itertools

import grimp

PACKAGES = ("db", "desktop", "tests")

Edge = tuple[str, str]


def _ancestors(module: str) -> set[str]:
    parts = module.split(".")
    return {".".join(parts[:i]) for i in range(1, len(parts))}


def with_package_inits(graph: grimp.ImportGraph) -> dict[Edge, str]:
    """Add to `graph` the imports of the packages whose `__init__` an import runs; returns, for
    each such edge, the module whose import runs it."""
    added: dict[Edge, str] = {}
    for importer in sorted(graph.modules):
        own = _ancestors(importer) | {importer}
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            for package in sorted(_ancestors(imported) - own):
                if package in graph.modules and not graph.direct_import_exists(
                    importer=importer, imported=package
                ):
                    added.setdefault((importer, package), imported)
    for importer, package in added:
        graph.add_import(importer=importer, imported=package)
    return added


def cycles(graph: grimp.ImportGraph) -> list[tuple[str, ...]]:
    """One shortest cycle through each import that lies on one, each cycle listed once: the
    modules in import order, the first repeated at the end."""
    found: dict[frozenset[str], tuple[str, ...]] = {}
    for importer in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            back = graph.find_shortest_chain(importer=imported, imported=importer)
            if back is not None:
                cycle = (importer, *back)
                found.setdefault(frozenset(cycle), cycle)
    return list(found.values())


def _describe(graph: grimp.ImportGraph, cycle: tuple[str, ...], inits: dict[Edge, str]) -> str:
    lines = []
    for importer, imported in itertools.pairwise(cycle):
        if (importer, imported) in inits:
            how = f"importing {inits[importer, imported]} runs {imported}/__init__"
        else:
            details = graph.get_import_details(importer=importer, imported=imported)
            how = "; ".join(f"line {d['line_number']}: {d['line_contents']}" for d in details)
        lines.append(f"  {importer} -> {imported}  ({how})")
    return "\n".join(lines)


def test_no_module_imports_itself_through_others() -> None:
    graph = grimp.build_graph(*PACKAGES, cache_dir=None)  # no cache: workers run side by side
    inits = with_package_inits(graph)
    found = cycles(graph)
    assert not found, "import cycles (give each piece its own home):\n" + "\n\n".join(
        _describe(graph, cycle, inits) for cycle in found
    )


def _graph(imports: list[Edge]) -> grimp.ImportGraph:
    graph = grimp.ImportGraph()
    for importer, imported in imports:
        for module in (importer, imported, *_ancestors(importer), *_ancestors(imported)):
            graph.add_module(module)
        graph.add_import(importer=importer, imported=imported)
    return graph


def test_a_cycle_through_a_function_level_or_type_checking_import_is_found() -> None:
    graph = _graph([("app.workspace", "app.trail"), ("app.trail", "app.workspace")])
    assert cycles(graph) == [("app.trail", "app.workspace", "app.trail")]


def test_a_cycle_through_a_package_init_is_found() -> None:
    # `app.pkg/__init__` re-exports `app.pkg.inner`, which needs `app.user`; `app.user` imports
    # only `app.pkg.leaf`, but that runs `app.pkg/__init__` first.
    graph = _graph(
        [("app.pkg", "app.pkg.inner"), ("app.pkg.inner", "app.user"), ("app.user", "app.pkg.leaf")]
    )
    assert cycles(graph) == []
    assert with_package_inits(graph) == {("app.user", "app.pkg"): "app.pkg.leaf"}
    (cycle,) = cycles(graph)
    assert set(cycle) == {"app.pkg", "app.pkg.inner", "app.user"}


def test_a_package_importing_its_own_modules_is_no_cycle() -> None:
    graph = _graph([("app.pkg", "app.pkg.inner"), ("app.pkg.inner", "app.pkg.leaf")])
    assert with_package_inits(graph) == {}
    assert cycles(graph) == []
