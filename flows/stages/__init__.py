"""The first pass: pure, Prefect-free steps, one module each, that take a raw file to a staged article.

    discover    find the inputs; read each one's bytes, bounded (ReadStep)
    decode      bytes to text, recording the encoding found
    encoding    mend encoding damage (ftfy and what it leaves), recording every fix
    metadata    split the header (date, headline, fields) from the body
    language    langdetect, seeded
    signature   duplicate signatures (text hash, MinHash)

Each step may import only flows.document, flows.step, flows.settings and
flows.locations: never another stage, never the second pass.
"""
