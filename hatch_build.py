"""Hatch build hook: ship the published dataset inside the wheel as policyevents/_dataset/.

The list of files comes from datapackage.json itself (each resource's data file and schema), so
the wheel holds exactly the published tables and schemas (plus CITATION.cff) and never the raw
corpus (data/articles).
"""

import json
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CustomBuildHook(BuildHookInterface):
    def initialize(self, version, build_data):
        if self.target_name != "wheel" or version == "editable":
            return
        root = Path(self.root)
        desc_path = root / "datapackage.json"
        if not desc_path.is_file():
            raise RuntimeError("datapackage.json is missing: build the dataset first (policyevents build)")
        desc = json.loads(desc_path.read_text(encoding="utf-8"))
        include = {str(desc_path): "policyevents/_dataset/datapackage.json"}
        for r in desc["resources"]:
            for rel in (r["path"], r["schema"]):
                include[str(root / rel)] = f"policyevents/_dataset/{rel}"
        # the citation metadata, read by `policyevents cite` (policyevents/paths.py: citation_file)
        include[str(root / "CITATION.cff")] = "policyevents/_dataset/CITATION.cff"
        build_data["force_include"].update(include)
