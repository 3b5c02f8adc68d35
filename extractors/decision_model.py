"""The general decision reader: a small trained model over the parse of signal sentences.

The rules read the wording families they were written for exactly; minutes in a house style
they have not met still state decisions in ordinary sentences ("Members agreed to hold the
fair on 5 June", "The board voted to donate $200 to ...", "Tom's proposal was accepted").
This reader finds them without a pattern per spelling:

1. Signal sentences: a cheap, linear scan splits the text into sentences and keeps those
   with a governance word (a verb of `clauses.ACTION_VERBS` in any form, or mover, seconder,
   outcome and vote words). Only these are parsed, and only where no rule found a decision.
2. Candidates: every verb of the parse with an object (a direct object, a "to ..." or
   "that ..." complement, or the subject of a passive) is a candidate decision: its lemma,
   and its object's span in the stored text.
3. A logistic regression over features of the candidate (lemma, tense and form, its role in
   the sentence, subject, auxiliaries, the words around it, the signal words of its
   sentence and the paper's kind) says which candidates are decisions. Its weights are
   trained from `corpus/gold` by `make train` (`scripts/train_decision_model.py`) and
   shipped as `decision_model.json`: plain numbers, read without scikit-learn, so the
   result is deterministic and needs no download.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from boardpapers.extractors import clauses, nlp
from boardpapers.extractors.text_tools import SpanList

MODEL_PATH = Path(__file__).with_name("decision_model.json")
MAX_SENTENCE = 600          # characters; a longer "sentence" is cut at a space before this
MAX_PARSED = 2_000          # sentences parsed per paper at most (linear, bounded cost)

_SENT_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z(•\"“\d])|\n[ \t]*\n|\n(?=[ \t]*(?:[-•*▪◦–]\s|\d+(?:\.\d+)*[.)]?\s+[A-Z]|"
                       r"\(?[a-z0-9]{1,3}\)\s|[A-Z][A-Z .,'&-]{3,60}\n))")
_NOT_AN_END = re.compile(r"(?:\b(?:Inc|Ltd|Corp|Co|No|Nos|St|Dr|Mr|Mrs|Ms|Cllr|Cr|Prof|Rev|approx|e\.g|i\.e|vs|Ave|Rd)"
                         r"|(?<![\w.])[A-Z])\.$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
SIGNAL_WORDS = {"moved", "move", "moves", "seconded", "second", "motion", "carried", "carries", "passed", "unanimous",
                "unanimously", "voted", "vote", "consensus", "resolved", "resolution", "decided", "decision", "agreed",
                "ayes", "nays", "favour", "favor", "opposed", "abstained", "so"}
OUTCOME_WORDS = {"carried", "carries", "passed", "unanimously", "unanimous", "approved", "adopted", "agreed", "lost",
                 "failed", "defeated"}
MOVER_WORDS = {"moved", "seconded", "motion", "move", "moves", "proposed", "second"}
SUBJECT_GROUPS = {
    "body": {"board", "council", "committee", "cabinet", "commission", "governors", "trustees", "members", "directors",
             "panel", "group", "meeting", "senate", "assembly", "authority", "sub-committee", "subcommittee",
             "forum", "executive", "membership", "team", "body", "commissioners", "supervisors", "councillors"},
    "first_person": {"we", "i"},
    "it": {"it"},
    "motion": {"motion", "resolution", "proposal", "recommendation", "recommendations", "item", "items", "minutes"},
    "officer": {"clerk", "chair", "chairman", "chairperson", "chairwoman", "mayor", "president", "secretary",
                "treasurer", "manager", "director", "officer", "officers", "staff", "executive", "ceo"},
}


@dataclass
class Candidate:
    """A verb of a signal sentence with its object: a decision if the model says so."""
    verb: str
    start: int                 # the object's span in the paper's text
    end: int
    verb_at: int               # the verb token's offset
    past: bool                 # the verb is a past form (resolved in minutes) or not (proposed)
    features: list[str]
    sentence: tuple[int, int]  # the sentence it was read from
    text: str                  # the object as it stands in the text


def sentences(text: str):
    """(start, end) of each sentence, list item or paragraph, none longer than MAX_SENTENCE."""
    pos = 0
    for m in _SENT_END.finditer(text):
        if text[m.start() - 1:m.start()] == "." and _NOT_AN_END.search(text, max(0, m.start() - 8), m.start()):
            continue
        yield from _cut(text, pos, m.start())
        pos = m.end()
    yield from _cut(text, pos, len(text))


def _cut(text: str, start: int, end: int):
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        yield start, cut
        start = cut
    if end > start and text[start:end].strip():
        yield start, end


_LABEL = re.compile(r"\s*(?:[-•*▪(]*\s*(?:\d+(?:\.\d+)*|[a-z]{1,3}|[ivx]{1,5})[.)]\s+)?(?:[A-Z]{1,4}\d[\w/-]*\s+)?"
                    r"(?P<label>[A-Za-z][A-Za-z ]{0,30}?)\s*[:–-]\s+")
_LEAD_THAT = re.compile(r"(?i)\s*(?:[-•*▪(]*\s*(?:\d+(?:\.\d+)*|[a-z]{1,3})[.)]\s+)?(?:[^:]{0,60}:\s*)?that\b")


def signal_sentences(text: str) -> list[tuple[int, int, set[str], set[str]]]:
    """Sentences with a governance word, each with its lowered words and those of the sentence before."""
    out = []
    prev: set[str] = set()
    for s, e in sentences(text):
        words = {w.lower() for w in _WORD.findall(text, s, e)}
        if words & SIGNAL_WORDS or any(w in clauses.FORMS for w in words):
            out.append((s, e, words, prev))
        prev = words
    return out


def _sentence_shape(text: str, s: int, e: int) -> list[str]:
    """How the sentence opens: a label ("RESOLVED:", "Motion:", "Decision -"), "That ...", or neither."""
    f = []
    head = text[s:min(e, s + 120)]
    m = _LABEL.match(head)
    if m:
        f.append(f"label={m.group('label').strip().lower()[:20]}")
    if _LEAD_THAT.match(head):
        f.append("lead_that")
    return f


def sentence_features(text: str, s: int, e: int, words: set[str], prev: set[str]) -> list[str]:
    """What the first, cheap stage reads of a sentence: its words, how it opens, and the signal words
    of the sentence before (no parse)."""
    f = [f"w={w}" for w in words]
    f += _sentence_shape(text, s, e)
    f += [f"prev_has={w}" for w in prev & (SIGNAL_WORDS | OUTCOME_WORDS)]
    first = _WORD.search(text, s, e)
    if first:
        f.append(f"first={first.group().lower()}")
        f.append("first_upper" if first.group().isupper() and len(first.group()) > 1 else "first_not_upper")
    return f


def _bucket(n: int) -> str:
    return "0" if n == 0 else "1-3" if n <= 3 else "4-10" if n <= 10 else "11-25" if n <= 25 else "26+"


def _subject_group(tok) -> str:
    if tok is None:
        return "none"
    low = tok.lower_
    for name, words in SUBJECT_GROUPS.items():
        if low in words:
            return name
    if tok.pos_ == "PROPN":
        return "propn"
    if tok.pos_ == "PRON":
        return "pron"
    return "noun"


def _object_of(verb):
    """The token that heads the verb's object, and how: dobj, to-complement, that-clause or passive subject."""
    for c in verb.children:
        if c.dep_ in ("dobj", "obj"):
            return c, "dobj"
    for c in verb.children:
        if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"):
            return c, "xcomp"
        if c.dep_ == "ccomp":
            return c, "ccomp"
    if any(c.dep_ == "auxpass" for c in verb.children):
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subj is not None:
            return subj, "passive"
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "with", "on", "for") and verb.lemma_.lower() in ("proceed", "agree", "vote", "move", "decide"):
            return c, "prep"
    return None, ""


_TELLS = {"authorize", "authorise", "direct", "instruct", "ask", "request", "invite", "permit", "allow", "empower", "mandate"}


def _span_of(verb, obj, how: str) -> tuple[int, int]:
    """Character span (within the sentence) of the object: its subtree, and for an active verb the
    verb's own right-hand modifiers too ("award the contract to X in the amount of $Y")."""
    toks = list(obj.subtree)
    k = 0   # not a label, a dash or "that" before the object: "AGREED – that consideration of X (be deferred)"
    while k < len(toks) - 1 and (toks[k].is_punct or toks[k].lower_ in ("that", "agreed", "resolved", "decided")
                                 or (toks[k].is_upper and len(toks[k].text) > 3 and toks[k].i < verb.i)):
        k += 1
    start_tok, end_tok = toks[k], toks[-1]
    if how in ("dobj", "prep"):
        # "authorize the Mayor to sign the letter", "direct staff to report back": who, and what they are to do
        deps = ("prep", "advmod", "npadvmod", "dative", "oprd", "advcl", "acomp") + (("xcomp", "ccomp") if verb.lemma_.lower() in _TELLS else ())
        for c in verb.rights:
            if c.i > end_tok.i and c.dep_ in deps:
                last = list(c.subtree)[-1]
                if last.i > end_tok.i:
                    end_tok = last
    return start_tok.idx, end_tok.idx + len(end_tok.text)


GOVERNING = {"agree", "resolve", "decide", "vote", "move", "approve", "recommend", "ask", "invite", "request", "propose"}


def _features(verb, obj, how: str, doc, words: set[str], prev: set[str], kind: str, text: str, abs_start: int,
              shape: list[str]) -> list[str]:
    lemma = verb.lemma_.lower()
    f = [f"lemma={lemma}", f"tag={verb.tag_}", f"dep={verb.dep_}", f"how={how}",
         f"lemma_dep={lemma}|{verb.dep_}", f"lemma_tag={lemma}|{verb.tag_}", f"kind={kind}",
         f"listed={lemma in clauses.ACTION_VERBS}", f"weak={lemma in clauses.WEAK}"]
    word = verb.text
    f.append("case=upper" if word.isupper() and len(word) > 1 else "case=title" if word[0].isupper() else "case=lower")
    first_word = all(not t.is_alpha for t in doc[:verb.i])   # nothing but marks before the verb
    if first_word:
        f.append("first_word")
    for c in verb.children:
        if c.dep_ in ("aux", "auxpass", "neg", "mark"):
            f.append(f"{c.dep_}={c.lower_}")
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    head = verb.head if verb.dep_ != "ROOT" else None
    if subj is None and verb.dep_ in ("conj", "xcomp") and head is not None:
        subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    group = _subject_group(subj)
    f.append(f"subj={group}")
    f.append(f"subj_tag={group}|{verb.tag_}")
    f.append(f"how_tag={how}|{verb.tag_}")
    if verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
        f.append("main_clause")
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in GOVERNING:
        f.append("governed")
        f.append(f"governed_by={verb.head.lemma_.lower()}")
    if verb.tag_ == "VB" and first_word:
        f.append("imperative")
    f += shape
    for w in sorted(prev & (SIGNAL_WORDS | OUTCOME_WORDS)):
        f.append(f"prev_has={w}")
    if subj is not None:
        f.append(f"subj_word={subj.lower_}")
    if head is not None:
        f.append(f"head={head.lemma_.lower()}")
        f.append(f"head_dep={verb.dep_}|{head.lemma_.lower()}")
    for t in doc[max(0, verb.i - 3):verb.i]:
        f.append(f"left={t.lower_}")
    if verb.i > 0:
        f.append(f"left1={doc[verb.i - 1].lower_}")
    if verb.i + 1 < len(doc):
        f.append(f"right1={doc[verb.i + 1].lower_}")
    first = next((t for t in doc if t.is_alpha), None)
    if first is not None:
        f.append(f"sent_first={first.lower_}")
    for w in sorted(words & (SIGNAL_WORDS | OUTCOME_WORDS)):
        f.append(f"sent_has={w}")
    if words & MOVER_WORDS:
        f.append("sent_mover")
    after = text[abs_start:abs_start + 250].lower()
    if re.search(r"\b(?:carried|passed|motion carries|approved unanimously|so ordered)\b", after):
        f.append("outcome_after")
    n_obj = len(list(obj.subtree))
    f.append(f"obj_len={_bucket(n_obj)}")
    f.append(f"obj_first={next(iter(obj.subtree)).lower_}")
    f.append(f"obj_pos={obj.pos_}")
    if any(t.text == "?" for t in doc):
        f.append("question")
    return f


def candidates(text: str, kind: str, skip=None, keep=None) -> list[Candidate]:
    """Every verb-with-object of the signal sentences, parsed in one batch: those that `skip(start,
    end)` does not say are read already, and that `keep(text, start, end, words, prev)` keeps."""
    sents = [row for row in signal_sentences(text)
             if (skip is None or not skip(row[0], row[1])) and (keep is None or keep(text, *row))][:MAX_PARSED]
    out: list[Candidate] = []
    if not sents:
        return out       # nothing to parse: the model is not even loaded
    nlp_ = nlp.pipeline()
    for (s, e, words, prev), doc in zip(sents, nlp_.pipe((text[s:e] for s, e, _, _ in sents), batch_size=64)):
        shape = _sentence_shape(text, s, e)
        for verb in doc:
            if verb.pos_ != "VERB" or not verb.is_alpha:
                continue
            obj, how = _object_of(verb)
            if obj is None:
                continue
            a, b = _span_of(verb, obj, how)
            if b - a < 3:
                continue
            feats = _features(verb, obj, how, doc, words, prev, kind, text, s + verb.idx, shape)
            out.append(Candidate(verb=verb.lemma_.lower(), start=s + a, end=s + b, verb_at=s + verb.idx,
                                 past=verb.tag_ in ("VBD", "VBN"), features=feats, sentence=(s, e),
                                 text=text[s + a:s + b]))
    return out


class Logistic:
    """Logistic regression weights: a feature's weight, the bias and the threshold of a yes."""

    def __init__(self, weights: dict[str, float], bias: float, threshold: float):
        self.weights, self.bias, self.threshold = weights, bias, threshold

    def probability(self, features: list[str]) -> float:
        z = self.bias + sum(self.weights.get(x, 0.0) for x in set(features))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    @classmethod
    def from_dict(cls, d: dict) -> "Logistic":
        return cls(d["weights"], d["bias"], d["threshold"])

    def as_dict(self) -> dict:
        return {"threshold": self.threshold, "bias": self.bias, "weights": dict(sorted(self.weights.items()))}


class Model:
    """Two stages: `sentences` says from a sentence's words which sentences are worth parsing
    (its threshold keeps nearly every sentence that holds a decision), `candidates` which verb
    and object of a parsed sentence is a decision."""

    def __init__(self, sentences: Logistic, candidates: Logistic):
        self.sentences, self.candidates = sentences, candidates

    @property
    def threshold(self) -> float:
        return self.candidates.threshold

    def probability(self, features: list[str]) -> float:
        return self.candidates.probability(features)

    def keeps(self, text: str, s: int, e: int, words: set[str], prev: set[str]) -> bool:
        return self.sentences.probability(sentence_features(text, s, e, words, prev)) >= self.sentences.threshold

    @classmethod
    def from_dict(cls, d: dict) -> "Model":
        return cls(Logistic.from_dict(d["sentences"]), Logistic.from_dict(d["candidates"]))


DISABLED = Model(Logistic({}, -100.0, 1.0), Logistic({}, -100.0, 1.0))    # reads nothing: the rules alone
_override: list[Model | None] = [None]


@lru_cache(maxsize=1)
def _shipped() -> Model | None:
    if not MODEL_PATH.exists():
        return None
    return Model.from_dict(json.loads(MODEL_PATH.read_text(encoding="utf-8")))


def model() -> Model | None:
    """The model in use: the shipped one, or the one cross-validation set with `use`."""
    return _override[0] if _override[0] is not None else _shipped()


def use(m: Model | None) -> None:
    """Use `m` in place of the shipped model (cross-validation trains one per held-out body)."""
    _override[0] = m


def _read_already(out):
    """A predicate: does the sentence [s, e) hold a decision the rules found?"""
    found = SpanList((d.start, d.end) for d in out.items)
    elsewhere = out.read_elsewhere   # sentences a rule read as a decision whose span is elsewhere (the heading it names)
    return lambda s, e: found.overlaps(s, e) or elsewhere.overlaps(s, e)


_FELL = re.compile(r"(?i)\b(?:motion|amendment|proposal)\s+(?:was\s+)?(?:lost|defeated|failed|withdrawn|not\s+carried)\b"
                   r"|\b(?:LOST|DEFEATED)\b|\bfailed\s+for\s+lack\s+of\s+a\s+second")
_ITEM_MARK = re.compile(r"\s*\(?(?:[a-z]{1,2}|[ivx]{1,4}|\d{1,2})[.)]\s")
_DEBATE_SUBJECTS = {"members", "councillors", "governors", "residents", "trustees", "directors", "he", "she", "they",
                    "officers", "attendees", "participants"}


def _passed_over(out, c: Candidate, ruled: SpanList) -> bool:
    """Kinds of sentence that are not decisions whatever their words, as the rules also hold:
    a motion that fell (its outcome follows), a member's "noted" in lower case (debate), and an
    item of the content of a resolution the rules read just before ("... be introduced to: i)
    authorize the agreement")."""
    text = out.paper.text
    s, e = c.sentence
    if _FELL.search(text, e, min(len(text), e + 250)):
        return True
    if c.verb in ("note", "discuss", "consider") and "case=lower" in c.features and any(
            f"subj_word={w}" in c.features for w in _DEBATE_SUBJECTS):
        return True
    if _ITEM_MARK.match(text, s) and ruled.overlaps(s - 300, s + 1):   # a rule's decision ends within 300 before it
        return True
    return False


def accept(out, found: list[Candidate], m: Model, kind: str) -> None:
    """Add to `out` the candidates the model accepts, the likeliest first; a candidate inside or
    around one accepted (from its verb to its object's end) is the same decision read twice."""
    ruled = SpanList((d.start, d.end) for d in out.items)   # what the rules read, before any candidate is added
    found = [c for c in found if not _passed_over(out, c, ruled)]
    scored = sorted(((m.probability(c.features), c) for c in found), key=lambda pc: (-pc[0], pc[1].start))
    taken = SpanList()
    for p, c in scored:
        if p < m.threshold:
            break
        lo, hi = min(c.verb_at, c.start), c.end
        if taken.overlaps(lo, hi):
            continue
        taken.append((lo, hi))
        out.add(c.verb, c.start, c.end, "resolved" if (kind == "minutes" and c.past) else "proposed")


def read_sentences(paper, out, kind: str) -> None:
    """The general reader: decisions in the signal sentences where no rule found one."""
    m = model()
    if m is None or m is DISABLED or kind == "report":
        return   # a report's decisions are what it asks ("the Board is asked to"), read by the rules; its past tense is history
    accept(out, candidates(paper.text, kind, skip=_read_already(out), keep=m.keeps), m, kind)
