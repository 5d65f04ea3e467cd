"""What a run and the corpus look like, in figures: the run manifest, its markdown, corpus stats."""

from __future__ import annotations

from pathlib import Path


def manifest(run_id: str, raw: Path | str, out: Path, plan, summary: dict, words: dict, duplicates: int,
             models: dict, settings: dict, started: float, finished: float) -> dict:
    """The run manifest written beside the snapshot and under manifests/."""
    return {
        "run_id": run_id, "raw": str(raw), "out": str(out), "settings": settings,
        "inputs": {"to_process": len(plan.todo), "new": plan.new, "changed": plan.changed,
                   "unchanged_skipped": plan.unchanged, "missing_from_raw": plan.missing},
        "files_processed": summary.get("files", 0), "articles": summary.get("articles", 0),
        "rejects": summary.get("rejects", {}), "languages": summary.get("languages", {}),
        "encodings": summary.get("encodings", {}), "fixes": summary.get("fixes", {}),
        "word_repair": words, "word_models": models, "duplicates_marked": duplicates,
        "steps": summary.get("steps", {}), "seconds": round(finished - started, 2),
    }


def markdown(m: dict) -> str:
    """The run report as markdown, for the Prefect artifact and the console."""
    inputs = m["inputs"]
    lines = [
        f"# news-corpus run {m['run_id']}",
        "",
        f"- inputs: {inputs['to_process']} processed ({inputs['new']} new, {inputs['changed']} changed), "
        f"{inputs['unchanged_skipped']} unchanged skipped, {inputs['missing_from_raw']} gone from raw/",
        f"- articles out: {m['articles']}; rejects: {sum(m['rejects'].values())}; "
        f"duplicates marked: {m['duplicates_marked']}; seconds: {m['seconds']}",
        "",
        _table("Rejects by reason", m["rejects"]),
        _table("Encoding fixes by kind", m["fixes"]),
        _table("Word repairs by operation", m["word_repair"].get("ops", {})),
        _table("Languages", m["languages"]),
        _table("Encodings detected", m["encodings"]),
        _table("Seconds by stage", {k: v["seconds"] for k, v in m["steps"].items()}),
    ]
    return "\n".join(lines)


def _table(title: str, counts: dict) -> str:
    if not counts:
        return f"**{title}**: none\n"
    rows = "\n".join(f"| {k} | {v} |" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0]))))
    return f"**{title}**\n\n| | |\n|---|---|\n{rows}\n"


def short_summary(m: dict) -> str:
    """The few lines `news-corpus run` prints at the end."""
    rejects = ", ".join(f"{k} {v}" for k, v in sorted(m["rejects"].items())) or "none"
    languages = ", ".join(f"{k} {v}" for k, v in sorted(m["languages"].items(), key=lambda kv: -kv[1])[:6])
    ops = m["word_repair"].get("ops", {})
    return (f"run {m['run_id']}: {m['files_processed']} files -> {m['articles']} articles, "
            f"{sum(m['rejects'].values())} rejects ({rejects}) in {m['seconds']} s\n"
            f"  skipped unchanged: {m['inputs']['unchanged_skipped']}; duplicates marked: {m['duplicates_marked']}\n"
            f"  languages: {languages or 'none'}\n"
            f"  encoding fixes: {sum(m['fixes'].values())}; word edits: "
            f"{ops.get('insert', 0)} inserted, {ops.get('delete', 0)} deleted "
            f"({m['word_repair'].get('evidence', {}).get('copies', 0)} of them from repeated sentences), "
            f"{ops.get('flag_missing', 0) + ops.get('flag_stray', 0)} flagged")


STATS_QUERIES = {
    "Articles by year and language": """
        SELECT coalesce(CAST(year AS VARCHAR), 'unknown') AS year, language, count(*) AS articles
        FROM read_parquet('{articles}/**/*.parquet', hive_partitioning = true)
        GROUP BY ALL ORDER BY year, articles DESC""",
    "Duplicates": """
        SELECT count(*) FILTER (WHERE duplicate_of IS NOT NULL) AS duplicates, count(*) AS articles
        FROM read_parquet('{articles}/**/*.parquet', hive_partitioning = true)""",
    "Rejects by reason": """
        SELECT reason, count(*) AS files FROM read_parquet('{rejects}/*.parquet')
        GROUP BY ALL ORDER BY files DESC""",
    "Encoding repairs by kind": """
        SELECT f.kind, sum(f.count) AS fixes, count(DISTINCT doc_id) AS articles
        FROM (SELECT doc_id, unnest(fixes) AS f
              FROM read_parquet('{articles}/**/*.parquet', hive_partitioning = true))
        GROUP BY ALL ORDER BY fixes DESC""",
    "Word repairs by operation": """
        SELECT e.op, count(*) AS edits, round(avg(e.confidence), 3) AS mean_confidence
        FROM (SELECT unnest(word_edits) AS e
              FROM read_parquet('{articles}/**/*.parquet', hive_partitioning = true))
        GROUP BY ALL ORDER BY edits DESC""",
}


def corpus_stats(out: Path) -> str:
    """A summary of the whole published corpus, computed by DuckDB over the Parquet."""
    import duckdb

    articles, rejects = (Path(out) / "articles").resolve(), (Path(out) / "rejects").resolve()
    if not articles.exists():
        return f"no corpus published in {out} yet"
    con = duckdb.connect()
    parts = []
    for title, sql in STATS_QUERIES.items():
        relation = con.sql(sql.format(articles=articles, rejects=rejects))
        parts.append(f"## {title}\n{_render(relation.columns, relation.fetchall())}")
    return "\n\n".join(parts)


def _render(columns: list[str], rows: list[tuple]) -> str:
    table = [columns] + [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [max(len(r[i]) for r in table) for i in range(len(columns))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in table)
