"""DuckDB for the corpus-wide joins and merges, with bounded memory: whatever does not fit spills to disk.

Every phase that counts or joins across the corpus (repeated sentences, boilerplate,
merging n-gram counts) opens its connection here, so that each holds at most
MEMORY_LIMIT in memory, whatever the corpus's size, and a worker process stays
within its memory guard (flows/execution/local_pool.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

# Per connection. DuckDB's own default is 80% of the machine's memory, which two workers
# running phases side by side would double; 1 GB holds dev's largest join (600k rows of
# sentence hashes) in memory, and beyond it the join spills rather than fails.
MEMORY_LIMIT = "1GB"


def connection(temp_directory: Path) -> Any:
    """A DuckDB connection that spills to `temp_directory` beyond MEMORY_LIMIT."""
    import duckdb

    con = duckdb.connect()
    con.execute(f"SET temp_directory = '{Path(temp_directory).as_posix()}'")
    con.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
    return con
