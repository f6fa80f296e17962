"""Errors as data: every error has a stable ``code`` and names the file, line and field concerned."""

from __future__ import annotations


class PolicyEventsError(Exception):
    """Base class; ``code`` is a stable machine-readable name."""

    code = "error"


class InputError(PolicyEventsError):
    """The input folder cannot be read as articles: the build stops and writes nothing."""

    def __init__(self, code: str, message: str, *, file: str | None = None, line: int | None = None,
                 field: str | None = None, hint: str | None = None):
        self.code = code
        self.file, self.line, self.field, self.hint = file, line, field, hint
        where = file or ""
        if line is not None:
            where += f", line {line}"
        if field:
            where += f", field {field!r}"
        text = f"{where}: {message}" if where else message
        if hint:
            text += f" ({hint})"
        super().__init__(text)


class ValidationFailed(PolicyEventsError):
    """A dataset failed validation; ``errors`` lists dicts with type, table, row, field, message."""

    code = "validation-failed"

    def __init__(self, errors: list[dict]):
        self.errors = errors
        lines = [f"{e['type']}: {e['table']}" + (f" row {e['row']}" if e.get("row") is not None else "")
                 + (f" field {e['field']}" if e.get("field") else "") + f": {e['message']}" for e in errors[:20]]
        more = f"\n... and {len(errors) - 20} more" if len(errors) > 20 else ""
        super().__init__(f"dataset is invalid ({len(errors)} errors):\n" + "\n".join(lines) + more)


class IntegrityError(PolicyEventsError):
    """A dataset file does not match the hash or size recorded in datapackage.json."""

    code = "integrity"


class CorrectionError(PolicyEventsError):
    """A curated correction does not apply (it matches no row, or is malformed)."""

    code = "correction"


class BuildLockedError(PolicyEventsError):
    """Another build is writing to the same destination."""

    code = "locked"
