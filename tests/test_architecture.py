"""The layout keeps its promises: layers import only downwards, no cycles, short functions and modules.

The layers, lowest first (README, "Architecture"); a module may import its own
layer's modules and any lower layer's, never a higher one:
"""

from __future__ import annotations

import ast
from pathlib import Path

from support import REPO

FLOWS = REPO / "flows"
LAYERS = [
    {"flows.settings", "flows.document", "flows.step", "flows.locations", "flows.workspace", "flows.spill",
     "flows.progress", "flows.execution", "flows.hashing"},
    {"flows.stages", "flows.words", "flows.output"},
    {"flows.staged", "flows.corpus"},
    {"flows.planning", "flows.passes"},
    {"flows.flow"},
    {"flows.commands", "flows.cli"},
]
MAX_FUNCTION_LINES = 60
MAX_MODULE_LINES = 450


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, ast.Module]:
    return {module_name(p): ast.parse(p.read_text(), str(p)) for p in sorted(FLOWS.rglob("*.py"))}


def imports(tree: ast.Module) -> set[str]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("flows"):
            found |= {f"{node.module}.{alias.name}" for alias in node.names} | {node.module}
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("flows")}
    return found


def layer(name: str) -> int:
    for depth, members in enumerate(LAYERS):
        if any(name == m or name.startswith(m + ".") for m in members):
            return depth
    raise AssertionError(f"{name} belongs to no layer: add it to LAYERS and to the README")


def test_every_module_imports_only_its_own_layer_and_lower_ones():
    found = modules()
    wrong = []
    for name, tree in found.items():
        if name == "flows":
            continue
        for target in imports(tree):
            if target in found and target != "flows" and layer(target) > layer(name):
                wrong.append(f"{name} (layer {layer(name)}) imports {target} (layer {layer(target)})")
    assert not wrong, "\n".join(wrong)


def test_no_import_cycle():
    found = modules()
    graph = {name: {t for t in imports(tree) if t in found and t != name} for name, tree in found.items()}
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                raise AssertionError("import cycle: " + " -> ".join(path[path.index(nxt):] + [nxt]))
            if nxt not in state:
                visit(nxt, path + [nxt])
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])


def test_functions_and_modules_stay_short():
    long_functions, long_modules = [], []
    for path in sorted(FLOWS.rglob("*.py")):
        text = path.read_text()
        if len(text.splitlines()) > MAX_MODULE_LINES:
            long_modules.append(f"{path.relative_to(REPO)}: {len(text.splitlines())} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long_functions.append(f"{path.relative_to(REPO)}:{node.lineno} {node.name}: {lines} lines")
    assert not long_modules and not long_functions, "\n".join(long_modules + long_functions)
