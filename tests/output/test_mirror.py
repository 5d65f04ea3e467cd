"""Outputs at an fsspec URL: runs publish there through a local working copy (flows/mirror.py).

Two stores: fsspec's `file://` filesystem, and S3 itself through s3fs, served on
127.0.0.1 by moto's S3 server (started here; those tests are skipped when s3fs or
moto is not installed). Nothing of the output folder's own protocol (renames,
symlinks, locks) is used on either.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import uuid

import duckdb
import pyarrow.dataset as ds
import pytest
from fsspec.core import url_to_fs
from support import REPO

from flows.locations import output_inside_raw, problem
from flows.output import mirror
from flows.output.store import Store

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def s3_endpoint():
    """moto's S3 server on a free local port, and s3fs pointed at it through the environment."""
    pytest.importorskip("s3fs")
    pytest.importorskip("moto.server")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import fsspec.config

    endpoint = f"http://127.0.0.1:{port}"
    env = {"AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test", "AWS_DEFAULT_REGION": "us-east-1"}
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    # what FSSPEC_S3_ENDPOINT_URL would set for a whole process: s3fs's default endpoint
    fsspec.config.conf.setdefault("s3", {})["endpoint_url"] = endpoint
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        yield endpoint
    finally:
        fsspec.config.conf["s3"].pop("endpoint_url", None)
        server.terminate()
        server.wait(timeout=10)
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


@pytest.fixture(params=["file", "s3"])
def store_url(request, tmp_path) -> str:
    """An empty place to publish to: a file:// folder, or a fresh bucket on the local S3 server."""
    if request.param == "file":
        return f"file://{tmp_path / 'bucket' / 'corpus'}"
    request.getfixturevalue("s3_endpoint")
    import s3fs

    bucket = f"corpus-{uuid.uuid4().hex[:12]}"
    s3fs.S3FileSystem(skip_instance_cache=True).mkdir(bucket)
    return f"s3://{bucket}/corpus"


def run(raw, out, cache):
    from support import run as run_flow

    return run_flow(raw, out, runner="thread", cache=str(cache))


def published_articles(url: str):
    fs, root = url_to_fs(url)
    snapshot = f"{root}/snapshots/{mirror.published(url)}/articles"
    return ds.dataset(snapshot, filesystem=fs, format="parquet", partitioning="hive").to_table()


def rows(table):
    return sorted(zip(table["doc_id"].to_pylist(), table["body"].to_pylist(), table["year"].to_pylist()))


def test_runs_publish_at_a_url_and_a_fresh_machine_goes_on_incrementally(prefect_api_url, tmp_path, store_url):
    raw = tmp_path / "raw"
    shutil.copytree(REPO / "raw", raw)
    url = store_url

    first = run(raw, url, tmp_path / "machine-a")
    first_id = first["mirror"]["pushed"]
    assert first_id == first["run_id"] == mirror.published(url)
    local = ds.dataset(tmp_path / "machine-a" / "articles", format="parquet", partitioning="hive").to_table()
    assert rows(published_articles(url)) == rows(local) and local.num_rows == first["articles"]
    if url.startswith("file://"):  # what a reader does: DuckDB resolves CURRENT and reads that snapshot
        store = url.removeprefix("file://")  # (over S3 DuckDB needs its httpfs extension: a download)
        con = duckdb.connect()
        con.sql(f"SET VARIABLE corpus = '{store}/snapshots/' || "
                f"(SELECT trim(content, chr(10)) FROM read_text('{store}/CURRENT'))")
        assert con.sql("SELECT count(*) FROM read_parquet(getvariable('corpus') || '/articles/*/*.parquet')"
                       ).fetchall()[0][0] == local.num_rows

    # another machine, empty working copy: pulls the published corpus, so nothing is redone
    again = run(raw, url, tmp_path / "machine-b")
    assert again["mirror"]["pulled"] == first_id and again["mirror"]["pushed"] is None
    assert again["inputs"]["to_process"] == 0 and mirror.published(url) == first_id

    # what a push killed before its commit leaves behind: files of a snapshot CURRENT never named
    fs, root = url_to_fs(url)
    fs.makedirs(f"{root}/snapshots/20990101T000000000000Z/articles", exist_ok=True)
    fs.pipe_file(f"{root}/snapshots/20990101T000000000000Z/articles/part-x.parquet", b"half a file")
    assert mirror.published(url) == first_id and published_articles(url).num_rows == local.num_rows

    # a new article: a new snapshot; partitions it does not touch are copied inside the store
    (raw / "2024" / "09_new.txt").write_text(" date 2024-05-02 Ferry timetable changes\n\n"
                                             "The summer timetable adds two evening crossings.\n")
    second = run(raw, url, tmp_path / "machine-b")
    second_id = second["mirror"]["pushed"]
    assert second["inputs"]["new"] == 1 and second["mirror"]["pulled"] is None and second_id > first_id
    assert mirror.published(url) == second_id
    files = fs.find(f"{root}/snapshots/{second_id}/articles")
    assert any(first_id in f for f in files) and any(second_id in f for f in files)
    assert published_articles(url).num_rows == local.num_rows + 1

    # the first machine's working copy is behind: it pulls before it runs
    third = run(raw, url, tmp_path / "machine-a")
    assert third["mirror"]["pulled"] == second_id and third["inputs"]["to_process"] == 0
    # the unfinished snapshot is gone; the one before the current stays for readers that just listed it
    assert sorted(p.rsplit("/", 1)[-1] for p in fs.ls(f"{root}/snapshots")) == [first_id, second_id]


def test_a_stale_working_copy_never_publishes_over_a_newer_snapshot(prefect_api_url, tmp_path, store_url):
    raw = tmp_path / "raw"
    shutil.copytree(REPO / "raw", raw)
    url = store_url
    run(raw, url, tmp_path / "machine-a")
    fs, root = url_to_fs(url)
    fs.pipe_file(f"{root}/CURRENT", b"20990101T000000000000Z\n")  # another machine published since
    store = Store(tmp_path / "machine-a")
    with pytest.raises(RuntimeError, match="newer than this working copy"):
        mirror.push(store, url)
    assert mirror.published(url) == "20990101T000000000000Z"


def test_refitted_models_and_stats_go_through_the_working_copy(prefect_api_url, tmp_path, capsys, store_url):
    from flows.cli import main

    raw = tmp_path / "raw"
    shutil.copytree(REPO / "raw", raw)
    url = store_url
    run(raw, url, tmp_path / "machine-a")
    # what a refit leaves in the working copy reaches the store, and another machine's copy
    model = tmp_path / "machine-a" / "models" / "words" / "en" / "meta.json"
    model.parent.mkdir(parents=True)
    model.write_text('{"language": "en"}')
    assert mirror.checkin(url, tmp_path / "machine-a") is None  # the snapshot is published already
    fresh = mirror.checkout(url, tmp_path / "machine-c")
    assert (fresh / "models" / "words" / "en" / "meta.json").read_text() == '{"language": "en"}'
    assert main(["stats", "--out", url, "--cache", str(tmp_path / "machine-d")]) == 0
    assert "Articles by year and language" in capsys.readouterr().out


def test_an_output_url_without_its_filesystem_package_says_so():
    assert problem("processed", "output") is None and problem("file:///tmp/x", "output") is None
    said = problem("nosuchproto://bucket/corpus", "output")
    assert said and "nosuchproto" in said


def test_an_output_inside_the_raw_folder_is_told_apart(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    assert output_inside_raw(str(raw), str(raw / "processed"))
    assert output_inside_raw(str(raw), str(raw))
    assert output_inside_raw(str(raw / "." / "sub" / ".."), str(raw / "out"))
    assert not output_inside_raw(str(raw), str(tmp_path / "processed"))
    assert not output_inside_raw(str(raw), str(tmp_path / "raw-out"))  # a sibling sharing the name's start
    assert output_inside_raw("s3://bucket/raw", "s3://bucket/raw/out")
    assert not output_inside_raw("s3://bucket/raw", "s3://bucket/raw-out")
    assert not output_inside_raw(str(raw), "s3://bucket/raw/out")
