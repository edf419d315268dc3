"""The optional NER model plug-in, with a spaCy-like stand-in (spaCy is not required)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from dossier.extract.mentions import find_mentions
from dossier.extract.ner_model import ModelError, combine, load_model, model_mentions
from dossier.extract.sentences import split_sentences


@dataclass
class FakeSpan:
    start_char: int
    end_char: int
    label_: str
    text: str


class FakeDoc:
    def __init__(self, text: str, spans: list[tuple[str, str]]) -> None:
        self.ents = []
        for surface, label in spans:
            i = text.index(surface)
            self.ents.append(FakeSpan(i, i + len(surface), label, surface))


def test_model_mentions_fill_gaps_and_rules_win_on_overlap() -> None:
    text = "Prime Minister Keir Starmer met the chief executive of Acme Widgets in Leeds on Monday."
    sentences = split_sentences((text,))
    rules = find_mentions(text, sentences, "en")
    nlp = lambda t: FakeDoc(t, [("Keir Starmer", "PERSON"), ("Acme Widgets", "ORG"), ("Monday", "DATE")])  # noqa: E731
    model = model_mentions(text, sentences, nlp, "fake")
    assert {m.text for m in model} == {"Keir Starmer", "Acme Widgets"}
    merged = combine(rules, model)
    starmer = [m for m in merged if "Starmer" in m.text]
    assert len(starmer) == 1
    for m in model:  # each model mention is kept, unless a rule mention covers the same text
        assert m in merged or any(r.start < m.end and m.start < r.end for r in rules)
    # a gap the rules leave is filled
    gap = combine((), model)
    assert any(m.text == "Acme Widgets" and m.type == "organization" and m.source == "model:fake" for m in gap)
    assert [m.start for m in merged] == sorted(m.start for m in merged)


def test_missing_model_is_a_clear_error() -> None:
    with pytest.raises(ModelError, match="no_such_pipeline"):
        load_model("no_such_pipeline")
