"""The pipeline's stages stay apart: no module reaches into another module's private names, and only the
orchestrator's callers import it. Read from the source, so that a violation fails here and not in review.

What counts as another module's private attribute: a private name is one with a leading underscore that is
no dunder (`_x`, `__x`; not `__x__`). A module owns the private names it defines on its classes: a method or
class attribute in a class body, or an attribute it assigns through a method's first parameter
(`self._x = ...`). Every access to a private name that the module does not own is a violation:
`obj._x`, `getattr(obj, "_x")` (and `setattr`, `hasattr`, `delattr`) with the name as a literal, and
`from module import _x`. So `matcher._glued(...)` or `m._add(...)` from another module counts, as do the
standard library's privates (`sys._getframe`); `m._compile()` on a Matcher made in matcher.py does not, nor
does `self._x` in the class that assigns it. Owning goes by name, not by type: a module that owns `_x` may
also read another object's `_x` unnoticed, which no module here does.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).parent.parent / "captionscan"
ORCHESTRATOR = "captionscan.scan"
# The library API and the CLI drive the scan; every stage (read, extract, match, rewrite, report) is driven by it.
MAY_IMPORT_SCAN = {"captionscan/api.py", "captionscan/session.py", "captionscan/cli.py"}
ATTRIBUTE_FUNCTIONS = {"getattr", "setattr", "hasattr", "delattr"}
# (module, private name): privates of other code that a module may use, each with the reason.
ALLOWED = {
    # Before Python 3.14 (terminate_workers()) only the pool's process table lets a stopped scan end its workers at
    # once; parallel.py reads it only there.
    ("captionscan/parallel.py", "_processes"),
    # os._exit is documented, public API despite its name: the one way for a worker's watcher thread to end the
    # worker when its parent is gone (sys.exit would end only the thread).
    ("captionscan/parallel.py", "_exit"),
    # A worker stopped while it sends a result leaves half a message in the results' pipe, and the pool's thread
    # waits for the rest for ever: only closing this process's writing end of it (the result queue's) ends that wait.
    ("captionscan/parallel.py", "_result_queue"),
    ("captionscan/parallel.py", "_writer"),
}


def _modules() -> list[tuple[str, ast.Module]]:
    root = PACKAGE.parent
    return [(p.relative_to(root).as_posix(), ast.parse(p.read_text(encoding="utf-8"))) for p in PACKAGE.rglob("*.py")]


def _private(name: str) -> bool:
    return name.startswith("_") and len(name) > 1 and not name.endswith("__")


def _owned(tree: ast.Module) -> set[str]:
    """The private names the module's classes define: in a class body, or assigned through `self`/`cls`."""
    owned: set[str] = set()
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        for node in cls.body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                owned.add(node.name)
            targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
            owned.update(t.id for t in targets if isinstance(t, ast.Name))
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.args.args:
                first = node.args.args[0].arg
                owned.update(
                    a.attr
                    for a in ast.walk(node)
                    if isinstance(a, ast.Attribute)
                    and isinstance(a.ctx, ast.Store)
                    and isinstance(a.value, ast.Name)
                    and a.value.id == first
                )
    return {name for name in owned if _private(name)}


def _private_uses(tree: ast.Module) -> list[tuple[int, str]]:
    """(line, name) of every use of a private name through an object, a name-taking builtin or an import."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            found.append((node.lineno, node.attr))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ATTRIBUTE_FUNCTIONS:
            name = node.args[1] if len(node.args) > 1 else None
            if isinstance(name, ast.Constant) and isinstance(name.value, str):
                found.append((node.lineno, name.value))
        elif isinstance(node, ast.ImportFrom):
            found += [(node.lineno, alias.name) for alias in node.names]
    return [(line, name) for line, name in found if _private(name)]


def test_no_module_touches_another_modules_private_names():
    violations = [
        f"{path}:{line}: {name}"
        for path, tree in _modules()
        for line, name in _private_uses(tree)
        if name not in _owned(tree) and (path, name) not in ALLOWED
    ]
    assert not violations, "private names of other modules:\n" + "\n".join(violations)


def test_allowed_privates_are_still_used():
    """An allow-list entry whose use has gone is removed, so that the list stays as short as the need."""
    uses = {(path, name) for path, tree in _modules() for _, name in _private_uses(tree)}
    assert ALLOWED <= uses


def _imports(path: str, tree: ast.Module) -> set[str]:
    """The captionscan modules (and names from them, as `module.name`) a module imports, relative imports resolved."""
    package = path.removesuffix(".py").replace("/", ".").removesuffix(".__init__")
    package = package if path.endswith("__init__.py") else package.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def test_only_the_api_and_the_cli_import_the_orchestrator():
    importers = [
        path
        for path, tree in _modules()
        if path not in MAY_IMPORT_SCAN
        and path != "captionscan/scan.py"
        and any(m == ORCHESTRATOR or m.startswith(ORCHESTRATOR + ".") for m in _imports(path, tree))
    ]
    assert not importers, f"{ORCHESTRATOR} is imported by {importers}"


def test_the_checks_see_what_they_check():
    """The walkers find a private use and an import of the orchestrator where there is one."""
    tree = ast.parse(
        "import sys\nfrom ..scan import Summary\nfrom captionscan import scan\n"
        "class A:\n    def f(self):\n        self._own = 1\n        return sys._getframe(), getattr(self, '_x')\n"
    )
    assert _owned(tree) == {"_own"}
    assert {name for _, name in _private_uses(tree)} - _owned(tree) == {"_getframe", "_x"}
    assert {"captionscan.scan.Summary", "captionscan.scan"} <= _imports("captionscan/report/html.py", tree)


def test_the_cli_stays_a_thin_layer():
    """Options -> session -> render: a command whose body grows past a few statements, or a CLI module that grows
    past this, has taken on work the library should do (and that a notebook or a Dask job would then miss)."""
    source = (PACKAGE / "cli.py").read_text(encoding="utf-8")
    commands = [
        node
        for node in ast.parse(source).body
        if isinstance(node, ast.FunctionDef) and any("command" in ast.unparse(d) for d in node.decorator_list)
    ]
    assert len(commands) >= 7
    for command in commands:
        docstring = command.body[:1] if ast.get_docstring(command) else []
        work = [s for s in command.body if s not in docstring and not isinstance(s, ast.Import | ast.ImportFrom)]
        assert len(work) <= 8, f"{command.name} does {len(work)} things"
    assert source.count("\n") < 250


def test_the_shipped_models_stay_under_60_mib():
    """Every pipeline ships inside the package: de, en, nl, fr and the rule pipeline xx (training scratch excluded)."""
    models = Path(__file__).parent.parent / "models"
    shipped = [models / lang for lang in ("de", "en", "nl", "fr", "xx")]
    assert all((folder / "config.cfg").is_file() for folder in shipped)
    size = sum(f.stat().st_size for folder in shipped for f in folder.rglob("*") if f.is_file())
    assert size <= 60 * 2**20, f"{size / 2**20:.1f} MiB"
