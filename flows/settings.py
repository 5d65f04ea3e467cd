"""Everything a run can be told, declared once.

Each setting's default is argued where it is set, below. The flow's parameters
(flows/flow.py) and the command's flags (flows/cli.py) are derived from these
fields, so a setting has one name everywhere: the field `dedup_threshold` is the
flow parameter `dedup_threshold` (`prefect deployment run ... --param
dedup_threshold=0.9`) and the flag `--dedup-threshold`. Stages take plain values;
their defaults point back here.
"""

from __future__ import annotations

import types
import typing
from dataclasses import MISSING, asdict, dataclass, field, fields, replace
from typing import Any


class SettingsError(ValueError):
    """A setting out of its range: the message says which and why, in one line."""


def _setting(default: Any, help: str, *, low: float | None = None, high: float | None = None) -> Any:
    return field(default=default, metadata={"help": help, "low": low, "high": high})


@dataclass(frozen=True)
class Settings:
    """What a run does; `None` means "the measured default" where the help says so."""

    full_refresh: bool = _setting(False, "reprocess every input, not only new or changed ones")
    # Word repair is what costs most (a first run fits a model per language), and what a
    # corpus benefits from most when it holds lost and stray words: on by default.
    word_repair: bool = _setting(True, "repair missing and stray words with models learned from the corpus")
    # None: the bars measured on dev (flows/words/decide.py, WordThresholds): 0.95 to insert,
    # 0.825 to delete, 0.5 to flag.
    insert_threshold: float | None = _setting(
        None, "posterior a lone inserted word needs (default: the measured 0.95)", low=0.0, high=1.0)
    delete_threshold: float | None = _setting(
        None, "posterior a lone deleted word needs (default: the measured 0.825)", low=0.0, high=1.0)
    # By default an edit is applied when its own sentence clears its bar, or, for a stray word,
    # when its whole article makes it 97% sure: each route right 97%+ of the time on dev, and
    # 96.2% together on `second` (other outlets, other years). The two settings below move
    # that balance either way; a model under 200k tokens edits only through the article's route.
    lone_edits_only: bool = _setting(
        False, "apply only edits whose own sentence clears its bar: no article-confidence route "
               "(precision 0.984 on dev, 0.965 on second; less repair)")
    corroborated_edits: bool = _setting(
        False, "also apply weaker edits where the article holds two or more "
               "(precision 0.971 on dev, 0.946 on second; more repair)")
    flag_threshold: float | None = _setting(
        None, "posterior from which a doubtful place is flagged (default: 0.5)", low=0.0, high=1.0)
    # Jaccard over word 5-shingles of a copy with one line added, or a dozen words lost,
    # stays above 0.8 on the dev corpus; unrelated news on the same topic is below 0.3.
    dedup_threshold: float = _setting(0.8, "estimated Jaccard similarity from which two articles are copies",
                                      low=0.0, high=1.0)
    # A copy is the same story published within days of the kept one (syndication); the
    # same text months apart is a re-run that analyses by date should still count.
    dedup_window_days: int | None = _setting(
        7, "days apart within which two dated articles can be copies (none: any distance)", low=0)
    # langdetect's cost grows with the text; its estimate settles long before the end of an
    # article. 1,000 characters (what datatrove's language filter reads, too) give the answer of
    # 2,000 on all but 1 of dev's 3,845 articles and all of dev-crawl's, at the same accuracy
    # against the truth, for 0.46 instead of 0.77 ms per article (benchmarks/throughput.py
    # --language-only).
    language_max_chars: int | None = _setting(
        1000, "characters language detection reads (none: the whole text)", low=1)
    # A news article is a few KB; anything this large is a mis-filed dump or an archive,
    # and holding it whole would blow a worker's memory.
    max_bytes: int = _setting(64 * 1024 * 1024, "inputs larger than this many bytes are rejected as too_large",
                              low=1)
    # The text stages' budget, whatever the bytes: the longest dev article is 30k characters,
    # a long report or transcript a few hundred thousand; beyond a million, a file is a dump
    # or a runaway page, and every stage's time and memory grows with it (a 33 MB file of
    # short lines took 7.4 GB to sign for duplicates).
    max_chars: int = _setting(1_000_000, "texts longer than this many characters are rejected as too_long", low=1)
    # The stages are CPU-bound pure Python: one process per core.
    workers: int | None = _setting(None, "parallel worker processes (default: the machine's cores)", low=1)
    # The boilerplate bars (flows/corpus/boilerplate.py): on dev the most repeated line of real
    # article text is in 7 stories; 10 stories, and 0.5% of a large corpus's, stay clear of it.
    boilerplate_min_stories: int = _setting(
        10, "distinct stories a short line must recur in to be taken out as boilerplate", low=2)
    boilerplate_min_share: float = _setting(
        0.005, "share of all the corpus's stories a boilerplate line must recur in, as well", low=0.0, high=1.0)
    # None: the universal vocabulary alone (flows/stages/chrome.py).
    chrome_phrases: str | None = _setting(
        None, "a UTF-8 file of your own site chrome, one line per phrase, taken out wherever a whole line is one")
    # A picture's credit glued to the end of its caption ("... outside court. Picture: PA") is chrome to the readers
    # of real pages (about one chrome piece in six they label), but the reference corpora's own texts keep theirs
    # (two of dev's clean articles, 28 of `second`'s): off by default, so that a corpus's text is changed only by
    # what no source keeps.
    cut_caption_credits: bool = _setting(
        False, "cut a picture's credit glued to the end of its caption (\"... outside court. Picture: PA\"), "
               "recorded in removed")
    wait: bool = _setting(False, "if another run holds the output folder, wait for it instead of stopping")
    cache: str | None = _setting(
        None, "with an output URL: the local working copy (default: one per URL under ~/.cache/news-corpus)")

    def __post_init__(self) -> None:
        for f in fields(self):
            _check_range(f.name, getattr(self, f.name), f.metadata)
        if self.lone_edits_only and self.corroborated_edits:
            raise SettingsError("lone_edits_only and corroborated_edits pull word repair opposite ways: "
                                "choose one")

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def but(self, **changes: Any) -> Settings:
        return replace(self, **changes)


def _check_range(name: str, value: Any, meta: dict) -> None:
    if value is None or isinstance(value, bool) or not isinstance(value, int | float):
        return
    low, high = meta.get("low"), meta.get("high")
    if (low is not None and value < low) or (high is not None and value > high):
        span = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise SettingsError(f"{name} must be {span}, not {value}")


def setting_fields() -> list[tuple[str, Any, Any, str]]:
    """(name, value type, default, help) of every setting; the type without its `None`."""
    hints = typing.get_type_hints(Settings)
    out = []
    for f in fields(Settings):
        kind = hints[f.name]
        if isinstance(kind, types.UnionType):  # `X | None`: the value type is X
            kind = next(a for a in typing.get_args(kind) if a is not type(None))
        default = f.default if f.default is not MISSING else None
        out.append((f.name, kind, default, f.metadata["help"]))
    return out


def settings_from(values: dict[str, Any]) -> Settings:
    """Settings from a mapping that may hold other keys too (flow parameters, parsed flags);
    a setting absent from it keeps its default."""
    names = {f.name for f in fields(Settings)}
    return Settings(**{k: v for k, v in values.items() if k in names})
