"""Word repair: missing and stray words mended from n-gram models the corpus itself teaches.

Layered without cycles, each module importing only those above it:

    tokens                      how text is cut into sentences and tokens
    model                       a fitted 4-gram model, queried in bulk
    counting, estimate, lexicon fitting's parts: counts, Kneser-Ney, foreign words
    layout, candidates          a body laid out for scoring; the hypotheses and their gains
    features                    the decision units and what the logistic models read
    article                     damage comes by file: an edit's confidence given its article
    decide, copies, repair      decisions (model alone; repeated sentences), applied
    calibrate                   learning the decisions from damage planted in the corpus
    fit                         fitting and storing one language's model
    step                        the second-pass step that repairs each article
"""
