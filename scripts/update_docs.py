"""Regenerate the table reference in README.md from schemas/*.json (tests check it is current)."""

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from policyevents.schema import markdown  # noqa: E402


def render(readme: str) -> str:
    block = "<!-- tables:start -->\n" + markdown() + "<!-- tables:end -->"
    return re.sub(r"<!-- tables:start -->.*?<!-- tables:end -->", lambda _: block, readme, flags=re.S)


if __name__ == "__main__":
    p = ROOT / "README.md"
    p.write_text(render(p.read_text(encoding="utf-8")), encoding="utf-8")
    print("README.md table reference updated")
