import random

import numpy as np

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


def test_copies_just_above_the_threshold_are_found():
    """LSH tuned at the threshold itself finds a pair of Jaccard 0.85 about 69% of the time; the
    candidates come from a lower setting, so every such copy is found and its estimate decides."""
    from flows.stages.signature import SHINGLE, fold_words

    def jaccard(a: str, b: str) -> float:
        def shingles(t: str) -> set:
            words = fold_words(t)
            return {tuple(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
        return len(shingles(a) & shingles(b)) / len(shingles(a) | shingles(b))

    pairs = []
    for seed in range(20):
        story = text(100 + seed)
        words = story.split()
        for place in range(50, 400, 60):  # six words changed, far apart: 30 of 396 shingles differ
            words[place] = f"changed{seed}x{place}"
        copy = " ".join(words)
        assert 0.85 < jaccard(story, copy) < 0.87
        pairs.append((story, copy))
    def estimate(a: str, b: str) -> float:  # what decides, once LSH has found the pair
        values = [np.frombuffer(signature("d", "T", t).minhash, np.uint32) for t in (a, b)]
        return float(np.mean(values[0] == values[1]))

    found = links([item for seed, (story, copy) in enumerate(pairs)
                   for item in ((f"s{seed}", "T", story), (f"c{seed}", "T", copy))])
    passing = {f"c{seed}": f"s{seed}" for seed, pair in enumerate(pairs) if estimate(*pair) >= 0.8}
    assert len(passing) >= 15 and found == passing


def test_chains_point_to_the_kept_copy():
    assert links([("a", "T", STORY), ("b", "T", STORY + " More."), ("c", "T", STORY + " More. Even more.")]) == {
        "b": "a", "c": "a"}


def test_different_stories_and_short_texts_are_not_linked():
    assert links([("a", "T", STORY), ("b", "T", OTHER), ("c", "T", "Short."), ("d", "T", "Other short.")]) == {}


def test_minhash_values_are_datasketchs_own():
    """The signature works MinHash out in bulk; the values must be what datasketch computes from the
    same shingle hashes, or new articles could not be compared with the signatures of published ones."""
    import numpy as np
    from datasketch import MinHash

    from flows.stages.signature import MAX_SHINGLED_WORDS, NUM_PERM, SCHEME, SEED, fold_words, shingle_hashes, signature

    for title, body in [("Ünïcode in Zürich", "Die Straße – „Zitat“ " * 12), ("T", STORY), ("", STORY + " café" * 30)]:
        hashed = shingle_hashes(fold_words(f"{title}\n{body}")[:MAX_SHINGLED_WORDS])
        plain = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=int)
        plain.update_batch(hashed.tolist())
        assert signature("d", title, body).minhash == plain.hashvalues.astype(np.uint32).tobytes()


def test_shingle_hashes_depend_on_the_words_and_their_order_only():
    from flows.stages.signature import SHINGLE, shingle_hashes

    words = "the council met on monday to vote on the new bridge".split()
    hashed = shingle_hashes(words).tolist()
    assert len(hashed) == len(words) - SHINGLE + 1 and len(set(hashed)) == len(hashed)
    assert shingle_hashes(words[3:]).tolist() == hashed[3:]  # a shingle's hash is its own, wherever it stands
    assert shingle_hashes(["monday", "on", "met", "council", "the"]).tolist() != hashed[:1]  # order counts
