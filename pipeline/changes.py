"""What changed between two extractions of a paper: items added, removed or altered.

Pure functions over Record dicts (the FORMAT.md shape), so the loader stays about SQL.
"""
from __future__ import annotations

import json
import re

KINDS = {"decisions": "decision", "money": "budget", "dates": "date", "votes": "vote",
         "recommendations": "recommendation"}


def _words(s: str | None) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", (s or "").lower()))


def _similar(a: str | None, b: str | None) -> bool:
    wa, wb = _words(a), _words(b)
    return bool(wa | wb) and len(wa & wb) / len(wa | wb) >= 0.5


def describe(field: str, item: dict) -> str:
    """A short stable text of an item, as stored in the changes table."""
    if field == "decisions":
        return f"{item['verb']} [{item['status']}]: {item['text']}"
    if field == "money":
        return f"{item['currency']} {item['amount']:,.2f}" + (f" ({item.get('context')})" if item.get("context") else "")
    if field == "dates":
        return item["value"]
    if field == "votes":
        tally = "-".join("?" if item.get(k) is None else str(item[k]) for k in ("for", "against", "abstain"))
        return f"{item.get('result') or 'vote'} {tally}" + (" unanimous" if item.get("unanimous") else "") + \
            (f" on {item['motion']}" if item.get("motion") else "")
    return item.get("text", json.dumps(item))


def _key(field: str, item: dict):
    if field == "decisions":
        return (item["verb"], item["status"], " ".join(sorted(_words(item["text"]))))
    if field == "money":
        return (item["currency"], round(float(item["amount"]), 2))
    if field == "dates":
        return item["value"]
    if field == "votes":
        return (item.get("motion"), item.get("for"), item.get("against"), item.get("abstain"),
                item.get("unanimous"), item.get("result"))
    return " ".join(sorted(_words(item.get("text"))))


def _same_thing(field: str, a: dict, b: dict) -> bool:
    """Two items that are the same thing with different details: an alteration."""
    if field == "decisions":
        return _similar(a["text"], b["text"])            # e.g. "note" in November, "approve" in March
    if field == "money":
        return bool(a.get("context")) and _similar(a.get("context"), b.get("context"))
    if field == "votes":
        return bool(a.get("motion")) and a.get("motion") == b.get("motion")
    if field == "recommendations":
        return _similar(a.get("text"), b.get("text"))
    return False


def diff_records(old: dict, new: dict) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, change, old value, new value) for every item added, removed or altered."""
    out = []
    for field, kind in KINDS.items():
        olds = {_key(field, x): x for x in old.get(field, [])}
        news = {_key(field, x): x for x in new.get(field, [])}
        removed = [olds[k] for k in olds if k not in news]
        added = [news[k] for k in news if k not in olds]
        for r in list(removed):
            match = next((a for a in added if _same_thing(field, r, a)), None)
            if match is not None:
                out.append((kind, "altered", describe(field, r), describe(field, match)))
                removed.remove(r)
                added.remove(match)
        out += [(kind, "removed", describe(field, r), None) for r in removed]
        out += [(kind, "added", None, describe(field, a)) for a in added]
    return out
