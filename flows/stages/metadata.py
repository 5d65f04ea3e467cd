"""Metadata: the header (date and other fields), and where the page's own text begins.

Header variants seen in dumps, all handled here:
  " date 2018-07-16 <first line>"       date and the page's first line on one line (the common one)
  " date 2018-07 <first line>"          a month-only date (also a year-only one, "date 2018")
  "date: 2018-07-16\\n<first line>"      a field line, the page on the next
  "date: 2018-07-16T10:00:00Z", "source: x", "author: y", "title: z" ...  more field lines
  "<first line>" alone                  no header at all
What follows the header (headline, first sentence, chrome...) is for the lead step
(flows/stages/lead.py) to tell apart; a `title:`/`headline:` field is kept as the
title it declares.

A date is the first day of the period it gives, with its precision (`day`,
`month`, `year`). A date that cannot be (2018-02-30) or lies in the future is not
trusted: the article keeps a null date, the raw value stays in `header`, and a fix
says why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from flows.document import Document, Fix
from flows.step import Step

DATE = (r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})"
        r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC)?)?)?)?")
DATE_FIRST_LINE = re.compile(rf"^[ \t]*date[ \t]*:?[ \t]+(?P<date>{DATE})(?=[ \t]|$)(?:[ \t]+(?P<rest>.*\S))?[ \t]*$",
                             re.I)
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


@dataclass
class Header:
    """What the header says, and the page's text after it."""

    date: date | None = None
    precision: str | None = None  # "day", "month", "year"
    fields: dict[str, str] = field(default_factory=dict)
    title: str | None = None  # a title:/headline: field
    text: str = ""  # everything after the header, the first line included
    fixes: list[Fix] = field(default_factory=list)


def parse_header(text: str, today: date | None = None) -> Header:
    """The header of an article's text: date and fields; the rest is the page."""
    lines = text.strip("\n").split("\n")
    fields: dict[str, str] = {}
    rest, i = None, 0
    while i < len(lines):
        first = DATE_FIRST_LINE.match(lines[i])
        line = FIELD_LINE.match(lines[i]) if not first else None
        if first:
            fields["date"], rest = first.group("date"), first.group("rest")
        elif line and _is_field(line.group("key")) and (_value(line) or i == 0):
            fields[line.group("key").lower()] = _value(line)
        else:
            break
        i += 1
        if rest is not None:
            break
    if not KNOWN_FIELDS & fields.keys():  # lowercase "key: value" lines alone are no header
        fields, rest, i = {}, None, 0
    page = "\n".join(([rest] if rest is not None else []) + lines[i:]).strip("\n")
    day, precision, fixes = _parse_date(fields.get("date") or fields.get("published"), today)
    title = next((fields[k] for k in TITLE_FIELDS if fields.get(k)), None)
    return Header(day, precision, fields, title, page, fixes)


def _value(field: re.Match) -> str:
    return field.group("value").rstrip(" \t")


def _is_field(key: str) -> bool:
    return key.lower() in KNOWN_FIELDS or bool(LOWERCASE_KEY.fullmatch(key))


def _parse_date(value: str | None, today: date | None) -> tuple[date | None, str | None, list[Fix]]:
    """(first day of the period, its precision, fixes) of a header date."""
    if not value:
        return None, None, []
    match = re.fullmatch(DATE, value.strip())
    if not match:
        return None, None, [Fix("metadata:unparsed_date", value)]
    year, month, day = match.group(1), match.group(2), match.group(3)
    precision = "day" if day else "month" if month else "year"
    try:
        first = date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None, None, [Fix("metadata:impossible_date", value)]
    limit = (today or datetime.now(UTC).date()) + FUTURE_SLACK
    if first > limit or first.year < OLDEST_YEAR:
        return None, None, [Fix("metadata:implausible_date", value)]
    return first, precision, []


class MetadataStep(Step):
    """Read each text's header: date with its precision, fields; leave the page's text for the lead step."""

    name = "metadata"

    def apply(self, doc: Document) -> None:
        header = parse_header(doc.text)
        doc.date, doc.date_precision, doc.header, doc.text = header.date, header.precision, header.fields, header.text
        doc.title = header.title or ""
        doc.title_source = "field" if header.title else None
        doc.fixes.extend(header.fixes)
        self.count("with_date" if doc.date else "without_date")
        for fix in header.fixes:
            self.count(fix.kind)
