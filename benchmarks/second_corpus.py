#!/usr/bin/env python3
"""Build the `second` word-repair evaluation corpus's clean articles (JSONL) from real
news articles held in public GitHub repositories, read straight from bare git
mirrors (one `<owner>+<name>/repo` folder per repository, as the workplace's fetch
tool lays them out, or `git clone --bare` into that shape).  The text is not ours to
publish (see the licences below and the README): build it where you evaluate, never
into this repository.

Sources (see PROVENANCE.md):
  en  CNN articles (2012-2019)   iceokoli/Brexit-Sentiment  BrexitSentiment/data/cnn_articles.zip
  en  Horne & Adali 2017, BuzzFeed political news, "Real" only
                                  rpitrust/fakenewsdata1      Horne2017_FakeNewsData.zip
  de  German Wikinews (2005-2021) uhh-lt/german-news-quotation-attribution-2024  data/{train,dev,test}/*.json
  pt  Brazilian news (2020-2021)  mauricio-seiji/Dataset-news-articles-pt-br  <category>/<n>.txt

Then damage it with the shared generator, as the README's word-repair section does:

    .venv/bin/python benchmarks/second_corpus.py MIRRORS OUT/articles.jsonl
    .venv/bin/python ../shared/bench/make_raw.py OUT/articles.jsonl ../shared/data/second --seed 5
"""
import argparse
import io
import json
import re
import subprocess
import sys
import zipfile
from collections import Counter

import ftfy

MIRROR = "."  # the folder of the bare mirrors (`main` sets it from the command line)
MIN_BODY = 400

SRC = {
    "cnn": ("iceokoli+Brexit-Sentiment", "88dc02259552f236a01dda59f265832edb9bcd42",
            "BrexitSentiment/data/cnn_articles.zip"),
    "horne": ("rpitrust+fakenewsdata1", "74545f56e3b62d488eb153cef8e33a0d5e5385dc",
              "Horne2017_FakeNewsData.zip"),
    "dewn": ("uhh-lt+german-news-quotation-attribution-2024",
             "74e7bd6d1b57b662865f570c4d1de26ff15d2689", "data"),
    "ptbr": ("mauricio-seiji+Dataset-news-articles-pt-br",
             "f84986779c20b0413c458ed7aa392e90a5f95c7b", ""),
}


def git(repo, *args):
    return subprocess.run(["git", "--git-dir", f"{MIRROR}/{repo}/repo", *args],
                          check=True, capture_output=True).stdout


def blob(key, path):
    repo, commit, _ = SRC[key]
    return git(repo, "show", f"{commit}:{path}")


def ls(key, under=""):
    repo, commit, _ = SRC[key]
    args = ["ls-tree", "-r", "-z", "--name-only", commit]
    if under:
        args += ["--", under]
    return [p for p in git(repo, *args).decode("utf-8").split("\0") if p]


# ---------------------------------------------------------------- text helpers
SENT_END = re.compile(r'(?:(?<=[.!?…])|(?<=[.!?…]["”’»)]))\s+(?=["“‘«(]?[A-ZÀ-ÖØ-Þ0-9])')


def split_long(text, per=4):
    """No paragraph info: group sentences into paragraphs of ~3-4 sentences."""
    sents = [s.strip() for s in SENT_END.split(text) if s.strip()]
    paras, cur = [], []
    for s in sents:
        cur.append(s)
        if len(cur) >= per:
            paras.append(" ".join(cur))
            cur = []
    if cur:
        paras.append(" ".join(cur))
    return paras


def paragraphs(text, drop=None):
    """One paragraph per non-empty line (blank lines or single newlines are both
    taken as paragraph breaks); whitespace inside a line is normalised."""
    out = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = re.sub(r"[ \t\u00a0]+", " ", line).strip()
        if not line:
            continue
        if drop and drop(line):
            continue
        out.append(line)
    # trailing headings without content (e.g. Wikinews "Hintergrund", "Quellen")
    while out and len(out[-1]) < 40 and not re.search(r'[.!?…"”»):]$', out[-1]):
        out.pop()
    if len(out) == 1 and len(out[0]) > 700:
        out = split_long(out[0])
    return out


def fix(s):
    return ftfy.fix_text(s) if s else s


# ---------------------------------------------------------------- sources
CNN_JUNK = re.compile(
    r"^(Read More|Chat with us in Facebook Messenger|Follow CNN Opinion|"
    r"People are talking about these\. Read up\. Join in\.|Stay up to date\.\.\. Sign up|"
    r"JUST WATCHED|MUST WATCH|Photos:|Hide Caption|Source: CNN$|"
    r"\(You can also get \"5 Things|Here's what else you need to know to\. \(You can also get)"
    r"|The opinions (expressed )?in this (article|commentary) (belong|are)"
    r"|View more opinion at CNN|For more opinion\.\.\. Sign up|Sign up to get our new weekly column")


def cnn():
    z = zipfile.ZipFile(io.BytesIO(blob("cnn", SRC["cnn"][2])))
    data = json.loads(z.read("cnn_articles.json").decode("utf-8"))
    for i, a in enumerate(data):
        date = (a.get("publish_date") or "")[:10] or None
        body = fix(a.get("full_article") or "")
        # the scraper left a space where a link ended: "Boris Johnson , said" / "( Brexit !"
        body = re.sub(r"(\w) ([.,;:!?])(?=[\s)\"”’]|$)", r"\1\2", body)
        body = re.sub(r"\( (?=\w)", "(", body)
        paras = paragraphs(body, drop=lambda line: bool(CNN_JUNK.search(line)))
        rep = Counter(p for p in paras if len(p) >= 40)
        if "'5 Things' newsletter" in body or "BREAKFAST BROWSE" in body or (rep and rep.most_common(1)[0][1] > 1):
            continue  # newsletter digest or photo gallery: not a plain article
        yield {"id": f"cnn-{i:04d}", "date": date, "title": fix(a.get("title") or ""),
               "body": "\n\n".join(paras), "lang": "en", "_src": "cnn"}


def decode_bytes(b):
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("cp1252", errors="replace")


def horne():
    z = zipfile.ZipFile(io.BytesIO(blob("horne", SRC["horne"][2])))
    base = "Public Data/Buzzfeed Political News Dataset/"
    for name in sorted(n for n in z.namelist()
                       if n.startswith(base + "Real/") and n.endswith(".txt")):
        fn = name.rsplit("/", 1)[1]
        body = fix(decode_bytes(z.read(name)))
        try:
            title = fix(decode_bytes(z.read(base + "Real_titles/" + fn))).strip()
        except KeyError:
            title = ""
        yield {"id": f"horne-bf-{fn[:-4]}", "date": None, "title": title,
               "body": "\n\n".join(paragraphs(body)), "lang": "en", "_src": "horne"}


DOCNAME = re.compile(r"^(\d+) - (.*) \((\d{4}-\d{2}-\d{2})\)$")


def dewn():
    for p in sorted(ls("dewn", "data")):
        if not p.endswith(".json"):
            continue
        d = json.loads(blob("dewn", p).decode("utf-8"))
        m = DOCNAME.match(d["documentName"])
        if m:
            wid, title, date = m.groups()
            if date < "1990":
                date = None
        else:
            wid, title, date = d["documentName"], d["documentName"], None
        body = fix(d["originalText"])
        yield {"id": f"dewn-{wid}", "date": date, "title": fix(title),
               "body": "\n\n".join(paragraphs(body)), "lang": "de", "_src": "dewn"}


PT_CATS = ["ciencia e tecnologia", "economia", "entretenimento", "esportes", "politica"]


def ptbr():
    for p in sorted(ls("ptbr")):
        cat = p.split("/")[0]
        if cat not in PT_CATS or not p.endswith(".txt"):
            continue
        text = fix(decode_bytes(blob("ptbr", p))).replace("\r\n", "\n")
        lines = text.lstrip("\ufeff \t\n").split("\n")
        title = lines[0].strip()
        rest = "\n".join(lines[1:])
        # drop "Leia também:" blocks (related-article links) and indented link lines
        blocks = re.split(r"\n\s*\n", rest)
        keep = []
        for b in blocks:
            if re.match(r"\s*(Leia (também|mais)|Veja (também|mais)|Saiba mais)\b", b, re.I):
                continue
            keep.append("\n".join(x for x in b.split("\n") if not re.match(r"^(\s{2,}|\t)", x)))
        body = "\n".join(keep)
        slug = cat.replace(" e ", "-").replace(" ", "-")
        n = p.split("/")[1][:-4]
        paras = paragraphs(body, drop=lambda line: line in ("PUBLICIDADE", "Advertisement", "Publicidade"))
        yield {"id": f"ptbr-{slug}-{n}", "date": None, "title": title,
               "body": "\n\n".join(paras), "lang": "pt", "_src": "ptbr"}


def main():
    global MIRROR
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mirrors", help="folder holding <owner>+<name>/repo bare mirrors of the sources")
    ap.add_argument("out", help="the JSONL file to write")
    args = ap.parse_args()
    MIRROR = args.mirrors
    seen = set()
    stats = Counter()
    out = []
    for gen in (cnn, horne, dewn, ptbr):
        for a in gen():
            stats[(a["_src"], "read")] += 1
            if len(a["body"]) < MIN_BODY:
                stats[(a["_src"], "short")] += 1
                continue
            if "\ufffd" in a["body"] or "\ufffd" in a["title"]:
                stats[(a["_src"], "u+fffd")] += 1
                continue
            if a["body"] in seen:
                stats[(a["_src"], "dup")] += 1
                continue
            seen.add(a["body"])
            stats[(a["_src"], "kept")] += 1
            del a["_src"]
            out.append(a)
    with open(args.out, "w", encoding="utf-8") as f:
        for a in out:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    for k in sorted(stats):
        print(*k, stats[k], file=sys.stderr)
    print("lang", Counter(a["lang"] for a in out), file=sys.stderr)
    print("total", len(out), file=sys.stderr)


if __name__ == "__main__":
    main()
