"""The run's one-screen summary says everything it counts, or how much more there is."""

from flows.output.report import SHOWN_LANGUAGES, ignored_files, short_summary


def manifest(languages: dict, ignored: dict | None = None) -> dict:
    return {"run_id": "r", "files_processed": sum(languages.values()), "articles": sum(languages.values()),
            "rejects": {}, "seconds": 1.0, "inputs": {"unchanged_skipped": 0, "ignored": ignored or {}},
            "duplicates_marked": 0, "languages": languages, "fixes": {}, "word_repair": {}}


def test_languages_past_the_line_are_counted_not_dropped():
    languages = {f"x{i:02d}": 100 - i for i in range(SHOWN_LANGUAGES + 3)}
    line = next(x for x in short_summary(manifest(languages)).splitlines() if "languages:" in x)
    assert "x00 100" in line and f"x{SHOWN_LANGUAGES - 1:02d}" in line and f"x{SHOWN_LANGUAGES:02d}" not in line
    hidden = sum(100 - i for i in range(SHOWN_LANGUAGES, SHOWN_LANGUAGES + 3))
    assert line.endswith(f"and 3 more ({hidden} articles)")
    few = next(x for x in short_summary(manifest({"en": 4, "es": 1})).splitlines() if "languages:" in x)
    assert few.strip() == "languages: en 4, es 1"


def test_files_that_are_not_inputs_are_said():
    assert ignored_files({".html": 2, "hidden": 1}).startswith("3 files that are not inputs (.html 2, hidden 1)")
    assert ignored_files({".json": 1}).startswith("1 file that is not an input (.json 1)")
    assert "raw/ also holds 1 file" in short_summary(manifest({"en": 1}, {".json": 1}))
    assert "also holds" not in short_summary(manifest({"en": 1}))
