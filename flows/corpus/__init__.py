"""The second pass's corpus-wide phases, each reading the workspace folders before it and writing its own.

    duplicates  signatures of the whole corpus -> links/ (and the LinkStep that applies them)
    repeated    sentence hashes (a first-pass step) -> proposals/ (one-word edits their copies show)
    models      articles -> texts/ and lexicons -> word models (flows/words/fit.py)

They may import the base modules, flows.stages (for signatures), flows.words,
flows.staged and flows.output; never the flow or the commands.
"""
