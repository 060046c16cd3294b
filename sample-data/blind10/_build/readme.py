"""README.md generator (tables from the specs, hand-written policy text)."""
import os

FMT = {"html": "HTML page", "txt": "text dump", "xml": None}


def fmt_label(a):
    if a["fmt"] != "xml":
        return FMT[a["fmt"]]
    return {"cdata": "RSS 2.0, CDATA content:encoded", "escaped": "RSS 2.0, entity-escaped description",
            "atom_html": "Atom, content type=\"html\"", "xhtml": "Atom, content type=\"xhtml\""}[a["render"]["content_mode"]]


POLICY = open(os.path.join(os.path.dirname(__file__), "policy.md"), encoding="utf-8").read()


def write(root, rows):
    out = ["# unseen11: hand-annotated quote-extraction evaluation set", ""]
    out.append("Twelve fictional diplomatic news articles (3 fr, 3 en, 3 es, 3 de) in four HTML pages, four "
               "plain-text page dumps and four one-item feeds, with gold parses in the shape "
               "`/work/shared/bench/parse/score.py` reads. Everything (outlets, people, events, quotes) is invented; "
               "real countries and cities appear only as settings, and all URLs use `.example` domains.")
    out.append("")
    out.append("## Files")
    out.append("")
    out.append("| # | file | lang | format | style / topic | paragraphs | quotes | null speakers | partials | "
               "unmarked |")
    out.append("|---|---|---|---|---|---:|---:|---:|---:|---:|")
    for i, r in enumerate(rows, 1):
        a = r["art"]
        out.append(f"| {i:02d} | `{r['file']}` | {a['lang']} | {fmt_label(a)} | {a['style']}; {a['topic']} | "
                   f"{r['paras']} | {r['quotes']} | {r['null']} | {r['partial']} | {r['unmarked']} |")
    T = lambda k: sum(r[k] for r in rows)
    out.append(f"| | **total** | | | | **{T('paras')}** | **{T('quotes')}** | **{T('null')}** "
               f"({100 * T('null') / T('quotes'):.0f}%) | **{T('partial')}** ({100 * T('partial') / T('quotes'):.0f}%) "
               f"| **{T('unmarked')}** |")
    out.append("")
    out.append("`unmarked` = speech without quote marks (press-conference transcript turns, interview answers); "
               "they are included in `quotes`.")
    out.append("")
    by_lang = {}
    for r in rows:
        d = by_lang.setdefault(r["art"]["lang"], [0, 0, 0, 0])
        d[0] += 1; d[1] += r["quotes"]; d[2] += r["null"]; d[3] += r["partial"]
    out.append("Per language: " + "; ".join(f"{k}: {v[0]} files, {v[1]} quotes, {v[2]} null, {v[3]} partial"
                                            for k, v in by_lang.items()) + ".")
    out.append("")
    out.append(POLICY)
    out.append("")
    out.append("## Quoting patterns and traps per article")
    out.append("")
    for i, r in enumerate(rows, 1):
        a = r["art"]
        out.append(f"### {i:02d} `{r['file']}` ({a['lang']}, {fmt_label(a)})")
        out.append("")
        out.append(f"*{a['title']}* — {a['source']}, {a['published']}")
        out.append("")
        for p in a["patterns"]:
            out.append(f"- {p}")
        out.append("")
    with open(os.path.join(root, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))
