"""policyevents: a validated, citable dataset of policy events extracted from news articles.

Public API (kept small on purpose)::

    policyevents.load()            # dict of table name -> pandas DataFrame
    policyevents.load("events")    # one table
    policyevents.load(path=DIR)    # another built dataset folder
    policyevents.connect()         # DuckDB connection, one view per table + joined views
    policyevents.tables()          # table names
    policyevents.datapackage()     # the descriptor
    policyevents.__version__       # package version == dataset version
    policyevents.cite("bibtex")    # citation with version and content fingerprint ("apa", "cff")

Importing this module is light: pandas, pyarrow, duckdb, pandera and frictionless are imported
only by the functions that need them.
"""

from ._version import __version__
from .citation import cite
from .dataset import connect, datapackage, load
from .schema import TABLES, UnknownTableError


def tables() -> tuple[str, ...]:
    """Names of the dataset's tables."""
    return TABLES


def version() -> str:
    """The package and dataset version."""
    return __version__


__all__ = ["__version__", "cite", "connect", "datapackage", "load", "tables", "version", "UnknownTableError"]
