"""A site's menus and bars over the article: chrome on a page's first lines only, where no headline looks so.

- a menu whose links the dump ran together ("FinancialGovernment SolutionsLegalReuters News Agency...");
- a language switcher ("हिन्दी मराठी বাংলা தமிழ்", "English Français Deutsch Español");
- a section bar with a share button at its end ("Muziek | Vlaanderen Tweet");
- a section's name and the day's date ("General News of Tuesday, 8 September 2020"), a stamp run into a section's
  name ("Hiros - Ma 11:24Belföld");
- a section's name alone (HEAD_SECTIONS: "Governo", "Innenriks");
- a site's editions menu ("Editions: Austria · Denmark · France ..."), a place and its country alone (France Bleu's
  "Hérault, France"), a template's body classes left as text ('class="post-template-default single ..."');
- a menu of short lines in capitals ("EXPLAINERS", "FACT CHECKS", "PHILSTAR VIDEOS"), three or more in a row;
- an event's kicker in capitals glued to the front of the headline ("GIRO D'ITALIA 2022 Mathieu Van der Poel è ..."),
  or a section's name in capitals ("TURISMO L'Italia ha vissuto ...");
- a menu of short lines over the headline said twice (`menu_over_headline`), over a block's blank line and the
  headline ("The Sun", "All Football", "HOLS OFF"), or over the article's date stamp (`menu_over_stamp`: "Login",
  "Contact", "Politics", ..., "February 16, 2018 / 5:56 PM").

Inside a body each of these may be the article's own (a subhead "Kultur", a list of names in capitals), so the
lead step reads them over the article only, through `menu_reason`, `top_menu_lines`, `caps_kicker` and the menus above
(flows/stages/chrome.py's `head_chrome_reason`, flows/stages/lead.py).
"""

from __future__ import annotations

import re
import unicodedata

from flows.stages.dates import is_date_line, is_stamp, is_weekday_date
from flows.stages.shapes import CAPTION, TERMINAL, headline_shaped, word_count
from flows.stages.vocabulary import (
    GLUED_SECTIONS,
    HEAD_SECTIONS,
    SHARE_ONLY_BUTTONS,
    SOCIAL_NETWORKS,
    UPPER,
    normal_line,
)

# A lower-case letter run into a capital, no space: "SolutionsLegal". Names have one or two ("McDonald's
# YouTube"); a menu run together has one for nearly every link.
GLUED_LINK = re.compile(rf"[^\W\d_ {UPPER}](?=[{UPPER}])")
MIN_GLUED_LINKS = 4
MAX_WORDS_PER_GLUED_LINK = 3
# A language switcher names languages in their own scripts, or by their own names.
MIN_MENU_LANGUAGES = 3
LANGUAGE_NAMES = frozenset("""english français francais deutsch español espanol italiano português portugues
    nederlands polski русский українська türkçe العربية 中文 日本語 한국어 हिन्दी""".split())
# India's sites name each language twice, in its script and in English ("English English हिन्दी Hindi বাংলা
# Bengali ... ਪੰਜਾਬੀPunjabi"): the English names of the languages whose scripts are not Latin.
ENGLISH_NAMES = frozenset("""hindi bengali bangla marathi gujarati tamil telugu kannada malayalam punjabi odia oriya
    assamese urdu nepali arabic chinese japanese korean russian ukrainian""".split())
SHARE_BUTTONS = frozenset("tweet share delen partager teilen compartir compartilhar condividi udostępnij".split())
NETWORKS = frozenset(SOCIAL_NETWORKS + SHARE_ONLY_BUTTONS)  # a share bar's buttons, after its count and "SHARES"
MIN_BAR_NETWORKS = 3  # "Facebook Twitter" may be a headline's subject; three networks in a row are buttons
MAX_BAR_WORDS = 6  # "Muziek | Vlaanderen Tweet": a section or two and a button
# "General News of Tuesday, 8 September 2020": a section's name, "of", the day.
SECTION_OF_DATE = re.compile(r"^(?:[A-Z][\w&'’-]*\s){1,3}(?:of|from)\s+(?P<date>\S.*)$")
# A stamp whose time the dump ran into the section's name: "Hiros - Ma 11:24Belföld".
GLUED_CLOCK = re.compile(rf"(\d:\d\d)(?=[{UPPER}])")
# A menu in capitals: this many short lines in a row at the top of the page, each of at most MAX_CAPS_MENU_WORDS
# words. One line in capitals is a headline's ("MORE RETRO" over its links is a box's); three in a row are links.
MIN_CAPS_MENU_LINES = 3
MIN_BULLET_MENU_LINES = 2  # "• STV" over "• MySTV": a site's links; one bulleted word may be a list's first item
BULLET_LINK = re.compile(r"^[•·]\s*[^\s•·]+(?: [^\s•·]+)?$")
MAX_CAPS_MENU_WORDS = 4
# An event's kicker in capitals, its year in it, run into the headline: capitals, then a capital and a lower-case
# letter. Eight letters at least, and the year: an acronym opens many a headline ("UK PM Boris Johnson resigns"),
# and so does a company's name in capitals ("STANDARD LIFE Versicherung geht ...", in the second corpus).
CAPS_KICKER = re.compile(rf"^(?=[^a-z]*\b(?:19|20)\d\d\b)(?:[{UPPER}0-9][{UPPER}0-9'’&/-]*\s+){{1,5}}"
                         rf"(?=[{UPPER}][a-zà-ÿ])")
MIN_KICKER_LETTERS = 8
# Chrome and date lines skipped at the top of a page, at most: The Times' pages open on ten (its billing notices, a
# skip link, its subscribe bar), a tabloid's on a ticker of eight stories with their labels; eight cut both short.
MAX_HEAD_LINES = 16
# A headline standing twice, or glued to a section's name over its copy, is this long at least.
MIN_TWICE_WORDS = 4
# A site's menu over its headline: this many short lines (a greeting, "Watch Live", section names) of at
# most MAX_MENU_WORDS words, with no stop, and then a headline-shaped line of MIN_TWICE_WORDS words or more
# standing twice in a row (the page's title and its heading).
MIN_MENU_LINES = 2
MAX_MENU_WORDS = 5
# A site's menu over the article's date stamp: this many lines or more of at most MAX_MENU_ITEM_WORDS words, no
# stop, right over the stamp ("Directory of sites", "Login", "Politics", ..., "February 16, 2018 / 5:56 PM"). A
# headline, a byline and a kicker over a stamp are three lines; a site's sections are many.
MIN_MENU_OVER_STAMP = 5
MAX_MENU_ITEM_WORDS = 3
MAX_MENU_SPAN = 30  # lines read for it, blank ones included
MIN_SECTION_LINES = 3  # a site's name, its section, a kicker: a kicker alone or with a section is `over_a_headline`'s
# A TV station's menu of features has items of four words ("GR8 Acts of Kindness", "Local Jobs Hiring Now"); a block
# of three or four such lines may be a kicker, a headline and a byline, one of five or more is a menu.
MAX_LONG_MENU_ITEM_WORDS = 4
MIN_LONG_MENU_LINES = 5
# Round 118's: a site's menu of its editions over the page (The Local's "Editions: Austria · Denmark · France ...").
EDITIONS_MENU = re.compile(r"^Editions?:\s+[A-Z][a-z]+(?:\s*·\s*[A-Z][a-z]+){2,}$")
# Round 127's: France Bleu's place over the page, its country after it ("Fontaine-lès-Dijon, France", "Hérault,
# France"); in a body such a line may be an address's.
PLACE_AND_COUNTRY = re.compile(r"^[A-ZÀ-Ý][\w'’ -]{1,40}, France$")
# Round 131's: a template's body classes left as text over the page ('class="post-template-default single ..."').
TEMPLATE_CLASSES = re.compile(r'^class="[^"<>]{2,400}"$')


def menu_reason(line: str) -> str | None:
    """"chrome" when a line over the article is one of the module's menus or bars, else None."""
    text = line.strip()
    words = text.split()
    if not words:
        return None
    if _glued_menu(text, len(words)) or _language_menu(words) or _sections_and_share(text, words) \
            or _share_bar(words) or EDITIONS_MENU.match(text) or PLACE_AND_COUNTRY.match(text) \
            or TEMPLATE_CLASSES.match(text):
        return "chrome"
    if len(words) == 1 and normal_line(text) in HEAD_SECTIONS:
        return "chrome"
    dated = SECTION_OF_DATE.match(text)
    if dated and is_date_line(dated.group("date")):
        return "date_line"
    unglued = GLUED_CLOCK.sub(r"\1 ", text)
    return "date_line" if unglued != text and is_stamp(unglued) else None


def top_menu_lines(lines: list[str]) -> int:
    """How many of the page's first lines (blank ones among them counted) are a menu: a run of MIN_CAPS_MENU_LINES
    short lines in capitals or more, or of MIN_BULLET_MENU_LINES bulleted links of a word or two ("• STV", "• MySTV"),
    with another line under it; else 0. Bulleted sentences are an article's key points, and stay."""
    for is_link, least in ((_caps_link, MIN_CAPS_MENU_LINES), (BULLET_LINK.match, MIN_BULLET_MENU_LINES)):
        run, end = 0, 0
        for k, line in enumerate(lines):
            text = line.strip()
            if not text:
                continue
            if not is_link(text):
                if run >= least:
                    return end
                break
            run, end = run + 1, k + 1
    return 0


def caps_kicker(line: str) -> str:
    """The kicker glued to the front of a headline, or "": an event's and its year in capitals (CAPS_KICKER), or
    a section's name in capitals (HEAD_SECTIONS: "TURISMO L'Italia ha vissuto ...") or in title case
    (GLUED_SECTIONS: "Wirtschaft EZB-Präsidentin Lagarde ...")."""
    match = CAPS_KICKER.match(line)
    if match and sum(c.isalpha() for c in match.group(0)) >= MIN_KICKER_LETTERS:
        return match.group(0)
    first, _, rest = line.partition(" ")
    following = rest.split(" ", 1)[0]
    named = first.casefold() in HEAD_SECTIONS if first.isupper() else first.casefold() in GLUED_SECTIONS
    section = named and following[:1].isupper() and any(c.islower() for c in following)
    return first + " " if section else ""


def _caps_link(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(text.split()) <= MAX_CAPS_MENU_WORDS \
        and not TERMINAL.search(text)


def _glued_menu(text: str, words: int) -> bool:
    glued = len(GLUED_LINK.findall(text))
    return glued >= MIN_GLUED_LINKS and glued * MAX_WORDS_PER_GLUED_LINK >= words


def _language_menu(words: list[str]) -> bool:
    """Each word in a script of its own ("हिन्दी मराठी বাংলা தமிழ்": Devanagari twice, Bengali, Tamil), or each a
    language's own name."""
    if len(words) < MIN_MENU_LANGUAGES:
        return False
    if all(w.casefold() in LANGUAGE_NAMES for w in words):
        return True
    scripts = [unicodedata.name(w[0], "?").split(" ")[0] for w in words]
    if len(set(scripts)) >= MIN_MENU_LANGUAGES and len(set(scripts)) >= len(words) - 2 and "LATIN" not in scripts:
        return True
    # each language in its script and by its English name: every Latin word a language's name
    latin = [w.casefold() for w, script in zip(words, scripts) if script == "LATIN"]
    return len(set(scripts) - {"LATIN"}) >= MIN_MENU_LANGUAGES and bool(latin) \
        and all(w in LANGUAGE_NAMES or w in ENGLISH_NAMES for w in latin)


def _share_bar(words: list[str]) -> bool:
    """A share bar over the article: its count and "SHARES", then the networks' buttons."""
    tokens = [w.casefold() for w in words]
    if tokens and tokens[0].isdigit():
        tokens = tokens[1:]
    if tokens and tokens[0] in ("shares", "share"):
        tokens = tokens[1:]
    return len(tokens) >= MIN_BAR_NETWORKS and all(t in NETWORKS for t in tokens)


def _sections_and_share(text: str, words: list[str]) -> bool:
    """A bar of sections ending in a share button: "Muziek | Vlaanderen Tweet"."""
    return "|" in text and len(words) <= MAX_BAR_WORDS and words[-1].casefold() in SHARE_BUTTONS


def menu_over_headline(lines: list[str], i: int) -> tuple[int, int] | None:
    """(the headline's line, the next line's) when the page's first lines are a site's menu of short
    lines ("Welcome to Africanews", "Please select your experience", "Watch Live", "News") over a
    headline-shaped line that stands twice in a row, as a page's title and its heading do; else None."""
    filled = [k for k in range(i, len(lines)) if lines[k].strip()][:MAX_HEAD_LINES + 2]
    for n, (a, b) in enumerate(zip(filled, filled[1:])):
        text, words = lines[a].strip(), word_count(lines[a])
        if text == lines[b].strip() and words >= MIN_TWICE_WORDS and headline_shaped(text, words) \
                and not CAPTION.search(text):  # a gallery's caption told twice is no headline
            menu = [lines[k].strip() for k in filled[:n]]
            short = all(word_count(m) <= MAX_MENU_WORDS and not TERMINAL.search(m) for m in menu)
            return (a, b) if len(menu) >= MIN_MENU_LINES and short else None
    return _sections_over_headline(lines, i)


def _sections_over_headline(lines: list[str], i: int) -> tuple[int, int] | None:
    """(the headline's line, the next line's) when the page opens with a block of MIN_SECTION_LINES lines or more
    of a few words each, no blank line between them, then a blank line and a headline-shaped line ("The Sun",
    "All Football", "HOLS OFF", then the headline): the site's name, its section and a kicker; else None."""
    k = i
    while k < len(lines) and lines[k].strip() and _menu_item(lines[k].strip(), MAX_LONG_MENU_ITEM_WORDS):
        k += 1
    short = all(_menu_item(lines[m].strip()) for m in range(i, k))
    if k - i < (MIN_SECTION_LINES if short else MIN_LONG_MENU_LINES) or k >= len(lines) or lines[k].strip():
        return None
    h = next((m for m in range(k, len(lines)) if lines[m].strip()), None)
    words = word_count(lines[h]) if h is not None else 0
    return (h, h + 1) if words >= MIN_TWICE_WORDS and headline_shaped(lines[h].strip(), words) else None


def menu_over_stamp(lines: list[str], i: int) -> int | None:
    """The line of the date stamp that a site's menu of short lines, from line `i`, stands right over
    (MIN_MENU_OVER_STAMP); else None."""
    run = 0
    for k in range(i, min(len(lines), i + MAX_MENU_SPAN)):
        text = lines[k].strip()
        if not text:
            continue
        if run >= MIN_MENU_OVER_STAMP and (is_date_line(text) or is_weekday_date(text)):
            return k
        if not _menu_item(text):
            return None
        run += 1
    return None


def _menu_item(text: str, most: int = MAX_MENU_ITEM_WORDS) -> bool:
    """A menu's item: a few words (MAX_MENU_ITEM_WORDS), no stop."""
    return word_count(text) <= most and not TERMINAL.search(text)
