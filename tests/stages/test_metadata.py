"""The header: date with its precision, fields, and where the page's own text begins."""

from datetime import date

import pytest

from flows.stages.metadata import parse_header

PAGE = "Putin says he repeated it\n\nFirst paragraph.\n\nSecond paragraph."


@pytest.mark.parametrize("text, day, precision, fields", [
    (f" date 2018-07-16 {PAGE}", date(2018, 7, 16), "day", {"date": "2018-07-16"}),
    (f"date 2018-07-16 {PAGE}", date(2018, 7, 16), "day", {"date": "2018-07-16"}),
    (f" date 2018-10 {PAGE}", date(2018, 10, 1), "month", {"date": "2018-10"}),
    (f" date 2018 {PAGE}", date(2018, 1, 1), "year", {"date": "2018"}),
    (f"date: 2016-06-26\n{PAGE}", date(2016, 6, 26), "day", {"date": "2016-06-26"}),
    (f" date 2018-07-16T10:30:00Z {PAGE}", date(2018, 7, 16), "day", {"date": "2018-07-16T10:30:00Z"}),
    (f"date: 2018-07-16 10:30:00+02:00\nsource: Wire\nauthor: A. Reporter\n{PAGE}", date(2018, 7, 16), "day",
     {"date": "2018-07-16 10:30:00+02:00", "source": "Wire", "author": "A. Reporter"}),
    (PAGE, None, None, {}),
    (f"\n\n date 2018-07-16 {PAGE}", date(2018, 7, 16), "day", {"date": "2018-07-16"}),
])
def test_header_variants_leave_the_page_after_them(text, day, precision, fields):
    header = parse_header(text)
    assert (header.date, header.precision, header.fields, header.text, header.fixes) == (
        day, precision, fields, PAGE, [])


def test_a_headline_colon_is_no_field_and_a_title_field_is_the_title():
    assert parse_header(f"Warning: floods ahead\n\n{PAGE}").fields == {}
    assert parse_header(f"update: lowercase colon headline\n\n{PAGE}").fields == {}
    header = parse_header(f"date: 2018-07-16\ntitle: From a field\n\n{PAGE}")
    assert header.title == "From a field" and header.text == PAGE


@pytest.mark.parametrize("value, kind", [("2018-02-30", "metadata:impossible_date"),
                                         ("2018-13", "metadata:impossible_date"),
                                         ("2999-01-01", "metadata:implausible_date"),
                                         ("2026-02", "metadata:implausible_date"),
                                         ("0999-01-01", "metadata:implausible_date")])
def test_untrustworthy_dates_are_dropped_and_recorded(value, kind):
    header = parse_header(f"date: {value}\n{PAGE}", today=date(2026, 1, 1))
    assert header.date is None and header.precision is None and header.fields["date"] == value
    assert header.text == PAGE and [f.kind for f in header.fixes] == [kind]


def test_a_month_that_has_begun_is_no_future():
    assert parse_header(f" date 2026-01 {PAGE}", today=date(2026, 1, 20)).date == date(2026, 1, 1)
