"""Headline or first sentence: what this corpus's own pages say, for the first lines the page alone leaves open.

The lead step (flows/stages/lead.py) decides most first lines from the page itself
and leaves one kind `undecided`: a single short sentence with its final stop, which
is a headline on some sites (German and Portuguese titles are often whole
sentences) and an article's first sentence on most. This phase learns, per
language, from the corpus's unambiguous pages:

- headlines: first lines the page settles (no final stop and short, a dateline on
  the next line, repeated further down, title case, a title: field); a sentence right
  after leading chrome is not one of them (a USA Today page opens "CLOSE", then its
  lede);
- sentences of articles: the first sentence of the body of those pages, and the
  first sentence of later paragraphs of every page;

a logistic model of how the two look (flows/stages/lead.py, `line_features`, less
final punctuation, which the lead step has used already), and then, by EM over this
run's undecided lines (Saerens et al. 2002), how many of them are headlines. Where
the model tells the two apart well (held-out accuracy of MIN_ACCURACY or more) each
line is decided on its own. Where it does not (German and Portuguese headlines that
are whole sentences look like sentences), the corpus's own habit decides: the share
of pages with a headline, measured in the languages where the model can tell, is
given to this language's pages. With nothing to measure, the lines stay in the
body, as on most real pages.

First pass: `LeadExampleStep` writes each batch's examples to `leads/`. Corpus-wide:
`fit` writes `layout/models.json`. Second pass: `LeadDecisionStep`. The examples
are kept with the published snapshot, so later runs learn from the whole corpus.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from flows.document import Document
from flows.output.rows import write_table
from flows.stages.lead import FEATURES, line_features, restore_first_line
from flows.stages.shapes import SENTENCE_END, sentences
from flows.step import Step

EXAMPLES = pa.schema([("doc_id", pa.string()), ("batch", pa.int32()), ("language", pa.string()),
                      ("role", pa.string()), ("features", pa.list_(pa.float32()))])
MODELS_FILE = "models.json"
ALL_FEATURES = FEATURES + ["overlap_next"]
# Final punctuation decides the pages the lead step settles, so its examples would teach the model
# nothing else; what the model weighs is the rest: length, colon, quotes, case, digits, the lede.
LEARNED = [i for i, name in enumerate(ALL_FEATURES) if name not in ("terminal", "double_stop", "exclaim_or_ask")]
# A language needs this many examples of each kind before its lines are learned from.
MIN_EXAMPLES = 10
# Below this held-out accuracy the model only estimates the share of headlines among
# the undecided lines; above it, it decides line by line.
MIN_ACCURACY = 0.85
# ... and only from this many examples of each kind: a two-fold accuracy near 0.85 has a standard error of about
# 0.05 at 50 (sqrt(0.85 * 0.15 / 50)), so that fewer cannot tell 0.80 from 0.90. On a few hundred mixed pages (a
# round of real pages) 14 English headlines once made English's model decide line by line, and its headline rate
# then put every open line of five other languages in their titles.
MIN_LINE_EXAMPLES = 50
# A corpus whose pages carry a headline on their first line this often is one where the first
# line is the headline whatever it looks like (a long one, two sentences): likely_body lines too.
ALWAYS_HEADLINE_RATE = 0.95
EM_ROUNDS = 100
# The corpus's headline rate makes most of a language's open lines headlines only where it says most pages have one
# (`_rate_carries`): the generator's crawls have a rate of 0.64-0.65, real crawls 0.15-0.16.
MIN_CARRYING_RATE = 0.5
MAJORITY_SHARE = 0.5  # "most of a language's open lines": what only such a rate may make headlines
WORD = re.compile(r"\w{4,}")


def overlap_next(line: str, following: str) -> float:
    """Share of the line's longer words found in the next three sentences: a headline is told again by
    the lede under it; an article's first sentence is followed by new matter."""
    own = {w.casefold() for w in WORD.findall(line)}
    nxt = {w.casefold() for w in WORD.findall(" ".join(SENTENCE_END.split(following[:2000])[:3]))}
    return len(own & nxt) / max(1, len(own))


def features(line: str, following: str) -> list[float]:
    return line_features(line) + [overlap_next(line, following)]


def _first_sentence(paragraph: str) -> str:
    match = SENTENCE_END.search(paragraph)
    return paragraph[:match.start() + 1] if match else paragraph


def examples(doc: Document) -> list[tuple[str, list[float]]]:
    """(role, features) of one article: "headline", "sentence" or "undecided" examples, and one
    "page:<lead>" row that counts what the lead step made of the page's first line."""
    out = [(f"page:{doc.lead}", [])]
    settled = doc.lead == "headline"
    if doc.title and settled:
        out.append(("headline", features(doc.title, doc.body)))
    if doc.lead == "undecided":
        out.append(("undecided", features(doc.title, doc.body)))
    paragraphs = [p for p in doc.body.split("\n\n") if p.strip()]
    for k, paragraph in enumerate(paragraphs[:3]):
        if k == 0 and not settled:
            continue  # the first paragraph of an unsettled page may be its headline's lede or its own
        line = _first_sentence(paragraph.split("\n")[0])
        if sentences(line) == 1:
            out.append(("sentence", features(line, "\n\n".join([paragraph[len(line):]] + paragraphs[k + 1:]))))
    return out


class LeadExampleStep(Step):
    """First pass: collect each article's examples of headlines and sentences; `write` stores them."""

    name = "lead_examples"

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict] = []

    def apply(self, doc: Document) -> None:
        for role, values in examples(doc):
            self.rows.append({"doc_id": doc.doc_id, "batch": doc.batch, "language": doc.language, "role": role,
                              "features": values})
            self.count(role)

    def write(self, path: Path) -> None:
        write_table(pa.Table.from_pylist(self.rows, EXAMPLES), path)


def _logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(mean, scale, weights with the bias last) of an L2-regularised logistic regression, by Newton steps."""
    mean, scale = x.mean(0), x.std(0) + 1e-6
    z = np.column_stack([(x - mean) / scale, np.ones(len(x))])
    beta, reg = np.zeros(z.shape[1]), np.full(z.shape[1], l2)
    reg[-1] = 0.0
    for _ in range(30):
        p = 1 / (1 + np.exp(-np.clip(z @ beta, -40, 40)))
        hess = (z * (p * (1 - p))[:, None]).T @ z + np.diag(reg + 1e-9)
        beta -= np.linalg.solve(hess, z.T @ (p - y) + reg * beta)
    return mean, scale, beta


def _predict(model: dict, x: np.ndarray) -> np.ndarray:
    z = (x - np.array(model["mean"])) / np.array(model["scale"])
    return 1 / (1 + np.exp(-np.clip(z @ np.array(model["weights"]) + model["bias"], -40, 40)))


def _held_out_accuracy(x: np.ndarray, y: np.ndarray) -> float:
    """Two-fold accuracy at the balanced decision: how well the features tell the kinds apart here."""
    right = 0
    for fold in (0, 1):
        train, test = np.arange(len(y)) % 2 != fold, np.arange(len(y)) % 2 == fold
        mean, scale, beta = _logistic(x[train], y[train])
        shift = np.log(y[train].mean() / (1 - y[train].mean()))
        model = {"mean": mean, "scale": scale, "weights": beta[:-1], "bias": beta[-1] - shift}
        right += int(((_predict(model, x[test]) >= 0.5) == y[test]).sum())
    return right / len(y)


def _share_of_headlines(p: np.ndarray, trained: float) -> float:
    """EM for the prior of headlines among the undecided lines (Saerens, Latinne, Decaestecker 2002)."""
    share = 0.5
    for _ in range(EM_ROUNDS):
        a, b = p * share / trained, (1 - p) * (1 - share) / (1 - trained)
        share = float((a / (a + b)).mean())
    return share


def _pages(table: pa.Table, language: str) -> dict[str, int]:
    counts = {"pages": 0, "headline": 0, "undecided": 0, "likely_body": 0}
    roles = table.filter(pc.equal(table["language"], language))["role"]
    for found in pc.value_counts(roles).to_pylist():
        role, n = found["values"], found["counts"]
        if role.startswith("page:"):
            counts["pages"] += n
            kind = role[5:]
            if kind in counts:
                counts[kind] += n
    return counts


def _headline_rate(models: dict, pages: dict) -> float | None:
    """Share of pages with a headline, over the languages whose model tells headlines from sentences
    well: the corpus's own habit, for languages where the page itself does not show it."""
    told = [lang for lang, m in models.items() if m["per_line"]]
    total = sum(pages[lang]["pages"] for lang in told)
    if not total:
        return None
    return sum(pages[lang]["headline"] + models[lang]["share"] * pages[lang]["undecided"] for lang in told) / total


def _by_rate(model: dict, counts: dict, rate: float | None) -> dict:
    """A language whose lines the model cannot tell apart: its undecided lines are headlines in the share that
    gives it the corpus's headline rate (none, when no language shows that rate), unless that rate cannot hold
    here (`_rate_fails`) or cannot carry a majority of its open lines (`_rate_carries`): then its own lines' estimate
    (the EM share of `fit_language`) decides."""
    if model["per_line"] or not counts["undecided"]:
        return model
    if rate is not None and _rate_fails(counts, rate):
        return model | {"share_from": "own_lines"}
    share = 0.0 if rate is None else (rate * counts["pages"] - counts["headline"]) / counts["undecided"]
    if not _rate_carries(share, rate):
        return model | {"share_from": "own_lines"}
    return model | {"share": round(float(np.clip(share, 0.0, 1.0)), 4), "share_from": "corpus_rate"}


def _rate_carries(share: float, rate: float | None) -> bool:
    """May the corpus's rate make headlines of most of this language's open lines (MAJORITY_SHARE or more)? Only
    where most of the corpus's pages have a headline (MIN_CARRYING_RATE), as in the generator's crawls, whose German,
    Portuguese and Italian headlines are whole sentences. Where most pages have none, most open lines being
    headlines is no habit the corpus shows: on 173 sets of real pages run as one crawl (5,822 pages; rate 0.15, from
    the one language its model told apart line by line), 14 of 727 open lines were headlines, yet Spanish pages,
    then Polish and Romanian ones, had reached the rate only by taking all of theirs (1 of 71, 0 of 16, 0 of 7 were).
    There the language's own lines decide."""
    return share < MAJORITY_SHARE or rate is not None and rate >= MIN_CARRYING_RATE


def _rate_fails(counts: dict, rate: float) -> bool:
    """Would this language need more headlines to reach the corpus's rate than all its open first lines can give,
    by more than a standard deviation of its pages' count at that rate? Real crawls mix sites and languages whose
    habits differ: on a thousand real pages English sites gave a rate of 0.28, which German, French and Spanish
    pages, whose first lines are mostly their ledes, could reach only by taking every open line for a headline,
    and more (the German ones 2.5 times over). Where every page has a headline (ALWAYS_HEADLINE_RATE), the likely
    body lines are open too."""
    open_lines = counts["undecided"] + (counts["likely_body"] if rate >= ALWAYS_HEADLINE_RATE else 0)
    missing = rate * counts["pages"] - counts["headline"] - open_lines
    return missing > float(np.sqrt(counts["pages"] * rate * (1 - rate)))


def fit_language(headlines: np.ndarray, others: np.ndarray, undecided: np.ndarray) -> dict | None:
    """The model of one language, or None with too few examples."""
    if len(headlines) < MIN_EXAMPLES or len(others) < MIN_EXAMPLES:
        return None
    x, y = np.vstack([headlines, others]), np.r_[np.ones(len(headlines)), np.zeros(len(others))]
    mean, scale, beta = _logistic(x, y)
    model = {"mean": mean.tolist(), "scale": scale.tolist(), "weights": beta[:-1].tolist(), "bias": float(beta[-1]),
             "headlines": len(headlines), "sentences": len(others), "accuracy": round(_held_out_accuracy(x, y), 4)}
    share = _share_of_headlines(_predict(model, undecided), y.mean()) if len(undecided) else 0.0
    trained = y.mean()
    model["bias"] += float(np.log(max(share, 1e-6) / max(1 - share, 1e-6)) - np.log(trained / (1 - trained)))
    model["share"], model["per_line"] = round(share, 4), model["accuracy"] >= MIN_ACCURACY \
        and min(len(headlines), len(others)) >= MIN_LINE_EXAMPLES
    return model


def _by_role(table: pa.Table, language: str | None) -> dict[str, np.ndarray]:
    """The learned features of one language's examples (or every language's, for None), by role: read
    column-wise, as a corpus holds several examples per article."""
    chosen = table if language is None else table.filter(pc.equal(table["language"], language))
    out = {}
    for role in ("headline", "sentence", "undecided"):
        features = chosen.filter(pc.equal(chosen["role"], role))["features"]
        values = pc.list_flatten(features).to_numpy(zero_copy_only=False).astype(np.float64)
        out[role] = np.ascontiguousarray(values.reshape(-1, len(ALL_FEATURES))[:, LEARNED])
    return out


def fit(this_run: list[Path], published: Path | None, replaced: set[str], out: Path) -> dict:
    """The phase: every language's model from this run's examples and the published ones (less the
    articles this run replaces); written to `out/models.json`."""
    tables = [pq.read_table(p, schema=EXAMPLES) for p in this_run]
    ids = pa.array(sorted({d for t in tables for d in t["doc_id"].to_pylist()} | replaced), pa.string())
    for path in sorted(published.glob("*.parquet")) if published is not None and published.is_dir() else []:
        # published pages teach what headlines and sentences look like; their undecided lines were decided
        table = pq.read_table(path, schema=EXAMPLES)
        keep = pc.and_(pc.invert(pc.is_in(table["doc_id"], ids)), pc.not_equal(table["role"], "undecided"))
        tables.append(table.filter(keep))
    table = pa.concat_tables(tables) if tables else EXAMPLES.empty_table()
    models, pooled = {}, _by_role(table, None)
    languages = sorted(lang for lang in pc.unique(table["language"]).to_pylist() if lang)
    for language in languages:
        own = _by_role(table, language)
        # a language with few headlines of its own learns what headlines look like from the others'
        borrowed = len(own["headline"]) < MIN_EXAMPLES
        model = fit_language(pooled["headline"] if borrowed else own["headline"],
                             own["sentence"] if len(own["sentence"]) >= MIN_EXAMPLES else pooled["sentence"],
                             own["undecided"])
        if model is not None:
            models[language] = model | {"borrowed": borrowed, "per_line": model["per_line"] and not borrowed}
    pages = {lang: _pages(table, lang) for lang in languages}
    rate = _headline_rate(models, pages)
    models = {lang: _by_rate(m, pages[lang], rate) for lang, m in models.items()}
    out.mkdir(parents=True, exist_ok=True)
    (out / MODELS_FILE).write_text(json.dumps({"headline_rate": rate, "languages": models}, indent=1))
    return {lang: {k: m[k] for k in ("headlines", "sentences", "accuracy", "share", "per_line", "borrowed")}
            for lang, m in models.items()}


class LeadDecisionStep(Step):
    """Second pass: decide the undecided first lines with the language's model; lines it does not take for
    headlines go back to the start of the body."""

    name = "lead_decision"

    def __init__(self, folder: Path) -> None:
        super().__init__()
        path = folder / MODELS_FILE
        found = json.loads(path.read_text()) if path.exists() else {}
        self.models, self.rate = found.get("languages", {}), found.get("headline_rate")

    def apply(self, doc: Document) -> None:
        if doc.lead not in ("undecided", "likely_body"):
            return
        model = self.models.get(doc.language or "")
        headline = False
        if doc.lead == "likely_body":
            headline = self.rate is not None and self.rate >= ALWAYS_HEADLINE_RATE
        elif model is not None:
            values = features(doc.title, doc.body)
            p = float(_predict(model, np.array([[values[i] for i in LEARNED]]))[0])
            headline = p >= 0.5 if model["per_line"] else model["share"] >= 0.5
        if headline:
            doc.lead = "headline"
        else:
            restore_first_line(doc)
        self.count("headline" if headline else "first_sentence")


def fit_for_run(leads: Path, store_current: Path | None, replaced: set[str], out: Path) -> dict:
    """The phase as a run performs it: this run's examples with the published snapshot's."""
    return fit(sorted(leads.glob("*.parquet")), store_current / "leads" if store_current else None, replaced, out)
