"""Chrome known by where it stands in a body: the lines that are the article's own elsewhere, or alone,
and site chrome in their place.

- a comment section: everything under its heading, when a commenter's line follows it;
- a footer: the short lines after the page's copyright notice;
- a writer's name alone over or under the article's date stamp or right under the headline (a byline without
  its "By"), writers' names over the outlet's, the story's tag or a kicker in capitals under the headline
  (`mark_byline_under_title`, for pages with a headline), a photographer's name alone under the caption that ends
  in it;
- a live page's readers' comments, each under the line that names its writer;
- the writer's note or a letter's signature that closes the article, a guest columnist's note;
- a site's place tag under the standfirst;
- a box of links to other stories at the page's end ("More From", "POPULAR STORIES", then headlines), or
  anywhere when its headlines are numbered ("Most Read", then "- 1 ...", "- 2 ...", "- 3 ..."), and the
  teasers of other stories cut short ("... his concern over the...") that close a page.

Each rule reads a body's lines and the reasons already found for them (flows/stages/chrome.py finds the
reasons of single lines) and marks more; `mark_by_position` runs them in order. The comment counter and
the copyright notice are also chrome lines on their own: chrome.py reads them from here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from flows.stages.credits import OUTLET_ALONE
from flows.stages.dates import filled_places, is_date_line
from flows.stages.names import (
    GUEST_WRITER_NOTE,
    LETTER_SIGNATURE,
    MAX_GUEST_NOTE_WORDS,
    MAX_WRITER_NOTE_WORDS,
    NAME_ALONE,
    NAME_AND_INITIAL,
    SIGNATURE_PLACE,
    WRITER_NOTE,
)
from flows.stages.notices import COMMENT_POSTED, MORE_IN
from flows.stages.shapes import PLACE, TERMINAL, TWO_WORD_PLACE
from flows.stages.vocabulary import normal_line

# A blog's comment counter under a post: "0 comments", "12 Kommentare", "0 σχόλια :".
COMMENT_COUNT = re.compile(r"^\d+\s+(?:comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti|"
                           r"comment\(s\)|comentário\(s\)|comentario\(s\)|commentaire\(s\)|"  # round 111's
                           r"reacties|komentarz[ey]?|комментари[йея]в?|коментар(?:ів|і)?|σχόλια|yorum)$", re.I)
# A site's copyright notice ("Copyright 2021 Scripps Media, Inc. All rights reserved. This material may not be
# published, broadcast, rewritten or redistributed.", or the footer's "... | Do Not Sell My Info"): a chrome line, and
# where the page's footer begins.
COPYRIGHT_NOTICE = re.compile(r"^\(?(?:copyright\s*(?:©|\(c\))?|©|\(c\))\s*(?:19|20)\d\d\b.{0,200}?"
                              r"\b(?:all rights reserved|do not sell my (?:personal )?info(?:rmation)?)\b", re.I)
# A comment section's heading, and the line that opens each comment under it ("Anonymous says").
COMMENT_HEADINGS = frozenset(normal_line(h) for h in """comments, comment, reader comments, leave a comment,
    leave a reply, kommentare, commentaires, comentarios, comentários, commenti, reacties, komentarze, комментарии,
    коментарі, yorumlar""".split(","))
COMMENTER = re.compile(r"^[\w .'’@-]{1,40} (?:says|said|schreibt|a écrit|escribió|escreveu|scrive|schreef):?$")
MAX_FOOTER_WORDS = 6  # a footer's headings and links ("Featured Whitepapers"); a sentence after the notice is text
# A place tag sits under the standfirst, near the top ("Épron, France" on France Bleu); further down, or
# between a match's date and kick-off time ("Lansdowne Road, Dublin"), a place is the article's own.
PLACE_TAG_PARAGRAPHS = 3
MIN_PROSE_WORDS = 8  # the standfirst over a place tag and the text under it: sentences, not a fixture's lines
# The headings of a box of links to other stories, after the article: what follows them to the page's end,
# when none of it is a sentence, is the box ("More From", "MOST" / "POPULAR STORIES", then "1", "01:18", ...).
BOX_HEADINGS = frozenset(normal_line(h) for h in """more from, more, most popular, popular stories, most popular
    stories, most read, most read stories, most read articles, most viewed, related, related stories,
    related articles, more stories, more news, latest news,
    top stories, trending, recommended, read next, you may also like, read more""".split(","))
MAX_HEADING_CHARS = 60  # the longest box heading, "most popular stories", with room for its marks ("»", ":")
MAX_BOX_LINE_WORDS = 25  # a box holds headlines, numbers and video times; a sentence ends the box
# A box's numbered or bulleted headlines, wherever it stands: "- 1 Norfolk MP quits government role", "2. Café
# opens", "- Seattle proposes more density for some neighborhoods".
NUMBERED_LINK = re.compile(r"^[-–•·*]?\s*(\d{1,2})[.)]?\s+\S")
BULLETED_LINK = re.compile(r"^[-–•·*]\s+\S")
MIN_NUMBERED_LINKS = 3  # "1" and "2" under "Most Read" may be a short list's; three in a row are a box
# Other stories' teasers cut short, closing the page: "The Higher Education Commission has immediately stopped LLB
# admissions to the Federal Urdu University of Arts, Science...". Two at least, each a sentence's start, with only
# their headlines or their box's heading between them; one line cut so may be the excerpt's own end.
CUT_SHORT = re.compile(r"[\w,;]\s?(?:\.\.\.|…)$")
# A headline's copy stands among the body's first lines (a stamp or a byline may come first), and is a
# headline's length: two words could open a subhead.
MAX_TITLE_COPY_LINES = 4
MIN_LETTERS = 2  # one line of a name and a town may be the article's; a page of letters signs two or more
MAX_BYLINE_LINE = 6  # a byline in two lines stands among the body's first lines, under a caption, a stamp or two
MIN_TITLE_COPY_WORDS = 4
MIN_TEASERS = 2
MIN_TEASER_WORDS = 8
NAMES_JOINED = re.compile(r" \| | and | & |, ")  # a byline of two writers or three
QUOTES = "‘’'\"“”"  # a kicker may stand in quotes: "‘BEAR FESTIVAL’"
# A writer's initials, the outlet's or the writer's name in brackets, closing the article: "fz", "(L'essentiel)",
# "(Elisabeth Niejahr)", or in capitals ("ŁUK", Interia's); a date in brackets ("(31.07.2005)") is the article's.
# Further up, a name in brackets is as often the article's own ("Chris Froome" over "(Team Sky)").
SIGN_OFF_AT_END = re.compile(r"^[a-zæøåäöüß]{2,3}$|^[A-ZĄĆĘŁŃÓŚŹŻ]{3}$|^\((?=[^()\d]*\))[^()\s]{2,30}\)$"
                             r"|^\([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}\)$")


Places = list[tuple[int, int]]


# A table the crawler flattened into a column of cells, each opening on "|" ("|Time (Est.)", "|10 a.m.", "|CB") or
# a "|" alone between them: this many such lines in a paragraph, and this share of its lines, make it one; a
# section's tab ("|France") or a share bar stands alone.
MIN_TABLE_CELLS = 6
MIN_TABLE_SHARE = 0.3


def keep_table_cells(lines: list[list[str]], reasons: list[list[str | None]]) -> None:
    """Keep the cells of a flattened table (MIN_TABLE_CELLS) that line by line read as a tab bar's chrome."""
    for paragraph, why in zip(lines, reasons):
        cells = [i for i, line in enumerate(paragraph) if line.lstrip().startswith("|")]
        if len(cells) >= MIN_TABLE_CELLS and len(cells) >= MIN_TABLE_SHARE * len(paragraph):
            for i in cells:
                why[i] = None


def mark_by_position(lines: list[list[str]], reasons: list[list[str | None]], above: str = "") -> None:
    """Mark the body's lines that are chrome by where they stand (the module's list); `above`: a first line
    the corpus has yet to decide, over the body (a standfirst, for the place tag under it)."""
    places = filled_places(lines)
    texts = [lines[pi][li].strip() for pi, li in places]
    _footer_after_copyright(texts, places, reasons)
    _byline_by_stamp(texts, places, reasons)
    _byline_by_outlet(texts, places, reasons)
    _letters_signatures(texts, places, reasons)
    _credit_under_its_caption(texts, places, reasons)
    _writer_at_end(texts, places, reasons)
    _guest_writer_note(texts, places, reasons)
    _place_tag(lines, reasons, above)
    _comment_section(texts, places, reasons)
    _link_box_at_end(texts, places, reasons)
    _numbered_box(texts, places, reasons)
    _teasers_at_end(texts, places, reasons)


def mark_title_copy(lines: list[list[str]], reasons: list[list[str | None]], title: str) -> None:
    """The headline again under the chrome that opens the body, as crawlers take a page's title and its heading
    ("Appeal lodged against housing development in Tralee", its stamp, then the heading): the copy goes. As the
    body's very first line it stays: some sources open their text with the headline (dev's Spanish ones), but not
    with its stamp run on: "<headline> Publié le lundi 15 aout 2022 | RFI" is an aggregator's copy, and goes."""
    if len(title.split()) < MIN_TITLE_COPY_WORDS:
        return
    key = " ".join(title.split())
    places = filled_places(lines)[:MAX_TITLE_COPY_LINES]
    for k, (pi, li) in enumerate(places):
        line = " ".join(lines[pi][li].split())
        if line == key:
            if k and all(reasons[pj][lj] for pj, lj in places[:k]):
                reasons[pi][li] = "repeated_title"
            return
        if line.startswith(key + " ") and is_date_line(line[len(key):]):
            reasons[pi][li] = "repeated_title"
            return


def mark_byline_under_title(lines: list[list[str]], reasons: list[list[str | None]], title: str) -> None:
    """Take out a writer's name alone right under the headline (the first line no chrome), over the article's
    first sentence, a caption, chrome or the writer's town: a byline without its "By" ("Jane Roe" under "Studio
    agrees to pay $100M"), or writers' names joined ("Jane Roe | John Doe"), with the outlet's name under them. A
    name the headline holds is the story's tag ("James Comey" under "Trump fires FBI Director James Comey"), and a
    kicker in capitals the headline's ("LIFE IN PRISON", "‘BEAR FESTIVAL’"): both go as labels. What stays: a
    name under a lead sentence or further down (a subhead, a quote's speaker), a two-word place ("Den Haag"), a
    line in capitals under a byline (a live page's first post, "MORRISON CLAIMS VICTORY"), and anything under a
    "headline" without a letter (a gallery's counter, "1 25", over its first slide's name)."""
    places = filled_places(lines)
    first = next((k for k, (pi, li) in enumerate(places[:MAX_BYLINE_LINE]) if reasons[pi][li] is None), None)
    if first is None or not any(c.isalpha() for c in title) or first + 1 >= len(places):
        return
    (pi, li), (pj, lj) = places[first], places[first + 1]
    line, under = lines[pi][li].strip(), lines[pj][lj].strip()
    if not _names_alone(line.strip(QUOTES)) or TWO_WORD_PLACE.match(line) or line.isupper() and first:
        return
    if line.strip(QUOTES) in title or line.isupper():  # the story's tag; a kicker in capitals ("LIFE IN PRISON")
        reasons[pi][li] = "label"
    elif reasons[pj][lj] is not None or len(under.split()) >= MIN_PROSE_WORDS or PLACE.match(under):
        reasons[pi][li] = "credit"  # over the text, a caption cut short, chrome or the writer's town
    elif OUTLET_ALONE.match(under):  # "Jane Roe | John Doe" over "The Times"
        reasons[pi][li] = reasons[pj][lj] = "credit"


def _names_alone(line: str) -> bool:
    """A name alone, or two or three joined ("Jane Roe | John Doe", "Jane Roe and John Doe"): a byline's."""
    return all(NAME_ALONE.match(name) for name in NAMES_JOINED.split(line))


def _comment_section(texts: list[str], places: Places, reasons: list[list[str | None]]) -> None:
    """Take out readers' comments: everything after a comment section's heading ("Comments", "3 comments")
    when the line under it names a commenter ("Anonymous says", "Jane Roe says:"), and a live page's comment
    under the line that names its writer. A heading alone, or a subhead followed by the article's text, leaves the
    rest as it is."""
    for k in range(len(texts) - 1):
        if not COMMENTER.match(texts[k + 1]):  # the cheaper test first: most lines have no commenter under them
            continue
        normal = normal_line(texts[k])
        if normal in COMMENT_HEADINGS or COMMENT_COUNT.match(normal):
            for pj, lj in places[k:]:
                reasons[pj][lj] = "comments"
            return
    for k in range(len(texts) - 1):  # a live page's comments, each under its line ("Comment posted by Jane, ...")
        if COMMENT_POSTED.match(texts[k]):
            for pj, lj in places[k:k + 2]:
                reasons[pj][lj] = "comments"


def _byline_by_stamp(texts: list[str], places: Places, reasons: list[list[str | None]]) -> None:
    """Take out a writer's name standing alone next to the article's date stamp, over it ("Jane Hunt", then
    "Published: 1:36 PM January 20, 2022") or under it ("19 февруари 2026 | 08:31", then "Дамяна
    Караджова"): a byline without its "By". A stamp the page keeps (a timeline's dates) leaves the lines
    next to it as they are."""
    for k, ((pi, li), (pj, lj)) in enumerate(zip(places, places[1:])):
        if reasons[pi][li] is None and reasons[pj][lj] == "date_line" and NAME_ALONE.match(texts[k]):
            reasons[pi][li] = "credit"
        elif reasons[pi][li] == "date_line" and reasons[pj][lj] is None and NAME_ALONE.match(texts[k + 1]):
            reasons[pj][lj] = "credit"


def _byline_by_outlet(texts: list[str], places: Places, reasons: list[list[str | None]]) -> None:
    """Take out a writer's name alone, or writers' names, over the outlet's name alone, among the body's first
    lines ("Jane Roe | John Doe", then "The Times"): a byline in two lines. Under a byline already known ("Jane
    Roe, Economics Correspondent"), the outlet's name alone goes with it."""
    for k, ((pi, li), (pj, lj)) in enumerate(zip(places[:MAX_BYLINE_LINE], places[1:MAX_BYLINE_LINE + 1])):
        byline = reasons[pi][li] == "credit" or reasons[pi][li] is None and _names_alone(texts[k])
        if byline and reasons[pj][lj] is None and OUTLET_ALONE.match(texts[k + 1]):
            reasons[pi][li] = reasons[pj][lj] = "credit"


def _letters_signatures(texts: list[str], places: Places, reasons: list[list[str | None]]) -> None:
    """Take out the signatures of a letters page: MIN_LETTERS lines or more of a name and a town
    (LETTER_SIGNATURE), each under a letter's last sentence. A list of names and towns, one under the other, is
    the article's."""
    signed = [k for k in range(1, len(texts)) if LETTER_SIGNATURE.match(texts[k]) and TERMINAL.search(texts[k - 1])]
    if len(signed) >= MIN_LETTERS:
        _mark(signed, places, reasons, "credit")


def _credit_under_its_caption(texts: list[str], places: Places, reasons: list[list[str | None]]) -> None:
    """Take out a photographer's name alone under a caption that ends in it ("... avattiin Kalajoella
    torstaina. Hanna Rautio", then "Hanna Rautio"): the credit, told twice."""
    for k, (pj, lj) in enumerate(places[1:]):
        name, above = texts[k + 1], texts[k]
        if reasons[pj][lj] is None and NAME_ALONE.match(name) and above.endswith(" " + name) \
                and len(above.split()) >= MIN_PROSE_WORDS:
            reasons[pj][lj] = "credit"


def _writer_at_end(texts: list[str], places: Places, reasons: list[list[str | None]]) -> None:
    """Take out the writer's note that closes the article ("Jane Roe covers health and higher ed") and a
    letter's signature under its last sentence (SIGNATURE_PLACE, NAME_AND_INITIAL). A name alone under the last
    sentence stays: on the pages read it was as often a list's last item ("Green Book") or a line cut off ("Jockey
    Fl")."""
    worded = [k for k, text in enumerate(texts) if any(c.isalnum() for c in text)]  # not "***"
    last = [texts[k] for k in worded[-2:]]
    if not last:
        return
    if WRITER_NOTE.match(last[-1]) and len(last[-1].split()) <= MAX_WRITER_NOTE_WORDS \
            or NAME_AND_INITIAL.match(last[-1]) or SIGN_OFF_AT_END.match(last[-1]):
        signed = worded[-1:]
    elif len(last) == 2 and NAME_ALONE.match(last[0]) and SIGNATURE_PLACE.match(last[1]) \
            and (len(worded) < 3 or TERMINAL.search(texts[worded[-3]])):  # under a letter's last sentence; under a
        signed = worded[-2:]  # list's items ("Strathfield", "Strathfield South", "Strathfield North"), the last two
    else:
        return
    _mark(signed, places, reasons, "credit")


def _guest_writer_note(texts: list[str], places: Places, reasons: list[list[str | None]]) -> None:
    """Take out a guest writer's note, wherever the page put it ("Guest columnist Jane Roe is a comedian")."""
    for text, (pi, li) in zip(texts, places):
        if GUEST_WRITER_NOTE.match(text) and len(text.split()) <= MAX_GUEST_NOTE_WORDS:
            reasons[pi][li] = reasons[pi][li] or "credit"


def _place_tag(lines: list[list[str]], reasons: list[list[str | None]], above: str) -> None:
    """Take out a site's place tag: a paragraph that is only a place and its country ("Le Grau-du-Roi,
    France"), among the first paragraphs, with prose above and below it (`above`: a first line the corpus
    has yet to decide, the standfirst over the body). The place a dateline gives at the body's start,
    under a headline or nothing, stays as the article's own."""
    for pi in range(min(PLACE_TAG_PARAGRAPHS, len(lines) - 2) + 1):
        over = lines[pi - 1][-1] if pi else above
        tag = lines[pi][0].strip()  # in capitals it is a subhead ("TÜRKİYE, SURİYELİLERİN YANINDA")
        if len(lines[pi]) == 1 and PLACE.match(tag) and not tag.isupper() and _prose(over) and _prose(lines[pi + 1][0]):
            reasons[pi][0] = reasons[pi][0] or "label"


def _prose(line: str) -> bool:
    return len(line.split()) >= MIN_PROSE_WORDS and bool(TERMINAL.search(line.strip()))


def _footer_after_copyright(texts: list[str], places: Places, reasons: list[list[str | None]]) -> None:
    """Take out the page's footer: the short lines after its copyright notice, when nothing after that
    notice reads as text ("Featured Webinars", "10 Most-Read Articles" under "Copyright © 2022 ...")."""
    notices = [k for k, text in enumerate(texts) if COPYRIGHT_NOTICE.match(text)]
    if notices:
        _mark_tail(texts, places, reasons, notices[-1] + 1, _footer_line)


def _footer_line(line: str) -> bool:
    """A footer's heading or link: a few words, no sentence's end."""
    return len(line.split()) <= MAX_FOOTER_WORDS and not line.endswith((".", "!", "?", '"', "”"))


def _link_box_at_end(texts: list[str], places: Places, reasons: list[list[str | None]]) -> None:
    """Take out a box of links to other stories at the page's end: from its heading (BOX_HEADINGS), after the
    article's last sentence, to the end, when every line there is short and no sentence."""
    last_prose = max((k for k, text in enumerate(texts) if _prose(text)), default=-1)
    start = next((k for k in range(last_prose + 1, len(texts)) if _box_heading(texts[k])), None)
    if start is not None and start < len(texts) - 1:
        _mark_tail(texts, places, reasons, start, _box_line)


def _numbered_box(texts: list[str], places: Places, reasons: list[list[str | None]]) -> None:
    """Take out a box of numbered links wherever it stands in the body: its heading (BOX_HEADINGS, "Most Read")
    and the short lines under it numbered 1, 2, 3 ... in order, or bulleted (MIN_NUMBERED_LINKS or more)."""
    for k, text in enumerate(texts):
        if not _box_heading(text):
            continue
        end = k + 1
        while end < len(texts) and _box_line(texts[end]) and _box_item(texts[end], end - k):
            end += 1
        if end - k - 1 >= MIN_NUMBERED_LINKS:
            _mark(range(k, end), places, reasons, "chrome")


def _teasers_at_end(texts: list[str], places: Places, reasons: list[list[str | None]]) -> None:
    """Take out the teasers of other stories that close the page (CUT_SHORT, MIN_TEASERS of them or more) and
    the short lines among them (their headlines, their box's heading: `_box_line`)."""
    start, teasers = len(texts), 0
    while start > 0 and (_cut_short(texts[start - 1]) or _box_line(texts[start - 1])):
        start -= 1
        teasers += _cut_short(texts[start])
    if teasers >= MIN_TEASERS:
        _mark(range(start, len(texts)), places, reasons, "chrome")


def _cut_short(line: str) -> bool:
    """A teaser cut short (CUT_SHORT); the ending is read first, for most lines end otherwise."""
    return line.endswith(("...", "…")) and bool(CUT_SHORT.search(line[-5:])) and len(line.split()) >= MIN_TEASER_WORDS


def _box_heading(line: str) -> bool:
    """A box's heading (BOX_HEADINGS, or "More on <a section or the site>"); a line longer than any heading is not
    read further."""
    if len(line) > MAX_HEADING_CHARS:
        return False
    normal = normal_line(line)
    return normal in BOX_HEADINGS or bool(MORE_IN.match(normal))


def _box_item(line: str, place: int) -> bool:
    """A box's `place`-th line: numbered so ("- 3 Man demands ...") or bulleted ("- Police: Man locked ...")."""
    match = NUMBERED_LINK.match(line)
    return int(match.group(1)) == place if match else bool(BULLETED_LINK.match(line))


def _box_line(line: str) -> bool:
    """A box's heading, headline, number or video time: short, no sentence's end."""
    return len(line.split()) <= MAX_BOX_LINE_WORDS and not line.endswith(".")


def _mark_tail(texts: list[str], places: Places, reasons: list[list[str | None]], start: int,
               fits: Callable[[str], bool]) -> None:
    """Mark the body's lines from `start` to its end as chrome, when every one of them `fits` (a footer's, a
    box's); one line of text among them leaves them all."""
    tail = range(start, len(texts))
    if tail and all(fits(texts[k]) for k in tail):
        _mark(tail, places, reasons, "chrome")


def _mark(ks: Iterable[int], places: Places, reasons: list[list[str | None]], reason: str) -> None:
    """Give the lines at `ks` (indices into `places`) `reason`, unless a line has one already."""
    for k in ks:
        pi, li = places[k]
        reasons[pi][li] = reasons[pi][li] or reason
