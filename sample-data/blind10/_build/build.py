#!/usr/bin/env python3
"""Build articles/, gold/ and README.md from the article specs (single source of truth).

    python3 _build/build.py          # from /work/unseen11-draft
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import core  # noqa: E402
import arts_fr, arts_en  # noqa: E402
MODS = [arts_fr, arts_en]
import importlib  # noqa: E402
for _m in ("arts_es", "arts_de"):
    try:
        MODS.append(importlib.import_module(_m))
    except ImportError as e:
        print("note:", e)

EXT = {"html": "html", "txt": "txt", "xml": "xml"}


def main():
    arts = [core.prepare(a) for m in MODS for a in m.ARTICLES]
    os.makedirs(os.path.join(ROOT, "articles"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
    total_errs = 0
    rows = []
    for a in arts:
        rendered = core.render(a)
        errs = core.check_article(a, rendered)
        for e in errs:
            print(f"{a['slug']}: {e}")
        total_errs += len(errs)
        fname = a["slug"] + "." + EXT[a["fmt"]]
        with open(os.path.join(ROOT, "articles", fname), "w", encoding=a["render"].get("encoding", "utf-8"),
                  newline="\n") as f:
            f.write(rendered)
        g = core.gold_obj(a)
        with open(os.path.join(ROOT, "gold", a["slug"] + ".json"), "w", encoding="utf-8") as f:
            json.dump([g] if a["fmt"] == "xml" else g, f, ensure_ascii=False, indent=1)
            f.write("\n")
        qs = g["quotes"]
        rows.append(dict(file=fname, art=a, paras=len(g["paragraphs"]), quotes=len(qs),
                         null=sum(q["speaker"] is None for q in qs), partial=sum(q["partial"] for q in qs),
                         unmarked=sum(1 for p in a["paras"] for q in p["quotes"] if q["unmarked"])))
    import readme
    readme.write(ROOT, rows)
    print(f"built {len(arts)} articles, {sum(r['quotes'] for r in rows)} quotes, {total_errs} invariant problem(s)")
    return 1 if total_errs else 0


if __name__ == "__main__":
    sys.exit(main())
