"""ng_statement_times: when a statement was made, kept apart from when what it talks about happened.

"“…,” Qais Khazali said on Thursday" — "on Thursday" dates the saying, not the armed
resistance the quote speaks of. A time expression in a statement's attribution (its sentence,
outside the quoted or reported content, on the same side as the cue) is linked to the statement
as `said_at`; times inside the content are its `mentions`. Each link is a fact whose evidence is
the time expression itself.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ._extensions import text_of
from .base import annotator
from .quotes import SPANS_KEY as QUOTES_KEY
from .times import SPANS_KEY as TIMES_KEY

if not Doc.has_extension("ng_statement_times"):
    Doc.set_extension("ng_statement_times", default=None)  # the link facts (plain data)


class StatementTimeAnnotator:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        times = list(doc.spans.get(TIMES_KEY, []))
        links: list[dict[str, Any]] = []
        for quote in doc.spans.get(QUOTES_KEY, []):
            attrs = quote._.ng_attrs or {}
            content = attrs.get("content") or {"start": quote.start_char, "end": quote.end_char}
            cue = attrs.get("cue")
            qid = f"q_{content['start']}_{content['end']}"
            cue_span = doc.char_span(cue["start"], cue["end"], alignment_mode="expand") if cue else None
            sent = cue_span.sent if cue_span is not None else None
            said_at = None
            for time in times:
                inside = content["start"] <= time.start_char and time.end_char <= content["end"]
                if inside:
                    links.append(_link(text, time, qid, "mentions"))
                elif sent is not None and cue is not None and sent.start_char <= time.start_char < sent.end_char:
                    distance = min(abs(time.start_char - cue["end"]), abs(cue["start"] - time.end_char))
                    if distance <= 60 and (said_at is None or distance < said_at[0]):
                        said_at = (distance, time)
            if said_at is not None:
                links.append(_link(text, said_at[1], qid, "said_at"))
        doc._.ng_statement_times = links
        return doc


def _link(text: str, time: Any, quote_id: str, role: str) -> dict[str, Any]:
    return {"id": f"st_{quote_id}_{time.start_char}", "start": time.start_char, "end": time.end_char,
            "text": text[time.start_char : time.end_char], "quote": quote_id,
            "time": f"t_{time.start_char}_{time.end_char}", "role": role}


def _record(doc: Doc) -> list[dict[str, Any]]:
    return list(doc._.ng_statement_times or [])


@annotator("ng_statement_times", layer="statement_times", needs=["quotes", "times"], to_record=_record,
           requires=["doc.spans"], assigns=["doc._.ng_statement_times"])
def make_statement_times(nlp: Language, name: str) -> StatementTimeAnnotator:
    return StatementTimeAnnotator(name)
