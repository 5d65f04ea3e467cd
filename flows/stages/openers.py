"""What may open a page over its headline or its article, for the lead (flows/stages/lead.py): a label (a
section's name, a site's tag in lower case, a dateline alone, a place and its day), a person's name (a byline
or the picture's subject), a kicker in capitals or a brand over the headline, a kicker glued to the front of
the headline, a section's name glued to a headline that stands again a few lines down, a linked story's headline
under its label, and a box of points under its label. Each is a predicate of a line and the line under it; the lead
decides what to do with the page.
"""

from __future__ import annotations

import re

from flows.document import Removal
from flows.stages.dates import is_date_line
from flows.stages.menus import MIN_TWICE_WORDS, caps_kicker
from flows.stages.names import LETTER_SIGNATURE, NAME_ALONE
from flows.stages.shapes import (
    CAPTION,
    PLACE,
    PLACE_AND_SOURCE,
    TERMINAL,
    TWO_WORD_PLACE,
    headline_shaped,
    word_count,
)
from flows.stages.vocabulary import LINK_LABELS, POINTS_LABELS, UPPER, normal_line

# A media player's or a gallery's label over the article: no dateline's place.
MEDIA_LABELS = frozenset("video videos vídeo vidéo audio podcast photos fotos foto galerie gallery galería galeria "
                         "bilder bildergalerie fotogalerie".split())
SITE_AFTER = re.compile(r"\s[|–-]\s[^|–]{1,80}")  # " | WYPR", " - WKOW 27: Madison, WI Breaking News, Weather ..."
MAX_SITE_WORDS = 12  # a station's name and its tagline: the copy below says where the headline ends
MAX_TAG_WORDS = 4  # a tag of a few words in lower case opens a page as a section name does
MAX_CAPS_LABEL_WORDS = 3  # of 6,739 real pages, 14 open on such a line, none of them a headline
WORDS_ONLY = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)*$")  # letters and spaces, nothing else
# A person's name alone over the article ("David Raleigh", "Eduard Heger") is a byline or the picture's
# subject, not its headline; no headline of dev's, dev-crawl's or the second corpus's is so.
MAX_NAME_LABEL_WORDS = 3
DAY_NUMBER = re.compile(r"(?<![\d.])\d{1,2}(?![\d])")
INITIAL = re.compile(r"^[A-Z]\.? (?=\S+ \S)")  # a first name's initial before two names
NAMES_AND = re.compile(r" (?:y|e|et|and|und|&) ")  # two writers: "Jane Roe y John Doe" (round 121's La Jornada)
# The last words of names that are no person's: a trophy, a venue or an event over its report ("Liam McCarthy
# Cup" over the hurling final's preview).
THING_NAME_ENDS = frozenset("""Cup Trophy Prize Award Awards Festival Park Stadium Arena Bridge Street Road Square
    Games League Championship Championships Open Series Day""".split())
MIN_NAME_WORD_CHARS = 2  # "de", "da" and initials name no one: the article's text may hold them anyway
MIN_LABEL_CHARS = 2  # a lone letter over the text is a drop cap ("D" over "ie Türkei ..."): the body's first word
# A brand or a section over a headline is a word or two ("SBS Filipino"), a topic's kicker in capitals a few
# more; three words in mixed case are a short headline's ("Katastrophen-Warnungen bundesweit verfügbar").
MAX_BRAND_WORDS, MAX_CAPS_KICKER_WORDS = 2, 6
MIN_HEADLINE_UNDER_TAG = 5  # a headline under a brand or section name is longer than it
# A headline under a writer's name may be shorter ("Jane Roe" over "Nytt bottenrekord för kronan", a live blog's entry);
# a venue over its match's day ("Ewood Park" over "Tuesday, 1 March") is three words at most.
MIN_HEADLINE_UNDER_NAME = 4
MIN_LETTER_WORDS = 30  # a letter under its writer's name and town is a paragraph, not a headline
# Writers glued to the end of a headline (HLN's "... ongeval met fietser Jane Roe", "... Jane Roe en John Doe", a
# desk's initials "... oprit van A12 TVDZM"): a name of two or three words, two joined, or initials in capitals.
_WORD = rf"[{UPPER}][^\W\d_]+(?:['’-][^\W\d_]+)*"  # no digit: "A12" names a road
_NAME = rf"{_WORD}(?: (?:de|van|von|der|den|di|del|la|le))?(?: {_WORD}){{1,2}}"
GLUED_WRITERS = re.compile(rf"\s({_NAME}(?: (?:en|and|und|et|e|y) {_NAME})?|[A-Z]{{2,6}})$")
MIN_HEADLINE_BEFORE_WRITERS = 5  # HLN's shortest headline so signed had six words


def glued_to_its_copy(candidate: str, below: list[str]) -> str:
    """A section's few words glued to the headline that stands alone a few lines down ("Canada Case of Toronto
    van attack suspect ..." over "Case of Toronto van attack suspect ..."): those words, or ""."""
    for line in below:
        text = line.strip()
        if len(text) < len(candidate) and candidate.endswith(" " + text) and word_count(text) >= MIN_TWICE_WORDS \
                and word_count(candidate[:-len(text)]) <= MAX_TAG_WORDS:
            return candidate[:-len(text)]
    return ""


def site_after_its_copy(candidate: str, below: list[str]) -> str:
    """A page title's site after the headline that stands alone a few lines down ("<headline> | WYPR" over
    "<headline>", round 80's): the bar or dash and the site, or "". The copy below says where the headline ends;
    a headline's own dash ("Brexit - what happens next") has no copy without its second half."""
    for line in below:
        text = line.strip()
        tail = candidate[len(text):] if text and candidate.startswith(text) else ""
        if SITE_AFTER.fullmatch(tail) and word_count(text) >= MIN_TWICE_WORDS and word_count(tail) <= MAX_SITE_WORDS:
            return tail.strip()
    return ""


def kicker_of_a_headline(candidate: str) -> str:
    """A kicker in capitals glued to the front of a headline ("GIRO D'ITALIA 2022 Mathieu Van der Poel è la prima
    maglia rosa"), or "": only when the rest is headline-shaped, for a standfirst's kicker stays with it ("COUPE
    DAVIS. Première rencontre et première défaite ...")."""
    kicker = caps_kicker(candidate)
    rest = candidate[len(kicker):]
    return kicker if kicker and headline_shaped(rest, word_count(rest)) else ""


def over_a_headline(candidate: str, following: str) -> bool:
    """A line of a few words right over a longer headline-shaped line: a brand ("SBS Filipino"), a
    sponsor's mark ("Co-presented by") or a section's name over the headline, which is the longer line.
    (A short headline's dek under it ends with its stop, as sentences do; a question, or a line in
    capitals, under a short headline is the article's opening.)"""
    short, long = word_count(candidate.replace(" & ", " ")), word_count(following)  # "Health & Fitness": two
    kicker = short <= MAX_CAPS_KICKER_WORDS and candidate.isupper()  # "MOCIÓN DE CENSURA CONTRA MARIANO RAJOY"
    if kicker_copy(candidate, following):
        return True
    return ((short <= MAX_BRAND_WORDS or kicker) and headline_shaped(candidate, short)
            and long >= MIN_HEADLINE_UNDER_TAG
            and not following.endswith(("?", "!")) and not following.isupper() and headline_shaped(following, long)
            and not CAPTION.search(following) and not is_date_line(following))


def over_its_stamped_headline(candidate: str, below: list[str]) -> bool:
    """A kicker or a section of a few words over a longer headline-shaped line that has the page's stamp right under
    it ("Autobauer in Corona-Krise" over "BMW schickt 20.000 Mitarbeiter in Kurzarbeit" over "31.03.2020, 13:58 Uhr |
    top, dpa"; the BBC's "Glasgow & West Scotland" over its headline over "• 8 October 2018"): the stamp says which
    line is the headline. On the 3,100 real pages read by then, all ten that open so had their headline second."""
    filled = [line.strip() for line in below if line.strip()][:2]
    if len(filled) < 2 or not is_date_line(filled[1]):
        return False
    short, long = word_count(candidate), word_count(filled[0])
    return short <= MAX_TAG_WORDS < long and headline_shaped(candidate, short) and headline_shaped(filled[0], long) \
        and not CAPTION.search(filled[0])


def writers_glued(candidate: str, page: list[str]) -> str:
    """The writers glued to the end of a headline in sentence case that has the page's stamp alone on the line
    under it, where the page never names them (HLN's "<headline> Jane Roe" over "22 januari 2020", round 110's): the
    space and the writers, or "". `page` is the headline's line and all under it. A sentence-case headline that
    ends on a name ends on its subject's, whom the article names; a Title Case one ends on capitals anyway, and is
    left alone."""
    filled = [line.strip() for line in page[1:] if line.strip()]
    match = GLUED_WRITERS.search(candidate)
    if match is None or not filled or not is_date_line(filled[0]):
        return ""
    head = candidate[:match.start()].split()
    capitals = sum(word[:1].isupper() for word in head[1:])
    if len(head) < MIN_HEADLINE_BEFORE_WRITERS or 2 * capitals > len(head) - 1 \
            or head[-1][:1].isupper() and not any(c.isdigit() for c in head[-1]):  # "van A12 TVDZM" is a road's
        return ""
    text = "\n".join(filled[1:])
    names = [word for word in match.group(1).split() if len(word) > MIN_NAME_WORD_CHARS and word[:1].isupper()]
    return "" if any(word in text for word in names) else match.group(0)


def kicker_copy(opener: str, following: str) -> str:
    """The headline under its kicker when the crawler took the kicker twice, alone and run into the headline
    ("Wahl-Chaos in Berlin" over "Wahl-Chaos in Berlin Demonstranten in Prenzlauer Berg fordern Neuwahl", round
    81's): the headline without the kicker, or "". A kicker is a few words (MAX_TAG_WORDS): a headline over its copy
    run into the standfirst is a source's own opening (dev's Spanish ones)."""
    text, kicker = following.strip(), opener.strip()
    short = 0 < word_count(kicker) <= MAX_TAG_WORDS and not TERMINAL.search(kicker)
    rest = text[len(kicker):].strip() if short and text.startswith(kicker + " ") else ""
    words = word_count(rest)
    return rest if words >= MIN_TWICE_WORDS and rest[:1].isupper() and headline_shaped(rest, words) else ""


def dateline_shaped(line: str) -> bool:
    """A label that may be the article's own dateline, which stays at the start of its body: a capitalised
    word or place ("Brussels", "MODENA.", "Rilly-la-Montagne, France") or a lone letter (a drop cap, "D" over
    "ie Türkei ..."). A site's tags start in lower case ("madrid", "tech2 News Staff"), a rating has no
    letter ("★★★★★"), and a player's or a gallery's name is no place ("Video", "Fotos"): those go."""
    text = line.strip()
    if text.casefold().rstrip(":") in MEDIA_LABELS:
        return False
    return len(text) < MIN_LABEL_CHARS or (any(c.isalpha() for c in text) and not text[:1].islower())


def is_label(line: str) -> bool:
    """One word, or a few that start in lower case ("markus Söder", "protest Piata Victoriei": a site's
    tags), two or three in capitals alone (a kicker, "IL CONSUNTIVO", or a dateline's city, "NEW YORK"), or a
    dateline alone ("Rilly-la-Montagne, France", "Den Haag", "MILANO (Finanza.com)", a place and the day); no
    headline on the real pages read was any of these ("iPhone" and "eBay" start names)."""
    words, text = word_count(line), line.strip()
    return words == 1 or (words <= MAX_TAG_WORDS and line[:1].islower() and not line[1:2].isupper()
                          and not TERMINAL.search(line)) \
        or words <= MAX_CAPS_LABEL_WORDS and text.isupper() and bool(WORDS_ONLY.match(text)) \
        or bool(PLACE.match(text) or TWO_WORD_PLACE.match(text) or PLACE_AND_SOURCE.match(text)) \
        or place_and_date(text)


def place_and_date(text: str) -> bool:
    """A press release's dateline alone: its place and the day ("Schlieren/Switzerland, 11 May 2020")."""
    place, comma, date = text.partition(", ")
    return bool(comma) and place[:1].isupper() and len(place.split()) <= MAX_TAG_WORDS \
        and bool(DAY_NUMBER.search(date)) and is_date_line(date)  # the day: "Bridge reopens, May 2020" heads


def _names(line: str) -> list[str]:
    """The line as one name or two ("Jane Roe y John Doe"), each without its first name's initial ("K Chandrashekar
    Rao")."""
    return [INITIAL.sub("", name) for name in NAMES_AND.split(line.strip(), maxsplit=1)]


def byline_over_text(line: str, text: str) -> bool:
    """A person's name alone, or two, over the article that the article never names: its writers' byline
    ("Catherine Neilan" over "Foreign secretary Boris Johnson has resigned ..."), which goes. A name the text holds
    is the picture's or the story's subject ("Mikaela Shiffrin" over "... Mikaela Shiffrin won her 86th World Cup
    race"), and a place ("Den Haag") a dateline's: both stay."""
    names = _names(line)
    if any(word_count(name) > MAX_NAME_LABEL_WORDS or name.isupper() or not NAME_ALONE.match(name) or is_label(name)
           or name.rsplit(" ", 1)[-1] in THING_NAME_ENDS for name in names):
        return False
    return not any(word in text for name in names for word in name.split() if len(word) > MIN_NAME_WORD_CHARS)


def name_over_the_article(line: str, following: str) -> bool:
    """A person's name alone, or two (MAX_NAME_LABEL_WORDS each, not in capitals), over the article or over a
    headline of MIN_HEADLINE_UNDER_NAME words or more: a byline or the picture's subject. Over a short line ("Ewood
    Park" over "Tuesday, 1 March", a match report's venue and day) it is left to the other rules."""
    text = line.strip()
    if LETTER_SIGNATURE.match(text) and word_count(following) >= MIN_LETTER_WORDS:  # "Jane Roe, Glen Echo" over a
        return True  # letters page's letter: its writer's signature, put first
    names = _names(text)
    if any(word_count(name) > MAX_NAME_LABEL_WORDS or not NAME_ALONE.match(name) for name in names) \
            or text.isupper():
        return False
    under = word_count(following)
    return not (headline_shaped(following, under) and under < MIN_HEADLINE_UNDER_NAME)


def _label_over(lines: list[str], i: int, removed: list[Removal]) -> str:
    """The last line taken off the top (in `removed`) when only blank lines stand between it and line `i`, else ""."""
    last = removed[-1] if removed else None
    return "" if last is None or "".join(lines[last.paragraph + 1:i]).strip() else last.text.strip()


def past_a_linked_headline(lines: list[str], i: int, removed: list[Removal]) -> int:
    """Where the page starts when line `i` is a linked story's headline under its label: that headline goes too,
    recorded as chrome, and the next line is weighed. Else `i`."""
    label = _label_over(lines, i, removed)
    line = lines[i].strip() if i < len(lines) else ""
    if not label.endswith(":") or normal_line(label) not in LINK_LABELS or not line or TERMINAL.search(line) \
            or not headline_shaped(line, word_count(line)):
        return i
    j = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), i)
    if j == i:  # nothing under it: the line is the page
        return i
    removed.append(Removal("chrome", "head", i, -1, lines[i]))
    return j


def under_points_label(lines: list[str], i: int, removed: list[Removal]) -> bool:
    """Line `i` stands right under the label of a box of points taken off the top ("Key points", "Ce qu'il faut
    savoir"): it is the box's first point, and the article's."""
    return normal_line(_label_over(lines, i, removed)) in POINTS_LABELS
