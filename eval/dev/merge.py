#!/usr/bin/env python3
"""Merges eval/dev/gold/*.json (one file per incident) into one gold file in seed-gold.json's format.

usage: merge.py GOLD_DIR [TEXTS_DIR]   (prints the merged JSON; with TEXTS_DIR, warns about missing texts)
"""
import glob
import json
import os
import sys


def main(argv):
    gold_dir = argv[1]
    texts = argv[2] if len(argv) > 2 else None
    merged = {"about": "Development set: real reporting, merged from eval/dev/gold/*.json",
              "vague_bounds": {"dozens": [24, 99], "scores": [40, 99], "hundreds": [200, 999],
                               "thousands": [2000, 9999], "tens of thousands": [20000, 99999]},
              "documents": [], "contradictions": [], "aliases": {}}
    for path in sorted(glob.glob(os.path.join(gold_dir, "*.json"))):
        with open(path, encoding="utf-8") as f:
            part = json.load(f)
        for doc in part.get("documents", []):
            if texts and not os.path.exists(os.path.join(texts, doc["file"])):
                print(f"warning: {doc['file']} is not in {texts}: rebuild it from its query", file=sys.stderr)
            merged["documents"].append(doc)
        merged["contradictions"].extend(part.get("contradictions", []))
        for key, variants in part.get("aliases", {}).items():
            known = merged["aliases"].setdefault(key, [])
            known.extend(v for v in variants if v not in known)
    json.dump(merged, sys.stdout, indent=1, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
