"""`news-corpus show`: one input's record read back from a real published corpus, changes and all."""

from __future__ import annotations

import pytest
from support import run

from flows.cli import main

pytestmark = pytest.mark.slow

PAGE = (" date 2024-05-02 Advertisement\nCouncil votes to reopen the old bridge\n\n"
        "The council voted on Monday to reopen the old railway bridge to walkers.\n\nAdvertisement\n\n"
        "Work starts in June, the mayor said, and should take a year.\n")


@pytest.fixture(scope="module")
def published(prefect_api_url, tmp_path_factory):
    raw = tmp_path_factory.mktemp("show") / "raw"
    (raw / "2024").mkdir(parents=True)
    (raw / "2024" / "bridge.txt").write_text(PAGE)
    (raw / "2024" / "bridge-copy.txt").write_text(PAGE)  # a crawler's second take
    page = " date 2024-05-03 Caf\u00e9 reopens\n\nThe caf\u00e9\u2019s owner said it was time."
    (raw / "mojibake.txt").write_bytes(page.encode("utf-8").decode("cp1252").encode("utf-8"))  # real mojibake
    (raw / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    for folder, town in (("a", "Ely"), ("b", "Bath")):  # one file name in two folders
        (raw / folder).mkdir()
        (raw / folder / "same.txt").write_text(f" date 2024-05-04 Fair opens in {town}\n\nThe fair opened in {town}.")
    out = raw.parent / "out"
    run(raw, out, runner="thread", word_repair=False)
    return out


def test_an_article_shows_what_was_taken_out_and_can_show_the_page_before(published, capsys):
    assert main(["show", "--out", str(published), "bridge.txt"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("article 2024/bridge.txt") and "title (after_chrome): Council votes to reopen" in text
    assert "top of the page" in text and "paragraph 1" in text and text.count("'Advertisement'") == 2
    assert "Advertisement" not in text.split("\nbody:\n", 1)[1]
    assert main(["show", "--out", str(published), "2024/bridge.txt", "--original"]) == 0
    before = capsys.readouterr().out.split("words repaired", 1)[1]
    assert before.count("Advertisement") == 2 and "Work starts in June" in before


def test_fixes_copies_and_rejects_are_shown(published, capsys):
    assert main(["show", "--out", str(published), "mojibake.txt"]) == 0
    text = capsys.readouterr().out
    assert "ftfy:mojibake" in text and "Café reopens" in text and "café’s owner" in text
    texts = []
    for name in ("bridge.txt", "bridge-copy.txt"):  # which one is kept as the original is the linker's policy
        assert main(["show", "--out", str(published), name]) == 0
        texts.append(capsys.readouterr().out)
    assert sorted("copy of 2024/bridge" in text for text in texts) == [False, True]
    assert main(["show", "--out", str(published), "scan.txt"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("reject scan.txt") and "reason binary" in text and "\\x89PNG" in text


def test_what_is_not_there_or_not_one_file_is_said_in_one_line(published, capsys):
    assert main(["show", "--out", str(published), "nothing.txt"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["show", "--out", str(published), "same.txt"]) == 2
    assert "a/same.txt, b/same.txt" in capsys.readouterr().err
    assert main(["show", "--out", str(published), "b/same.txt"]) == 0
    assert "Fair opens in Bath" in capsys.readouterr().out
    assert main(["show", "--out", str(published.parent / "nowhere"), "bridge.txt"]) == 2
    assert "no corpus published" in capsys.readouterr().err
