"""The graph stage: what holds across articles (stories told by several outlets, corroboration).

Reads analysis records (or what the store hands over of them), never the store itself.
"""

from .stories import Story, StoryInput, cluster_stories

__all__ = ["Story", "StoryInput", "cluster_stories"]
