"""Pages laid out as real crawls, through the real flow: titles, bodies, dates with their precision, chrome.

The pages are written for this test in the shapes real crawled news pages have
(first line a headline, a first sentence, a first paragraph, chrome then a
headline, a date line; month-only dates; chrome and a doubled paragraph inside
bodies), in English, German, Spanish and French.
"""

from __future__ import annotations

from datetime import date

import pytest
from support import DEV_SMALL_CRAWL, articles, need, run, score

from flows.stages.chrome import restore

pytestmark = pytest.mark.slow

LEDE = ("The regional council voted on Monday to reopen the old railway bridge to walkers and cyclists from "
        "the spring, ending a campaign that began a decade ago.")
MORE = "Work on the deck starts in March. The bridge closed to trains in 1987 and has been fenced off since."
PAGES = {
    "headline.txt": f" date 2021-03-08 Old railway bridge to reopen for walkers\n\n{LEDE}\n\n{MORE}",
    "lede.txt": f" date 2021-03 {LEDE}\n\n{MORE}",
    "paragraph.txt": f" date 2021-03 {LEDE} {MORE}\n\nA third paragraph closes the story here.",
    "chrome.txt": f" date 2021-03-09 Advertisement\nBridge plan wins the vote\n\n{LEDE}\n\nShare on Facebook "
                  f"Share on Twitter Email\n\n{MORE}",
    "date-line.txt": f" date 2021-03-09 Wednesday, March 10, 2021\nCouncil backs the bridge\n\n{LEDE}\n\n{MORE}",
    "doubled.txt": f" date 2021-03-10 Walkers welcome the decision\n\n{LEDE}\n\n{MORE}\n\n{MORE}",
    "de.txt": " date 2018-10 Wien – Der Gemeinderat hat am Montag beschlossen, die alte Eisenbahnbrücke im Frühjahr "
              "für Fußgänger zu öffnen.\n\nAnzeige\n\nDie Arbeiten beginnen im März.",
    "es.txt": " date 2019-05 Estás leyendo: El puente reabrirá en primavera\n\nEl ayuntamiento aprobó el lunes "
              "reabrir el viejo puente ferroviario.\n\nPublicidad\n\nLas obras empiezan en marzo.",
    "caption.txt": f" date 2021-03-11 Walkers cross the bridge\n\n{LEDE}\n\nThe bridge at dawn on Monday. "
                   f"Picture: PA\n\n{MORE}",
    "fr.txt": " date 2017 Le conseil municipal a voté lundi la réouverture du vieux pont aux piétons, après dix ans "
              "de campagne des riverains.\n\nLes travaux commencent en mars.",
}


@pytest.fixture(scope="module")
def crawled(prefect_api_url, tmp_path_factory):
    raw = tmp_path_factory.mktemp("crawl") / "raw"
    raw.mkdir()
    for name, text in PAGES.items():
        (raw / name).write_text(text, encoding="utf-8")
    out = raw.parent / "out"
    run(raw, out, runner="thread", word_repair=False, cut_caption_credits=True)
    return {r["source_file"]: r for r in articles(out).to_pylist()}


def test_headlines_are_titles_and_first_sentences_stay_in_the_body(crawled):
    assert crawled["headline.txt"]["title"] == "Old railway bridge to reopen for walkers"
    for name in ("lede.txt", "paragraph.txt", "de.txt", "fr.txt"):
        row = crawled[name]
        assert row["title"] is None and row["title_source"] == "none", name
    assert crawled["lede.txt"]["body"] == f"{LEDE}\n\n{MORE}"
    assert crawled["de.txt"]["body"].startswith("Wien – Der Gemeinderat")


def test_chrome_before_a_headline_goes_and_the_headline_stays(crawled):
    row = crawled["chrome.txt"]
    assert (row["title"], row["title_source"]) == ("Bridge plan wins the vote", "after_chrome")
    assert row["body"] == f"{LEDE}\n\n{MORE}"
    assert [(r["reason"], r["place"], r["text"]) for r in row["removed"]] == [
        ("chrome", "head", "Advertisement"), ("share_bar", "body", "Share on Facebook Share on Twitter Email")]
    assert restore(row["body"], row["removed"]) == f"{LEDE}\n\nShare on Facebook Share on Twitter Email\n\n{MORE}"
    assert crawled["es.txt"]["title"] == "El puente reabrirá en primavera"
    assert "Publicidad" not in crawled["es.txt"]["body"] and "Anzeige" not in crawled["de.txt"]["body"]


def test_date_lines_and_doubled_paragraphs_are_removed_and_recorded(crawled):
    row = crawled["date-line.txt"]
    assert row["title"] == "Council backs the bridge"
    assert [(r["reason"], r["text"]) for r in row["removed"]] == [("date_line", "Wednesday, March 10, 2021")]
    doubled = crawled["doubled.txt"]
    assert doubled["body"] == f"{LEDE}\n\n{MORE}" and doubled["removed"][0]["reason"] == "repeated_paragraph"


def test_a_pictures_credit_asked_to_go_goes_from_its_caption_recorded(crawled):
    row = crawled["caption.txt"]
    assert row["body"] == f"{LEDE}\n\nThe bridge at dawn on Monday.\n\n{MORE}"
    assert [(r["reason"], r["place"], r["paragraph"], r["line"], r["text"]) for r in row["removed"]] == [
        ("credit", "tail", 1, 0, " Picture: PA")]
    assert restore(row["body"], row["removed"]) == f"{LEDE}\n\nThe bridge at dawn on Monday. Picture: PA\n\n{MORE}"


def test_dates_keep_their_precision(crawled):
    assert (crawled["headline.txt"]["date"], crawled["headline.txt"]["date_precision"]) == (date(2021, 3, 8), "day")
    assert (crawled["lede.txt"]["date"], crawled["lede.txt"]["date_precision"]) == (date(2021, 3, 1), "month")
    assert (crawled["fr.txt"]["date"], crawled["fr.txt"]["date_precision"]) == (date(2017, 1, 1), "year")


def test_dev_small_crawl_meets_its_figures(prefect_api_url, tmp_path):
    need(DEV_SMALL_CRAWL)
    out = tmp_path / "out"
    run(DEV_SMALL_CRAWL / "raw", out, word_repair=False)
    figures = score(out, DEV_SMALL_CRAWL / "truth.jsonl")
    assert figures["lost"] == 0 and figures["doubled"] == 0 and figures["date_exact"] >= 0.995, figures
    assert figures["junk_left"] <= 0.05 and figures["title_exact"] >= 0.9, figures
