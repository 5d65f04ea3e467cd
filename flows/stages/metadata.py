"""Metadata: split the header (date, headline, other fields) from the body.

Header variants seen in dumps, all handled here:
  " date 2018-07-16 Headline"           date and headline on the first line (the common one)
  "date: 2018-07-16\\nHeadline"           a field line, the headline on the next
  "date: 2018-07-16T10:00:00Z", "source: x", "author: y", ...  more field lines
  "Headline" alone                      no header: the first line is the headline
Then a blank line and the body, whose paragraphs (blank-line separated) are kept.

A date that cannot be (2018-02-30) or lies in the future is not trusted: the
article keeps a null date, the raw value stays in `header`, and a fix says why.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from flows.document import Document, Fix
from flows.step import Step

DATE = r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC)?)?"
DATE_FIRST_LINE = re.compile(rf"^[ \t]*date[ \t]*:?[ \t]+(?P<date>{DATE})(?:[ \t]+(?P<title>.*\S))?[ \t]*$", re.I)
# The value is taken greedily and its trailing blanks stripped in code: a lazy value
# followed by `[ \t]*$` retries at every blank, quadratic on a line of a few MB.
FIELD_LINE = re.compile(r"^[ \t]*(?P<key>[A-Za-z][\w-]{0,31})[ \t]*:[ \t]*(?P<value>.*)$")
# Field names recognised whatever their case; any other key must be lowercase, so
# that a headline such as "Warning: floods ahead" is never read as a field.
KNOWN_FIELDS = {"date", "title", "headline", "source", "author", "byline", "url", "link", "lang",
                "language", "category", "section", "id", "published", "updated", "tags", "keywords"}
LOWERCASE_KEY = re.compile(r"[a-z][a-z0-9_-]*")
TITLE_FIELDS = ("title", "headline")
# Dates after this much beyond the run's clock are taken as wrong, not as news
# from the future; one day covers every time zone.
FUTURE_SLACK = timedelta(days=1)
OLDEST_YEAR = 1800  # no printed news predates this; older years are typos


def split_header(text: str, today: date | None = None) -> tuple[date | None, str, dict[str, str], str, list[Fix]]:
    """Return (date, title, header fields, body, fixes) of an article's text."""
    lines = text.strip("\n").split("\n")
    header: dict[str, str] = {}
    title, i = None, 0
    while i < len(lines):
        first = DATE_FIRST_LINE.match(lines[i])
        field = FIELD_LINE.match(lines[i]) if not first else None
        if first:
            header["date"] = first.group("date")
            title = first.group("title")
        elif field and _is_field(field.group("key")) and (_value(field) or i == 0):
            header[field.group("key").lower()] = _value(field)
        else:
            break
        i += 1
        if title is not None:
            break
    if not KNOWN_FIELDS & header.keys():  # lowercase "key: value" lines alone are no header
        header, title, i = {}, None, 0
    if title is None:
        title = next((header[k] for k in TITLE_FIELDS if header.get(k)), None)
    if title is None:
        title, i = _title_line(lines, i)
    body = "\n".join(lines[i:]).strip()
    day, fixes = _parse_date(header.get("date") or header.get("published"), today)
    return day, title.strip(), header, body, fixes


def _value(field: re.Match) -> str:
    return field.group("value").rstrip(" \t")


def _is_field(key: str) -> bool:
    return key.lower() in KNOWN_FIELDS or bool(LOWERCASE_KEY.fullmatch(key))


def _title_line(lines: list[str], i: int) -> tuple[str, int]:
    """The headline is the first non-blank line, when more text follows it."""
    while i < len(lines) and not lines[i].strip():
        i += 1
    rest = any(line.strip() for line in lines[i + 1:])
    if i < len(lines) and rest:
        return lines[i], i + 1
    return "", i


def _parse_date(value: str | None, today: date | None) -> tuple[date | None, list[Fix]]:
    if not value:
        return None, []
    match = re.fullmatch(DATE, value.strip())
    if not match:
        return None, [Fix("metadata:unparsed_date", value)]
    try:
        day = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None, [Fix("metadata:impossible_date", value)]
    limit = (today or datetime.now(UTC).date()) + FUTURE_SLACK
    if day > limit or day.year < OLDEST_YEAR:
        return None, [Fix("metadata:implausible_date", value)]
    return day, []


class MetadataStep(Step):
    """Split each text into date, title, header fields and body."""

    name = "metadata"

    def apply(self, doc: Document) -> None:
        doc.date, doc.title, doc.header, doc.body, fixes = split_header(doc.text)
        doc.fixes.extend(fixes)
        self.count("with_date" if doc.date else "without_date")
        for fix in fixes:
            self.count(fix.kind)
