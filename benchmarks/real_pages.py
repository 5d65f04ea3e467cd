"""Score the pipeline on real crawled pages labelled by hand: titles right, chrome taken out.

The pages are not ours to copy, so the sets live outside the repository (docs/real-pages.md
says how they are read and labelled). A set is a JSONL file, one page a line:

    {"url": "...", "lang": "de", "text": " date 2019-08-02 <the page as crawled>",
     "title": "<the headline as it stands in the text>" or null,
     "chrome": ["<a piece of site chrome as it stands>", ...]}

Every page of every set given becomes one raw file of ONE real `news-corpus run --no-word-repair`
(the corpus-wide phases see the pages together, as they would see a crawl), and the output is
scored page by page:

- title: right when the output's title equals the label after the fold of ../shared/bench/score.py
  (NFKC, curly quotes and dashes to ASCII, whitespace runs to one space); null and "" are alike;
- chrome: a labelled piece counts as taken out when no line of the output's title or body is it,
  starts with it or ends with it (folded; a piece glued to other text on its line is labelled alone);
- unlabelled: removals (`removed`) that are neither a labelled piece nor hold one, nor the
  headline's line: text that no reader called chrome, to read before a rule is trusted.

Prints one row per set and the totals, and writes the misses (each title wrong, each piece left)
to --misses for reading.

    .venv/bin/python benchmarks/real_pages.py SET.jsonl [SET.jsonl ...] [--flags="--cut-caption-credits"]
        [--work DIR] [--misses FILE] [--out FILE.json]
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

import pyarrow.dataset as ds

CLI = Path(sys.executable).with_name("news-corpus")  # the installed command, beside this interpreter
FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u201c": '"', "\u201d": '"',
                      "\u201e": '"', "\u201f": '"', "\u2013": "-", "\u2014": "-", "\u2026": "...", "\u00a0": " "})


def fold(text: str | None) -> str:
    """score.py's fold: the style choices a reader forgives."""
    if not text:
        return ""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text).translate(FOLD)).strip()


def read_sets(paths: list[Path]) -> list[dict]:
    """Every page of the sets, each with the raw file name it is written under."""
    pages = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for k, line in enumerate(f):
                if line.strip():
                    page = json.loads(line)
                    pages.append(page | {"set": path.stem, "file": f"{path.stem}-{k:03d}.txt"})
    return pages


def run_pipeline(pages: list[dict], work: Path, flags: list[str]) -> dict[str, dict]:
    """One real run over every page; the articles by raw file name (a rejected page is absent)."""
    raw = work / "raw"
    raw.mkdir(parents=True)
    for page in pages:
        (raw / page["file"]).write_text(page["text"], encoding="utf-8")
    command = [str(CLI), "run", "--raw", str(raw), "--out", str(work / "processed"), "--no-word-repair", *flags]
    done = subprocess.run(command, capture_output=True, text=True)
    (work / "run.log").write_text(done.stdout + done.stderr, encoding="utf-8")
    if done.returncode:
        sys.exit(f"news-corpus run failed ({done.returncode}); its log: {work / 'run.log'}")
    table = ds.dataset(work / "processed" / "articles", format="parquet", partitioning="hive").to_table(
        columns=["source_file", "title", "body", "removed"])
    return {row["source_file"]: row for row in table.to_pylist()}


def piece_left(piece: str, lines: list[str]) -> bool:
    """Is the labelled piece still a line of the output, or the start or the end of one?"""
    return any(line == piece or line.startswith(piece) or line.endswith(piece) for line in lines)


def unlabelled(removed: list[dict], title: str, pieces: list[str]) -> list[str]:
    """Removals that no reader labelled: neither a piece, nor holding one, nor the headline's line."""
    out = []
    for removal in removed or []:
        text = fold(removal["text"])
        if not text or (title and title in text):
            continue
        if not any(piece in text or text in piece for piece in pieces):
            out.append(text)
    return out


def score_page(page: dict, row: dict | None) -> dict:
    """The page's figures and its misses."""
    pieces = [fold(p) for p in page.get("chrome", []) if fold(p)]
    if row is None:
        return {"title_right": False, "pieces": len(pieces), "out": 0, "unlabelled": [], "misses": ["rejected"]}
    title, label = fold(row["title"]), fold(page.get("title"))
    lines = [fold(line) for line in [row["title"] or "", *(row["body"] or "").split("\n")]]
    left = [p for p in pieces if piece_left(p, [line for line in lines if line])]
    misses = [] if title == label else [f"title: want {label!r}, got {title!r}"]
    misses += [f"chrome left: {p!r}" for p in left]
    extra = unlabelled(row["removed"], label, pieces)
    misses += [f"unlabelled removal: {t!r}" for t in extra]
    return {"title_right": title == label, "pieces": len(pieces), "out": len(pieces) - len(left),
            "unlabelled": extra, "misses": misses}


def report(pages: list[dict], scores: list[dict]) -> dict:
    """Per set and in all: pages, titles right, chrome pieces out of labelled, unlabelled removals."""
    names = [*dict.fromkeys(page["set"] for page in pages), "all"]
    sets = {name: {"pages": 0, "titles": 0, "chrome_out": 0, "chrome": 0, "unlabelled": 0} for name in names}
    for page, score in zip(pages, scores):
        for name in (page["set"], "all"):
            row = sets[name]
            row["pages"] += 1
            row["titles"] += score["title_right"]
            row["chrome_out"] += score["out"]
            row["chrome"] += score["pieces"]
            row["unlabelled"] += len(score["unlabelled"])
    return sets


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="+", type=Path, help="labelled sets, JSONL")
    parser.add_argument("--flags", default="", help="more options for news-corpus run, e.g. --cut-caption-credits")
    parser.add_argument("--work", type=Path, help="folder for raw/ and processed/ (default: a temporary one)")
    parser.add_argument("--misses", type=Path, help="write each page's misses here")
    parser.add_argument("--out", type=Path, help="write the figures here, JSON")
    args = parser.parse_args()
    pages = read_sets(args.sets)
    with tempfile.TemporaryDirectory(prefix="real-pages-") as scratch:
        work = args.work or Path(scratch)
        rows = run_pipeline(pages, work, shlex.split(args.flags))
    scores = [score_page(page, rows.get(page["file"])) for page in pages]
    figures = report(pages, scores)
    print(f"{'set':<12}{'pages':>7}{'titles':>8}{'chrome out':>14}{'unlabelled':>12}")
    for name, row in figures.items():
        print(f"{name:<12}{row['pages']:>7}{row['titles']:>8}{row['chrome_out']:>7} of {row['chrome']:<4}"
              f"{row['unlabelled']:>12}")
    if args.misses:
        with open(args.misses, "w", encoding="utf-8") as f:
            for page, score in zip(pages, scores):
                if score["misses"]:
                    f.write(f"== {page['file']} {page.get('lang', '')} {page.get('url', '')}\n")
                    f.writelines(f"  {m}\n" for m in score["misses"])
    if args.out:
        args.out.write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
