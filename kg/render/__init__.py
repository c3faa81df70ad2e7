"""Renderers for the diplomacy-kg graph.

:func:`render_html` turns an rdflib graph that follows ``docs/graph-model.md``
into one self-contained interactive HTML page (vis-network inlined, no
remote resources); :func:`write_html` writes that page atomically.
"""

from kg.render.html import render_html, write_html

__all__ = ["render_html", "write_html"]
