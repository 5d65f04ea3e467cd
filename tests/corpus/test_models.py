"""The split of the corpus by language that word models are fitted from."""

from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq
from support import corpus

from flows.corpus.models import LEXICONS_FILE, split_languages


def test_exact_copies_are_counted_and_fitted_from_once(tmp_path):
    bodies = corpus(30, seed=7)
    copied = bodies[:10]  # the same pages crawled again under other addresses
    table = pa.table({"language": ["en"] * 40 + ["de"], "body": bodies + copied + [bodies[0]]})

    counts = split_languages([table], tmp_path, {"en"})

    assert counts.copies == 11 and counts.articles == {"en": 30}
    assert pq.read_table(tmp_path / "en.parquet")["body"].to_pylist() == bodies
    once = split_languages([pa.table({"language": ["en"] * 30, "body": bodies})], tmp_path / "once", None)
    assert counts.tokens == once.tokens
    lexicons = [json.loads((folder / LEXICONS_FILE).read_text()) for folder in (tmp_path, tmp_path / "once")]
    assert lexicons[0] == lexicons[1]


def test_a_language_short_of_text_is_told_from_its_own_rows(tmp_path):
    from flows.corpus.models import FEW_ARTICLES, MIN_ARTICLES, too_little_text, worth_counting_first

    # counted first only where it can spare the split: every language without a model is small
    assert worth_counting_first({"it": 30, "en": 5_000}, ["it"])
    assert not worth_counting_first({"it": 30, "en": 5_000}, ["it", "en"])
    assert not worth_counting_first({"de": FEW_ARTICLES}, ["de"])

    table = pa.table({"language": ["en"] * 60 + ["it"] * 30 + ["de"] * 3,
                      "body": corpus(60, seed=3) + ["Il governo ha annunciato martedì una nuova legge."] * 30
                      + ["Ein Satz."] * 3})
    short = too_little_text([table], {"it", "de"})
    assert set(short) == {"it", "de"}
    assert short["it"].startswith("too little text (")  # 30 articles, far from the tokens a model needs
    assert short["de"] == f"too few articles (3 of the {MIN_ARTICLES} needed); left alone"
    # an upper bound of what the split counts: a language short by it is short by the split too
    split = split_languages([table], tmp_path, None)
    assert all(split.enough(language) is not None for language in short)
    assert too_little_text([table], {"en"}) == {} or split.enough("en") is not None
