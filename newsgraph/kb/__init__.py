"""The actor knowledge base: who is who, under which names, with which CAMEO codes and when.

``cameo`` reads CAMEO/PETRARCH actor and agent dictionaries without losing entries; ``actors``
imports them into the store and looks actors up by name and day; ``names`` holds the display and
lookup forms of names shared by both.
"""

from .actors import ActorCodes, CodeSpan, FileImport, codes_for, import_cameo, source_name
from .cameo import (
    ActorDictionary,
    ActorEntry,
    AgentDictionary,
    AgentEntry,
    Alias,
    DatedCode,
    ParseWarning,
    parse_actors,
    parse_agents,
    read_dictionary,
)
from .names import alias_key, display_name

__all__ = [
    "ActorCodes",
    "ActorDictionary",
    "ActorEntry",
    "AgentDictionary",
    "AgentEntry",
    "Alias",
    "CodeSpan",
    "DatedCode",
    "FileImport",
    "ParseWarning",
    "alias_key",
    "codes_for",
    "display_name",
    "import_cameo",
    "parse_actors",
    "parse_agents",
    "read_dictionary",
    "source_name",
]
