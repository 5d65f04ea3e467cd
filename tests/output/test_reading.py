"""The documented ways to read the corpus, run as they are written, and the year every reader gets.

The Python and SQL blocks of the "Reading the corpus" section of each document in
DOCUMENTS are run as they stand, in a folder holding `processed/` (a corpus made from
the shipped raw/ folder), and what each one gives is checked against the files.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
from publishing import publish_once
from support import REPO

DOCUMENTS = [REPO / "README.md"]
BLOCK = re.compile(r"^```(python|sql)\n(.*?)^```", re.S | re.M)


def examples(document: Path) -> dict[str, list[str]]:
    """The code blocks of the document's "Reading the corpus" section, by language, in order."""
    text = document.read_text()
    section = text[text.index("### Reading the corpus"):]
    section = section[:section.index("\n## ")]
    found: dict[str, list[str]] = {"python": [], "sql": []}
    for language, code in BLOCK.findall(section):
        found[language].append(code)
    return found


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A folder holding `processed/`, made from the shipped raw/ folder, and the truth read file by file."""
    base = tmp_path_factory.mktemp("reading")
    shutil.copytree(REPO / "raw", base / "raw")
    publish_once(base / "raw", base / "processed")
    files = sorted((base / "processed" / "articles").glob("*/*.parquet"))
    truth = pa.concat_tables(pq.read_table(p) for p in files)
    assert truth["year"].null_count >= 1 and len(set(truth["year"].to_pylist())) >= 3  # undated and dated
    return base, truth


def run_python(code: str, folder: Path, monkeypatch, namespace: dict | None = None) -> dict:
    monkeypatch.chdir(folder)
    namespace = dict(namespace or {})
    exec(compile(code, "<documented example>", "exec"), namespace)  # noqa: S102 - the README's own code
    return namespace


def year_counts(years) -> dict:
    counts: dict = {}
    for year in years:
        counts[year] = counts.get(year, 0) + 1
    return counts


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.name)
def test_the_documented_python_examples_read_one_snapshot_with_an_int32_year(document, corpus, monkeypatch):
    base, truth = corpus
    blocks = examples(document)["python"]
    assert len(blocks) == 5, "resolve (stdlib), resolve (helper), pandas, polars, pyarrow"
    current = (base / "processed" / ".snapshots" / "CURRENT").read_text().strip()
    resolved = [run_python(code, base, monkeypatch)["corpus"] for code in blocks[:2]]
    assert [Path(p).parts[-2:] for p in resolved] == [(".snapshots", current)] * 2
    where = {"corpus": resolved[0]}
    originals = truth.filter(pc.is_null(truth["duplicate_of"]))

    pandas = run_python(blocks[2], base, monkeypatch, where)
    assert str(pandas["articles"]["year"].dtype) == "Int32" and len(pandas["articles"]) == truth.num_rows
    assert pandas["per_year"].to_dict() == {(pd.NA if k is None else k): v
                                            for k, v in year_counts(originals["year"].to_pylist()).items()}

    polars = run_python(blocks[3], base, monkeypatch, where)
    english = originals.filter(pc.equal(originals["language"], "en"))
    assert polars["per_year"].schema["year"] == pl.Int32
    assert dict(polars["per_year"].iter_rows()) == year_counts(english["year"].to_pylist())

    arrow = run_python(blocks[4], base, monkeypatch, where)
    assert arrow["articles"].schema.field("year").type == pa.int32()
    assert sorted(arrow["articles"]["doc_id"].to_pylist()) == sorted(truth["doc_id"].to_pylist())
    assert arrow["rejects"].num_rows == 2


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.name)
def test_the_documented_duckdb_queries_run_as_written(document, corpus, monkeypatch):
    base, truth = corpus
    (block,) = examples(document)["sql"]
    monkeypatch.chdir(base)
    con = duckdb.connect()
    results = [con.sql(statement) for statement in block.split(";\n") if statement.strip()]
    by_year, fixes, reasons = (r.fetchall() for r in results[1:])
    originals = truth.filter(pc.is_null(truth["duplicate_of"]))
    assert sum(n for _, _, n in by_year) == originals.num_rows
    assert {year for year, _, _ in by_year} == set(originals["year"].to_pylist())
    assert fixes and sorted(reason for reason, _ in reasons) == ["binary", "empty"]
    year_type = con.sql("SELECT DISTINCT typeof(year) FROM read_parquet(getvariable('corpus') "
                        "|| '/articles/*/*.parquet')").fetchall()
    assert year_type == [("INTEGER",)]


def test_every_reader_reads_year_as_int32_from_the_folder_itself(corpus):
    """What used to fail or differ: pandas on the folder, pyarrow with the scorer's Hive partitioning,
    DuckDB and polars with their own defaults; all through the `articles` link, read as a folder."""
    base, truth = corpus
    folder = base / "processed" / "articles"
    expected = sorted(zip(truth["doc_id"].to_pylist(), truth["year"].to_pylist()))

    frame = pd.read_parquet(folder)  # ArrowInvalid (dictionaries with nulls) in the Hive layout
    assert len(frame) == truth.num_rows and frame["year"].isna().sum() == truth["year"].null_count
    scorer = ds.partitioning(pa.schema([("year", pa.int32())]), flavor="hive")  # /work/shared/bench/score.py
    for partitioning in (None, "hive", scorer):
        table = ds.dataset(folder, format="parquet", partitioning=partitioning).to_table()
        assert table.schema.field("year").type == pa.int32()
        assert sorted(zip(table["doc_id"].to_pylist(), table["year"].to_pylist())) == expected
    rows = duckdb.sql(f"SELECT doc_id, year, typeof(year) FROM read_parquet('{folder}/*/*.parquet')").fetchall()
    assert sorted((d, y) for d, y, _ in rows) == expected and {t for _, _, t in rows} == {"INTEGER"}
    lazy = pl.scan_parquet(f"{folder}/**/*.parquet").collect()
    assert lazy.schema["year"] == pl.Int32 and sorted(lazy.select("doc_id", "year").iter_rows()) == expected


def test_the_helper_resolves_an_object_stores_current_too(tmp_path):
    from flows.output.reading import NothingPublished, snapshot

    store = tmp_path / "bucket" / "corpus"
    store.mkdir(parents=True)
    with pytest.raises(NothingPublished):
        snapshot(f"file://{store}")
    (store / "CURRENT").write_text("20240101T020000123456Z\n")
    assert snapshot(f"file://{store}/") == f"file://{store}/snapshots/20240101T020000123456Z"
