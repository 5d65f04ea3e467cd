"""Whatever lands in raw/, the run goes on and every input ends exactly once as an article or a reject.

One real flow run over a folder holding every kind of hostile input at once; the
inputs that change between discovery and reading are driven through
the first pass (`flows.passes.stage_batch`) directly, since only there can the test step in between.
"""

from __future__ import annotations

import codecs
import gzip
import io
import os
import random
import shutil
import zipfile
from datetime import date
from pathlib import Path
from unittest.mock import ANY

import pyarrow as pa
import pyarrow.dataset as ds
import pytest

from flows import passes, staged
from flows.output.rows import safe_name
from flows.settings import Settings
from flows.stages.discover import REJECT_HEAD_BYTES, discover, doc_id_for
from flows.workspace import Workspace

pytestmark = pytest.mark.slow

MAX_BYTES = 4_000_000
TEXT = "Café owners “protest” – again\n\nThe naïve plan cost £5m and €3m, the council said on Monday."
ROOT = os.geteuid() == 0
# What the scorer spells out (the year is a column of the files; a Hive partitioning must agree with its type).
YEAR = ds.partitioning(pa.schema([("year", pa.int32())]), flavor="hive")


def run(raw: Path, out: Path, **params) -> dict:
    from support import run as run_flow

    return run_flow(raw, out, runner="thread", word_repair=False, max_bytes=MAX_BYTES, **params)


def png() -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00" + bytes(64)


def zip_archive() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("story.txt", TEXT)
    return buffer.getvalue()


def story(n: int) -> str:
    return f"Headline number {n} about the harbour\n\nStory {n}: {TEXT}"


# name -> (bytes, the encoding its article must show)
ARTICLES = {
    "utf16-bom.txt": (codecs.BOM_UTF16_LE + story(1).encode("utf-16-le"), "utf-16-le-bom"),
    "utf16-le.txt": (story(2).encode("utf-16-le"), "utf-16-le"),
    "utf16-be.txt": (story(3).encode("utf-16-be"), "utf-16-be"),
    "utf32-bom.txt": (story(4).encode("utf-32"), "utf-32-le-bom"),
    "utf32-be-bom.txt": (codecs.BOM_UTF32_BE + story(5).encode("utf-32-be"), "utf-32-be-bom"),
    "utf32-le.txt": (story(6).encode("utf-32-le"), "utf-32-le"),
    "mixed.txt": ("Headline number 7 über alles\n\n".encode() + "“Quoted” naïve text, ".encode() * 4
                  + "and a stray cp1252 ’ and é".encode("cp1252") + b" at the end.", "utf-8+cp1252"),
    "nul.txt": (b"Headline number 8 with NULs\n\nA body with\x00 NUL\x00 bytes inside.", "utf-8"),
    "signature-like.txt": (b"MZ Sports win the cup\n\nThe team from the coast won again.", "utf-8"),
    "impossible-date.txt": (b"date: 2018-02-30\nHeadline number 9\n\nA body.", "utf-8"),
    "future-date.txt": (b" date 2999-01-01 Headline number 10\n\nA body from the future.", "utf-8"),
    "with space é.txt": (story(11).encode(), "utf-8"),
    "Zürich – 東京.txt": (story(12).encode(), "utf-8"),
    os.fsdecode(b"odd\xff\xfe byte.txt"): (story(13).encode(), "utf-8"),
    "new\nline.txt": (story(14).encode(), "utf-8"),
    "..dots...txt": (story(15).encode(), "utf-8"),
    "l" * 240 + ".txt": (story(16).encode(), "utf-8"),
    "folder.txt/inner.TXT": (story(17).encode(), "utf-8"),
    "sub/plain.txt": (story(18).encode(), "utf-8"),
    "gzip.txt": (gzip.compress(story(20).encode(), mtime=0), "utf-8"),  # a response saved as it came
    "story.txt.gz": (gzip.compress(story(21).encode(), mtime=0), "utf-8"),
    # one line of about 790,000 characters, without a full stop: under the --max-chars budget
    "one-line.txt": (" ".join(f"word{i % 997}" for i in range(100_000)).encode(), "utf-8"),
    # 800,000 characters of blanks inside one header field: under the --max-chars budget (1,000,000)
    "field-line.txt": (b"source: a" + b" \t" * 400_000 + b"b\n\nbody", "utf-8"),
}

# name -> (bytes, the reason it must be rejected for); `data` keeps the bytes (the head, when too large)
REJECTS = {
    "empty.txt": (b"", "empty"),
    "blank.txt": (b" \n\r\n\t ", "empty"),
    "image.txt": (png(), "binary"),
    "archive.txt": (zip_archive(), "binary"),
    "gzip-cut.txt": (gzip.compress(TEXT.encode() * 20, mtime=0)[:-8], "binary"),  # only starts like an archive
    "cut.txt.gz": (gzip.compress(TEXT.encode() * 20, mtime=0)[:-8], "unreadable"),
    "bomb.txt.gz": (gzip.compress(b"\0" * (MAX_BYTES + 1), mtime=0), "too_large"),  # the archive itself is kept
    "page.txt": (b"<!DOCTYPE html>\n<html><body><p>A page saved whole.</p></body></html>", "markup"),
    "random.txt": (random.Random(5).randbytes(3000), "binary"),
    "truncated.txt": ("Tout est « bien » là".encode()[:-1], "truncated"),
    "huge.txt": (b"x" * (MAX_BYTES + 1), "too_large"),
}


def build_raw(tmp: Path) -> tuple[Path, dict[str, str], dict[str, tuple[str, bytes]]]:
    """The hostile folder; returns (raw, articles: source_file -> encoding, rejects: source_file -> (reason, data))."""
    raw, outside = tmp / "raw", tmp / "outside"
    (raw / "sub").mkdir(parents=True)
    outside.mkdir()
    (outside / "secret.txt").write_text("outside the raw folder: never read\n\nsecret")
    articles, rejects = {}, {}
    for name, (data, encoding) in ARTICLES.items():
        (raw / name).parent.mkdir(parents=True, exist_ok=True)
        (raw / name).write_bytes(data)
        articles[safe_name(name)] = encoding
    for name, (data, reason) in REJECTS.items():
        (raw / name).write_bytes(data)
        rejects[name] = (reason, data[:REJECT_HEAD_BYTES] if reason == "too_large" else data)
    (raw / "locked.txt").write_bytes(story(19).encode())
    (raw / "locked.txt").chmod(0)
    if ROOT:  # root reads whatever the permissions say; CI runs as root
        articles["locked.txt"] = "utf-8"
    else:
        rejects["locked.txt"] = ("unreadable", b"")
    os.mkfifo(raw / "pipe.txt")
    (raw / "link-to-plain.txt").symlink_to(raw / "sub" / "plain.txt")  # inside: followed, once
    articles["link-to-plain.txt"] = "utf-8"
    links = {"alias": (raw / "sub", "link_loop"), "sub/loop": (raw, "link_loop"),
             "outside.txt": (outside / "secret.txt", "link_outside"), "escape": (outside, "link_outside"),
             "broken.txt": (raw / "nowhere.txt", "link_broken")}
    for name, (target, reason) in links.items():
        (raw / name).symlink_to(target)
        rejects[name] = (reason, b"")
    rejects["pipe.txt"] = ("unreadable", b"")
    return raw, articles, rejects


def table(out: Path, name: str) -> list[dict]:
    partitioning = YEAR if name == "articles" else None
    return ds.dataset(out / name, format="parquet", partitioning=partitioning).to_table().to_pylist()


@pytest.fixture(scope="module")
def hostile(prefect_api_url, tmp_path_factory):
    """The hostile folder, run once: (raw, out, expected articles, expected rejects, the run's result)."""
    tmp = tmp_path_factory.mktemp("hostile")
    raw, expected_articles, expected_rejects = build_raw(tmp)
    result = run(raw, tmp / "out")
    return raw, tmp / "out", expected_articles, expected_rejects, result


def test_every_hostile_input_ends_once_as_article_or_reject(hostile):
    raw, out, expected_articles, expected_rejects, result = hostile
    articles, rejects = table(out, "articles"), table(out, "rejects")

    names = [r["source_file"] for r in articles + rejects]
    assert sorted(names) == sorted([*expected_articles, *expected_rejects])  # nothing lost, nothing doubled
    assert {r["source_file"]: (r["reason"], r["detail"]) for r in rejects} == {
        k: (v[0], ANY) for k, v in expected_rejects.items()}
    assert result["articles"] == len(expected_articles) and result["files_processed"] == len(names)
    for row in rejects:
        assert row["data"] == expected_rejects[row["source_file"]][1], row["source_file"]
        assert row["detail"] and row["doc_id"]
    assert {r["source_file"]: r["encoding"] for r in articles} == expected_articles

    rows = {r["source_file"]: r for r in articles}
    assert len({r["doc_id"] for r in articles + rejects}) == len(names)
    for name, row in rows.items():
        assert "\x00" not in row["body"] and "\x00" not in (row["title"] or ""), name
    for n, name in enumerate(["utf16-bom.txt", "utf16-le.txt", "utf16-be.txt", "utf32-bom.txt",
                              "utf32-be-bom.txt", "utf32-le.txt"], start=1):
        assert rows[name]["title"] == f"Headline number {n} about the harbour", name
        assert rows[name]["body"] == f"Story {n}: {TEXT}", name
    assert rows["mixed.txt"]["body"].endswith("and a stray cp1252 ’ and é at the end.")
    assert rows["nul.txt"]["body"] == "A body with NUL bytes inside."
    assert rows["signature-like.txt"]["title"] == "MZ Sports win the cup"
    for name, kind, raw_date in [("impossible-date.txt", "metadata:impossible_date", "2018-02-30"),
                                 ("future-date.txt", "metadata:implausible_date", "2999-01-01")]:
        assert rows[name]["date"] is None and rows[name]["year"] is None
        assert dict(rows[name]["header"])["date"] == raw_date
        assert kind in {f["kind"] for f in rows[name]["fixes"]}
    assert rows["one-line.txt"]["body"] == ARTICLES["one-line.txt"][0].decode()
    assert dict(rows["field-line.txt"]["header"])["source"].endswith("b")
    assert rows[safe_name(os.fsdecode(b"odd\xff\xfe byte.txt"))]["doc_id"] == doc_id_for(
        os.fsdecode(b"odd\xff\xfe byte.txt"))
    assert rows["link-to-plain.txt"]["body"] == rows["sub/plain.txt"]["body"]
    assert rows["link-to-plain.txt"]["duplicate_of"] == rows["sub/plain.txt"]["doc_id"]
    assert not any("secret" in (r["body"] or "") for r in articles)


def test_a_second_run_over_hostile_inputs_changes_nothing(hostile):
    """Nothing new, nothing doubled; a file whose name is not UTF-8 is not "new" on every run, and an
    input rejected as found (a link, a pipe) is looked at again but unchanged while found the same way."""
    raw, out, expected_articles, expected_rejects, _ = hostile
    articles, rejects = table(out, "articles"), table(out, "rejects")
    again = run(raw, out)
    files = len(expected_articles) + len(expected_rejects)
    assert again["inputs"]["new"] == 0 and again["inputs"]["unchanged_skipped"] == files
    assert content(table(out, "articles")) == content(articles)
    assert content(table(out, "rejects")) == content(rejects)


def content(rows: list[dict]) -> list[tuple]:
    drop = {"run_id", "ingested_at", "year"}
    return sorted(tuple((k, repr(v)) for k, v in row.items() if k not in drop) for row in rows)


def stage(raw: Path, sources, tmp: Path) -> tuple[dict[str, dict], dict[str, dict]]:
    """The first pass over `sources`: what it made an article of, what it rejected (as staged rows)."""
    settings = Settings(max_bytes=1000, word_repair=False)
    workspace = Workspace(tmp / "staging")
    report = passes.stage_batch(raw, sources, workspace, 0, "run", settings)
    docs = list(staged.documents(Workspace.batch_file(workspace.staged, 0)))
    articles = {safe_name(d.source_file): vars(d) for d in docs if not d.rejected}
    rejects = {safe_name(d.source_file): vars(d) | {"reason": d.reject_reason} for d in docs if d.rejected}
    assert report.files == len(sources) == len(articles) + len(rejects)
    return articles, rejects


def test_inputs_that_change_between_discovery_and_reading(tmp_path):
    raw, outside = tmp_path / "raw", tmp_path / "outside"
    (raw / "folder").mkdir(parents=True)
    outside.mkdir()
    (outside / "secret.txt").write_bytes(b"Secret headline\n\nnot to be read")
    (outside / "inner.txt").write_bytes(b"Secret headline\n\nnot to be read either")
    for name in ["gone.txt", "grown.txt", "changed.txt", "swapped.txt", "piped.txt", "folder/inner.txt",
                 "steady.txt"]:
        (raw / name).write_bytes(b"Old headline\n\nOld body of " + name.encode())
    sources = list(discover(raw))

    (raw / "gone.txt").unlink()
    (raw / "grown.txt").write_bytes(b"x" * 5000)
    (raw / "changed.txt").write_bytes(b" date 2020-02-02 New headline\n\nNew body.")
    (raw / "swapped.txt").unlink()
    (raw / "swapped.txt").symlink_to(outside / "secret.txt")
    (raw / "piped.txt").unlink()
    os.mkfifo(raw / "piped.txt")  # a pipe is never opened for reading: it would block the run
    shutil.rmtree(raw / "folder")
    (raw / "folder").symlink_to(outside)  # a folder on the way became a link out
    articles, rejects = stage(raw, sources, tmp_path)

    assert {k: v["reason"] for k, v in rejects.items()} == {
        "gone.txt": "vanished", "grown.txt": "too_large", "swapped.txt": "link_outside",
        "piped.txt": "unreadable", "folder/inner.txt": "link_outside"}
    assert rejects["grown.txt"]["data"] == b"x" * 5000 and rejects["grown.txt"]["source_size"] == 5000
    assert all(b"Secret" not in (r["data"] or b"") for r in rejects.values())
    assert set(articles) == {"changed.txt", "steady.txt"}
    assert (articles["changed.txt"]["title"], articles["changed.txt"]["date"]) == ("New headline", date(2020, 2, 2))
    assert articles["changed.txt"]["source_size"] == len(b" date 2020-02-02 New headline\n\nNew body.")


ESCAPES = {
    "header.txt": b"date: ../../etc\nsource: ../../x\ntitle: ../../../tmp/evil\nid: /etc/passwd\n\nBody text.",
    "first-line.txt": b" date 2018-01-01 ../../../escape\n\nBody text.",
    "date-path.txt": b"date: 2018-01-01/../../x\nurl: file:///etc/shadow\nHeadline\n\nBody text.",
    "..txt": b"Dots\n\nBody text.",
    ".../....txt": b"More dots\n\nBody text.",
    "..\\..\\windows.txt": b"Backslashes\n\nBody text.",
    "new\n../line.txt".replace("/", "\u2215"): b"Newline\n\nBody text.",
    "year=1999/fake-partition.txt": b" date 2020-05-05 Real year\n\nBody text.",
    "x" * 251 + ".txt": b"Long name\n\nBody text.",
}


def listing(folder: Path, skip: Path) -> list[str]:
    """Every path under `folder` (links not followed), except under `skip`."""
    found = []
    for top, dirs, files in os.walk(folder):
        if Path(top) == skip or skip in Path(top).parents:
            continue
        found += [path for name in dirs + files if Path(path := os.path.join(top, name)) != skip]
    return sorted(found)


def test_no_name_or_header_value_leads_out_of_the_output_folder(prefect_api_url, tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    for name, data in ESCAPES.items():
        (raw / name).parent.mkdir(parents=True, exist_ok=True)
        (raw / name).write_bytes(data)
    before, around = listing(tmp_path, out), sorted(os.listdir(tmp_path.parent))
    run(raw, out)
    assert listing(tmp_path, out) == before and sorted(os.listdir(tmp_path.parent)) == around

    real_out = os.path.realpath(out)
    for path in listing(out, out / "no-such"):
        assert os.path.realpath(path).startswith(real_out + os.sep), path
    partitions = {p.name for p in (out / "articles").iterdir()}
    assert partitions == {"2018", "2020", "undated"}
    rows = {r["source_file"]: r for r in table(out, "articles")}
    assert set(rows) == set(ESCAPES) and not table(out, "rejects")
    assert dict(rows["header.txt"]["header"])["source"] == "../../x" and rows["header.txt"]["date"] is None
