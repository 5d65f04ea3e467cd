import random

from flows.corpus.duplicates import find_duplicates
from flows.stages.signature import signature

VOCABULARY = [f"word{i}" for i in range(2000)]


def text(seed: int, words: int = 400) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(VOCABULARY) for _ in range(words))


STORY, OTHER = text(1), text(2)


def links(items):
    return {doc: kept for doc, kept, _ in find_duplicates(signature(*item) for item in items)}


def test_exact_copy_under_another_name_points_to_the_first():
    assert links([("a", "T", STORY), ("b", "T", OTHER), ("c", "T", STORY)]) == {"c": "a"}


def test_near_copy_with_a_line_added_is_found():
    assert links([("a", "T", STORY), ("b", "T", STORY + "\n\nAdditional reporting by staff.")]) == {"b": "a"}


def test_near_copy_with_words_lost_is_found():
    words = STORY.split()
    damaged = " ".join(w for i, w in enumerate(words) if i % 80 != 7)  # 5 words lost of 400
    assert links([("a", "T", STORY), ("b", "T", damaged)]) == {"b": "a"}


def test_chains_point_to_the_kept_copy():
    assert links([("a", "T", STORY), ("b", "T", STORY + " More."), ("c", "T", STORY + " More. Even more.")]) == {
        "b": "a", "c": "a"}


def test_different_stories_and_short_texts_are_not_linked():
    assert links([("a", "T", STORY), ("b", "T", OTHER), ("c", "T", "Short."), ("d", "T", "Other short.")]) == {}


def test_minhash_values_are_datasketchs_own():
    """The signature hashes its shingles in bulk; the values must be what datasketch computes from them,
    or new articles could not be compared with the signatures of published ones."""
    import numpy as np
    from datasketch import MinHash

    from flows.stages.signature import MAX_SHINGLED_WORDS, NUM_PERM, SCHEME, SEED, SHINGLE, fold_words, signature

    for title, body in [("Ünïcode in Zürich", "Die Straße – „Zitat“ " * 12), ("T", STORY), ("", STORY + " café" * 30)]:
        words = fold_words(f"{title}\n{body}")[:MAX_SHINGLED_WORDS]
        plain = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
        plain.update_batch({" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)})
        assert signature("d", title, body).minhash == plain.hashvalues.astype(np.uint32).tobytes()
