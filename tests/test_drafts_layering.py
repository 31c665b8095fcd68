"""The packages stay easy to live in: drafts/ and classifiers/ import each other's modules
downward only (no import circle), no module imports another's private (`_x`) name, nothing is
imported inside a function (the usual way to dodge a circle), and no function in drafts/ is
longer than a screen. Read from the source with `ast`, so it holds for every future change."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("drafts", "classifiers")
MAX_FUNCTION_LINES = 60


def _modules() -> dict[str, ast.Module]:
    return {f"{pkg}.{f.stem}": ast.parse(f.read_text("utf-8"), str(f))
            for pkg in PACKAGES for f in sorted((ROOT / pkg).glob("*.py"))}


def _imports(name: str, tree: ast.Module) -> list[tuple[str, list[str], ast.AST]]:
    """(imported module, names taken from it, node) for every import of our own packages."""
    package = name.rsplit(".", 1)[0]
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            module = f"{package}.{node.module}" if node.level else node.module or ""
            if node.level and not node.module:      # "from . import x"
                out += [(f"{package}.{a.name}", [], node) for a in node.names]
            elif module.split(".")[0] in PACKAGES:
                out.append((module, [a.name for a in node.names], node))
        elif isinstance(node, ast.Import):
            out += [(a.name, [], node) for a in node.names if a.name.split(".")[0] in PACKAGES]
    return out


def _graph(modules: dict[str, ast.Module]) -> dict[str, set[str]]:
    """Module -> the modules it imports (a package's __init__ stands for the package)."""
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, tree in modules.items():
        for target, names, _ in _imports(name, tree):
            if target in PACKAGES:
                target += ".__init__"
            # "from classifiers import Owner" needs the package, "from .text import x" the module
            if target in modules and target != name:
                graph[name].add(target)
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_no_import_circle():
    graph = _graph(_modules())
    # __init__ re-exports its package's modules; a module importing its own package back is the
    # circle that matters, so the edges out of __init__ count like any other
    assert _cycle(graph) is None, " -> ".join(_cycle(graph))


def test_the_circle_finder_finds_circles():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_no_private_name_imported_across_modules():
    bad = [f"{name}:{node.lineno}: {ast.unparse(node)}"
           for name, tree in _modules().items()
           for _, names, node in _imports(name, tree) if any(n.startswith("_") for n in names)]
    assert not bad, bad


def test_no_own_module_imported_inside_a_function():
    bad = [f"{name}:{node.lineno}: {ast.unparse(node)}"
           for name, tree in _modules().items()
           for func in ast.walk(tree) if isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef))
           for _, _, node in _imports(name, func)]
    assert not bad, bad


@pytest.mark.parametrize("package", ["drafts"])
def test_functions_are_short(package):
    long = [f"{name}.{func.name}: {func.end_lineno - func.lineno + 1} lines"
            for name, tree in _modules().items() if name.startswith(package + ".")
            for func in ast.walk(tree) if isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef))
            if func.end_lineno - func.lineno + 1 > MAX_FUNCTION_LINES]
    assert not long, long
