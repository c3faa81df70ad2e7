"""Which packages the wheel holds; everything else is in pyproject.toml.

``ontology/`` and ``queries/`` stay at the top of the repository and ship
inside the package as ``kg/ontology`` and ``kg/queries``, so an installed
``kg`` finds them (``kg/resources.py``).  The folders of ``kg/`` are found as
namespace packages, so the data folders (``kg/data/gazetteer`` ...) are
packages too and setuptools has nothing to warn about.
"""
from setuptools import find_namespace_packages, setup

setup(
    packages=find_namespace_packages(include=["kg", "kg.*"], exclude=["*.__pycache__", "*.__pycache__.*"])
    + ["kg.ontology", "kg.queries"],
    package_dir={"kg.ontology": "ontology", "kg.queries": "queries"},
)
