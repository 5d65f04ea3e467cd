"""The lead: what the page's first lines are, and so what is the title and where the body begins.

After the date, a crawler puts whatever came first: the headline on a minority of real pages; more often the article's
first sentence or paragraph, a date line ("Wednesday, March 11, 2020"), site chrome ("Advertisement", breadcrumbs),
and sometimes chrome first and the headline next. Here, per page:

1. leading chrome and date lines are taken out (recorded as removals of the head), and so
   is a site's menu of short lines over a headline that stands twice in a row;
2. the first line left, the candidate, is weighed by what the page itself shows:
   - two sentences or more, more than MAX_HEADLINE_WORDS words, or a dateline at its
     start ("GENUA (dpa-AFX) -", "Aleppo –"): the article has begun, no headline;
   - the next line starts with a dateline, the candidate recurs verbatim further
     down the page, or it is set in title case or capitals: it is the headline; so is
     a sentence with a byline or a dated stamp right under it ("Posted by: ... 2018");
   - an embedded post (its "pic.twitter.com/" address, its "— Name (@handle)" signature), or a line that a dash or
     an item's number opens, is no headline: the page has begun; a sentence over a headline that has its byline or
     stamp under it is the picture's caption, and that headline the title;
   - no final punctuation and short: a headline (39 of 43 headlines on real pages
     end without any; a first sentence nearly always ends with one);
   - a short sentence with its final stop, or a kicker and a short statement ("Free at
     last? The council votes to reopen the bridge."), is left `undecided`, and a longer
     line, two sentences, a dateline at its start ("GENUA (dpa-AFX) -", "Aleppo –") or a line that
     seems to start inside a text `likely_body`: the second pass decides with what this
     corpus's own pages show (flows/corpus/layout.py: in a corpus whose pages all carry
     a headline first, even these are headlines), or, with too little to go on, keeps
     them in the body;
3. a first line that is not a headline goes back to the start of the body, so every
   sentence of the article stays in the body.

A first line that is no headline and that the article opens with again is the crawler's double take: it goes
(recorded, reason `repeated_lead`) rather than back. `title_source` says where the title came from: `header` (the
first line), `field` (a title: header field), `after_chrome` (the line after leading chrome), `after_caption` (the
line after a photo caption, which stays in the body), `after_label` (the line after a label: a section name or a tag
of one word, or a few in lower case, recorded as removed), `none` (a tag in lower case over the article goes as well).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from flows.document import Document, Removal
from flows.stages.chrome import IMAGE_MARK, chrome_reason, head_chrome_reason
from flows.stages.credits import BY_NAME_WORDS
from flows.stages.dates import MAX_STAMP_WORDS, is_date_line, is_weekday_date, timeline_start
from flows.stages.glued import (
    chrome_prefix,
    chrome_suffix,
    cut_front_stamp,
    doubled_headline,
    headline_run_in,
    lone_bullet,
    split_glued,
    stamp_in_line,
)
from flows.stages.ledes import (
    bulleted_box,
    caps_place,
    captioned_copy,
    doubled_paragraph,
    interview_under_way,
    list_item,
    list_under_way,
    points_under_headline,
    recurs,
    stopped,
    taken_twice,
    text_has_begun,
    wrapped_sentence,
)
from flows.stages.menus import MAX_HEAD_LINES, menu_over_headline, menu_over_stamp, top_menu_lines
from flows.stages.openers import (
    byline_over_text,
    dateline_shaped,
    glued_to_its_copy,
    is_label,
    kicker_copy,
    kicker_of_a_headline,
    name_over_the_article,
    over_a_headline,
    over_its_stamped_headline,
    past_a_linked_headline,
    site_after_its_copy,
    under_points_label,
    writers_glued,
)
from flows.stages.shapes import (
    CAPTION,
    EMBEDDED_POST,
    ENTRY_TIME,
    KICKER,
    MAX_BARE_HEADLINE_WORDS,
    SCORE_LINE,
    TERMINAL,
    headline_shaped,
    mid_text,
    opens_on_a_dateline,
    opens_on_colon_dateline,
    plain_dateline,
    sentences,
    starts_mid_sentence,
    starts_with_dateline,
    title_cased,
    word_count,
)
from flows.stages.vocabulary import POINTS_LABELS, normal_line
from flows.step import Step

# A headline is short: 4-24 words on the real pages read, 22 words median for a first sentence and 66 for a first
# paragraph; beyond 30 words it is most likely the article, beyond 60 certainly.
MAX_HEADLINE_WORDS = 30
MAX_ANY_HEADLINE_WORDS = 60
# A long sentence with its full stop over a wire's dateline in capitals is the picture's caption or a standfirst
# ("GameStop stock rocketed this month as ... the stock would fall." over "NEW YORK — Robinhood ..."): no such line
# headed a page read. Over "Wien – ..." it is derStandard's teaser, which dev-crawl's truth takes for the headline.
MAX_STOPPED_HEADLINE_WORDS = 15
MIN_TEASER_WORDS = 4  # a cut-off copy of the headline this long; "The…" may open any line
# A first line that opens on a dateline is the article's, however short the sentence after it: a place, a bracket and
# a dash ("Berne (Niedersachsen) – Großes Schiff auf kleiner Fahrt!"; a headline's bracket, "Fed (Finally) Raises
# Rates", has no dash), a place in capitals and its state ("JACKSONVILLE, Fla. – A couple celebrates ...!"), or a
# wire's city in capitals and the day, its agency's tag lost ("WASHINGTON Oct 25 A U.S. federal judge on").
OPENING_DATELINE = re.compile(r"^[A-Z][\w.'’ -]{1,40}\s\([\w.& ]{2,20}\)\s?(?:[–—]\s?|-\s)"  # "CHICAGO (CBS)–A"
                             r"|^[A-Z][A-Z'’. -]{2,30}, [A-Z][\w.]*(?: [A-Z][\w.]*)?\s?[–—-]+\s"
                             r"|^[A-Z]{3,}(?: [A-Z]{2,}){0,2},? "
                             r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2} (?=[A-Z])"
                             # round 99's: a press release's place, day and wire ("Dublin, May 25, 2021 (GLOBE
                             # NEWSWIRE) -- ...")
                             r"|^[A-Z][\w.,'’ -]{1,60}\((?:GLOBE NEWSWIRE|BUSINESS WIRE|PRNewswire|PR Newswire|"
                             r"ACCESSWIRE|Newsfile Corp\.)\)\s?(?:--|[–—]|-)\s?")
# A stamp's year or time: "August 16, 2018", "12:03 IST"; a stamp or a byline is short (dates.MAX_STAMP_WORDS).
STAMPED = re.compile(r"\b(?:1[89]|20)\d{2}\b|\b\d{1,2}[:.h]\d{2}\b")
# A byline's first words: "By Jane Roe", "Posted by: KS95", "Por María López".
BYLINE_START = re.compile(rf"^(?:(?:posted|written|words|reported) by|{'|'.join(BY_NAME_WORDS)})\b", re.I)


@dataclass
class Lead:
    """The outcome for one page."""

    title: str = ""
    title_source: str = "none"
    body: str = ""
    # "headline", "first_sentence", "first_paragraph", "undecided", "likely_body", "caption", "label", "none"
    lead: str = "none"
    separator: str = "\n\n"
    removed: list[Removal] = field(default_factory=list)
    line: int = 0  # the title's line in the page, for a record of it if it goes (`restore_first_line`)


def _kind(candidate: str, following: str, rest: str, separator: str = "\n\n", under: str = "",
          extra: frozenset[str] = frozenset()) -> str:
    """headline, first_sentence, first_paragraph, undecided or likely_body (see the module's docstring);
    `separator` is what stood between the candidate and `rest`; `under`: the line right under the candidate,
    which may be a byline or a date stamp (`_stamp`)."""
    words = word_count(candidate)
    if SCORE_LINE.match(candidate.strip()) or EMBEDDED_POST.search(candidate) or interview_under_way(candidate, rest) \
            or list_under_way(candidate, rest) or starts_mid_sentence(candidate) or OPENING_DATELINE.match(candidate) \
            or wrapped_sentence(candidate, following, separator) or bulleted_box(candidate, following) \
            or text_has_begun(candidate):
        return "first_sentence"  # the page has begun
    if headline_shaped(candidate, words) or captioned_copy(candidate, rest):
        return "headline"
    count = sentences(candidate)
    if (count >= 3 and words > MAX_HEADLINE_WORDS) or words > MAX_ANY_HEADLINE_WORDS:
        return "first_paragraph"
    if doubled_paragraph(candidate, rest, separator == "\n"):
        return "first_sentence"
    if count == 1 and following and starts_with_dateline(following) and not plain_dateline(candidate):
        if words > MAX_STOPPED_HEADLINE_WORDS and candidate.rstrip().endswith(".") and stopped(candidate) \
                and caps_place(following):
            return "first_sentence"  # a caption or a standfirst, which stays at the body's start
        return "headline"  # the article begins at the dateline under it: one sentence over it, however long, heads it
    if count == 1 and words <= MAX_HEADLINE_WORDS and not mid_text(candidate) \
            and not starts_with_dateline(candidate) and _stamp(under, extra):
        return "headline"  # a byline or a stamp goes under a headline ("... is dead at 76." / "Posted by: KS95 ...")
    if count == 1 and words > MAX_HEADLINE_WORDS and points_under_headline(candidate, following):
        return "headline"  # a tabloid's long headline over its dashed key points
    if (count >= 2 and not _kicker(candidate, count, words)) or words > MAX_HEADLINE_WORDS or mid_text(candidate) \
            or starts_with_dateline(candidate) or opens_on_colon_dateline(candidate):
        return "likely_body"
    if (following and starts_with_dateline(following)) or recurs(candidate, rest, following) \
            or title_cased(candidate):
        return "headline"
    return "undecided"


def _stamp(line: str, extra: frozenset[str]) -> bool:
    """A byline or a date stamp: what a page puts under its headline and over its text ("Posted by: KS95
    August 16, 2018", "ANI | Updated: Sep 16, 2019 12:03 IST", "By Jane Roe | Jul 4, 2017 @ 8:23 PM"). A
    picture's credit is none: it goes under a caption ("Karl Lagerfeld." over "Quelle: Christophe Ena/AP/dpa"),
    and a stamp tells its year or its time: a day alone is a timeline's entry ("OCTOBER 1:", a year's review).
    Cheap tests first: the chrome rules are read only on a short line that starts as a byline or holds a date."""
    text = line.strip()
    if not text or len(text.split()) > MAX_STAMP_WORDS:
        return False
    reason = head_chrome_reason(text, extra) if BYLINE_START.match(text) else None
    if reason == "credit":
        return True
    if text.endswith(":") or not STAMPED.search(text):
        return False
    return is_date_line(text) or is_weekday_date(text) or (reason or head_chrome_reason(text, extra)) == "date_line"


def _caption_over_a_headline(candidate: str, lines: list[str], j: int, extra: frozenset[str]) -> bool:
    """A sentence over a headline that has its byline or stamp under it, or the article's dateline (round 91's): the
    sentence is the picture's caption ("The most important part of any bridge construction is completed – the ribbon
    cutting." over "IT'S OPEN: First cars over the Grafton bridge", then "TIM JARRETT" and "12th Dec 2019 12:23 PM")."""
    headline = lines[j].strip() if j < len(lines) else ""
    if not TERMINAL.search(candidate) or not headline or TERMINAL.search(headline) or _stamp(headline, extra) \
            or not headline_shaped(headline, word_count(headline)):
        return False
    under = [line for line in lines[j + 1:j + 1 + MAX_HEAD_LINES] if line.strip()][:2]  # a byline, then its date
    return any(_stamp(line, extra) for line in under) or bool(under) and opens_on_a_dateline(under[0])


def _kicker(candidate: str, count: int, words: int) -> bool:
    """A headline's kicker: a question or exclamation of at most five words, then the statement, the whole line
    short ("Free at last? The council votes to reopen the bridge.", "Um dia histórico! O Senado aprova a reforma.").
    Such a line is left to the corpus (`undecided`) rather than taken for the article's start."""
    return count == 2 and KICKER.match(candidate) is not None and words <= MAX_BARE_HEADLINE_WORDS


def _head(lines: list[str], extra: frozenset[str], split: bool = False) -> tuple[int, list[Removal], bool]:
    """Skip the chrome and date lines at the top: (index of the first line left, removals, chrome seen). With
    `split`, a line that is chrome only for what is glued to it keeps the rest, in `lines` (`split_glued`)."""
    menu = top_menu_lines(lines[:MAX_HEAD_LINES + 2])  # "EXPLAINERS", "FACT CHECKS", "PHILSTAR VIDEOS"; "• STV": links
    removed = [Removal("chrome", "head", k, -1, lines[k]) for k in range(menu) if lines[k].strip()]
    i, chrome, menus = menu, bool(menu), 0
    while i < len(lines) and len(removed) - menus < MAX_HEAD_LINES:
        line = lines[i]
        dated = (is_date_line(line) or is_weekday_date(line)) and not timeline_start(line, lines[i + 1:])
        reason = head_chrome_reason(line, extra) or ("date_line" if dated else None) \
            or ("chrome" if _teaser(line, lines[i + 1:i + 1 + MAX_HEAD_LINES]) else None)
        stamp = None if reason or not line.strip() else menu_over_stamp(lines, i)
        if stamp is not None:  # the menu goes, item by item; the stamp is the loop's next line
            items = [Removal("chrome", "head", k, -1, lines[k]) for k in range(i, stamp) if lines[k].strip()]
            removed, menus, i, chrome = removed + items, menus + len(items), stamp, True
            continue
        glued = split_glued(lines, i) if split and line.strip() else None
        if glued:  # what is left of the line is weighed again
            lines[i], reason, text = glued
            removed.append(Removal(reason, "head", i, -1, text))
            continue
        if line.strip() and not reason:
            break
        if reason:
            removed.append(Removal(reason if reason == "date_line" else "chrome", "head", i, -1, line))
            chrome |= reason != "date_line"
        i += 1
    return i, removed, chrome


def _teaser(line: str, following: list[str]) -> bool:
    """A share widget's cut-off copy of the headline a few lines down: "Widespread outages hit the northeast,…"
    over "Widespread outages hit the northeast, including Boston"."""
    text = line.strip()
    stem = text.rstrip(".…").rstrip(" ,;:–—-")
    if not text.endswith(("…", "...")) or word_count(stem) < MIN_TEASER_WORDS:
        return False
    # the line it cuts off says more than it does: a headline that itself ends in "..." and stands twice is none
    return any(other.strip().startswith(stem) and len(other.strip().rstrip(".… ")) > len(stem) for other in following)


def split_lead(page: str, field_title: str = "", extra: frozenset[str] = frozenset()) -> Lead:
    """Title, body and what the first line was, for a page's text after its header (`extra`: the user's phrases)."""
    lines = page.split("\n")
    i, removed, chrome = _head(lines, extra, split=True)
    i = past_a_linked_headline(lines, i, removed)  # "Lire aussi :" over another story's headline: both go
    if field_title:  # a title: field says it; the page is all body
        return Lead(field_title, "field", "\n".join(lines[i:]).strip("\n"), "headline", removed=removed)
    menu = menu_over_headline(lines, i)
    if menu is not None:  # a site's menu, then its headline twice: the menu goes, recorded
        h, k = menu
        removed += [Removal("chrome", "head", m, -1, lines[m]) for m in range(i, h) if lines[m].strip()]
        return Lead(lines[h].strip(), "after_chrome", "\n".join(lines[k:]).strip("\n"), "headline", removed=removed,
                    line=h)
    candidate = lines[i].strip() if i < len(lines) else ""
    if under_points_label(lines, i, removed):  # "Key points" over the box's first point: the page has begun
        return Lead("", "none", "\n".join(lines[i:]).strip("\n"), "first_sentence", removed=removed)
    below = lines[i + 1:i + 1 + MAX_HEAD_LINES]
    prefix = chrome_prefix(candidate) or lone_bullet(candidate, next((b for b in below if b.strip()), "")) \
        or kicker_of_a_headline(candidate) or glued_to_its_copy(candidate, below)
    if prefix:  # chrome glued to the first line: it goes, the line is weighed without it
        removed.append(Removal("chrome", "head", i, -1, prefix))
        candidate, chrome = candidate[len(prefix):].strip(), True
        if normal_line(prefix) in POINTS_LABELS:  # "What to Know <its first point>": the page has begun
            return Lead("", "none", "\n".join([candidate, *lines[i + 1:]]).rstrip(), "first_sentence", removed=removed)
    suffix = chrome_suffix(candidate) or site_after_its_copy(candidate, below) or writers_glued(candidate, lines[i:])
    if suffix:  # the page's address or a date glued to its end: it goes too
        removed.append(Removal("chrome", "head", i, -1, suffix))
        candidate = candidate[:-len(suffix)].strip()
    glued = stamp_in_line(candidate)
    if glued:  # "<headline> (Di lunedì 6 luglio 2020) <the article's first words>": the stamp goes
        removed.append(Removal("date_line", "head", i, -1, glued[1]))
        return Lead(glued[0], "after_chrome" if chrome else "header", "\n".join([glued[2], *lines[i + 1:]]).strip("\n"),
                    "headline", "\n", removed, i)
    dated = headline_run_in(candidate, lines[i + 1:])
    if dated:  # "<headline>Bogotá, 1 Mar 2021 (AFP) - <the article>": the dateline (or the subject) opens the body
        return Lead(dated[0], "after_chrome" if chrome else "header", "\n".join([dated[1], *lines[i + 1:]]).strip("\n"),
                    "headline", "\n", removed, i)
    j = i + 1
    while j < len(lines) and not lines[j].strip():
        j += 1
    rest = "\n".join(lines[j:]).strip("\n")
    if not rest:  # a page of one line has no headline: it is all body
        return Lead("", "none", candidate, "first_paragraph" if candidate else "none", removed=removed)
    separator = "\n" if j == i + 1 else "\n\n"
    following = next((line for line in lines[j:] if line.strip() and not chrome_reason(line, extra)), "")
    if CAPTION.search(candidate) or IMAGE_MARK.match(candidate):  # never the title; a short line under it may be
        return _after_opener(candidate, lines, i, j, separator, removed, "caption", extra)
    if is_label(candidate) or name_over_the_article(candidate, following.strip()):  # a section name, a dateline's
        # city, a tag ("Global", "München", "guvernul Grindeanu"), a byline's name
        return _after_opener(candidate, lines, i, j, separator, removed, "label", extra)
    if ENTRY_TIME.match(candidate) or timeline_start(candidate, lines[i + 1:]):  # a live blog's or a timeline's entry
        return Lead("", "none", candidate + separator + rest, "first_sentence", separator, removed)
    if over_a_headline(candidate, following.strip()) or over_its_stamped_headline(candidate, lines[j:]):  # a section
        return _after_opener(candidate, lines, i, j, separator, removed, "label", extra)
    if _caption_over_a_headline(candidate, lines, j, extra):  # the headline is the line with the byline under it
        return _after_opener(candidate, lines, i, j, separator, removed, "caption", extra)
    kind = _kind(candidate, following, rest, separator, lines[j], extra)
    if kind in ("headline", "undecided", "likely_body"):
        return Lead(candidate, "after_chrome" if chrome else "header", rest, kind, separator, removed, i)
    return Lead("", "none", candidate + separator + rest, kind, separator, removed)


def _after_opener(opener: str, lines: list[str], i: int, j: int, separator: str, removed: list[Removal],
                  kind: str, extra: frozenset[str]) -> Lead:
    """A page that opens with a photo caption or a label (line `i`): the headline is the next line (`j`, or the
    first after chrome and date lines, which go) when it is headline-shaped and no caption; otherwise all of it is
    body, as it stands. Over a headline, a label is a section name or a tag, and goes (recorded, reason `label`); a
    caption stays at the start of the body. No headline on the real pages read was one word; section names, tags
    and datelines' cities are."""
    skipped, between, _ = _head(lines[j:], extra)  # chrome and date lines under the opener ("1 MIN READ")
    h = j + skipped
    if kind == "caption" and h < len(lines) and lines[h].strip() == opener.strip():  # the caption told twice: the
        # copy stays in the body, for the chrome step to take out as a paragraph said twice
        under = _headline_under_a_caption(opener, lines, h, removed, extra)
        return under or Lead("", "none", "\n".join(lines[i:]).strip("\n"), "caption", separator, removed)
    following = lines[h].strip() if h < len(lines) else ""
    k = h + 1
    while k < len(lines) and not lines[k].strip():
        k += 1
    rest = "\n".join(lines[k:]).strip("\n")
    words = word_count(following)  # one word under a label is the next part of a dateline ("Rome", "CNN")
    if kind == "label" and rest and is_label(following):  # labels in a row: "Watch", "NewsState"; "Colonie, NY"
        return _under_labels(lines, h, [*removed, Removal("label", "head", i, -1, opener), *_shifted(between, j)],
                             extra)
    if kind == "caption" and rest and words == 1 and is_label(following):  # a section's or a place's name under
        tagged = _headline_under_a_caption(opener, lines, h + 1,  # the caption ("Peru") goes as a label
                                           [*removed, *_shifted(between, j), Removal("label", "head", h, -1, lines[h])],
                                           extra)
        if tagged:
            return tagged
    title = (doubled_headline(following) or kicker_copy(opener, following) if kind == "label" else "") or following
    twice = following[:-len(title)].strip()  # the headline said twice, or under its kicker again: one copy goes
    if following and rest and words > 1 and headline_shaped(title, word_count(title)) \
            and not CAPTION.search(following) and not list_item(following) and not EMBEDDED_POST.search(following):
        between = _shifted(between, j)
        if kind == "label":
            return Lead(title, "after_label", rest, "headline",
                        removed=[*removed, Removal("label", "head", i, -1, opener), *between,
                                 *([Removal("repeated_title", "head", h, -1, twice)] if twice else [])], line=h)
        return Lead(following, f"after_{kind}", opener + "\n\n" + rest, "headline", removed=[*removed, *between],
                    line=h)
    under = "\n".join(lines[j:])
    if kind == "label" and (not dateline_shaped(opener) or byline_over_text(opener, under)):  # a tag, a section's
        return Lead("", "none", under.strip("\n"), "first_sentence",  # name or a writer's over the article goes
                    removed=[*removed, Removal("label", "head", i, -1, opener)])
    body = (opener + separator + under).strip("\n")
    return Lead("", "none", body, kind, separator, removed)


def _headline_under_a_caption(opener: str, lines: list[str], h: int, removed: list[Removal],
                              extra: frozenset[str]) -> Lead | None:
    """The page read again from line `h` under a caption (its copy, or the line under a tag): the headline found
    there is the title and the caption stays at the start of the body; None when no headline stands there (a
    dateline's city over the article's text stays with it)."""
    under = split_lead("\n".join(lines[h:]), extra=extra)
    if under.lead != "headline" or not under.title:
        return None
    return Lead(under.title, "after_caption", opener + "\n\n" + under.body, "headline", under.separator,
                [*removed, *_shifted(under.removed, h)], under.line + h)


def _under_labels(lines: list[str], h: int, removed: list[Removal], extra: frozenset[str]) -> Lead:
    """The page read again from line `h`, the second of labels in a row (a player's "Watch" over a section's
    "NewsState", a dateline's "Rome" over "CNN"): the labels go and what stands under them decides."""
    under = split_lead("\n".join(lines[h:]), extra=extra)
    source = "after_label" if under.title_source == "header" else under.title_source
    return Lead(under.title, source, under.body, under.lead, under.separator, [*removed, *_shifted(under.removed, h)],
                under.line + h)


def _shifted(removals: list[Removal], by: int) -> list[Removal]:
    """Removals of the page's head counted from line `by`, counted from its top."""
    return [Removal(r.reason, r.place, r.paragraph + by, r.line, r.text) for r in removals]


def restore_first_line(doc: Document) -> None:
    """An undecided first line that is no headline after all: back to the start of the body. The body's removals
    keep pointing at the right places: after a blank line the line is a paragraph of its own (every paragraph index
    moves up one); after a single newline it is the first line of the first paragraph."""
    if taken_twice(doc.title, doc.body):  # the article has it already: the crawler's double take goes
        doc.removed.append(Removal("repeated_lead", "head", doc.lead_line, -1, doc.title))
        doc.title, doc.title_source, doc.lead = "", "none", "first_sentence"
        return
    whole = doc.lead_separator != "\n"
    doc.removed = [r if r.place == "head" else
                   Removal(r.reason, r.place, r.paragraph + whole, r.line + (not whole and r.paragraph == 0
                                                                                and r.line >= 0), r.text)
                   for r in doc.removed]
    doc.body = doc.title + doc.lead_separator + doc.body if doc.body else doc.title
    doc.title, doc.title_source, doc.lead = "", "none", "first_sentence"


class LeadStep(Step):
    """Decide each page's title and where its body begins; record the chrome taken off its top."""

    name = "lead"

    def __init__(self, extra: frozenset[str] = frozenset()) -> None:
        super().__init__()
        self.extra = extra

    def apply(self, doc: Document) -> None:
        lead = split_lead(doc.text, doc.title if doc.title_source == "field" else "", self.extra)
        body, stamp = cut_front_stamp(lead.body)  # "19u08 6 <the article>": it goes, as the page's first lines' do
        removed = [*lead.removed, *([Removal("date_line", "head", lead.line + 1, -1, stamp)] if stamp else [])]
        doc.title, doc.title_source, doc.body, doc.lead = lead.title, lead.title_source, body, lead.lead
        doc.lead_separator, doc.lead_line = lead.separator, lead.line
        doc.removed.extend(removed)
        self.count(f"lead:{lead.lead}")
        for removal in removed:
            self.count(f"head:{removal.reason}")


FEATURES = ["log_words", "terminal", "double_stop", "exclaim_or_ask", "colon", "quote", "capitalised",
            "lowercase", "digit", "commas", "word_length", "opens_with_quote"]


def line_features(line: str) -> list[float]:
    """What a line looks like, for telling a headline from a sentence of the article (flows/corpus/layout.py)."""
    text = line.strip()
    words = text.split() or [""]
    n = len(words)
    return [float(len(f"{n:b}")), float(bool(TERMINAL.search(text))), float(text.endswith("..")),
            float(text.rstrip("\"'”’»)").endswith(("!", "?"))), float(":" in text),
            float(any(q in text for q in "\"“”«»„")), sum(w[:1].isupper() for w in words) / n,
            sum(w.islower() for w in words) / n, float(any(c.isdigit() for c in text)), float(text.count(",")),
            sum(len(w) for w in words) / n, float(text[:1] in "\"“«„'‘")]
