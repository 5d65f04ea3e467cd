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
