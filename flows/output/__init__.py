"""What a run publishes and how: explicit schemas, rows, the output folder, object stores, reports.

    schema      the Arrow schemas of articles, rejects and state
    rows        documents to rows and tables; atomic Parquet files
    partitions  the articles' year folders; old files read under today's schema; the streaming writer
    build       the next snapshot's files, from the published one and a run's own
    control     the output folder's control files and folders, never followed when they are links
    store       the output folder: lock, snapshots, atomic publication, recovery, incremental state
    reading     how readers resolve the published snapshot once (for Python readers)
    mirror      publication to an fsspec URL through a local working copy
    report      the run manifest, its markdown, corpus statistics
"""
