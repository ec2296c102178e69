"""The package's shape: no import circles between its modules, and the app never imports the command line."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import digital_compare

PACKAGE_DIR = Path(digital_compare.__file__).resolve().parent


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """Module → the package modules it imports, at the top or inside a function (a lazy import
    still ties the two modules together)."""
    modules = {_module_name(p): p for p in PACKAGE_DIR.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                candidates = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
                candidates = [base] + [f"{base}.{alias.name}" for alias in node.names]
            else:
                continue
            # "from package import module" names the module; "from module import name" the module
            targets |= {c for c in candidates if c in modules and c != name}
        graph[name] = targets
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan), each sorted."""
    index, low, on_stack, stack, found, counter = {}, {}, set(), [], [], [0]

    def visit(node: str) -> None:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


@pytest.mark.parametrize("graph, expected", [
    ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, [["a", "b", "c"]]),
    ({"a": {"b"}, "b": set(), "c": {"b"}}, []),
])
def test_the_cycle_finder_finds_circles_and_only_circles(graph, expected):
    assert cycles(graph) == expected


def test_the_graph_sees_lazy_imports():
    graph = import_graph()
    # ui.py imports the deck core at the top; tools.export imports outputs.export inside cmd_export
    assert "digital_compare.outputs.deck" in graph["digital_compare.app.ui"]
    assert "digital_compare.outputs.export" in graph["digital_compare.tools.export"]


def test_no_import_circles_inside_the_package():
    assert cycles(import_graph()) == []


def test_the_app_and_the_outputs_never_import_the_command_line():
    graph = import_graph()
    offenders = {name: sorted(t for t in targets if t.startswith("digital_compare.tools"))
                 for name, targets in graph.items()
                 if name.startswith(("digital_compare.app", "digital_compare.outputs"))}
    assert {name: targets for name, targets in offenders.items() if targets} == {}
