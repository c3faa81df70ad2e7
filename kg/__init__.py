"""diplomacy-kg: a knowledge-graph builder for Kazakh diplomatic news."""

__version__ = "0.1.0"
