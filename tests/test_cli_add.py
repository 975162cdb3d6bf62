"""The command line on bad and good input: `add` (1 and 2 workers) and `extract`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.store import Store

PROSE = [
    "Negotiators from Karsk and Velmor resumed ceasefire talks in the lakeside town of Orrin on Thursday.",
    "The mediator, former judge Amina Sallow, said both delegations had agreed to exchange prisoners next week.",
    "Fighting along the eastern front line had eased since Monday, according to observers from the monitoring mission.",
    "“Nobody expects a settlement this month, but the guns are quieter,” Sallow told journalists after the session.",
    "Velmor's defence ministry accused Karsk of moving artillery closer to the border on Wednesday night.",
    "Karsk denied the claim and said its troops were rotating out of positions near the river crossing.",
    "The talks are scheduled to continue until Saturday, when both sides will report to their parliaments.",
]


def article_html(tag: str) -> str:
    body = "".join(f"<p>{s}</p>" for s in PROSE)
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Talks in Orrin {tag}</title>"
            f"</head><body><article><h1>Ceasefire talks resume ({tag})</h1><p>Dispatch {tag}.</p>{body}"
            "</article></body></html>")


@pytest.fixture
def inputs(tmp_path: Path) -> list[str]:
    folder = tmp_path / "in"
    folder.mkdir()
    names = []
    for tag in ("one", "two", "three"):
        path = folder / f"{tag}.html"
        path.write_text(article_html(tag), "utf-8")
        names.append(str(path))
    empty = folder / "empty.html"
    empty.write_bytes(b"")
    names.insert(1, str(empty))
    return names


def add(db: Path, specs: list[str], *extra: str):
    return CliRunner().invoke(main, ["add", "--no-progress", "--db", str(db), *extra, *specs])


def test_add_with_two_workers_matches_one_worker(tmp_path: Path, inputs: list[str]) -> None:
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    r1 = add(one, inputs, "--workers", "1")
    r2 = add(two, inputs, "--workers", "2")
    for result in (r1, r2):
        assert result.exit_code == 0, result.output
        assert result.stdout.startswith("3 added, 0 unchanged, 1 failed")
        assert f"failed [source] {inputs[1]}: empty input" in result.stdout
    with Store(one, readonly=True) as s1, Store(two, readonly=True) as s2:
        counts = s1.counts()
        assert counts["article"] == 3 and counts["failure"] == 1
        assert s2.counts() == counts
        assert sorted(r["id"] for r in s1.records()) == sorted(r["id"] for r in s2.records())

    again = add(two, inputs, "--workers", "2")
    assert again.exit_code == 0
    assert again.stdout.startswith("0 added, 3 unchanged, 1 failed")
    with Store(two, readonly=True) as s2:
        assert s2.counts() == counts


def test_add_reports_every_kind_of_bad_input(tmp_path: Path) -> None:
    missing = tmp_path / "missing.html"
    refused = "http://10.0.0.1/story.html"  # refused by the address check, never contacted
    result = add(tmp_path / "ng.db", [str(missing), refused])
    assert result.exit_code == 1  # every input failed
    assert result.stdout.startswith("0 added, 0 unchanged, 2 failed")
    assert f"failed [source] {missing}: no such file: {missing}" in result.stdout
    assert f"failed [source] {refused}: refused: 10.0.0.1 is a private address" in result.stdout
    with Store(tmp_path / "ng.db", readonly=True) as store:
        assert store.counts()["failure"] == 2


def test_extract_nonexistent_path(tmp_path: Path) -> None:
    missing = tmp_path / "gone.html"
    result = CliRunner().invoke(main, ["extract", str(missing)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.strip() == f"error: {missing}: no such file: {missing}"


def test_extract_empty_file_fails_in_one_line(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_text("  \n")
    result = CliRunner().invoke(main, ["extract", str(empty)])
    assert result.exit_code == 1
    assert result.stderr == f"error: {empty}: empty input\n"


def test_extract_from_stdin() -> None:
    html = article_html("stdin").encode("utf-8")
    result = CliRunner().invoke(main, ["extract", "-", "--url", "https://news.example.org/orrin"], input=html)
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["source"]["location"] == "-" and record["source"]["kind"] == "stdin"
    assert record["document"]["url"] == "https://news.example.org/orrin"
    assert "Amina Sallow" in record["text"]


def test_extract_stdin_over_the_cap() -> None:
    result = CliRunner().invoke(main, ["extract", "-", "--max-bytes", "100"], input=article_html("big").encode())
    assert result.exit_code == 1
    assert result.stderr.startswith("error: -: refused: standard input exceeds the size cap")


def test_extract_refused_url_is_not_fetched() -> None:
    result = CliRunner().invoke(main, ["extract", "http://169.254.169.254/latest/meta-data/"])
    assert result.exit_code == 1
    assert "refused: 169.254.169.254 is a link-local address" in result.stderr
    assert "--allow-private" in result.stderr
