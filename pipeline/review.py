"""The review page: a paper's text with every extracted item highlighted, one colour per
kind, a side list of items that scrolls to each span, and (with gold) misses and false
positives marked. One self-contained HTML file: no network at view time.
"""
from __future__ import annotations

import html
import json

from boardpapers.pipeline.evaluate import SPECS
from boardpapers.schemas.paper import Paper

KINDS = ["dates", "money", "decisions", "recommendations", "votes"]
COLOURS = {"dates": "#cfe8ff", "money": "#d6f5d6", "decisions": "#ffe2b3", "recommendations": "#f0d9ff",
           "votes": "#ffd1d1"}


def _label(kind: str, item: dict) -> str:
    if kind == "dates":
        return f"{item['value']}" + (f" ({item['role']})" if item.get("role") else "")
    if kind == "money":
        return f"{item['currency']} {item['amount']:,.2f}" + (f" {item['qualifier']}" if item.get("qualifier") else "")
    if kind == "decisions":
        return f"{item['status']} {item['verb']}: {item['text'][:90]}"
    if kind == "votes":
        counts = "-".join("?" if item.get(k) is None else str(item[k]) for k in ("for", "against", "abstain"))
        return f"{item.get('result') or 'vote'} {counts}" + (" unanimous" if item.get("unanimous") else "")
    return item["text"][:100]


def _false_positives(kind: str, items: list[dict], gold: dict) -> set[int]:
    """Indexes of predicted items that match no gold or optional item of the paper."""
    key, same, _ = SPECS[kind]
    g = [key(x) if key else x for x in (gold.get(kind) or []) + (gold.get(f"{kind}_optional") or [])]
    out = set()
    for i, item in enumerate(items):
        p = key(item) if key else item
        if not any(same(x, p) for x in g):
            out.add(i)
    return out


def _misses(kind: str, items: list[dict], gold: dict) -> list[dict]:
    key, same, _ = SPECS[kind]
    preds = [key(x) if key else x for x in items]
    return [g for g in gold.get(kind) or [] if not any(same(key(g) if key else g, p) for p in preds)]


def render(paper: Paper, record: dict, gold: dict | None = None) -> str:
    text = paper.text
    items = []  # (kind, index, item)
    fps: dict[str, set[int]] = {}
    if gold:
        scored = set(gold.get("fields") or KINDS + ["meeting"])
        fps = {k: _false_positives(k, record[k], gold) for k in KINDS if k in scored}
    for kind in KINDS:
        for i, item in enumerate(record[kind]):
            items.append((kind, i, item))
    # split the text at every span boundary; each segment carries the items over it
    cuts = sorted({0, len(text)} | {it["start"] for _, _, it in items} | {it["end"] for _, _, it in items})
    starts: dict[int, list[str]] = {}
    for kind, i, it in items:
        starts.setdefault(it["start"], []).append(f"{kind}-{i}")
    body = []
    page_starts = {s: n for n, (s, _) in enumerate(paper.pages, 1)} if paper.paged else {}
    for a, b in zip(cuts, cuts[1:]):
        for pos, n in page_starts.items():
            if a <= pos < b and pos == a:
                body.append(f'<div class="page-marker">page {n}</div>')
        active = [(k, i) for k, i, it in items if it["start"] <= a and b <= it["end"] and it["start"] < it["end"]]
        seg = html.escape(text[a:b])
        anchors = "".join(f'<span class="anchor" id="{aid}"></span>' for aid in starts.get(a, []))
        if active:
            kinds = sorted({k for k, _ in active})
            fp = any(i in fps.get(k, set()) for k, i in active)
            classes = " ".join(f"k-{k}" for k in kinds) + (" fp" if fp else "")
            data = " ".join(f"{k}-{i}" for k, i in active)
            body.append(f'{anchors}<mark class="{classes}" data-items="{data}">{seg}</mark>')
        else:
            body.append(anchors + seg)
    side = []
    for kind in KINDS:
        entries = [(i, it) for k, i, it in items if k == kind]
        side.append(f'<h3><span class="swatch k-{kind}"></span>{kind} ({len(entries)})</h3><ol>')
        for i, it in entries:
            fp = " fp" if i in fps.get(kind, set()) else ""
            side.append(f'<li class="item{fp}" data-target="{kind}-{i}" title="page {it["page"]}, '
                        f'[{it["start"]}:{it["end"]}]">{html.escape(_label(kind, it))}'
                        f'{" <b>false positive</b>" if fp else ""}</li>')
        side.append("</ol>")
        if gold and kind in fps:
            missed = _misses(kind, record[kind], gold)
            if missed:
                side.append(f'<div class="missed"><b>missed ({len(missed)})</b><ul>' + "".join(
                    f"<li>{html.escape(json.dumps(m, ensure_ascii=False)[:160])}</li>" for m in missed) + "</ul></div>")
    m = record["meeting"]
    meta = " · ".join(html.escape(str(m[k])) for k in ("organisation", "body", "date", "paper_number") if m.get(k))
    css = "\n".join(f".k-{k} {{ background: {c}; }}" for k, c in COLOURS.items())
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Review: {html.escape(record['source'])}</title>
<style>
body {{ margin: 0; font-family: system-ui, sans-serif; display: flex; height: 100vh; }}
#text {{ flex: 3; overflow-y: auto; padding: 1em 2em; white-space: pre-wrap; font-family: ui-monospace, monospace;
         font-size: 13px; line-height: 1.45; }}
#side {{ flex: 2; overflow-y: auto; padding: 1em; border-left: 1px solid #ccc; font-size: 13px; }}
mark {{ color: inherit; border-radius: 2px; }}
mark.fp {{ outline: 2px dashed #c00; }}
li.item {{ cursor: pointer; margin: 2px 0; }} li.item:hover {{ text-decoration: underline; }}
li.fp {{ color: #a00; }}
.swatch {{ display: inline-block; width: 1em; height: 1em; margin-right: .4em; vertical-align: middle; }}
.page-marker {{ color: #888; border-top: 1px dashed #bbb; margin: 1em 0 .5em; font-size: 11px; }}
.flash {{ outline: 3px solid #f60 !important; }}
.missed {{ color: #a00; }}
{css}
</style></head><body>
<div id="text">{''.join(body)}</div>
<div id="side"><h2>{html.escape(record['source'])}</h2><p>{meta}</p>
<p><b>title:</b> {html.escape(str(m.get('title')))}<br><b>purpose:</b> {html.escape(', '.join(m.get('purpose') or []) or '-')}</p>
{''.join(side)}</div>
<script>
document.querySelectorAll('li.item').forEach(function (li) {{
  li.addEventListener('click', function () {{
    var id = li.dataset.target, anchor = document.getElementById(id);
    if (!anchor) return;
    anchor.scrollIntoView({{block: 'center'}});
    document.querySelectorAll('.flash').forEach(function (e) {{ e.classList.remove('flash'); }});
    document.querySelectorAll('mark').forEach(function (mk) {{
      if ((' ' + mk.dataset.items + ' ').indexOf(' ' + id + ' ') >= 0) mk.classList.add('flash');
    }});
  }});
}});
</script></body></html>
"""
