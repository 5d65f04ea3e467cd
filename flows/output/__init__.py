"""What a run publishes and how: explicit schemas, rows, the output folder, object stores, reports.

    schema   the Arrow schemas of articles, rejects and state
    rows     documents to rows and tables; atomic Parquet files
    store    the output folder: lock, snapshots, atomic publication, incremental state
    mirror   publication to an fsspec URL through a local working copy
    report   the run manifest, its markdown, corpus statistics
"""
