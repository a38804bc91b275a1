"""The headless core never imports Textual.

Every module of the tuicrm package outside ``tuicrm.ui`` (found by walking the
package, so new modules are covered as they appear) is imported in a fresh
interpreter; Textual must not be loaded. This keeps the CLI subcommands,
imports/exports and services usable (and fast to start) without a terminal UI.
"""

from __future__ import annotations

import json
import subprocess
import sys

SCRIPT = r"""
import importlib, json, pkgutil, sys, traceback

import tuicrm

SKIP = ("tuicrm.ui", "tuicrm.__main__")


def skipped(name):
    return any(name == s or name.startswith(s + ".") for s in SKIP)


def walk(path, prefix):
    # Our own walk: pkgutil.walk_packages would import tuicrm.ui to look inside.
    for info in pkgutil.iter_modules(path, prefix):
        if skipped(info.name):
            continue
        yield info.name
        if info.ispkg:
            yield from walk(importlib.import_module(info.name).__path__, info.name + ".")


imported, errors, culprit = [], {}, None
for name in walk(tuicrm.__path__, "tuicrm."):
    try:
        importlib.import_module(name)
    except Exception:
        errors[name] = traceback.format_exc(limit=3)
        continue
    imported.append(name)
    if culprit is None and "textual" in sys.modules:
        culprit = name
print(json.dumps({
    "imported": imported,
    "errors": errors,
    "textual_loaded_by": culprit,
    "textual_loaded": "textual" in sys.modules,
}))
"""


def test_headless_modules_do_not_import_textual() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True
    )
    report = json.loads(done.stdout)

    assert report["errors"] == {}, "every headless module must import cleanly"
    # The walk really found the package (not an empty list that passes vacuously).
    assert {"tuicrm.db", "tuicrm.models", "tuicrm.migrate",
            "tuicrm.services.contacts"} <= set(report["imported"])
    assert not any(name.startswith("tuicrm.ui") for name in report["imported"])
    assert report["textual_loaded_by"] is None
    assert report["textual_loaded"] is False


def test_the_ui_names_the_data_layer_only_through_the_core() -> None:
    """The import contract (pyproject.toml) is about imports that run; this holds
    type hints to it too, so no screen is written against a session or a service."""
    import grimp

    graph = grimp.build_graph("tuicrm", include_external_packages=True,
                              exclude_type_checking_imports=False, cache_dir=None)
    data_layer = ("tuicrm.services", "tuicrm.db", "sqlalchemy", "sqlmodel")
    ui = [m for m in graph.modules if m == "tuicrm.ui" or m.startswith("tuicrm.ui.")]
    assert "tuicrm.ui.screens.contacts" in ui  # the walk found the screens
    reached = sorted(
        f"{module} -> {imported}" for module in ui
        for imported in graph.find_modules_directly_imported_by(module)
        if imported in data_layer or imported.startswith(tuple(f"{d}." for d in data_layer)))
    assert reached == []
