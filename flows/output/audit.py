"""One input's story, for `news-corpus show`: what it became and every change made on the way.

A user who doubts an article (a title that looks wrong, a paragraph that seems to
be missing, a word that reads oddly) wants its whole record at once: the metadata
decided, every encoding fix, every line taken out with its reason, every word
edit with its confidence and evidence, and, on request, the body as it was before
any of them. A rejected input shows its reason, detail and first bytes instead.
Everything here reads the published snapshot (flows/output/reading.py); nothing
is computed again.
"""

from __future__ import annotations

from pathlib import Path

from flows.stages.chrome import restore

# How much of a reject's bytes is shown: enough to see what the file is.
REJECT_PREVIEW_BYTES = 160


def find(folder: Path, key: str) -> tuple[str, dict] | None:
    """("article" or "reject", its row) for `key`: a doc_id, a source_file, or the end of one
    ("01_harbour_wall.txt" finds "2024/01_harbour_wall.txt" when no other file ends so)."""
    import duckdb

    con = duckdb.connect()
    for kind, name in (("article", "articles"), ("reject", "rejects")):
        if not any((folder / name).rglob("*.parquet")):
            continue
        rows = con.sql("SELECT * FROM read_parquet($1, hive_partitioning = false, union_by_name = true) "
                       "WHERE doc_id = $2 OR source_file = $2 OR source_file LIKE '%/' || $2 ORDER BY source_file",
                       params=[str(folder / name / "**" / "*.parquet"), key]).to_arrow_table().to_pylist()
        exact = [r for r in rows if key in (r["doc_id"], r["source_file"])]
        if exact or len(rows) == 1:
            return kind, (exact or rows)[0]
        if rows:
            names = ", ".join(r["source_file"] for r in rows[:5])
            raise LookupError(f"{key!r} ends {len(rows)} file names ({names}{', ...' if len(rows) > 5 else ''}); "
                              "give more of the path")
    return None


def record(folder: Path, key: str, original: bool = False) -> str | None:
    """`render` of what `find` finds (None when nothing), the copy's original named by its file too."""
    found = find(folder, key)
    if found is None:
        return None
    kind, row = found
    if kind == "article" and row.get("duplicate_of"):
        original_row = find(folder, row["duplicate_of"])
        row["duplicate_of_file"] = original_row[1]["source_file"] if original_row else None
    return render(kind, row, original)


def render(kind: str, row: dict, original: bool = False) -> str:
    """The record as text: metadata, fixes, removals, word edits, then the text (or the reject)."""
    if kind == "reject":
        return _reject(row)
    lines = [f"article {row['source_file']}  (doc_id {row['doc_id']}, run {row['run_id']})",
             f"  date {row['date'] or 'unknown'} ({row['date_precision'] or 'no date'}), "
             f"language {row['language']} (p {_rounded(row['language_prob'])}), encoding {row['encoding']}",
             f"  title ({row['title_source']}): {row['title'] if row['title'] is not None else '(none)'}"]
    if row.get("duplicate_of"):
        named = f"{row['duplicate_of_file']}, " if row.get("duplicate_of_file") else ""
        similarity = _rounded(row["duplicate_similarity"])
        lines.append(f"  copy of {named}doc_id {row['duplicate_of']} (similarity {similarity})")
    lines += _section("encoding and text fixes", [_fix(f) for f in row["fixes"] or []])
    lines += _section("lines taken out", [_removal(r) for r in row["removed"] or []])
    lines += _section(f"word repair ({row['word_repair'] or 'not run'})", [_edit(e) for e in row["word_edits"] or []])
    lines += ["", "title:", f"  {row['title'] or '(none)'}", "body:", _indented(row["body"])]
    if original:
        before = restore(row["body_before_words"] or row["body"], row["removed"] or [])
        head = [r["text"] for r in row["removed"] or [] if r["place"] == "head"]
        lines += ["", "body before lines were taken out and words repaired"
                      + (" (the lines taken off the page's top first):" if head else ":"),
                  _indented("\n".join(head + [before]) if head else before)]
    return "\n".join(lines)


def _reject(row: dict) -> str:
    data = row.get("data") or b""
    preview = data[:REJECT_PREVIEW_BYTES]
    lines = [f"reject {row['source_file']}  (doc_id {row['doc_id']}, run {row['run_id']})",
             f"  reason {row['reason']} at {row['stage'] or 'discovery'}: {row['detail']}",
             f"  {row['source_size'] or 0:,} bytes in the file, {len(data):,} kept in `data`"]
    if preview:
        lines.append(f"  {'the first ' + str(len(preview)) + ': ' if len(preview) < len(data) else ''}{preview!r}")
    return "\n".join(lines)


def _section(title: str, items: list[str]) -> list[str]:
    return ["", f"{title}: {len(items) or 'none'}"] + [f"  {item}" for item in items]


def _fix(f: dict) -> str:
    return f"{f['kind']}" + (f" ({f['detail']})" if f["detail"] else "") + f" x{f['count']}"


def _removal(r: dict) -> str:
    where = "top of the page" if r["place"] == "head" else (
        f"paragraph {r['paragraph']}" + (f", line {r['line']}" if r["line"] is not None and r["line"] >= 0 else ""))
    return f"{r['reason']:<18} {where:<24} {_short(r['text'])}"


def _edit(e: dict) -> str:
    place = f"paragraph {e['paragraph']}, sentence {e['sentence']}, word {e['position']}"
    return (f"{e['op']:<13} {e['word']!r:<16} {place:<36} confidence {_rounded(e['confidence'])}"
            f" ({e.get('evidence') or 'model'})")


def _short(text: str, limit: int = 100) -> str:
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= limit else flat[:limit - 3] + "...")


def _rounded(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _indented(text: str) -> str:
    return "\n".join(f"  {line}" for line in (text or "").split("\n"))
