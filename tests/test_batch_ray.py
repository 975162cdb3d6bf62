"""`newsgraph add --ray`: the same store as one process, with the analysis on Ray actors."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsgraph.store import Store

from .test_cli_add import add, inputs  # noqa: F401  (the fixture is used by name)


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    """One local Ray for the module: `add --ray` joins a running Ray instead of starting its own."""
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    ray = pytest.importorskip("ray", reason="ray is in requirements.lock; run make install")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield
    ray.shutdown()


def test_ray_batch_matches_one_process_and_is_idempotent(tmp_path: Path, inputs: list[str],  # noqa: F811
                                                          local_ray: None) -> None:
    one, on_ray = tmp_path / "one.db", tmp_path / "ray.db"
    assert add(one, inputs, "--workers", "1").exit_code == 0
    result = add(on_ray, inputs, "--ray", "--workers", "2")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("3 added, 0 unchanged, 1 failed"), result.stdout
    assert f"failed [source] {inputs[1]}: empty input" in result.stdout
    with Store(one, readonly=True) as s1, Store(on_ray, readonly=True) as s2:
        assert s2.counts() == s1.counts()
        assert {r["id"]: r["quotes"] for r in s1.records()} == {r["id"]: r["quotes"] for r in s2.records()}

    again = add(on_ray, inputs, "--ray", "--workers", "1")
    assert again.exit_code == 0 and again.stdout.startswith("0 added, 3 unchanged, 1 failed"), again.stdout


def test_ray_address_nobody_answers_is_a_clear_error(tmp_path: Path, inputs: list[str]) -> None:  # noqa: F811
    result = add(tmp_path / "x.db", inputs, "--ray-address", "127.0.0.1:1")
    assert result.exit_code != 0
    assert "cannot start or join Ray (127.0.0.1:1): nothing answers there" in result.output
