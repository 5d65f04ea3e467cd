"""What a run and the corpus look like, in figures: the run manifest, its markdown, corpus stats."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from flows.stages.discover import INPUT_NAMES


@dataclass
class RunReport:
    """Everything a run's manifest says, gathered as the run goes."""

    run_id: str
    raw: str
    out: str
    settings: dict
    inputs: dict  # to_process, new, changed, unchanged_skipped, missing_from_raw, ignored
    started: float
    flow_run_id: str | None = None
    summary: dict = field(default_factory=dict)  # flows/passes.py summarise()
    duplicates: int = 0
    word_models: dict = field(default_factory=dict)
    layout: dict = field(default_factory=dict)  # each language's headline model (flows/corpus/layout.py)
    boilerplate: int = 0  # lines found to recur across the corpus's stories

    def manifest(self, finished: float) -> dict:
        """The run manifest written beside the snapshot and under manifests/."""
        s = self.summary
        return {
            "run_id": self.run_id, "flow_run_id": self.flow_run_id, "raw": self.raw, "out": self.out,
            "settings": self.settings, "inputs": self.inputs,
            "files_processed": s.get("files", 0), "articles": s.get("articles", 0),
            "rejects": s.get("rejects", {}), "languages": s.get("languages", {}),
            "encodings": s.get("encodings", {}), "fixes": s.get("fixes", {}),
            "word_repair": s.get("word_repair", {}), "word_models": self.word_models,
            "duplicates_marked": self.duplicates, "removed": s.get("removed", {}), "titles": s.get("titles", {}),
            "headline_models": self.layout, "boilerplate_lines": self.boilerplate, "steps": s.get("steps", {}),
            "seconds": round(finished - self.started, 2),
        }


def ignored_files(counts: dict[str, int]) -> str:
    """What a run left alone in raw/, in one phrase: "3 files that are not inputs (.html 2, .json 1) ..."."""
    total = sum(counts.values())
    kinds = ", ".join(f"{kind} {n}" for kind, n in counts.items())
    what = "file that is not an input" if total == 1 else "files that are not inputs"
    return f"{total} {what} ({kinds}), left alone: only {INPUT_NAMES} files are read"


def markdown(m: dict) -> str:
    """The run report as markdown, for the Prefect artifact and the console."""
    inputs = m["inputs"]
    ignored = [f"- raw/ also holds {ignored_files(inputs['ignored'])}"] if inputs.get("ignored") else []
    if not m["files_processed"]:
        return "\n".join([f"# news-corpus run {m['run_id']}: nothing to do", "",
                          f"- flow run: {m.get('flow_run_id')}",
                          f"- {inputs['unchanged_skipped']} inputs unchanged, none new or changed; "
                          "nothing was published" + ("" if inputs["unchanged_skipped"] else
                                                     f" (the raw folder holds no {INPUT_NAMES} files)"),
                          *ignored])
    lines = [
        f"# news-corpus run {m['run_id']}",
        "",
        f"- flow run: {m.get('flow_run_id')}",
        f"- inputs: {inputs['to_process']} processed ({inputs['new']} new, {inputs['changed']} changed), "
        f"{inputs['unchanged_skipped']} unchanged skipped, {inputs['missing_from_raw']} gone from raw/",
        *ignored,
        f"- articles out: {m['articles']}; rejects: {sum(m['rejects'].values())}; "
        f"duplicates marked: {m['duplicates_marked']}; seconds: {m['seconds']}",
        "",
        _table("Rejects by reason", "reason", "files", m["rejects"]),
        _table("Titles", "title from", "articles", m.get("titles", {})),
        _table("Lines removed", "reason", "lines", m.get("removed", {})),
        _table("Encoding fixes by kind", "kind", "fixes", m["fixes"]),
        _table("Word repairs by operation", "operation", "edits", m["word_repair"].get("ops", {})),
        _table("Languages", "language", "articles", m["languages"]),
        _table("Encodings detected", "encoding", "files", m["encodings"]),
        _table("Seconds by step", "step", "seconds", {k: v["seconds"] for k, v in m["steps"].items()}),
    ]
    return "\n".join(lines)


def _table(title: str, key: str, value: str, counts: dict) -> str:
    if not counts:
        return f"**{title}**: none\n"
    rows = "\n".join(f"| {k} | {v} |" for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0]))))
    return f"**{title}**\n\n| {key} | {value} |\n|---|---|\n{rows}\n"


SHOWN_LANGUAGES = 10  # the summary's one line of languages; the manifest lists every one


def short_summary(m: dict, seconds: float | None = None) -> str:
    """The few lines `news-corpus run` prints at the end (`seconds`: the command's wall time)."""
    ignored = m["inputs"].get("ignored")
    also = f"\n  raw/ also holds {ignored_files(ignored)}" if ignored else ""
    if not m["files_processed"]:
        return (f"run {m['run_id']}: nothing to do ({m['inputs']['unchanged_skipped']} inputs unchanged, "
                "none new or changed); the published corpus is as it was" + also)
    seconds = m["seconds"] if seconds is None else round(seconds, 1)
    rejects = ", ".join(f"{k} {v}" for k, v in sorted(m["rejects"].items())) or "none"
    by_count = sorted(m["languages"].items(), key=lambda kv: (-kv[1], kv[0]))
    languages = ", ".join(f"{k} {v}" for k, v in by_count[:SHOWN_LANGUAGES])
    if len(by_count) > SHOWN_LANGUAGES:  # said, not silently cut: the manifest has them all
        rest = by_count[SHOWN_LANGUAGES:]
        languages += f" and {len(rest)} more ({sum(n for _, n in rest)} articles)"
    ops = m["word_repair"].get("ops", {})
    return (f"run {m['run_id']}: {m['files_processed']} files -> {m['articles']} articles, "
            f"{sum(m['rejects'].values())} rejects ({rejects}) in {seconds} s\n"
            f"  skipped unchanged: {m['inputs']['unchanged_skipped']}; duplicates marked: {m['duplicates_marked']}\n"
            f"  languages: {languages or 'none'}\n"
            f"  encoding fixes: {sum(m['fixes'].values())}; word edits: "
            f"{ops.get('insert', 0)} inserted, {ops.get('delete', 0)} deleted "
            f"({m['word_repair'].get('evidence', {}).get('copies', 0)} of them from repeated sentences), "
            f"{ops.get('flag_missing', 0) + ops.get('flag_stray', 0)} flagged" + also)


STATS_QUERIES = {
    "Articles by year and language": """
        SELECT coalesce(CAST(year AS VARCHAR), 'unknown') AS year, language, count(*) AS articles
        FROM read_parquet('{articles}/*/*.parquet'{hive})
        GROUP BY ALL ORDER BY year, articles DESC""",
    "Duplicates": """
        SELECT count(*) FILTER (WHERE duplicate_of IS NOT NULL) AS duplicates, count(*) AS articles
        FROM read_parquet('{articles}/*/*.parquet'{hive})""",
    "Rejects by reason": """
        SELECT reason, count(*) AS files FROM read_parquet('{rejects}/*.parquet')
        GROUP BY ALL ORDER BY files DESC""",
    "Encoding repairs by kind": """
        SELECT f.kind, sum(f.count) AS fixes, count(DISTINCT doc_id) AS articles
        FROM (SELECT doc_id, unnest(fixes) AS f
              FROM read_parquet('{articles}/*/*.parquet'{hive}))
        GROUP BY ALL ORDER BY fixes DESC""",
    "Word repairs by operation": """
        SELECT e.op, count(*) AS edits, round(avg(e.confidence), 3) AS mean_confidence
        FROM (SELECT unnest(word_edits) AS e
              FROM read_parquet('{articles}/*/*.parquet'{hive}))
        GROUP BY ALL ORDER BY edits DESC""",
}


def corpus_stats(out: Path) -> str:
    """A summary of the whole published corpus, computed by DuckDB over the Parquet.

    The snapshot is resolved once, so that every query reads the same one even while a
    run publishes (flows/output/reading.py). A snapshot of the older Hive layout
    (`year=2018/`, the year only in the path) is read with Hive partitioning until the
    next run rewrites it; the current layout is read without, so that no `key=value`
    folder on the way to the output folder becomes a column.
    """
    import duckdb

    from flows.output.partitions import is_hive_layout
    from flows.output.reading import NothingPublished, snapshot

    try:
        folder = Path(snapshot(out)).resolve()
    except NothingPublished:
        return f"no corpus published in {out} yet"
    articles, rejects = folder / "articles", folder / "rejects"
    hive = ", hive_partitioning = true" if is_hive_layout(articles) else ", hive_partitioning = false"
    con = duckdb.connect()
    parts = []
    for title, sql in STATS_QUERIES.items():
        relation = con.sql(sql.format(articles=_quoted(articles), rejects=_quoted(rejects), hive=hive))
        parts.append(f"## {title}\n{_render(relation.columns, relation.fetchall())}")
    return "\n\n".join(parts)


def _quoted(path: Path) -> str:
    """A path inside a single-quoted SQL string."""
    return str(path).replace("'", "''")


def _render(columns: list[str], rows: list[tuple]) -> str:
    table = [columns] + [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [max(len(r[i]) for r in table) for i in range(len(columns))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in table)
