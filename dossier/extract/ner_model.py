"""An optional trained NER model (any installed spaCy pipeline) combined with the rules.

The default build needs no model and no download. When ``ner_model`` names an installed spaCy
pipeline (e.g. ``en_core_web_sm``), its entities are added where the rules found nothing:
rules win on overlap, because they carry canonical keys, roles and country mapping.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from typing import Any, Protocol

from dossier.extract.sentences import sentence_at
from dossier.model import Mention, Sentence

# spaCy / OntoNotes / WikiNER labels -> dossier's coarse types
LABELS = {
    "PERSON": "person", "PER": "person",
    "ORG": "organization", "NORP": None,
    "GPE": "place", "LOC": "place", "FAC": "place",
}


class Span(Protocol):
    start_char: int
    end_char: int
    label_: str
    text: str


class ModelError(RuntimeError):
    """The named model cannot be used; the message says why and what to install."""


@cache
def load_model(name: str) -> Callable[[str], Any]:
    try:
        import spacy  # type: ignore[import-not-found]
    except ImportError as exc:
        raise ModelError(f"ner_model '{name}' needs spaCy: pip install spacy, then install the pipeline") from exc
    try:
        return spacy.load(name)  # type: ignore[no-any-return]
    except OSError as exc:
        raise ModelError(f"ner_model '{name}' is not installed (spaCy could not load it): {exc}") from exc


def model_mentions(text: str, sentences: tuple[Sentence, ...], nlp: Callable[[str], Any], name: str) -> tuple[Mention, ...]:
    """Mentions from a spaCy-like pipeline: ``nlp(text).ents`` with char offsets and labels."""
    ents: Iterable[Span] = nlp(text).ents
    out = []
    for ent in ents:
        kind = LABELS.get(ent.label_)
        if kind is None or not ent.text.strip():
            continue
        out.append(Mention(text=text[ent.start_char:ent.end_char], start=ent.start_char, end=ent.end_char,
                           sentence=sentence_at(sentences, ent.start_char), type=kind,
                           key=" ".join(ent.text.split()), source=f"model:{name}"))
    return tuple(out)


def combine(rules: tuple[Mention, ...], model: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """Rule mentions plus model mentions that overlap none of them, in text order."""
    taken = sorted((m.start, m.end) for m in rules)

    def free(m: Mention) -> bool:
        return all(m.end <= a or m.start >= b for a, b in taken)

    return tuple(sorted((*rules, *(m for m in model if free(m))), key=lambda m: (m.start, m.end)))
