"""Where the ontology and the named queries are.

In the repository they live at the top, in ``ontology/`` and ``queries/``; the
wheel ships them inside the package as ``kg/ontology`` and ``kg/queries``
(``setup.py`` maps the folders).  Both are found through
``importlib.resources``, so an installed ``kg`` works from any folder, and a
checkout or an editable install uses the files being edited.

>>> ontology_file("shapes.ttl").name
'shapes.ttl'
>>> "who-met-whom" in query_files()
True
"""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent


def _folder(name: str) -> Path:
    shipped = files("kg") / name          # kg/ontology in an installed wheel
    if isinstance(shipped, Path) and shipped.is_dir():
        return shipped
    checkout = CHECKOUT / name            # ontology/ beside kg/ in a checkout
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"kg: the package has no {name}/ folder (looked in {shipped} and {checkout}); "
                            "reinstall diplomacy-kg")


def ontology_dir() -> Path:
    """The folder of ``diplomacy.ttl``, ``sectors.ttl`` and ``shapes.ttl``."""
    return _folder("ontology")


def ontology_file(name: str) -> Path:
    path = ontology_dir() / name
    if not path.is_file():
        raise FileNotFoundError(f"kg: no ontology file {name} in {path.parent}")
    return path


def queries_dir() -> Path:
    return _folder("queries")


def query_files() -> dict[str, Path]:
    """Named queries: name (file stem) -> path of its ``.rq`` file."""
    return {p.stem: p for p in sorted(queries_dir().glob("*.rq"))}
