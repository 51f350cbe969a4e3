"""Packaging detail pyproject.toml cannot express: ship migrations/ and seeds/ inside the wheel.

The checkout keeps Alembic's layout (top-level migrations/, alembic.ini) and the data in seeds/;
an installed copy finds them as the packages ``tracker._migrations`` and ``tracker._seeds``
(see tracker/resources.py), so ``pip install .`` works outside the checkout. Every folder below
them is declared as a (data) package, so new seed folders travel without editing this file.
"""

import os

from setuptools import find_packages, setup

DATA_ROOTS = {"migrations": "tracker._migrations", "seeds": "tracker._seeds"}


def data_packages() -> dict[str, str]:
    """Package name -> folder, for every folder under the data roots."""
    out = {}
    for root, package in DATA_ROOTS.items():
        for folder, dirs, _files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not d.startswith("."))
            rel = os.path.relpath(folder, root)
            out[package if rel == "." else package + "." + rel.replace(os.sep, ".")] = folder.replace(os.sep, "/")
    return out


PACKAGE_DIR = data_packages()

setup(
    packages=find_packages(include=["tracker", "tracker.*"]) + list(PACKAGE_DIR),
    package_dir=PACKAGE_DIR,
    package_data={"tracker": ["data/**/*"], **{name: ["*"] for name in PACKAGE_DIR}},
    exclude_package_data={"": ["*.pyc"]},
)
