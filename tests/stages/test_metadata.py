from datetime import date

import pytest

from flows.stages.metadata import split_header

BODY = "First paragraph.\n\nSecond paragraph."


@pytest.mark.parametrize("text, day, title, header", [
    (f" date 2018-07-16 Putin says he repeated it\n\n{BODY}", date(2018, 7, 16), "Putin says he repeated it",
     {"date": "2018-07-16"}),
    (f"date 2018-07-16 No leading space\n\n{BODY}", date(2018, 7, 16), "No leading space", {"date": "2018-07-16"}),
    (f"date: 2016-06-26\nVocê vai se arrepiar!\n\n{BODY}", date(2016, 6, 26), "Você vai se arrepiar!",
     {"date": "2016-06-26"}),
    (f" date 2018-07-16T10:30:00Z A timed one\n\n{BODY}", date(2018, 7, 16), "A timed one",
     {"date": "2018-07-16T10:30:00Z"}),
    (f"date: 2018-07-16 10:30:00+02:00\nsource: Wire\nauthor: A. Reporter\nTitle\n\n{BODY}", date(2018, 7, 16),
     "Title", {"date": "2018-07-16 10:30:00+02:00", "source": "Wire", "author": "A. Reporter"}),
    (f"German music in a 'zombie' state\n\n{BODY}", None, "German music in a 'zombie' state", {}),
    (f"Warning: floods ahead\n\n{BODY}", None, "Warning: floods ahead", {}),
    (f"update: lowercase colon headline\n\n{BODY}", None, "update: lowercase colon headline", {}),
    (f"\n\n date 2018-07-16 Blank lines first\n\n{BODY}", date(2018, 7, 16), "Blank lines first",
     {"date": "2018-07-16"}),
    (f"date: 2018-07-16\ntitle: From a field\n\n{BODY}", date(2018, 7, 16), "From a field",
     {"date": "2018-07-16", "title": "From a field"}),
])
def test_header_variants(text, day, title, header):
    got_day, got_title, got_header, body, fixes = split_header(text)
    assert (got_day, got_title, got_header, body, fixes) == (day, title, header, BODY, [])


@pytest.mark.parametrize("value, kind", [("2018-02-30", "metadata:impossible_date"),
                                         ("2999-01-01", "metadata:implausible_date"),
                                         ("0999-01-01", "metadata:implausible_date")])
def test_untrustworthy_dates_are_dropped_and_recorded(value, kind):
    day, title, header, body, fixes = split_header(f"date: {value}\nTitle\n\n{BODY}", today=date(2026, 1, 1))
    assert day is None and title == "Title" and header["date"] == value and body == BODY
    assert [f.kind for f in fixes] == [kind]


def test_text_without_title_line_is_all_body():
    assert split_header("Just one line of text.")[1:4] == ("", {}, "Just one line of text.")


def test_paragraphs_are_kept():
    body = split_header(" date 2020-01-01 T\n\nOne.\n\nTwo.\n\nThree.")[3]
    assert body.split("\n\n") == ["One.", "Two.", "Three."]
