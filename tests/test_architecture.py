"""The layers import in one direction: domain <- storage/services <- gui. Qt stays in gui.

Three packages: the office (``msu_desktop``), the wire formats both sides speak
(``msu_exchange``: Qt-free, SQL-free) and the agency (``msu_agency``). The office never imports
the agency; the exchange imports neither product's services, storage or faces."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "msu_desktop"
EXCHANGE = ROOT / "msu_exchange"
AGENCY = ROOT / "msu_agency"

# layer -> packages it must never import
FORBIDDEN = {
    "domain": (
        "PySide6",
        "sqlalchemy",
        "alembic",
        "msu_desktop.services",
        "msu_desktop.storage",
        "msu_desktop.gui",
        "msu_desktop.cli",
    ),
    "storage": ("PySide6", "msu_desktop.services", "msu_desktop.gui", "msu_desktop.cli"),
    "services": ("PySide6", "msu_desktop.gui", "msu_desktop.cli"),
}
# what the exchange layer may take from the office's package: its core, no services or storage
EXCHANGE_MAY_USE = (
    "msu_desktop.errors",
    "msu_desktop.i18n",
    "msu_desktop.assets",
    "msu_desktop.clock",
    "msu_desktop.domain",  # the plan document is parsed into the domain's Plan
)
WEB_STACK = ("starlette", "uvicorn", "argon2")
NON_GUI_TOP = (
    "i18n.py",
    "errors.py",
    "clock.py",
    "assets.py",
    "logs.py",
    "__init__.py",
    "__main__.py",
)


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def test_layers_import_in_one_direction() -> None:
    problems = []
    for layer, banned in FORBIDDEN.items():
        for path in (PKG / layer).rglob("*.py"):
            for name in _imports(path):
                if any(name == b or name.startswith(b + ".") for b in banned):
                    problems.append(f"{path.relative_to(PKG.parent)} imports {name}")
    for name in NON_GUI_TOP:
        path = PKG / name
        if path.exists():
            for imp in _imports(path):
                if imp.startswith("PySide6"):
                    problems.append(f"{name} imports {imp}")
    assert problems == []


def test_qt_is_not_loaded_by_the_lower_layers() -> None:
    """Import every non-GUI module in a fresh interpreter; PySide6 must not be loaded."""
    modules = []
    paths = [*PKG.rglob("*.py"), *EXCHANGE.rglob("*.py"), *AGENCY.rglob("*.py")]
    for path in sorted(paths):
        rel = path.relative_to(ROOT).with_suffix("")
        parts = rel.parts
        if "gui" in parts or parts[-1] == "__main__" or "migrations" in parts:
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules.append(".".join(parts))
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(modules) > 10


def _banned(name: str, banned: tuple[str, ...]) -> bool:
    return any(name == b or name.startswith(b + ".") for b in banned)


def test_the_office_never_imports_the_agency() -> None:
    problems = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in PKG.rglob("*.py")
        for name in _imports(path)
        if _banned(name, ("msu_agency", *WEB_STACK))
    ]
    assert problems == []


def test_the_exchange_layer_stands_below_both_products() -> None:
    problems = []
    for path in EXCHANGE.rglob("*.py"):
        for name in _imports(path):
            foreign = _banned(name, ("PySide6", "sqlalchemy", "alembic", "msu_agency", *WEB_STACK))
            office = _banned(name, ("msu_desktop",)) and not _banned(name, EXCHANGE_MAY_USE)
            if foreign or office:
                problems.append(f"{path.relative_to(ROOT)} imports {name}")
    assert problems == []


def test_the_agency_has_no_qt() -> None:
    problems = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in AGENCY.rglob("*.py")
        for name in _imports(path)
        if _banned(name, ("PySide6", "msu_desktop.gui"))
    ]
    assert problems == []


def test_the_office_loads_no_web_stack() -> None:
    """The office's window and command line, with every page imported, load neither the
    agency's package nor its web server (the `agency` extra is absent from its installer)."""
    code = (
        "import sys\n"
        "import msu_desktop.cli.main, msu_desktop.gui.main_window, msu_desktop.gui.app\n"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {('msu_agency', *WEB_STACK)!r}]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_source_folder_is_a_regular_package() -> None:
    """A folder without __init__.py is a namespace package: the frozen build's
    collect_submodules skips it, and the installed program misses its modules."""
    missing = [
        str(folder.relative_to(ROOT))
        for top in (PKG, EXCHANGE, AGENCY)
        for folder in [top, *(p for p in top.rglob("*") if p.is_dir())]
        if any(folder.glob("*.py"))
        and not (folder / "__init__.py").exists()
        and "migrations" not in folder.parts
    ]
    assert missing == []


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _runtime_imports(path: Path, module: str) -> set[str]:
    """The msu_desktop modules ``module`` can import while it runs: every import statement,
    at module level and inside functions (a late import still ties the two modules together),
    but not those under ``if TYPE_CHECKING:`` (for the type checker only)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    todo: list[ast.AST] = [tree]
    while todo:
        node = todo.pop()
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            todo.extend(node.orelse)
            continue
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{a.name}" for a in node.names)  # a submodule
        todo.extend(ast.iter_child_nodes(node))
    return found


def import_graph() -> dict[str, set[str]]:
    modules = {_module_name(p): p for top in (PKG, EXCHANGE, AGENCY) for p in top.rglob("*.py")}
    return {
        name: {m for m in _runtime_imports(path, name) if m in modules and m != name}
        for name, path in modules.items()
    }


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each strongly connected group of two or more modules (Tarjan), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = [0]

    def strong(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for v in sorted(graph):
        if v not in index:
            strong(v)
    return sorted(groups)


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert import_cycles(graph) == [["a", "b", "c"]]
    assert import_cycles({"a": {"b"}, "b": set()}) == []


def test_no_import_cycles_among_the_three_packages() -> None:
    """No two modules import each other, directly or through others (a late import inside a
    function counts too): a cycle makes the import order matter and hides which module is
    below which. The workspace and the backup share the restore journal below both."""
    graph = import_graph()
    assert len(graph) > 100
    assert import_cycles(graph) == []


FACADES = {
    "msu_desktop.services.report_service",
    "msu_desktop.services.property_service",
    "msu_desktop.services.property_import",
}


def test_the_lower_services_import_the_module_of_the_one_job() -> None:
    """The façades are for the GUI and the CLI: no other service and no agency module imports
    them (a late import inside a function counts too); they import the module of the job."""
    problems = []
    for top in (PKG / "services", AGENCY):
        for path in top.rglob("*.py"):
            module = _module_name(path)
            if module not in FACADES:
                used = _runtime_imports(path, module) & FACADES
                problems.extend(f"{module} imports {name}" for name in sorted(used))
    assert problems == []
    # the same finder sees the façades where they belong
    gui = {m for p in (PKG / "gui").rglob("*.py") for m in _runtime_imports(p, _module_name(p))}
    assert gui >= FACADES
