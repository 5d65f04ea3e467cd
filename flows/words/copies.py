"""Deciding the one-word edits that repeated sentences propose (flows/corpus/repeated.py).

A sentence found elsewhere in the corpus with exactly one word more or less gets
that edit proposed; here the language model has its say, because the copy alone
does not tell which side is damaged.
"""

from __future__ import annotations

from flows.document import WordEdit
from flows.words.candidates import is_function_word
from flows.words.layout import lay_out, sentence_logprob
from flows.words.model import WordModel
from flows.words.tokens import WORDLIKE, sentence_keys

# A stray function word that another article's copy of the sentence lacks is removed
# when the model prefers the shorter sentence by this many nats (e^4.5 ~ 90): damage
# drops function words about as often as it adds them, so the copy alone does not say
# which side is damaged.  On dev no right removal scored below 4.7 and no wrong one above 4.1.
COPY_DELETE_MARGIN = 4.5
# A content word another copy has is restored when the article holds a second such
# repair: two versions of one story may differ by an adverb ("still", "also"), a crawl
# that loses words loses several.  Share of such edits right on dev: 0.98.
COPY_CORROBORATION = 2
COPY_CONFIDENCE = 0.98

# one proposal per sentence: (the sentence's hash, op, position, word)
Proposal = tuple[int, str, int, str]


def copy_edits(body: str, model: WordModel, proposals: list[Proposal]) -> list[WordEdit]:
    """Decide the one-word edits that repeated sentences propose: (sentence hash, op, position, word)."""
    lay = lay_out(body, model)
    sentence_of = {key: s for s, key in enumerate(sentence_keys(lay.words))}
    strong, weak = [], []
    for key, op, position, word in proposals:
        s = sentence_of.get(key)
        words = lay.words[s] if s is not None else []
        if not 0 < position < len(words) or (op == "delete" and words[position] != word):
            continue  # the body is not the one the proposal was made for
        if not WORDLIKE.fullmatch(word):
            continue  # an editor's note in brackets, "(scenario)", is how two tellings differ, not damage
        edited = words[:position] + ([word] + words[position:] if op == "insert" else words[position + 1:])
        gain = sentence_logprob(model, " ".join(edited)) - sentence_logprob(model, " ".join(words))
        function_word = is_function_word(model, word)
        pi, si, _ = lay.places[s]
        edit = WordEdit(op, pi, si, position, lay.starts[s][position], word, COPY_CONFIDENCE, "copies")
        if function_word and gain > (COPY_DELETE_MARGIN if op == "delete" else 0.0):
            strong.append(edit)  # the model agrees with the copy, and function words are what damage adds
        elif op == "insert" and not function_word:
            weak.append(edit)
    return strong + weak if len(strong) + len(weak) >= COPY_CORROBORATION else strong
