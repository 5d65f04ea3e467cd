import bz2
import gzip
import hashlib
import lzma
import os
from collections import Counter

import pytest

from flows.document import Document
from flows.stages.discover import ReadStep, discover, doc_id_for, read_bounded


def write(path, data=b"Headline\n\nBody text."):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def found(raw):
    return {s.source_file: s.problem for s in discover(raw)}


def test_walks_nested_folders_for_txt_in_any_case_sorted_and_counts_the_rest(tmp_path):
    for name in ["b/2.TXT", "a/1.txt", "a/deeper/3.Txt", "notes.md", "c.txt.bak", "a/.DS_Store", "a/deeper/LICENSE",
                 "d.txt.GZ", "e.tar.gz"]:
        write(tmp_path / name)
    (tmp_path / "f.html").symlink_to(tmp_path / "notes.md")
    ignored = Counter()
    names = [s.source_file for s in discover(tmp_path, ignored)]
    assert names == ["a/1.txt", "a/deeper/3.Txt", "b/2.TXT", "d.txt.GZ"]
    assert ignored == {".md": 1, ".bak": 1, "hidden": 1, "no suffix": 1, ".gz": 1, ".html": 1}


def test_doc_ids_are_stable_and_unique(tmp_path):
    for i in range(50):
        write(tmp_path / f"{i % 5}" / f"{i}.txt")
    ids = [s.doc_id for s in discover(tmp_path)]
    assert len(set(ids)) == 50
    assert ids == [s.doc_id for s in discover(tmp_path)]
    assert doc_id_for("a/1.txt") == doc_id_for("a/1.txt") != doc_id_for("a/2.txt")


def test_links_inside_are_followed_once_and_others_rejected(tmp_path):
    raw, outside = tmp_path / "raw", tmp_path / "outside"
    write(raw / "real" / "a.txt")
    write(outside / "secret.txt")
    (raw / "alias").symlink_to(raw / "real")  # a second way into a folder already read
    (raw / "file-link.txt").symlink_to(raw / "real" / "a.txt")
    (raw / "escape").symlink_to(outside)
    (raw / "escape-file.txt").symlink_to(outside / "secret.txt")
    (raw / "real" / "loop").symlink_to(raw)
    (raw / "broken.txt").symlink_to(raw / "nowhere.txt")
    assert found(raw) == {
        "alias": "link_loop", "broken.txt": "link_broken", "escape": "link_outside",
        "escape-file.txt": "link_outside", "file-link.txt": None, "real/a.txt": None, "real/loop": "link_loop",
    }


def test_a_folder_reached_directly_and_by_link_is_read_once(tmp_path):
    write(tmp_path / "store" / "x.txt")
    (tmp_path / "by-date").mkdir()
    (tmp_path / "by-date" / "today").symlink_to(tmp_path / "store")
    os.rename(tmp_path / "store", tmp_path / ".store")  # only reachable through the link now
    (tmp_path / "by-date" / "today").unlink()
    (tmp_path / "by-date" / "today").symlink_to(tmp_path / ".store")
    assert found(tmp_path) == {".store/x.txt": None, "by-date/today": "link_loop"}


def test_odd_names_survive(tmp_path):
    write(tmp_path / "with space é.txt")
    write(tmp_path / os.fsdecode(b"odd\xffbyte.txt"))
    docs = [Document(doc_id=s.doc_id, source_file=s.source_file) for s in discover(tmp_path)]
    list(ReadStep(tmp_path).run(docs))
    assert all(not d.rejected and d.data for d in docs)


def test_fifo_is_rejected_not_read(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    assert found(tmp_path) == {"pipe.txt": "unreadable"}


def read(tmp_path, name, max_bytes=1000):
    doc = Document(doc_id="x", source_file=name)
    list(ReadStep(tmp_path, max_bytes).run([doc]))
    return doc


def test_too_large_is_rejected_with_its_head(tmp_path):
    write(tmp_path / "big.txt", b"x" * 5000)
    doc = read(tmp_path, "big.txt")
    assert doc.reject_reason == "too_large" and doc.source_size == 5000 and doc.data == b"x" * 5000


def test_vanished_file_is_rejected(tmp_path):
    write(tmp_path / "gone.txt")
    sources = list(discover(tmp_path))
    (tmp_path / "gone.txt").unlink()
    assert read(tmp_path, sources[0].source_file).reject_reason == "vanished"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file_is_rejected(tmp_path):
    path = write(tmp_path / "locked.txt")
    path.chmod(0)
    assert read(tmp_path, "locked.txt").reject_reason == "unreadable"


TEXT = " date 2019-01-02 Ein Titel\n\nDer Text des Artikels, mit Umlauten: Grüße.".encode()


@pytest.mark.parametrize("suffix, compress", [(".gz", gzip.compress), (".bz2", bz2.compress), (".xz", lzma.compress)])
def test_compressed_inputs_are_read_as_their_text(tmp_path, suffix, compress):
    # two members, as `cat a.txt.gz b.txt.gz` makes them
    stored = write(tmp_path / f"a.txt{suffix}", compress(TEXT[:20]) + compress(TEXT[20:]))
    doc = read(tmp_path, stored.name)
    assert doc.reject_reason is None and doc.data == TEXT
    assert doc.source_size == stored.stat().st_size  # the file's own size and hash: what the planner compares
    assert doc.content_sha256 == hashlib.sha256(stored.read_bytes()).hexdigest()


@pytest.mark.parametrize("suffix, compress", [(".gz", gzip.compress), (".bz2", bz2.compress), (".xz", lzma.compress)])
def test_broken_or_bursting_archives_are_rejects_that_keep_the_file(tmp_path, suffix, compress):
    cut = write(tmp_path / f"cut.txt{suffix}", compress(TEXT)[:-8])
    doc = read(tmp_path, cut.name)
    assert doc.reject_reason == "unreadable" and suffix in doc.reject_detail and doc.data == cut.read_bytes()
    bomb = write(tmp_path / f"bomb.txt{suffix}", compress(b"\0" * 100_000))  # 100 kB from a few hundred bytes
    doc = read(tmp_path, bomb.name, max_bytes=10_000)
    assert doc.reject_reason == "too_large" and doc.data == bomb.read_bytes()


def test_a_compressed_file_named_txt_is_known_by_its_first_bytes(tmp_path):
    # a crawler that saved a gzip-encoded response as it came
    write(tmp_path / "saved.txt", gzip.compress(TEXT))
    doc = read(tmp_path, "saved.txt")
    assert doc.reject_reason is None and doc.data == TEXT
    assert [(f.kind, f.detail) for f in doc.fixes] == [("decompressed", "gz, by its first bytes")]
    # a text that merely starts like one, or a broken archive, is left as it is for decoding to judge
    write(tmp_path / "bzh.txt", b"BZh is not an archive here.")
    write(tmp_path / "cut.txt", gzip.compress(TEXT)[:-8])
    for name in ("bzh.txt", "cut.txt"):
        doc = read(tmp_path, name)
        assert doc.reject_reason is None and doc.data == (tmp_path / name).read_bytes() and not doc.fixes


def test_read_bounded_returns_size_and_mtime(tmp_path):
    path = write(tmp_path / "a.txt", b"12345")
    data, size, mtime = read_bounded(path, 10)
    assert (data, size, mtime) == (b"12345", 5, path.stat().st_mtime_ns)


# -- raw folders on other filesystems, through fsspec (its in-memory and local filesystems) ---------
@pytest.fixture
def memory_raw():
    """A raw folder on fsspec's in-memory filesystem, removed afterwards."""
    import fsspec

    fs, root = fsspec.filesystem("memory"), "/raw-under-test"
    for name in ["b/2.TXT", "a/1.txt", "a/deeper/3.Txt", "notes.md", "c.txt.bak"]:
        fs.pipe(f"{root}/{name}", b"Headline\n\nBody text.")
    fs.pipe(f"{root}/big.txt", b"x" * 5000)
    yield fs, f"memory://{root}"
    fs.rm(root, recursive=True)


def test_a_url_is_walked_like_a_folder(memory_raw, tmp_path):
    _, url = memory_raw
    ignored = Counter()
    assert [s.source_file for s in discover(url, ignored)] == ["a/1.txt", "a/deeper/3.Txt", "b/2.TXT", "big.txt"]
    assert ignored == {".md": 1, ".bak": 1}
    for name in ["b/2.TXT", "a/1.txt", "a/deeper/3.Txt", "notes.md"]:
        write(tmp_path / name)
    assert list(discover(f"file://{tmp_path}")) == list(discover(tmp_path))  # the same ids, in the same order


def test_a_url_is_read_bounded_and_failures_are_rejects(memory_raw):
    _, url = memory_raw
    doc = read(url, "a/1.txt")
    assert doc.reject_reason is None
    assert doc.data == b"Headline\n\nBody text." and doc.source_size == 20 and doc.source_mtime_ns > 0
    big = read(url, "big.txt")
    assert big.reject_reason == "too_large" and big.source_size == 5000 and big.data == b"x" * 5000
    assert read(url, "gone.txt").reject_reason == "vanished"
    assert read(url, "a").reject_reason == "unreadable"  # a folder, not a file


@pytest.mark.parametrize("raw, says", [("/no/such/folder", "does not exist"),
                                       ("memory://no-such-folder", "does not exist"),
                                       ("nosuchprotocol://bucket/raw", "cannot be listed")])
def test_a_raw_folder_that_cannot_be_read_stops_the_command_with_a_reason(raw, says, tmp_path, capsys):
    from flows.cli import main

    assert main(["run", "--raw", raw, "--out", str(tmp_path / "out")]) == 2
    assert says in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
