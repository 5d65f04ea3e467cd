"""Signs that a page's first line is the article's own text already, or its headline told again, for the lead
(flows/stages/lead.py): a sentence the page broke over two lines, a box of bulleted key points, an interview or a
numbered list under way, a paragraph the crawler took twice, a wire's dateline in capitals under a caption; a
headline told again as its picture's caption or further down the page. Each is a predicate of the first line and
what stands under it; the lead decides.
"""

from __future__ import annotations

import re

from flows.stages.credits import is_credit
from flows.stages.shapes import MAX_ASKING_WORDS, TERMINAL, starts_with_dateline, word_count

BULLETS = "•▪◾●"  # a box of key points marks each with one
LIST_MARK = re.compile(rf"[-*{BULLETS}]\s")  # a list's item: a dash, an asterisk or a box's bullet, then a space
# A report's opening, its place and agency before it: "London (CNN) British Prime Minister ...", "(CNN) Brexit ...".
AGENCY_OPENING = re.compile(r"^(?:[A-Z][\w.'’ -]{1,40}\s)?\([A-Z][\w.& ]{1,15}\)\s")
DASH_OR_NUMBER = re.compile(r"[-–]\s|\d{1,3}\)\s")  # "- Yosemite fire", "23) Klima-, energi- og ..."
# A quote that heads the page: more words than a live blog's tag ("- Breaking", "- ITV Report"), fewer than the
# article's quotes that lost their stop (the Polish "- ... - mówił Jane Roe, komentując ..." of 27).
QUOTE_HEADLINE_WORDS = (6, 20)
FIRST_ITEM = re.compile(r"^1[.)]\s+\S")
SECOND_ITEM = re.compile(r"^2[.)]\s+\S")
INTERVIEW_TURNS = 2  # an answer and the next question under the first: an interview's rhythm
# A first line the article opens with again is a double take when it is this long: a few words could be
# the start of a sentence that merely opens the same way.
MIN_TAKEN_TWICE_WORDS = 6
ABBREVIATED_END = re.compile(r"(?:\b[A-Za-z]{1,3}\.){2,}$")  # "EE.UU.", "U.S.", "a.m."
MAX_CAPTION_CREDIT_WORDS = 4  # "Jane Roe / Example Agency": a credit after the caption that repeats the headline


def wrapped_sentence(candidate: str, following: str, separator: str) -> bool:
    """A sentence the page broke over two lines: no stop at the line's end, and the next line, right under
    it, goes on in lower case ("Tech Data today announced its financial\nresults for the first quarter"). A byline
    in lower case is no such line: "by Jane Roe, The Associated Press" goes under a headline (round 104's)."""
    return separator == "\n" and following[:1].islower() and not TERMINAL.search(candidate.strip()) \
        and not (following.startswith("by ") and is_credit(following.strip()))


def bulleted_box(candidate: str, following: str) -> bool:
    """The first of a box's bulleted key points, another bullet after it on its line or under it ("• A magnitude 5.3
    earthquake has struck ..." over "• Five confirmed dead ..."). One bulleted line over the text is a TV station's
    headline ("• 1 shot dead in Homewood; school temporarily locked down")."""
    text = candidate.lstrip()
    if text.startswith("* ") and following.lstrip().startswith("* "):  # a plain-text box: "* A state of emergency ..."
        return True  # over "* No flights ..." (an asterisk inside a line is a footnote's, not a bullet)
    return text[:1] in BULLETS and (any(c in BULLETS for c in text[1:]) or following.lstrip()[:1] in BULLETS)


def dashed_or_numbered(line: str) -> bool:
    """A line that a dash or an item's number opens: a list's item ("- Mendocino Complex fire" under a live blog's
    stamp, "22) Ældreminister ..."), or a quote's turn in the Nordic way ("- Det er helt fantastisk ..."). Never a
    headline (round 116's); a box's bullet may open one ("• 1 shot dead ..."). One kind is: a Nordic paper's quote
    as its headline, a dozen words or so and no stop at the end ("– Det er ..., sier Jane Roe om budsjettet", round
    125's); the article's quotes end on their stop, or run on past that length."""
    text = line.strip()
    quoted_headline = text[:1] in "-–" and QUOTE_HEADLINE_WORDS[0] <= word_count(text) <= QUOTE_HEADLINE_WORDS[1] \
        and not TERMINAL.search(text) and not text.endswith((":", ";"))
    return DASH_OR_NUMBER.match(text) is not None and not quoted_headline


def introduces_what_follows(line: str) -> bool:
    """A line that ends on its colon introduces what follows: a quote, a list, a table ("Karnataka Elections Results
    2023:", "Her er et overblik over angrebet og dets følger:"). Two of some sixty such lines atop the real pages read
    are headlines (a press review's "'Die Zeit' zu Lehrermangel:", a blog's in capitals; round 125's count); no
    headline of dev or `second` ends so."""
    return line.rstrip().endswith(":")


def text_has_begun(line: str) -> bool:
    """A first line that is the article's text already, never its headline (see the two predicates)."""
    return dashed_or_numbered(line) or introduces_what_follows(line)


def points_under_headline(candidate: str, following: str) -> bool:
    """A tabloid's headline over its dashed key points, however long: no stop at its end, the first point right
    under it ("Tottenham Hotspur 0-2 Liverpool: Jurgen Klopp breaks ... Divock Origi" over "- Liverpool secured
    ..."; the Daily Mail's run past thirty words). A sentence of the article ends with its stop or a colon."""
    return not TERMINAL.search(candidate.rstrip()) and not candidate.rstrip().endswith(":") \
        and following.lstrip().startswith(("- ", "– "))


def list_item(line: str) -> bool:
    """A line that a list's mark opens ("- Total fire bans enforced ...", "* ...", "• ..."): an item, never the
    headline under a label (a timeline's "SATURDAY" over its first event)."""
    return LIST_MARK.match(line.lstrip()) is not None


def caps_place(line: str) -> bool:
    """The line opens on a place in capitals, as a wire's dateline does ("NEW YORK —", "AURORA, Colo. —")."""
    first = line.split(maxsplit=1)[0].strip(",") if line.strip() else ""
    return len(first) >= 2 and first.isupper()


def interview_under_way(candidate: str, rest: str) -> bool:
    """An interview's question, the answer under it, and the next question (Q, A, Q): a page taken
    mid-interview ("Zweifelten Sie auch mal?"). An explainer's question headline has its lede under it,
    which opens with a dateline on the pages of the sources that look so ("London (CNN) ...", then "But
    what does it mean for the rest of the globe?"); no interview's answer does."""
    lines = [line.strip() for line in rest.split("\n") if line.strip()][:INTERVIEW_TURNS]
    return _asks(candidate) and [_asks(line) for line in lines] == [False, True] \
        and not (starts_with_dateline(lines[0]) or AGENCY_OPENING.match(lines[0]))


def list_under_way(candidate: str, rest: str) -> bool:
    """A numbered list's first item ("1. What is the best thing about 4-H?"), its second further down: a
    page taken from its list, no headline (which is not numbered)."""
    return bool(FIRST_ITEM.match(candidate)) and any(SECOND_ITEM.match(line.strip()) for line in rest.split("\n"))


def _asks(line: str) -> bool:
    return line.rstrip("\"'”’»").endswith("?") and word_count(line) <= MAX_ASKING_WORDS


def taken_twice(line: str, body: str) -> bool:
    """The article opens with the line itself, then goes on: a crawler that put the article's first
    sentence on the header line and the whole article under it (a real Hungarian page did)."""
    key = " ".join(line.split())
    first = " ".join(body.split("\n\n", 1)[0].split())
    return len(key.split()) >= MIN_TAKEN_TWICE_WORDS and first.startswith(key + " ")


def doubled_paragraph(candidate: str, rest: str, one_paragraph: bool) -> bool:
    """The candidate's paragraph comes again: a crawler's double take of the first paragraph, either the
    candidate alone, or, when only one newline follows it (`one_paragraph`), the candidate and the lines
    under it up to the first blank line, told again as one paragraph. (A headline and a dek, each on its
    own, told again as the body's first paragraph are no double take: that is how some sites open.)"""
    paragraphs = [" ".join(p.split()) for p in rest.split("\n\n", 2)]
    alone, whole = " ".join(candidate.split()), " ".join(f"{candidate} {paragraphs[0]}".split())
    return paragraphs[0] == alone or (one_paragraph and len(paragraphs) > 1 and paragraphs[1] == whole)


def captioned_copy(candidate: str, rest: str) -> bool:
    """The first paragraph is the candidate again with a picture's credit after it: the headline, told again
    as its picture's caption ("Dabiz Muñoz tras ganar ..." over "Dabiz Muñoz tras ganar ... Instagram (@...)")."""
    key, first = " ".join(candidate.split()), " ".join(rest.split("\n", 1)[0].split())
    credit = first[len(key):].strip()
    return first.startswith(key + " ") and word_count(credit) <= MAX_CAPTION_CREDIT_WORDS \
        and (is_credit(credit) or "@" in credit)  # "Instagram (@jane_roe)": a post's handle credits it


def recurs(candidate: str, rest: str, following: str = "") -> bool:
    """The candidate stands again, whole, as a line further down the page: a repeated headline. A sentence with its
    stop told again is a standfirst or a caption, unless the line under it (`following`, the dek) comes again under
    the copy: a headline and dek told again as the first paragraph."""
    key = " ".join(candidate.split())
    if len(key.split()) < 3:
        return False
    lines = [" ".join(line.split()) for line in rest.split("\n")]
    dek = " ".join(following.split())
    return any(line == key and (not stopped(key) or dek and lines[k + 1:k + 2] == [dek])
               for k, line in enumerate(lines))


def stopped(line: str) -> bool:
    """The line ends as a sentence does: its stop is no abbreviation's ("... la crisis en EE.UU.", "... the U.S.")."""
    text = line.rstrip()
    return bool(TERMINAL.search(text)) and not ABBREVIATED_END.search(text)
