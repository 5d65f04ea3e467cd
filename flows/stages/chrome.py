"""Site chrome: the lines a crawler takes from around an article, recognised and taken out (and recorded).

Two kinds of evidence. Here, a small vocabulary of universal chrome per language ("Advertisement", "Anzeige",
"Publicidad", share bars, breadcrumbs, photo credits, "Read more >>"), for corpora too small for frequencies: a line
is chrome only when the whole line is such a phrase or has such a shape, never because it contains one. Corpus-wide,
flows/corpus/boilerplate.py removes the lines that recur across many stories (the line-frequency method of C4,
cc_net and dolma).

`ChromeStep` takes chrome lines and doubled paragraphs out of the body; the lead step (flows/stages/lead.py) uses
`chrome_reason` and `is_date_line` (flows/stages/dates.py) on the page's first lines. Bylines and picture credits are
in flows/stages/credits.py and desks.py, a page's notices and buttons in notices.py; chrome by where it stands (a
comment section, a footer, a signature) in positions.py; pieces cut from a line's end in captions.py and signoffs.py.
Every removal is recorded as a `Removal`, so that `restore` can put the body back as it was.
"""

from __future__ import annotations

import re

from flows.document import Document, Removal
from flows.stages.captions import glued_credit
from flows.stages.credits import (
    BY_WORDS,
    BYLINE_LIST,
    OUTLET_ALONE,
    WIRE_CREDIT_LINE,
    WIRE_CREDITS,
    WRITERS_CONTACT,
    agency_and_date,
    agency_byline,
    is_byline,
    is_credit,
)
from flows.stages.dates import (
    DATE_WORDS,
    EMAIL,
    READING_TIME,
    READING_TIME_LABEL,
    TIME,
    is_body_stamp,
    is_date_line,
    is_stamp,
    keep_timeline_dates,
    take_time_under_its_date,
)
from flows.stages.desks import DESK_CREDITS
from flows.stages.menus import menu_reason
from flows.stages.notices import (
    BREAKPOINT,
    FIRST_PUBLISHED,
    FORM_FIELDS,
    MAX_FIRST_PUBLISHED_WORDS,
    MAX_VIDEO_POINTER_WORDS,
    NORMAL_LINE_NOTICES,
    POSTED_IN,
    VIDEO_POINTER,
    WHOLE_LINE_NOTICES,
    pager_or_share_prompt,
    posted_ago_bar,
)
from flows.stages.positions import (
    COMMENT_COUNT,
    COPYRIGHT_NOTICE,
    keep_table_cells,
    mark_by_position,
    mark_byline_under_title,
    mark_title_copy,
)
from flows.stages.prompts import MAX_PROMPT_WORDS, UNMARKED_RELATED_LINK, glued_tail, speaks_to_the_reader
from flows.stages.signoffs import cut_sign_off
from flows.stages.vocabulary import AGENCIES, HEAD_LABELS, SECTION_WORDS, UPPER, VOCABULARY, normal_line
from flows.stages.widgets import HEAD_WIDGETS, STARS, WIDGET_NOTICES, WIDGET_SHAPES, widget_settings
from flows.step import Step

# The words a share bar is made of ("Share on Facebook Share on Twitter Email", "Teilen Weiterleiten").
SOCIAL = frozenset("""share facebook twitter x email e-mail mail whatsapp linkedin pinterest reddit telegram messenger
    print tweet copy link sms teilen partager compartir condividi compartilhe partilhar delen udostępnij on via this
    article story en sur auf per su no na vk viber вконтакте одноклассники поделиться поділитися κοινοποίηση paylaş pin
    shares item weiterleiten tweeten drucken instagram youtube tiktok facebook-f commentmore condivisioni
    flipboard tumblr""".split())
NETWORKS = frozenset("facebook twitter whatsapp linkedin pinterest reddit telegram messenger email e-mail tweet vk "
                     "viber вконтакте одноклассники tweeten weiterleiten pin flipboard tumblr".split())
# A share bar whose buttons' texts a crawler glued together: "LINKEDINCOMMENTMORE", "FacebookTwitterEmail".
GLUED_SHARE_BAR = re.compile(r"^(?:facebook|twitter|linkedin|pinterest|reddit|whatsapp|email|e-mail|print|comments?|"
                             r"more|share|tweet){2,}$", re.I)
# A site's greeting, alone on a line: "Welcome to Africanews", "Bienvenue sur RTL", "Willkommen bei ...".
GREETING = re.compile(r"^(?:welcome to|bienvenue sur|bienvenue à|willkommen bei|willkommen auf|bienvenido a|"
                      r"bienvenidos a|benvenuto su|benvenuti su|bem-vindo ao?|welkom bij|witamy w|witamy na)"
                      r"(?:\s+\S+){1,3}$", re.I)
# App-store and icon alt texts a crawler keeps ("qr appleapp webqr android web").
ICON_WORDS = frozenset("qr appleapp webqr android ios app apps web icon logo googleplay playstore appstore".split())
# An image's file name kept as its alt text: "HIRING 716 658by90.png".
IMAGE_FILE = re.compile(r"\S\.(?:png|jpe?g|gif|svg|webp)$", re.I)
LABEL = re.compile(r"^(?:topics?|tags?|labels?|section|category|theme|thema|themen|rubrik|sujet|temas?|schlagwort|dans|"
                   r"press release|this article appears in|referenced symbols|read more about|"
                   r"теги|тэги|тема|"
                   r"теми|мітки|ετικέτες|θέματα|etiketler|konular)\s*[|:]", re.I)
EMBED_POINTER = re.compile(r"^(?:▶\s*)?(?:(?:news |im )?v[ií]d[eé]o(?: zum thema)?|watch|ver vídeo|guarda il video|"
                           r"bekijk|veja as publicações|veja o momento|veja o vídeo)\s*[:|]", re.I)  # "▶ Bekijk: ..."
# An embedded video's card, its length glued in: "... 100m Diamond League win Duration 2:28 The sprinter ...".
VIDEO_DURATION = re.compile(r"\b(?:Duration|Durée|Dauer|Duración|Duração|Durata) \d{1,2}:\d{2}\b")
# A player's card that ends in its close button: "01:03 Nabo ... fortæller ... Luk video" (read on the line's end).
VIDEO_CLOSE = re.compile(r"\b(?i:luk video|close video|video schließen|fermer la vidéo|cerrar (?:el )?v[ií]deo|"
                         r"fechar v[ií]deo|chiudi (?:il )?video|sluit video|stäng video|lukk video)$")
VIDEO_CLOSE_CHARS = 24  # the longest close button and a space
# A video player's label over the page: "Watch CBS News", "Watch NBC Live".
WATCH_OUTLET = re.compile(rf"^[Ww]atch (?:[{UPPER}][\w.]* ){{1,3}}(?i:news|live|tv|now)$")
# A sports page's kicker in capitals, its parts between dashes: "VOLLEY - LIGUE A (H) - 3EME JOURNEE".
CAPS_PART = rf"[{UPPER}0-9][{UPPER}0-9 ().'’]{{0,30}}"
CAPS_KICKER = re.compile(rf"^{CAPS_PART}(?: - {CAPS_PART}){{2,}}$")
# A station's byline of a network's story: "Posted By: By Jane Roe, John Doe and Ann Lee, CNN".
POSTED_BY = re.compile(r"^Posted By:\s+By\s+[A-Z]")
# An editor's initials in brackets closing a story: "(joe)", "(dpa/kna)" is the agencies'; and "/rit", "/a.r", as
# Danish and Albanian papers sign, or "di lal", as LaPresse's editors do under the headline.
INITIALS = re.compile(r"^\([a-zäöüß]{2,4}(?:/[a-zäöüß]{2,4})*\)$|^/[a-zæøå]{2,4}$|^/[a-z](?:\.[a-z]){1,3}\.?$"
                      r"|^di (?!lei|noi|voi|cui|chi)[a-z]{3}$|^\[[a-z]{2,4}(?:/[a-z]{2,4})*\]$"  # "[sid/hm]"
                      r"|^(?!U\.[SK]\.|D\.C\.)[A-Z]\.[A-Z]\.$")  # a writer's two initials signing off: "E.D."
BACK_LINK = "Back to"  # a link back to the site's front, run into the date over the page
# A site's name alone on a line, as its logo's text: "DAWN.COM", "ilrestodelcarlino.it".
DOMAIN = re.compile(r"^(?:www\.)?[\w-]{2,}(?:\.[\w-]+)*\.(?:com|net|org|info|co\.uk|co\.za|com\.au|com\.br|"
                    r"it|de|fr|es|pt|br|in|pk|ie|au|za|ca|nl|pl|ru|ua|gr|tr|ro|hu|cz|sk|hr|si|rs|bg|lt|lv|ee|fi|"
                    r"se|no|dk|at|ch|be|mx|ar|cl|co|uk|us|eu|nz)$", re.I)
# A breadcrumb without separators, from its home link: "Начало България Политика", "Startseite Politik
# Ausland". Not from English "Home": "Home Sales Rise Again" is a headline in title case.
# A path from the home page with slashes or chevrons: "Home/News/Court and Crime", "Home / Bay of Plenty Times",
# "Home » World"; a numbered path's first step alone ("1. Home").
HOME_PATH = re.compile(r"^Home(?: {0,3}[/»›>] {0,3}[\w&'’-]+(?: [\w&'’-]+){0,3}){1,4}/?$|^1\.\s?Home$")
HOME_CRUMB = re.compile(rf"^(?i:startseite|accueil|inicio|início|головна|главная|начало|αρχική|anasayfa|ana sayfa|"
                        rf"strona główna|úvod|domov|forside|etusivu|kezdőlap)(?:\s+[{UPPER}][\w-]*){{1,4}}$"
                        r"|^Home(?:[A-Z][a-z]+){1,4}$")  # its separators lost: "HomeNewsWorld"
SEPARATOR = r"(?:\s*[›>»|]\s*|\s+/\s+)"
SEGMENT = r"(?=[^›>»|/]*[^\W\d_])[\w&'’.,-]+(?: [\w&'’.,-]+){0,3}"  # with a letter: "490,1 / 510,1" are a table's
BREADCRUMB = re.compile(rf"^(?:{SEGMENT}{SEPARATOR}){{2,}}(?:{SEGMENT})?\s*$|^{SEGMENT}{SEPARATOR}$")
# The caption marks of the BBC's pages in its languages (and India TV's "Image Source :"), the caption following on
# the same line: never a title (flows/stages/lead.py), but kept in a body, as the BBC's own text keeps its captions.
IMAGE_MARK = re.compile(r"^(?:image copyright|image caption|image source|direito de imagem|legenda da foto|"
                        r"derechos de autor de la imagen|pie de foto)\b", re.I)

# Lone control glyphs of a page (close buttons, menu icons, arrows), and one dash, bullet or ellipsis alone anywhere: a
# gallery's or a list's empty item ("-" between captions), a cut teaser's end. Separator lines ("_____", "* * *"), a
# stop alone (some sources open their text on one) and odd punctuation are left alone: sources keep them in their text.
SYMBOLS = re.compile(r"^(?:[×✕✖✗☰≡»«›‹•·|\-–—…]|>{1,3}|<{1,3}|\.\.\.|###)$")  # "###": a press release's end
# A page's notice that the browser cannot play or run something, whatever precedes it on the line
# ("Διάβασέ μου το... Your browser does not support the audio element.").
BROWSER_NOTICE = re.compile(r"your browser (?:does not|doesn['’]?t) support (?:the )?(?:html5 )?(?:audio|video|html5)|"
                            r"please (?:enable|activate) "
                            r"javascript|twoja przeglądarka nie obsługuje|ihr browser unterstützt (?:das|den|kein)|"
                            r"votre navigateur ne (?:prend pas en charge|supporte pas)|"
                            r"(?:tu|su) navegador no (?:admite|soporta)|il tuo browser non supporta|"
                            r"seu navegador não (?:suporta|tem suporte)|uw browser ondersteunt (?:de|het|geen)|"
                            r"this content isn['’]t available on your device", re.I)
# A language switcher: two or more language codes or names, nothing else ("Ua ru", "РУС УКР КТАТ").
LANGUAGE_CODES = frozenset("""en eng de deu ger fr fra fre es esp spa it ita pt por nl ru rus ua ukr pl pol cs tr ar
    рус укр eng англ бел каз қаз ктат srb hrv""".split())
ARROWS = re.compile(r"(?:>>>?|»)\s*$")
# Marks alone over the article ("-", "•", "|"), a field the crawler left empty; a rating's stars are the page's.
MARKS_ONLY = re.compile(r"[\-–—•·|_*]+")  # not a stop: a source's own text may open on one
# A widget's count alone over the article ("0" comments or shares); inside a body, a list's number stays.
COUNTER = re.compile(r"\d{1,5}(?: \d{1,3})?|[Xx]")  # a gallery's "1 6" (round 79's) and a close button's letter
# An unrendered template's placeholder, "{{featured_button_text}}" or "[[title]]", or a minifier's,
# "%MINIFYHTML6a97...%": no article holds one.
TEMPLATE_SLOT = re.compile(r"\{\{\s*[\w.]+\s*\}\}|\[\[\s*\w+\s*\]\]|%[A-Z_]{4,}[0-9a-f]{8,}%"
                           r"|/html/head/meta\[")  # a scraper's path left in: "/html/head/meta[@name='og:title']"
# A template's data path left as an image's alt text ("items.[0].image.alt"), a picture's slug ("file-photo-of-...").
DATA_PATH = re.compile(r"^\w+(?:\.\w+)*\.?\[\d+\](?:\.?\[\d+\]|\.\w+)*$|^[a-z\d]+(?:-[a-z\d]+){7,}(?: Source: .+)?$")
# A breadcrumb's own label: "you are here: HomeNewsTrendsCurrent Affairs", "Sie sind hier: Startseite > ...".
YOU_ARE_HERE = re.compile(r"^(?:you are here|sie sind hier|vous êtes ici|usted está aquí|está aquí|você está aqui|"
                          r"ti trovi in|u bent hier|jesteś tutaj|jste zde|nacházíte se|du är här)\s*:", re.I)
# A list widget's heading, with its count: "10 Most-Read Articles", "Most viewed stories".
MOST_READ = re.compile(r"^(?:(?:top )?\d+ )?most[- ](?:read|popular|viewed|shared|commented|emailed|watched)"
                       # "Most Read Nation & World Stories", or the site's: "Most Popular on TIME"
                       r"(?: (?:[\w&'’]+ ){0,3}(?:articles|stories|news|posts|videos|news videos)"
                       r"| (?:on|from|at) [\w.&'’ ]{1,30})?"
                       r"(?: (?:this|of the) (?:week|month|day))?$")
# A bare address alone on a line, a link's target the dump kept as text ("http://www.example.fi/Online/..."),
# or a writer's e-mail address under the article ("jane.roe@example.ie").
ADDRESS_ONLY = re.compile(rf"^\{{?(?:https?://|www\.)[^\s{{}}]+\}}?$|^(?:,\s*)?{EMAIL.pattern}$", re.I)  # "{https://...}"
# Icons' alt texts ("Calendar An icon of a desk calendar."), Facebook's for a picture ("Image may contain: 3 people").
ICON_ALT = re.compile(r"^(?:\w+ )?an icon of an? |^(?:author|profile|user|avatar|close|search|menu|share)"
                      r"(?: picture| image| photo)? icon$|^image may contain: .{2,200}$", re.I)  # "Author Picture Icon"
# A news ticker's row, its time glued to a section name: "16:15Sports - Manchester United : ...". A live
# blog's entry ("16:15 Die Wahllokale ...") has a space there, and no section before a dash.
TICKER = re.compile(rf"^\d{{1,2}}[:h.]\d{{2}}[{UPPER}][\w]+(?: [\w]+)? [-–] \S")


MIN_MENU_BARS = 3  # over the article, a line of four links or more is a menu; a headline has a bar at most
# A wire story's slug over it: "BENEDICT-FUNERAL", "BRITAIN-POLITICS-BREXIT".
WIRE_SLUG = re.compile(r"[A-Z]{3,}(?:-[A-Z]{3,}){1,3}")
MAX_CHROME_WORDS = 12  # shapes (credits, arrows, breadcrumbs) count only on short lines: no sentence is cut
# Shapes that make a line chrome whatever its length, matched on the line as it stands, or as the
# vocabulary is compared (`normal_line`: case-folded, trailing punctuation off).
WHOLE_LINE_SHAPES = (READING_TIME, READING_TIME_LABEL, COPYRIGHT_NOTICE, ICON_ALT, TICKER, DATA_PATH, ADDRESS_ONLY,
                     WIDGET_NOTICES, *WHOLE_LINE_NOTICES)
NORMAL_LINE_SHAPES = (COMMENT_COUNT, MOST_READ, *NORMAL_LINE_NOTICES)
# Shapes that make a line chrome on a short line only (MAX_CHROME_WORDS).
SHORT_LINE_SHAPES = (SYMBOLS, LABEL, WATCH_OUTLET, CAPS_KICKER, EMBED_POINTER, GLUED_SHARE_BAR, GREETING, POSTED_IN,
                     BREAKPOINT, WIDGET_SHAPES)
MIN_STAMP_BAR_PARTS = 3  # categories, byline, date, comments: a sentence with "/" in it has one slash or two
MIN_REPEATED_WORDS = 8  # a crawler's double take of a paragraph; a dialogue's "- Ya lo sé." may repeat
# A paragraph taken twice lies right after its first copy; one that comes back further on must be long to be a
# double take: a police log's "He was held in custody and was to appear in court Friday." closes two reports.
MIN_DISTANT_REPEATED_WORDS = 20


def head_chrome_reason(line: str, extra: frozenset[str] = frozenset()) -> str | None:
    """Chrome over a page's first line: the body's chrome, the labels of summary boxes (HEAD_LABELS), a
    widget's counter ("0" comments), a link run into its mark ("À lire aussi Créez ..."), a bar of links
    ("... | Weather Blog| Current Conditions | Current Radar"), sections' names run together ("News Local"), a
    stamp with more on its line (`is_stamp`), a line of marks alone ("-", "•"), a field the crawler left empty, a
    language switcher's one name ("English"), and an outlet's name alone ("The New York Times")."""
    text = line.strip()
    if normal_line(line) in HEAD_LABELS or COUNTER.fullmatch(text) or UNMARKED_RELATED_LINK.match(text) \
            or WIRE_SLUG.fullmatch(text) \
            or text.count("|") >= MIN_MENU_BARS or MARKS_ONLY.fullmatch(text):
        return "chrome"
    if _section_names(text):
        return "breadcrumb"
    if OUTLET_ALONE.match(text):  # the source's name over the article ("The New York Times"); a body's may be a subhead
        return "credit"
    if HEAD_WIDGETS.match(text):  # a radio's player, tags with their semicolon: in a body, a list's items
        return "chrome"
    if text.endswith(BACK_LINK) and is_date_line(text[:-len(BACK_LINK)]):  # "Wednesday, March 20, 2019Back to"
        return "date_line"
    return chrome_reason(line, extra) or ("date_line" if is_stamp(line) else None) or menu_reason(text)


def chrome_reason(line: str, extra: frozenset[str] = frozenset()) -> str | None:
    """Why a whole line is site chrome ("chrome", "breadcrumb", "share_bar", "credit"), or None.
    `extra`: the user's own phrases (`extra_phrases`)."""
    text = line.strip()
    if not text:
        return None
    words = text.split()
    if len(words) > MAX_PROMPT_WORDS:  # a paragraph: only the shapes that may run on can make it chrome
        return "chrome" if extra and normal_line(text) in extra else _long_line_reason(text)
    normal = normal_line(text)
    if normal in VOCABULARY or normal.rstrip("-–— ") in VOCABULARY or normal in extra or DATE_WORDS.fullmatch(normal) \
            or _phrase_twice(normal) or _chrome_at_any_length(text) \
            or any(shape.match(normal) for shape in NORMAL_LINE_SHAPES) or _date_words_only(normal) \
            or posted_ago_bar(text) or pager_or_share_prompt(normal, len(words)):
        # DATE_WORDS alone: a bare "Updated:", or a bar of them, "PUBLISHED: | UPDATED:"
        return "chrome"
    if speaks_to_the_reader(text) or len(words) <= MAX_VIDEO_POINTER_WORDS and VIDEO_POINTER.match(normal) \
            or len(words) <= MAX_FIRST_PUBLISHED_WORDS and FIRST_PUBLISHED.match(text):
        return "chrome"
    if agency_and_date(text):  # a gallery's credit with its date: no timeline's entry (`keep_timeline_dates`)
        return "credit"
    if _slashed_stamp_bar(text):
        return "date_line"
    if WIRE_CREDITS.match(text) or WIRE_CREDIT_LINE.match(text) or BYLINE_LIST.match(text) or INITIALS.match(text) \
            or WRITERS_CONTACT.match(text) or POSTED_BY.match(text) or DESK_CREDITS.match(text) \
            or _byline_and_date(words) or agency_byline(text):  # credits of any length
        return "credit"
    tokens = [w.strip(",.:;|").casefold() for w in words]  # a share bar of any length (round 117's Global News's)
    if tokens and set(tokens) <= SOCIAL | {t for t in tokens if t.isdigit()} and NETWORKS & set(tokens):
        return "share_bar"  # "Reddit Share Pin Share 0 Shares": its counters too
    if len(words) > MAX_CHROME_WORDS:
        return "chrome" if widget_settings(words) else None
    if any(shape.match(text) for shape in SHORT_LINE_SHAPES) or _ends_in_arrow(text) or text.startswith("|") \
            or text.endswith(" |") or DOMAIN.match(text.strip("()[] /")) or BROWSER_NOTICE.search(text):
        return "chrome"
    if HOME_CRUMB.match(text) or YOU_ARE_HERE.match(text) or HOME_PATH.match(text):
        return "breadcrumb"
    if len(words) >= 2 and all(w.casefold() in LANGUAGE_CODES for w in words):
        return "chrome"
    if any(IMAGE_FILE.search(w) for w in words):
        return "chrome"
    if len(tokens) >= 2 and sum(t in ICON_WORDS for t in tokens) >= 2 and all(t.islower() for t in tokens):
        return "chrome"
    if is_credit(text.lstrip("-–—•·*/ ")):  # "- Credit: Archant", "/ Foto: Škoda Auto": a caption's credit
        return "credit"
    if BREADCRUMB.match(text.lstrip("•· ")) and not text.endswith((".", "!", "?")):  # "• Home >": a menu's bullet
        return "breadcrumb"
    return None


def _long_line_reason(text: str) -> str | None:
    """`chrome_reason` of a line longer than any phrase, prompt, link, stamp or credit (MAX_PROMPT_WORDS): the
    shapes of any length (`_chrome_at_any_length`), a stamp bar divided by slashes, a wire story's credits in
    brackets (and a user's own long phrase, read before). Most of a body's lines are such paragraphs and none of
    these; the short-line rules are not read on them at all."""
    if _chrome_at_any_length(text):
        return "chrome"
    if _slashed_stamp_bar(text):
        return "date_line"
    return "credit" if WIRE_CREDITS.match(text) else None


def _chrome_at_any_length(text: str) -> bool:
    """The chrome shapes that a line of any length may have: a caption said twice, a template's slot, a video
    card, a form, and WHOLE_LINE_SHAPES (a copyright or comment notice may run on)."""
    return _said_again(text) or bool(TEMPLATE_SLOT.search(text)) or _video_card(text) \
        or "*" in text and bool(FORM_FIELDS.match(text)) or any(shape.match(text) for shape in WHOLE_LINE_SHAPES)


def _video_card(text: str) -> bool:
    """An embedded video's card: its length glued in (VIDEO_DURATION) or its close button at the end
    (VIDEO_CLOSE). Each is looked for only where it can be: a length needs its colon, a button ends the line."""
    return ":" in text and bool(VIDEO_DURATION.search(text)) or bool(VIDEO_CLOSE.search(text[-VIDEO_CLOSE_CHARS:]))


def _section_names(text: str) -> bool:
    """Sections' names in capitals and nothing else, a breadcrumb or a menu with its separators or without ("News
    Local", "News Sport Business Views Life Property", "World / Europe"): over the article only, no headline's."""
    words = [word for word in text.split() if word not in ("/", "›", ">", "»")]
    return 2 <= len(words) <= MAX_CHROME_WORDS and all(w[:1].isupper() and w.casefold() in SECTION_WORDS for w in words)


def _date_words_only(normal: str) -> bool:
    """A stamp bar whose dates the dump has lost: "published: | updated:", "posted: / updated:", "by published:
    updated:" (as `normal_line` gives it)."""
    if ":" not in normal and "|" not in normal:
        return False
    parts = [part.strip(" :") for part in re.split(r"[|/]|(?<=:)\s+|^by\s+", normal) if part.strip(" :")]
    return len(parts) >= 2 and all(DATE_WORDS.fullmatch(part) for part in parts)


def _slashed_stamp_bar(text: str) -> bool:
    """A stamp bar whose parts slashes divide, with the date and a byline or comment count among them: "In
    Cars, Ford, International News / By Jane Roe / 1 November 2022 12:14 pm / 0 comments"."""
    if " / " not in text:
        return False
    parts = [part.strip() for part in text.split(" / ")]
    return len(parts) >= MIN_STAMP_BAR_PARTS and any(is_date_line(part) for part in parts) \
        and any(is_byline(part) or COMMENT_COUNT.match(normal_line(part)) for part in parts)


def _byline_and_date(words: list[str]) -> bool:
    """A byline with its date after it, on one line: "By AFP 28 August 2018", "Von: Jane Roe (dpa) | 16.10.20" (the
    agency in brackets and the bar are no words of it), "By X Staff | <stamp> - Updated <stamp>" (round 90's)."""
    if len(words) > 2 * MAX_CHROME_WORDS or words[0].casefold().rstrip(":") not in BY_WORDS:  # "By: USA TODAY ..."
        return False
    words = [word for word in words if word != "|" and not (word[:1] == "(" and normal_line(word) in AGENCIES)]
    return any(is_byline(" ".join(words[:k])) and is_date_line(" ".join(words[k:])) for k in range(2, len(words)))


def _ends_in_arrow(text: str) -> bool:
    """A link's arrow ends the line ("Read more >>", "Alle Ergebnisse »"); a French quotation's closing
    guillemet does not ("Dans la série « On n'a pas compris »")."""
    return bool(ARROWS.search(text)) and not (text.rstrip().endswith("»") and "«" in text)


def _phrase_twice(normal: str) -> bool:
    """A phrase of the vocabulary twice in a row, two slots' labels run together: "Advertisement Advertisement"."""
    half, odd = divmod(len(normal), 2)
    return odd == 1 and normal[half] == " " and normal[:half] == normal[half + 1:] and normal[:half] in VOCABULARY


def _said_again(text: str) -> bool:
    """A line that is one caption or alt text twice over, glued ("David Cameron.David Cameron."), or thrice."""
    third = (len(text) + 1) // 3  # or thrice: "© AFP/Jane Roe © AFP/Jane Roe © AFP/Jane Roe"
    piece = text[:third - 1]
    if (len(text) + 1) % 3 == 0 and text[third - 1] == text[2 * third - 1] == " " \
            and piece == text[third:2 * third - 1] == text[2 * third:] and len(piece.split()) >= 2:
        return True
    half, odd = divmod(len(text), 2)
    if odd and text[half] == " " and 4 <= len(text.split()) <= MAX_CHROME_WORDS:  # "Jane Roe/AP Jane Roe/AP"
        return text[:half] == text[half + 1:]  # (a paragraph a source holds twice on one line is the source's)
    return not odd and len(text.split()) >= 2 and text[:half] == text[half:]


def body_chrome_reason(line: str, extra: frozenset[str] = frozenset()) -> str | None:
    """Chrome inside a body: the chrome lines, and date stamps ("Updated: Feb. 25, 2022 at 8:44 AM",
    "AA | 20.05.2019 - 10:04"); a lone time ("14h43") is a live blog's structure and stays."""
    reason = chrome_reason(line, extra)
    if reason is None and (is_date_line(line) and not TIME.match(line.strip()) or is_body_stamp(line)):
        return "date_line"
    return reason or ("chrome" if STARS.match(line.strip()) else None)


class ChromeStep(Step):
    """Take chrome lines and doubled paragraphs out of each body; record every removal."""

    name = "chrome"

    def __init__(self, extra: frozenset[str] = frozenset(), cut_credits: bool = False) -> None:
        super().__init__()
        self.extra = extra
        self.cut_credits = cut_credits  # flows/settings.py, `cut_caption_credits`: off by default, argued there

    def apply(self, doc: Document) -> None:
        paragraphs, kept, ends, seen, last = doc.body.split("\n\n"), [], [], set(), ""  # ends: for cut_sign_off
        all_lines = [paragraph.split("\n") for paragraph in paragraphs]
        all_reasons = [[body_chrome_reason(line, self.extra) for line in lines] for lines in all_lines]
        keep_timeline_dates(all_lines, all_reasons)
        keep_table_cells(all_lines, all_reasons)
        take_time_under_its_date(all_lines, all_reasons)
        mark_by_position(all_lines, all_reasons, doc.title if doc.lead == "undecided" else "")
        if doc.lead == "headline":
            mark_title_copy(all_lines, all_reasons, doc.title)
            mark_byline_under_title(all_lines, all_reasons, doc.title)
        for pi, (paragraph, lines, reasons) in enumerate(zip(paragraphs, all_lines, all_reasons)):
            key = " ".join(paragraph.split())
            if paragraph.strip() and all(reasons):
                self._remove(doc, reasons[0], pi, -1, paragraph)
            elif _taken_twice(key, seen, last):
                self._remove(doc, "repeated_paragraph", pi, -1, paragraph)
            else:
                for li in [i for i, r in enumerate(reasons) if r and len(lines) > 1]:
                    self._remove(doc, reasons[li], pi, li, lines[li])
                lines = [line if r else self._cut_tail(doc, pi, li, line)
                         for li, (line, r) in enumerate(zip(lines, reasons))]
                kept.append("\n".join(line for line, r in zip(lines, reasons) if not r or len(lines) == 1))
                ends.append((pi, max((li for li, r in enumerate(reasons) if not r), default=0)))
                seen.add(key)
                last = key if paragraph.strip() else last
        if cut_sign_off(doc, kept, ends):
            self.count("credit")
        doc.body = "\n\n".join(kept).strip("\n")

    def _remove(self, doc: Document, reason: str, paragraph: int, line: int, text: str) -> None:
        doc.removed.append(Removal(reason, "body", paragraph, line, text))
        self.count(reason)

    def _cut_tail(self, doc: Document, paragraph: int, line: int, text: str) -> str:
        """The line without the chrome glued to its end (flows/stages/prompts.py) or, when asked, a picture's credit
        (flows/stages/captions.py); what is cut is recorded."""
        link = glued_tail(text)
        tail = link or (glued_credit(text) if self.cut_credits else "")
        if tail:
            doc.removed.append(Removal("chrome" if link else "credit", "tail", paragraph, line, tail))
            self.count("chrome" if link else "credit")
        return text[:len(text) - len(tail)]


def _taken_twice(key: str, seen: set[str], last: str) -> bool:
    """A paragraph (its words, `key`) that the body already holds: right after its first copy (`last`, the
    paragraph kept last), or further on when it is long (MIN_DISTANT_REPEATED_WORDS)."""
    needed = MIN_REPEATED_WORDS if key == last else MIN_DISTANT_REPEATED_WORDS
    return key in seen and len(key.split()) >= needed


def restore(body: str, removed: list[Removal | dict]) -> str:
    """The body as it was before the recorded body removals (word edits aside); `removed` as a Document
    holds it, or as a row of the `removed` column reads back."""
    paragraphs = body.split("\n\n") if body else []
    pieces = [r if isinstance(r, Removal) else Removal(**r) for r in removed]
    for r in sorted((r for r in pieces if r.place == "body"), key=lambda r: (r.paragraph, r.line)):
        if r.line < 0:
            paragraphs.insert(r.paragraph, r.text)
        else:
            lines = paragraphs[r.paragraph].split("\n")
            lines.insert(r.line, r.text)
            paragraphs[r.paragraph] = "\n".join(lines)
    # the lines stand where they stood: their ends go back, the last cut first (a line's link, then its sign-off)
    for r in reversed([r for r in pieces if r.place == "tail"]):
        lines = paragraphs[r.paragraph].split("\n")
        lines[r.line] += r.text
        paragraphs[r.paragraph] = "\n".join(lines)
    return "\n\n".join(paragraphs)
