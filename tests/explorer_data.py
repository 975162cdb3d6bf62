"""The store the explorer tests share: the bundled examples, the seed article and a text article
whose title and body carry script payloads (each would set window.__ngPwned if it ever ran)."""

from __future__ import annotations

from pathlib import Path

from newsgraph import Pipeline, RawPage
from newsgraph.config import Settings
from newsgraph.sources import iter_inputs
from newsgraph.store import Store

REPO = Path(__file__).resolve().parent.parent
SEED = REPO.parent / "shared" / "seeds" / "000_d59314584e553993.txt"

HOSTILE_TEXT = "\n\n".join([
    "News   /   Middle East   /   Security",
    'Militia statement <script>window.__ngPwned = "title"</script> sparks row in Basra',
    "BASRA — A militia in southern Iraq posted a statement on Monday that carried the line "
    '<script>window.__ngPwned = "body-script"</script> and an image tag '
    "<img src=x onerror=\"window.__ngPwned = 'onerror'\"> on its channel, officials said.",
    "“We will not stop now <b onmouseover=\"window.__ngPwned = 'hover'\">ever</b>,” spokesman Ali Hassan "
    "said in Basra on Monday. <svg onload=\"window.__ngPwned = 'svg'\"></svg>",
    "Provincial governor Asaad al-Eidani said the statement was “a provocation” and called for calm.",
]) + "\n"


def build_explorer_store(path: Path, pipeline: Pipeline) -> dict[str, str]:
    """Analyse the examples, the seed (when shared data is there) and the hostile text into `path`;
    returns the ids of the seed ('seed'), the hostile text ('hostile_text') and the bundled
    hostile page ('hostile_page')."""
    ids: dict[str, str] = {}
    sources = [str(REPO / "examples")] + ([str(SEED)] if SEED.exists() else [])
    with Store(path) as store:
        for raw in iter_inputs(sources, Settings()):
            if not isinstance(raw, RawPage):
                continue
            _, article_id = store.save(pipeline.analyze_raw(raw))
            if raw.location.endswith(SEED.name):
                ids["seed"] = article_id
            elif raw.location.endswith("hostile-markup.html"):
                ids["hostile_page"] = article_id
        raw = RawPage(location="hostile-text.txt", kind="file", data=HOSTILE_TEXT.encode("utf-8"))
        _, ids["hostile_text"] = store.save(pipeline.analyze_raw(raw, published="2025-02-03"))
        store.update_stories()  # as `newsgraph add` does after a batch
    return ids
