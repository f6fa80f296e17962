import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "data" / "articles"
DEVSET = ROOT / "tests" / "devset"

# A fixed profile so that CI runs the same number of examples every time.
settings.register_profile("ci", max_examples=60, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def shared(*parts: str) -> Path:
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} is absent: the shared material (../shared from the repository root) is not laid out here")
    return p


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """The project corpus built into a temporary folder."""
    from policyevents.build import build

    out = tmp_path_factory.mktemp("built")
    build(CORPUS, out)
    return out


@pytest.fixture()
def broken_copy(built, tmp_path) -> Path:
    dst = tmp_path / "ds"
    shutil.copytree(built, dst)
    return dst
