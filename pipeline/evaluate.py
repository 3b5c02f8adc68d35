"""Score extraction records against gold annotations, with the matching rules of
../shared/eval/score.py (FORMAT.md): per field precision, recall and F1, micro-averaged.

Kept in the package so `boardpapers eval` and the accuracy floor in the test suite need
no file outside the repository; a test checks that its numbers agree with score.py.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

STOP = set(("a an the of to and or in on for with by at from as that this these those be is are was were "
            "will would should could may can it its their our we they he she his her them which who whom "
            "whose into onto than then there here not no").split())
MEETING_FIELDS = ("date", "paper_number", "title", "purpose")
FIELDS = ("meeting", "dates", "money", "decisions", "recommendations", "votes")


def words(text) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", (text or "").lower()) if w not in STOP}


def jaccard(a, b) -> float:
    a, b = words(a), words(b)
    return 1.0 if not a and not b else len(a & b) / len(a | b)


def _norm(s):
    return re.sub(r"\s+", " ", str(s)).strip().lower() if s is not None else None


def title_match(g, p) -> bool:
    a, b = words(g), words(p)
    small = min(len(a), len(b))
    return jaccard(g, p) >= 0.8 or (small >= 3 and len(a & b) / small >= 0.9)


def _date_key(d):
    return d.get("value") if isinstance(d, dict) else d


def _money_key(m):
    if isinstance(m, dict):
        return (str(m.get("currency") or "GBP").upper(), float(m.get("amount") or 0))
    return ("GBP", float(m))


def _same_money(a, b) -> bool:
    return a[0] == b[0] and abs(a[1] - b[1]) <= 1e-6 * max(abs(a[1]), abs(b[1]), 1.0)


def _decision_match(g, p) -> bool:
    return _norm(g.get("verb")) == _norm(p.get("verb")) and jaccard(g.get("text"), p.get("text")) >= 0.5


def _rec_match(g, p) -> bool:
    return jaccard(g.get("text"), p.get("text")) >= 0.5


def _vote_match(g, p) -> bool:
    if all(g.get(k) is None for k in ("for", "against", "abstain", "unanimous")):
        return g.get("result") is not None and _norm(g.get("result")) == _norm(p.get("result"))
    if any(g.get(k) is not None and g.get(k) != p.get(k) for k in ("for", "against", "abstain")):
        return False
    return g.get("unanimous") is None or bool(g.get("unanimous")) == bool(p.get("unanimous"))


def _distinct(items, same):
    out = []
    for x in items:
        if not any(same(x, y) for y in out):
            out.append(x)
    return out


def score_values(gold, optional, pred, same):
    gold, pred = _distinct(gold, same), _distinct(pred, same)
    tp = [g for g in gold if any(same(g, p) for p in pred)]
    fn = [g for g in gold if g not in tp]
    fp = [p for p in pred if not any(same(p, g) for g in gold) and not any(same(p, o) for o in optional)]
    return len(tp), len(fp), len(fn), fn, fp


def score_records(gold, optional, pred, match):
    """Maximum one-to-one pairing; unpaired predictions matching some gold are duplicates."""
    owner: dict[int, int] = {}

    def augment(pi, seen):
        for gi, g in enumerate(gold):
            if gi in seen or not match(g, pred[pi]):
                continue
            seen.add(gi)
            if gi not in owner or augment(owner[gi], seen):
                owner[gi] = pi
                return True
        return False

    for pi in range(len(pred)):
        augment(pi, set())
    paired = set(owner.values())
    fp = [p for i, p in enumerate(pred) if i not in paired and not any(match(g, p) for g in gold + optional)]
    fn = [g for gi, g in enumerate(gold) if gi not in owner]
    return len(owner), len(fp), len(fn), fn, fp


def score_meeting(gold: dict, pred: dict):
    tp = fp = fn = 0
    notes = []
    for f in MEETING_FIELDS:
        g, p = gold.get(f), pred.get(f)
        if f == "purpose":
            g = sorted(_norm(x) for x in g) if g else None
            p = sorted(_norm(x) for x in p) if p else None
        if g is None:
            if p is not None:
                fp += 1
                notes.append(f"meeting {f}: gold none, predicted {p!r}")
            continue
        ok = (p is not None and title_match(g, p)) if f == "title" else (g == p if f == "purpose" else _norm(g) == _norm(p))
        if ok:
            tp += 1
        else:
            fn += 1
            fp += p is not None
            notes.append(f"meeting {f}: gold {g!r}, predicted {p!r}")
    return tp, fp, fn, notes


SPECS = {
    "dates": (_date_key, lambda a, b: a == b, score_values),
    "money": (_money_key, _same_money, score_values),
    "decisions": (None, _decision_match, score_records),
    "recommendations": (None, _rec_match, score_records),
    "votes": (None, _vote_match, score_records),
}


@dataclass
class Scores:
    totals: dict = field(default_factory=lambda: {f: [0, 0, 0] for f in FIELDS})
    notes: dict = field(default_factory=dict)     # source -> list of misses and false positives
    papers: int = 0

    def prf(self, f: str) -> tuple[float, float, float]:
        tp, fp, fn = self.totals[f]
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def macro_f1(self) -> float:
        return sum(self.prf(f)[2] for f in FIELDS) / len(FIELDS)

    def as_dict(self) -> dict:
        d = {f: dict(zip(("precision", "recall", "f1"), self.prf(f)), tp_fp_fn=self.totals[f]) for f in FIELDS}
        d["macro_f1"] = self.macro_f1
        return d

    def table(self) -> str:
        rows = [f"{'field':<16}{'P':>7}{'R':>7}{'F1':>7}   tp/fp/fn   ({self.papers} papers)"]
        for f in FIELDS:
            p, r, f1 = self.prf(f)
            rows.append(f"{f:<16}{p:7.3f}{r:7.3f}{f1:7.3f}   {'/'.join(map(str, self.totals[f]))}")
        rows.append(f"macro-F1 {self.macro_f1:.3f}")
        return "\n".join(rows)


def score_paper(scores: Scores, gold: dict, pred: dict) -> None:
    notes = []
    scored = set(gold.get("fields") or FIELDS)
    if "meeting" in scored:
        tp, fp, fn, m = score_meeting(gold.get("meeting") or {}, pred.get("meeting") or {})
        scores.totals["meeting"] = [a + b for a, b in zip(scores.totals["meeting"], (tp, fp, fn))]
        notes += m
    for name, (key, same, fn_score) in SPECS.items():
        if name not in scored:
            continue
        g, o, p = gold.get(name) or [], gold.get(f"{name}_optional") or [], pred.get(name) or []
        if key:
            g, o, p = [key(x) for x in g], [key(x) for x in o], [key(x) for x in p]
        tp, fp, fn, miss, extra = fn_score(g, o, p, same)
        scores.totals[name] = [a + b for a, b in zip(scores.totals[name], (tp, fp, fn))]
        notes += [f"{name} missed: {x}" for x in miss] + [f"{name} extra: {x}" for x in extra]
    scores.notes[gold["source"]] = notes
    scores.papers += 1


def load_gold(gold_dir: Path) -> list[dict]:
    return [json.loads(p.read_text()) for p in sorted(Path(gold_dir).glob("*.json"))]
