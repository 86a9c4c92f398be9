#!/usr/bin/env python3
"""Vendors the Biolink Model and derives the compact file MechanismGraph reads at start-up.

Usage: scripts/refresh-biolink.py [SOURCE_DIR]

SOURCE_DIR holds biolink-model.yaml, predicate_mapping.yaml and LICENSE exactly as the biolink/biolink-model
repository publishes them (default: ../shared/reference/biolink beside the repository). To take them from upstream
instead, download the three files of a release tag, e.g.
  https://raw.githubusercontent.com/biolink/biolink-model/v4.4.4/biolink-model.yaml
  https://raw.githubusercontent.com/biolink/biolink-model/v4.4.4/predicate_mapping.yaml
  https://raw.githubusercontent.com/biolink/biolink-model/v4.4.4/LICENSE
into a folder and pass it. Needs Python 3 with PyYAML (no npm/pypi Biolink packages).

Writes third_party/biolink-model/ (the unmodified files and SHA256SUMS) and
src/MechanismGraph/Biolink/biolink-model.json: the model's own data, trimmed to what the service reads (the predicate
and class hierarchies with is_a, mixins, inverse, symmetric and deprecation; the prefix map; the legacy predicate
mappings). It derives nothing itself: which predicates are causal, and the most specific class, are computed from this
hierarchy by src/MechanismGraph/Biolink/BiolinkModel.cs.
"""
import hashlib
import json
import pathlib
import shutil
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
FILES = ["biolink-model.yaml", "predicate_mapping.yaml", "LICENSE"]


def camel(name):
    return "".join(w[:1].upper() + w[1:] for w in name.split(" "))


def snake(name):
    return name.replace(" ", "_")


def main():
    source = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "reference" / "biolink"
    vendor = ROOT / "third_party" / "biolink-model"
    vendor.mkdir(parents=True, exist_ok=True)
    sums = {}
    for name in FILES:
        shutil.copyfile(source / name, vendor / name)
        sums[name] = hashlib.sha256((vendor / name).read_bytes()).hexdigest()
    (vendor / "SHA256SUMS").write_text("".join(f"{sums[n]}  {n}\n" for n in FILES))

    model = yaml.safe_load((vendor / "biolink-model.yaml").read_text())
    mapping = yaml.safe_load((vendor / "predicate_mapping.yaml").read_text())
    slots = model["slots"]

    def ancestors(name):
        seen = []
        while name in slots and slots[name].get("is_a") and name not in seen:
            seen.append(name)
            name = slots[name]["is_a"]
        return seen + [name]

    predicates = {}
    for name, slot in slots.items():
        slot = slot or {}
        if name != "related to" and "related to" not in ancestors(name):
            continue
        predicates[snake(name)] = {
            "is_a": snake(slot["is_a"]) if slot.get("is_a") else None,
            "mixins": [snake(m) for m in slot.get("mixins") or []],
            "inverse": snake(slot["inverse"]) if slot.get("inverse") else None,
            "symmetric": bool(slot.get("symmetric")),
            "deprecated": bool(slot.get("deprecated")),
        }

    classes = {}
    for name, cls in model["classes"].items():
        cls = cls or {}
        classes[camel(name)] = {
            "is_a": camel(cls["is_a"]) if cls.get("is_a") else None,
            "mixins": [camel(m) for m in cls.get("mixins") or []],
            "mixin": bool(cls.get("mixin")),
            "deprecated": bool(cls.get("deprecated")),
        }

    legacy = {}
    for entry in mapping["predicate mappings"]:
        qualifiers = {}
        for key in ["qualified predicate", "object aspect qualifier", "object direction qualifier", "causal mechanism qualifier"]:
            if entry.get(key):
                qualifiers[snake(key)] = snake(entry[key]) if key == "qualified predicate" else entry[key].replace(" ", "_")
        legacy[snake(entry["mapped predicate"])] = {"predicate": snake(entry["predicate"]), **qualifiers}

    derived = {
        "version": model["version"],
        "sha256": sums,
        "predicates": dict(sorted(predicates.items())),
        "classes": dict(sorted(classes.items())),
        "prefixes": dict(sorted((k, v if isinstance(v, str) else v["prefix_reference"]) for k, v in model["prefixes"].items())),
        "legacy_predicates": dict(sorted(legacy.items())),
    }
    out = ROOT / "src" / "MechanismGraph" / "Biolink" / "biolink-model.json"
    out.write_text(json.dumps(derived, indent=1, sort_keys=False) + "\n")
    print(f"Biolink {model['version']}: {len(predicates)} predicates, {len(classes)} classes, "
          f"{len(derived['prefixes'])} prefixes, {len(legacy)} legacy predicates -> {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
