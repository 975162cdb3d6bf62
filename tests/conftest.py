"""Shared fixtures: the read-only shared data beside the checkout, one pipeline per session,
and real SQLite stores in temporary folders."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsgraph import Pipeline, load_pipeline
from newsgraph.store import Store

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = SHARED / "seeds" / "000_d59314584e553993.txt"
GOLD = SHARED / "gold" / "seed-article.json"
EXAMPLES = REPO / "examples"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"shared data not found at {path}")
    return path


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return load_pipeline()


@pytest.fixture(scope="session")
def gold() -> dict[str, Any]:
    return json.loads(need(GOLD).read_text("utf-8"))


@pytest.fixture(scope="session")
def seed_bytes() -> bytes:
    return need(SEED).read_bytes()


@pytest.fixture(scope="session")
def seed_record(pipeline: Pipeline, seed_bytes: bytes) -> dict[str, Any]:
    from newsgraph import RawPage

    return pipeline.analyze_raw(RawPage(location=str(SEED), kind="file", data=seed_bytes))


@pytest.fixture
def make_store(tmp_path: Path):
    stores: list[Store] = []

    def make(name: str = "test.db") -> Store:
        store = Store(tmp_path / name)
        stores.append(store)
        return store

    yield make
    for store in stores:
        store.close()


@pytest.fixture(scope="session")
def explorer_store(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> tuple[Path, dict[str, str]]:
    """One store for the explorer's API and browser tests: examples, seed and a hostile text."""
    from tests.explorer_data import build_explorer_store

    path = tmp_path_factory.mktemp("explorer") / "explorer.db"
    return path, build_explorer_store(path, pipeline)
