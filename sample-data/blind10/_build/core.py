"""Shared helpers: article spec types, renderers and invariant checks.

Every article is defined once (in arts_*.py) as a dict built with P()/Q();
build.py renders the article file, the gold JSON and the README from it.
"""
import html
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

NNBSP = "\u202f"  # narrow no-break space (French typography)
NBSP = "\u00a0"


# ------------------------------------------------------------------ spec types
def Q(text, speaker, mention, verb, partial=False, note=None, unmarked=False, dash=False, cont=False, inc=""):
    """A gold quote.  inc: "open"/"close" = this stretch starts/ends at an incise
    (« A, soupire-t-elle. B ») rather than at a quote mark.  unmarked: speech without quote marks (transcript / interview
    answer); dash: dialogue-dash speech (no closing mark); cont: the quote runs on
    to the next paragraph (no closing mark at the end of this one)."""
    return dict(text=text, speaker=speaker, mention=mention, verb=verb, partial=partial,
                note=note, unmarked=unmarked, dash=dash, cont=cont, inc=inc)


def P(text, *quotes):
    return dict(text=text, quotes=list(quotes))


def typo(s, mode):
    """French typography: spaces inside guillemets and before ? ! ; : become
    no-break spaces ("nnbsp" = U+202F, "nbsp" = U+00A0)."""
    if not mode or s is None:
        return s
    sp = NNBSP if mode == "nnbsp" else NBSP
    s = s.replace("« ", "«" + sp).replace(" »", sp + "»")
    for p in "?!;:":
        s = s.replace(" " + p, sp + p)
    return s


TAG_RE = re.compile(r"<[^>]+>")


def strip_tags(s):
    return TAG_RE.sub("", s)


def esc_html_keep_tags(s, quote=False):
    """HTML-escape the text parts of mini-HTML, keeping the tags."""
    out = []
    for part in re.split(r"(<[^>]+>)", s):
        if part.startswith("<") and part.endswith(">"):
            out.append(part)
        else:
            out.append(html.escape(part, quote=quote))
    return "".join(out)


ENTITY_MAP = {"«": "&laquo;", "»": "&raquo;", NBSP: "&nbsp;", NNBSP: "&#8239;", "’": "&rsquo;",
              "“": "&ldquo;", "”": "&rdquo;", "–": "&ndash;", "—": "&mdash;", "é": "&eacute;"}


def entityize(s, chars):
    out = []
    for part in re.split(r"(<[^>]+>)", s):
        if part.startswith("<"):
            out.append(part)
        else:
            for c in chars:
                part = part.replace(c, ENTITY_MAP[c])
            out.append(part)
    return "".join(out)


# ------------------------------------------------------------------ rendering
def body_html(art, indent="      "):
    r = art["render"]
    popen = r.get("p_open", "<p>")
    lines = []
    inserts = r.get("inserts", {})
    for i, p in enumerate(art["paras"]):
        t = esc_html_keep_tags(p["src"], quote=r.get("esc_quote", False))
        if r.get("entities"):
            t = entityize(t, r["entities"])
        lines.append(f"{indent}{popen}{t}</p>")
        if i in inserts:
            lines.append(inserts[i])
    return "\n".join(lines)


def body_text(art):
    r = art["render"]
    inserts = r.get("inserts", {})
    out = []
    for i, p in enumerate(art["paras"]):
        out.append(strip_tags(p["src"]))
        if i in inserts:
            out.append(inserts[i])
    return "\n\n".join(out)


def render(art):
    r = art["render"]
    fmt = art["fmt"]
    tpl = r["template"]
    if fmt == "html":
        return tpl.replace("{BODY}", body_html(art))
    if fmt == "txt":
        return tpl.replace("{BODY}", body_text(art))
    if fmt == "xml":
        mode = r["content_mode"]
        inner = body_html(art, indent="")
        if mode == "cdata":
            content = "<![CDATA[" + inner + "]]>"
        elif mode in ("escaped", "atom_html"):
            if r.get("esc_quote"):
                pass  # quotes already &quot; in the HTML -> double escaped below
            content = html.escape(inner, quote=False)
        elif mode == "xhtml":
            content = inner  # already well-formed (text parts escaped)
        else:
            raise ValueError(mode)
        return tpl.replace("{CONTENT}", content)
    raise ValueError(fmt)


# ------------------------------------------------------------------ checking
class _PCollector(HTMLParser):
    def __init__(self, scope_attr):
        super().__init__(convert_charrefs=True)
        self.scope_attr = scope_attr  # (attr, value) of the container holding body <p>s
        self.depth = 0   # >0 inside scope
        self.in_p = False
        self.cur = []
        self.paras = []
        self.stack = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if self.depth:
            self.depth += 1
        elif a.get(self.scope_attr[0], "").split() and self.scope_attr[1] in a.get(self.scope_attr[0], "").split():
            self.depth = 1
        if self.depth == 2 and tag == "p":
            self.in_p = True
            self.cur = []

    def handle_endtag(self, tag):
        if self.depth:
            if self.depth == 2 and tag == "p" and self.in_p:
                self.paras.append("".join(self.cur))
                self.in_p = False
            self.depth -= 1

    def handle_data(self, d):
        if self.in_p:
            self.cur.append(d)


def extract_body_paras(art, text):
    """Re-read the rendered file the way a careful parser would and return the
    body paragraphs (used to check the rendering against the gold)."""
    fmt = art["fmt"]
    r = art["render"]
    if fmt == "html":
        c = _PCollector(r["scope"])
        c.feed(text)
        return c.paras
    if fmt == "txt":
        return None
    root = ET.fromstring(text.encode(r.get("encoding", "utf-8")))
    ns = {"a": "http://www.w3.org/2005/Atom", "content": "http://purl.org/rss/1.0/modules/content/",
          "x": "http://www.w3.org/1999/xhtml"}
    mode = r["content_mode"]
    if mode == "cdata":
        h = root.find("./channel/item/content:encoded", ns).text
    elif mode == "escaped":
        h = root.find("./channel/item/description", ns).text
    elif mode == "atom_html":
        h = root.find("./a:entry/a:content", ns).text
    else:
        div = root.find("./a:entry/a:content/x:div", ns)
        return ["".join(p.itertext()) for p in div.findall("x:p", ns)]
    c = _PCollector(("data-x", "x"))
    c.feed('<div data-x="x">' + h + "</div>")
    return c.paras


OPENERS = "«“„»‹‘\"‚›"
CLOSERS = "»”“«›’\"‘‹"
SPACES = " \u00a0\u202f\u2009"


def check_article(art, rendered):
    errs = []
    paras = [p["text"] for p in art["paras"]]
    n = len(paras)
    if not 12 <= n <= 18:
        errs.append(f"{n} paragraphs (want 12-18)")
    for i, p in enumerate(art["paras"]):
        for q in p["quotes"]:
            t = q["text"]
            pos = p["text"].find(t)
            if pos < 0:
                errs.append(f"p{i}: quote not verbatim: {t[:50]!r}")
                continue
            if p["text"].find(t, pos + 1) >= 0 and not q.get("note"):
                errs.append(f"p{i}: quote occurs twice: {t[:40]!r}")
            before = p["text"][:pos].rstrip(SPACES)
            after = p["text"][pos + len(t):].lstrip(SPACES)
            if q["unmarked"]:
                if not (before.endswith(":") or before == ""):
                    errs.append(f"p{i}: unmarked quote not after label: {t[:40]!r}")
            elif "open" in q["inc"]:
                pass  # resumes after an incise inside the same pair of marks / dash
            elif q["dash"]:
                if not (before.endswith("—") or before.endswith("–") or before.endswith("—:")):
                    errs.append(f"p{i}: dash quote not after a dash: {t[:40]!r}")
            else:
                if "open" in q["inc"]:
                    pass  # resumes after an incise inside the same pair of marks
                elif not before or before[-1] not in OPENERS:
                    errs.append(f"p{i}: no opening mark before {t[:40]!r} (got {before[-3:]!r})")
                if "close" in q["inc"]:
                    pass  # interrupted by an incise inside the same pair of marks
                elif q["cont"]:
                    if after:
                        errs.append(f"p{i}: continued quote not at paragraph end: {t[:40]!r}")
                elif not after or (after[0] not in CLOSERS and not (
                        after[0] in ",.;:!?…" and len(after) > 1 and after[1] in CLOSERS)):
                    errs.append(f"p{i}: no closing mark after {t[:40]!r} (got {after[:3]!r})")
            if q["speaker"] is not None and q["speaker"] not in art["entities"]["people"]:
                errs.append(f"p{i}: speaker {q['speaker']!r} not in entities.people")
            if q["speaker"] is not None:
                # canonical = fullest form: must occur somewhere in the body
                if q["speaker"] not in " ".join(paras):
                    errs.append(f"p{i}: speaker name {q['speaker']!r} never written in full in body")
    # completeness: every marked span is a gold quote or explicitly ignored
    pairs = art["marks"]
    for i, ptxt in enumerate(paras):
        golds = [q["text"] for q in art["paras"][i]["quotes"]]
        for op, cl in pairs:
            k = 0
            while True:
                a = ptxt.find(op, k)
                if a < 0:
                    break
                b = ptxt.find(cl, a + 1)
                if b < 0:
                    break
                span = ptxt[a + 1:b].strip(SPACES)
                k = b + 1
                if op == cl == "\"":
                    pass
                ok = any(span and (span in g or g in span) for g in golds) or \
                    any(ig in span or span in ig for ig in art.get("ignore", []))
                if not ok and span:
                    errs.append(f"p{i}: marked span not in gold or ignore: {span[:50]!r}")
    # rendering round trip
    got = extract_body_paras(art, rendered)
    if got is not None:
        norm = lambda s: re.sub(r"\s+", " ", s).strip()
        if [norm(x) for x in got] != [norm(x) for x in paras]:
            errs.append(f"render mismatch: {len(got)} paras extracted vs {n}")
            for a, b in zip(got, paras):
                if norm(a) != norm(b):
                    errs.append(f"   first diff: {norm(a)[:80]!r} vs {norm(b)[:80]!r}")
                    break
    else:
        for i, ptxt in enumerate(paras):
            if ("\n\n" + ptxt + "\n\n") not in ("\n\n" + rendered + "\n\n").replace("\r", ""):
                errs.append(f"txt: paragraph {i} not a block in the rendered file")
    # chrome must not leak into the body
    for s in art.get("chrome_quotes", []):
        if s in " ".join(paras):
            errs.append(f"chrome quote also in body: {s!r}")
        if s not in rendered and html.escape(s, quote=False) not in rendered:
            errs.append(f"chrome quote missing from rendered page: {s!r}")
    return errs


def gold_obj(art):
    quotes = []
    for i, p in enumerate(art["paras"]):
        for q in p["quotes"]:
            d = dict(text=q["text"], speaker=q["speaker"], mention=q["mention"], verb=q["verb"],
                     paragraph=i, partial=q["partial"])
            if q.get("note"):
                d["note"] = q["note"]
            quotes.append(d)
    return dict(title=art["title"], source=art["source"], section=art["section"], url=art["url"],
                language=art["lang"], format={"html": "html", "txt": "text", "xml": "feed"}[art["fmt"]],
                published=art["published"], updated=art["updated"], authors=art["authors"],
                editors=art["editors"], paragraphs=[p["text"] for p in art["paras"]], quotes=quotes,
                entities=art["entities"], topics=art["topics"])


def prepare(art):
    """Apply typography and derive the gold text of each paragraph."""
    mode = art.get("typo")
    for p in art["paras"]:
        p["src"] = typo(p["text"], mode)
        p["text"] = strip_tags(p["src"])
        for q in p["quotes"]:
            q["text"] = typo(q["text"], mode)
            if q.get("mention"):
                q["mention"] = typo(q["mention"], mode)
    art["ignore"] = [typo(s, mode) for s in art.get("ignore", [])]
    return art
