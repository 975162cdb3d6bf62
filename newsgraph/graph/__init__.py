"""The graph stage: what holds across articles (stories told by several outlets, corroboration).

Reads analysis records (or what the store hands over of them), never the store itself.
"""

from .stories import (
    TERMS_VERSION,
    Link,
    RelinkPlan,
    Story,
    StoryInput,
    assemble_stories,
    cluster_stories,
    plan_relink,
    relink,
    term_counts,
)

__all__ = [
    "TERMS_VERSION",
    "Link",
    "RelinkPlan",
    "Story",
    "StoryInput",
    "assemble_stories",
    "cluster_stories",
    "plan_relink",
    "relink",
    "term_counts",
]
