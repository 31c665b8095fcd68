"""Each command stands on its own: no module in agent/commands imports another command module
(what several need is in agent/commands/common.py), and no product code hides a missing module
behind an ImportError fallback. Read from the source with `ast`, so it holds for every change."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMANDS_DIR = ROOT / "agent" / "commands"
SHARED = {"common", "__init__"}      # agent/commands modules any command may import
PRODUCT = ("agent", "classifiers", "drafts")


def command_imports(tree: ast.Module) -> list[tuple[str, ast.AST]]:
    """(imported agent.commands module, node) for every import of one, however it is spelled."""
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1:                                  # from .x import y / from . import x
                names = [node.module] if node.module else [a.name for a in node.names]
            elif node.level == 0 and (node.module or "").startswith("agent.commands"):
                rest = node.module.removeprefix("agent.commands").lstrip(".")
                names = [rest.split(".")[0]] if rest else [a.name for a in node.names]
            else:
                continue
            out += [(name.split(".")[0], node) for name in names]
        elif isinstance(node, ast.Import):
            out += [(a.name.split(".")[2], node) for a in node.names
                    if a.name.startswith("agent.commands.")]
    return out


def cross_imports(files) -> list[str]:
    return [f"{f.name}:{node.lineno}: {ast.unparse(node)}"
            for f in files
            for target, node in command_imports(ast.parse(f.read_text("utf-8"), str(f)))
            if target not in SHARED and target != f.stem]


def test_no_command_imports_another_command():
    bad = cross_imports(sorted(COMMANDS_DIR.glob("*.py")))
    assert not bad, bad


def test_the_checker_sees_every_spelling(tmp_path):
    spellings = ["from .once import run", "from . import once", "from agent.commands.once import run",
                 "from agent.commands import once", "import agent.commands.once",
                 "def f():\n    from .once import run"]
    for i, text in enumerate(spellings):
        (tmp_path / f"m{i}.py").write_text(text + "\n")
    (tmp_path / "ok.py").write_text("from .common import build_pipeline\nfrom ..errors import UserError\n")
    found = cross_imports(sorted(tmp_path.glob("*.py")))
    assert len(found) == len(spellings) and not any(f.startswith("ok.py") for f in found), found


def test_no_import_error_fallbacks_in_product_code():
    """Sibling packages and declared dependencies are there; a fallback only hides a broken install."""
    bad = []
    for pkg in PRODUCT:
        for f in sorted((ROOT / pkg).rglob("*.py")):
            for node in ast.walk(ast.parse(f.read_text("utf-8"), str(f))):
                if isinstance(node, ast.ExceptHandler) and node.type is not None and any(
                        isinstance(n, ast.Name) and n.id in ("ImportError", "ModuleNotFoundError")
                        for n in ast.walk(node.type)):
                    bad.append(f"{f.relative_to(ROOT)}:{node.lineno}")
    assert not bad, bad
