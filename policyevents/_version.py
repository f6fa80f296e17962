"""The one place the version lives: package version == dataset version (see README, Versions)."""

__version__ = "0.1.0"

# Version of the extraction rules (code + lexicon). Bump it whenever a change to the extractor can
# change extracted rows, so every row can be traced to the rules that produced it.
RULES_VERSION = "13"
