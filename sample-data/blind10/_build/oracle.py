#!/usr/bin/env python3
"""Sanity oracle: prints the gold as parser output (score.py should report 1.000 everywhere)."""
import json, os, sys
gold = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "gold")
for p in sys.argv[1:]:
    g = json.load(open(os.path.join(gold, os.path.basename(p).rsplit(".", 1)[0] + ".json"), encoding="utf-8"))
    for o in (g if isinstance(g, list) else [g]):
        print(json.dumps(dict(o, path=p), ensure_ascii=False))
