"""Where things are, located relative to the package (never the working directory).

Two layouts are supported:

* an installed wheel: the published dataset is package data under ``policyevents/_dataset/``
  (datapackage.json, schemas/, data/*.parquet), put there by ``hatch_build.py``;
* a source checkout (also an editable install): the repository root, which holds
  ``datapackage.json``, ``schemas/``, ``data/*.parquet`` and the corpus ``data/articles/``.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
_WHEEL_DATASET = PACKAGE_DIR / "_dataset"
_REPO_ROOT = PACKAGE_DIR.parent


def in_wheel() -> bool:
    return (_WHEEL_DATASET / "datapackage.json").is_file()


def dataset_dir() -> Path:
    """Folder of the published (shipped) dataset."""
    return _WHEEL_DATASET if in_wheel() else _REPO_ROOT


def schemas_dir() -> Path:
    """The Table Schemas: the source of truth in a checkout, their shipped copy in a wheel."""
    return dataset_dir() / "schemas"


def lexicon_dir() -> Path:
    return PACKAGE_DIR / "lexicon"


def corpus_dir() -> Path:
    """The project's own corpus (only in a source checkout: the wheel does not ship it)."""
    return _REPO_ROOT / "data" / "articles"


def corrections_file() -> Path:
    return _REPO_ROOT / "data" / "corrections.yaml"


def citation_file() -> Path:
    """CITATION.cff: the repository's in a checkout, its shipped copy in a wheel."""
    return dataset_dir() / "CITATION.cff"
