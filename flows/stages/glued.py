"""Chrome a crawler glued to the front or the end of a page's first line, for the lead (flows/stages/lead.py): a
reader's or a paywall's mark, a label in lower case, a live page's mark, the site's address or its section bar, a list's
lone bullet (`lone_bullet`) before the headline; the page's address, its site name and tagline, its date, a writer's
initials or a reading time after it; an aggregator's date in brackets, a date between bars or after its weekday,
between the headline and the text (`stamp_in_line`); a headline said twice on its line, or a stamp glued before or
after it (`split_glued`); a headline run into the first sentence, which opens on its first word
(`headline_over_its_subject`); a stamp glued to the front of the body's first line (`cut_front_stamp`). Each function
returns the glued piece, so that the lead records it as removed and weighs the rest.
"""

from __future__ import annotations

import re
import unicodedata

from flows.stages.chrome import head_chrome_reason
from flows.stages.credits import BY_WORDS
from flows.stages.dates import AGGREGATOR_STAMP, WEEKDAYS, YEAR, is_date_line, is_stamp
from flows.stages.ledes import bulleted_box
from flows.stages.menus import MIN_TWICE_WORDS
from flows.stages.shapes import MAX_BARE_HEADLINE_WORDS, TERMINAL, headline_shaped, word_count
from flows.stages.vocabulary import DATE_PREPOSITIONS, UPPER

# Chrome glued to the front of a page's first line: "Estás leyendo: <headline>", "Kostenpflichtiger Inhalt: <headline>"
# (a paywall's mark), "Minute par minute <headline>", "ilrestodelcarlino.it - <headline>", "Nachrichten | heute ...".
CHROME_PREFIX = re.compile(
    r"^(?:(?:estás leyendo|you are reading|vous lisez|sie lesen|stai leggendo|você está lendo|"
    r"kostenpflichtiger inhalt|exklusiv für abonnenten)\s*:\s*|exclusief voor abonnees\s+(?-i:(?=[A-Z0-9]))"
    r"|(?:minute par minute|später lesen weiter|später lesen|kurzmeldung ein/ausklappen)\s*[-–:]?\s+"
    r"|[àa] la une\s*\.{1,2}\s+|la grande une\s+"  # a French site's front-page mark: "A la Une .. Les députés ..."
    # a breadcrumb with its icons' names: "Worldwide icon-chevron-right South Pacific icon-chevron-right ...", or two
    # steps or more before their "»" or "›" ("Ultime Notizie » Antonio Conte » <headline>"; a quote's guillemets: «)
    r"|(?:\S[^|]{0,40}? icon-chevron-right )+|(?:[^«»›\n]{2,30} [»›] ){2,4}(?=[A-Z])"
    # a section and its slash: "World/ Imran Khan being held ..."
    r"|(?-i:(?:World|India|Business|Sports?|Politics|Entertainment|Tech|News|Nation|Cities)/\s+(?=[A-Z0-9‘'\"]))"
    r"|sehen sie im video\s*:\s*"
    # round 84's: Yonhap's version mark ("(9th LD) <headline>", "(LEAD)"), a read counter ("Lu 143 fois <headline>")
    r"|(?-i:\((?:LEAD|URGENT|\d{1,2}(?:st|nd|rd|th) LD)\)\s+)|(?-i:Lu \d+ fois\s+)"
    # Boursorama's bid to log in, run into the headline
    r"|connectez-vous pour conserver cet article et le lire plus tard\. connexion membre connexion client\s+"
    # a reading time run into the headline: "1 min read Commander ...", "/ Lesedauer: ca. 4min Weltkunstausstellung ..."
    r"|\d{1,2} min(?:ute)?s? read\s+(?=[A-ZÀ-Ý])|/\s?lesedauer:\s(?:ca\.\s)?\d{1,2}\s?min\.?\s+(?=[A-ZÄÖÜ])"
    # a label in lower case run into the headline ("interview Honderd dagen ..."), a link's mark ("› André ...")
    r"|(?-i:(?:interview|column|opinie|analyse|commentaar|essay|recensie|review|kommentar|entrevista|chronique|"
    r"tribune|editorial|podcast|met video|video|update)\s+(?=[A-ZÀ-Ý]))|[›»×]\s+"  # HLN's "update Engie vraagt ..."
    r"|(?-i:0\s+(?=[A-Z][a-z]))"  # an empty comment counter run into the headline: "0 At odds with Trump ..."
    # a breadcrumb run into it: "Home News CPC 20th Politburo ..."
    r"|(?-i:Home(?: (?:News|World|Politics|Business|Sports?|Tech|Technology|Entertainment|Opinion|Health)){1,3}"
    r"\s+(?=[A-Z0-9]))"  # or more: "Home World News Ex Malaysian PM ..."
    # a live page's mark before its headline: "EM DIRETO | É oficial: ...", "LIVE | ..."
    r"|(?:em direto|en direct|en vivo|en directo|live|in diretta|ao vivo|liveticker|live-ticker|developing|"
    r"breaking)\s*\|\s+"
    # a follow widget before a picture's credit (India TV's "Follow us on Image Source : PTI ..."); a section path
    # run into the headline ("News Economy ECB to raise ...")
    r"|follow us on\s+(?-i:(?=Image Source))|(?-i:News (?:Economy|World|Politics|Business|Sports?|Tech|Health|Europe|"
    r"Asia|Africa|Americas|Analysis)\s+(?=[A-Z0-9]))"
    # a transcript's or an audio's mark ("Transcript for 1-on-1 with ...", KIMT's "Speech to Text for ...", "Audio:
    # Brexit: ..."), an image's alt text run into the headline ("article imageTurkey finds ..."), a kicker in capitals
    # before a slash ("MJESTO GDJE JE VRIJEME STALO / Potresne slike: ...")
    r"|(?-i:Transcript for\s+|Speech to Text for\s+|Audio:\s+|article image(?=[A-Z])"
    r"|(?:Tästä|Mistä) on kyse\??\s+(?=[A-ZÅÄÖ]))"  # Yle's box label
    # NBC's box label before its first point ("What to Know Hazardous conditions ..."), a writer's code in brackets
    # ("(rwa) Damit ist ..."), Aporrea's date and its dash ("02-07-18.- El ...")
    r"|(?-i:What to Know\s+(?=[A-Z])|\((?!sic\))[a-z]{2,4}\)\s+(?=[A-ZÄÖÜ]))|\d{2}-\d{2}-\d{2}\.-\s*"
    # Law360's stamp before the text: "Law360 (June 7, 2021, 4:59 PM EDT) -- The U.S. Food and Drug ..."
    r"|(?-i:Law360 \([A-Z][a-z]+ \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M E[DS]T\) --\s+)"
    rf"|(?-i:[{UPPER}][{UPPER} '’]{{7,60}}\s/\s+(?=[{UPPER}]))"
    # a kicker of four words in capitals or more before a dash ("ULTIME NOTIZIE MERCATO JUVENTUS – Dopo ..."): a
    # dateline's place has three at most ("RIO DE JANEIRO –"); a topic and its number before a stop ("BAC 2021. Les
    # épreuves ...", "IPHONE 14. Apple a présenté ...")
    rf"|(?-i:(?:[{UPPER}][{UPPER}'’]+ ){{3,8}}[{UPPER}][{UPPER}'’]+\s[–—-]\s+(?=[{UPPER}]))"
    rf"|(?-i:[{UPPER}]{{3,}}\s\d{{1,4}}\.\s+(?=[{UPPER}][a-zà-ÿ]))"
    # a stray colon left of a label; a label in capitals and its stop or its bar ("OVERZICHT. De grootste ...",
    # "JUHTKIRI | Isamaa ..."); an aggregator's stamp with its empty brackets ("Wednesday, 12 August 2020 () ...")
    r"|:\s+(?=\S)|(?-i:[A-ZÀ-Ý]{5,}\.\s+(?=[A-ZÀ-Ý][a-zà-ÿ])"
    rf"|[{UPPER}]{{4,}}(?: [{UPPER}]{{2,}}){{0,2}}\s\|\s+(?=[{UPPER}]))"  # "KOMENTÁŘ JANE ROEOVÉ | Učitelé ..."
    # a ticker's date before the dateline's place and its stop: "26.03.2019 Düsseldorf. Der Minister ..."
    rf"|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}\s+(?-i:(?=[{UPPER}][\w-]+\.\s+[{UPPER}]))"
    rf"|(?-i:{AGGREGATOR_STAMP}\s+)"
    # an aggregator's date in brackets before the article's first words: "(Di lunedì 26 settembre 2022) Giorgia ..."
    r"|\((?:di|del|du|vom|on|de)\s[^()]{4,40}?\d{4}\)\s+(?-i:(?=[A-ZÀ-Ý]))"
    # a Reuters video script's label ("STORY: Hunderte Menschen ..."), a gallery's counter, Polish
    # ("1 z 4 <headline>", "1 ZDJĘCIE <caption>"), Reuters' ("[1/4] <caption>")
    r"|(?-i:STORY:\s+|\d{1,2} z \d{1,2}\s+(?=[A-ZŁŚŻŹĆ])|\d{1,3} ZDJ[ĘE]CI[EA]\s+|\[\d{1,2}/\d{1,2}\]\s+)"
    # a box's label and a video mark before the text ("SUMMARY Uttarakhand's ...", "/VIDEO/ Mnozí ..."), a byline's
    # initials with an empty co-writer ("(jr avec ) C'est ...")
    r"|(?-i:SUMMARY\s+(?=[A-Z])|/VIDEO/\s+|\([a-z]{2,4} avec \)\s+)|open this photo in gallery\s+"
    # a byline in capitals and its bar before the text: "Von JANE ROE | In der Fußgängerzone ..."
    rf"|(?-i:Von [{UPPER}]{{2,}}(?: [{UPPER}]{{2,}}){{1,2}} \|\s+)"
    # a Spanish wire's update note run into its dateline: "Actualiza con conteo oficial ///Santiago, 19 Dic 2021 ..."
    r"|(?:actualiza|agrega|añade|amplía) con [^/\n]{3,100}/{3}\s*"
    # a breaking mark, an aggregator's country tag before it: "BREAKING NEWS: ...", "Ghana: Breaking - ..."
    r"|(?-i:[A-Z][\w ]{1,20}: )?(?:breaking(?: news)?|eilmeldung|última hora|ultima ora)\s*(?::|[-–—|]\s)\s*"
    # round 86's "Coronavirus updates LIVE: ...", round 89's "Nederland heeft gestemd LIVE | ..." (not "Live: ...",
    # which CNN's headlines in the second corpus hold as their own)
    r"|(?-i:(?:[A-Z][a-z]+(?: [a-z]+){0,3} )?LIVE(?::|\s\|)\s+(?=[A-Z0-9]))"
    r"|(?-i:Markets Right Now:\s+(?=[A-Z0-9]))"  # round 87's: the AP's running markets story
    r"|(?-i:(?:LATEST|UPDATE)(?::|\s[-–—])?\s+(?=[A-Z0-9]))"  # round 88's "UPDATE - <headline>", 122's "UPDATE <...>"
    # round 91's: the same in Norwegian, Danish and Swedish ("SISTE: Philip Manshaus er dømt ...")
    r"|(?-i:(?:SISTE|SENESTE|SENASTE):\s+(?=[A-ZÆØÅÄÖ0-9]))"
    # round 96's: F.A.Z.'s paywall mark, an update's time ("FAZ Plus Artikel <headline>", "Update 18.09 Uhr : ...")
    r"|faz plus artikel\s+|(?-i:Update \d{1,2}[.:]\d{2} Uhr\s?:\s+)"
    r"|[\w-]+(?:\.[\w-]+)*\.(?:it|de|com|fr|es|pt|nl|pl|at|ch|be|co\.uk|net|org|info)\s+[-–|]\s+"
    r"|(?:nachrichten|news|home|startseite|accueil|inicio|início)\s*\|\s*[^|\n]{1,40}?\s+-\s+(?:[^-|\n]{1,40}\s+-\s+)?)",
    re.I)
# A breadcrumb that ends in the headline: "You are here: Home / NewsCenter / Supreme Court Overturns Roe v. Wade".
HERE_PATH = re.compile(r"^you are here:\s*(?:[^/\n]{1,40}/\s*)+", re.I)
# A multi-page article's page number after the headline: "Sebastian Kurz gewinnt ... – Seite 1".
# A WordPress theme's section, date and closed comments run into the headline ("...’Europe 2021-05-15, Comments Off 0").
# An empty comment counter and the day run into the headline: "... i 130 mandatów 0 13 października 2019".
COUNT_AND_DAY = re.compile(r"\s\d{1,3} (?P<date>\d{1,2} [^\W\d]+ \d{4})$")
COMMENTS_OFF = re.compile(r"(?:\s|(?<=[’'\"”]))(?:[A-Z]\w{1,20} )?\d{4}-\d{2}-\d{2}, Comments Off \d{1,4}$")
PAGE_NUMBER = re.compile(r"\s[–-]\s(?:Seite|Page|Página|Pagina|Strona) \d{1,2}$")
LIVE_AT_END = re.compile(r"\s[–—-]\s(?:live|as it happened)$")  # a live blog's mark: "... prime minister – live"
SHARE_AT_END = re.compile(r"(?<!\bzu)(?<!\bin)\sTeilen$"  # round 87's share button: "... als Schlussläuferin Teilen"
                          r"|(?<=\S)Güncelleme Tarihi:$"  # round 97's: Hürriyet's empty update label
                          r"|(?<=[a-z])get the free app$"  # round 91's: CBS's app bid, "... Arberyget the free app"
                          r"|(?<=[a-z])New$|(?<=[\w)])\sedit$")  # round 117's badge ("... whyNew"), 119's edit button
# A gallery's count of pictures run into the headline: "... after Roe vs. Wade overturned(12 images)".
GALLERY_COUNT = re.compile(r"\s?\(\d{1,3} (?:images|photos|pictures|fotos|bilder|immagini|imágenes|imagens)\)$", re.I)
# A page title's site and tagline after the headline: "... of 2017 - WAOW - Newsline 9, Wausau News, Weather".
SITE_TAGLINE = re.compile(r"\s-\s(?:\w{2,12}\s-\s)?[KW][A-Z]{2,3}(?:-(?:TV|DT))?\s-\s[^-|–]{2,60}$"  # a station's call
                          # sign and tagline: "... - NBC12 - WWBT - Richmond, VA News On Your Side"
                          r"|\s[-|–]\s[^-|–]{2,40}\s[-|–]\s(?=[^-|–]*\b(?:News|Weather|Sports|Traffic)\b[^-|–]*,"
                          r"[^-|–]*\b(?:News|Weather|Sports|Traffic|Business|Entertainment)\b)[^-|–]{2,80}$"
                          r"|\s-\s(?:NBC|CBS|ABC|FOX|Fox) [A-Z][\w.]*(?: [A-Z][\w.]*)?$"  # "... - NBC New York"
                          r"|\s[×✕✖]$")  # round 79's: a live page's close button
# A Flemish site's time and comment counter glued to a headline's end: "... in het gezicht 00u00 0" (HLN's).
FLEMISH_STAMP = re.compile(r"\s\d{1,2}u\d{2}\s\d{1,4}$")
# A page title's site: "..._Guangming.com", "... Damiba - abamako.com" (an aggregator's); a site's name with a
# space in it is a sentence's own ("... told Sky News") and stays.
GLUED_SITE = re.compile(r"(?:_| [-–|] )[A-Za-z][\w-]*\.(?:com|cn|net|org|info|fr|de|it|es|be|ch|nl)$")
GLUED_URL = re.compile(r"(?<=\S)https?://\S+$")  # glued, no space: a spaced link may be the sentence's own
GLUED_CAPITAL = re.compile(rf"[^\W\d_ {UPPER}](?=[{UPPER}])")  # a lower-case letter, then a capital, no space
# A date said twice at a headline's end is two words ("21 maggio 2021") to five ("Tuesday, May 21, 2021") long.
MIN_DATE_WORDS, MAX_DATE_WORDS = 2, 5
# An aggregator's date in brackets between the headline and the article's first words, on one line: "È morto Ennio
# Morricone: il grande compositore aveva 91 anni (Di lunedì 6 luglio 2020) È scomparso ...".
GLUED_STAMP = re.compile(r"\s\((?:di|del|du|vom|on|de)\s(?P<date>[^()]{6,40})\)\s", re.I)  # a sentence's own dates
# in brackets have no "of" ("... am Freitag (21. April 2023) ..."); or a German broadcaster's stamp there: "Nach teurer
# Sanierung: Marine bekommt "Gorch Fock" zurück Stand: 29.09.2021 14:09 Uhr Knapp sechs Jahre nach ...".
GLUED_STAND = re.compile(r"\sStand:\s(?P<date>\d{1,2}\.\d{1,2}\.\d{4},?\s\d{1,2}:\d{2}(?:\sUhr)?)\s")
# Or the day's date after its weekday, no brackets: "México: la Corte ... Lunes, 28 de junio de 2021 En un fallo ...".
GLUED_DAY = re.compile(r"\s(?P<date>(?:" + "|".join(sorted(w.capitalize() for w in WEEKDAYS)) + r"),? \d{1,2}\.? "
                       r"(?:de )?[^\W\d_]+,? (?:de )?\d{4})\s")
# Or the date between bars: "Eric Adams sworn in as mayor | 1 Jan 2022 | Eric Adams, a retired cop, ...".
GLUED_BARS = re.compile(r"\s\|\s(?P<date>[^|]{4,40}?)\s\|\s")
# Or a section and the date between dashes, as RTBF runs them together: "<headline> - Rugby - 02/11/2019 <the text>".
GLUED_SECTION_DATE = re.compile(r"\s[-–]\s[A-Z][\w ]{1,30}?\s[-–]\s(?P<date>\d{1,2}/\d{1,2}/\d{4})\s")
STAND_AT_END = re.compile(r"\sStand:\s\d{1,2}\.\d{1,2}\.\d{4},?\s\d{1,2}:\d{2}(?:\sUhr)?$"  # or ending the line
                          # round 116's: CH Media's writer and stamp after the standfirst's stop ("... aus. Jane Roe
                          # 26.06.2021, 10.22 Uhr")
                          r"|(?<=[.!?])\s(?:[A-Z][\w'’-]+ ){0,3}\d{1,2}\.\d{2}\.\d{4}, \d{1,2}\.\d{2} Uhr$")
# One News Page's stamp ending a headline: "... because of US sanctions Tuesday, 14 July 2020 ( 55 minutes ago )".
AGO_AT_END = re.compile(r"\s(?:[A-Z][a-z]+, )?\d{1,2} [A-Z][a-z]+ \d{4} "
                        r"\(\s?\d{1,3} (?:minutes?|hours?|days?) ago\s?\)$"
                        # a video's caption's age on NBC's sites: "... user dropout.bear. (Published 4 hours ago)"
                        r"|\s\((?i:published|updated|posted) \d{1,3} (?:minutes?|hours?|days?) ago\)$")
# A video teaser's bid after its caption ("... henkirikoksia. Katso video!"), Boursorama's wire and stamp after the
# headline ("... après les élections Reuters • 30/09/2020 à 14:31").
TEASER_AT_END = re.compile(r"(?<=[.!?])\s(?:Katso video|Se video(?:en)?|Watch the video|Regardez la vidéo|"
                           r"Mira el vídeo|Guarda il video)!?$"
                           r"|\s(?:Reuters|AFP|AOF|Boursorama|Zonebourse|Le Revenu) • \d{2}/\d{2}/\d{4} à \d{2}:\d{2}$"
                           r"|(?<=[.!?…])\s(?:dpa|AFP|APA|AP|Reuters|ANSA)$")  # a wire glued after a headline's lede
# A Flemish or Dutch site's writer's initials or newsroom after the headline ("... overleden Redactie", "... ttr",
# "... mvdb"): letters no word is made of alone; and Mint's reading time and stamp run into its last word
# ("... latest attack1 min read 15 Sep 2023, 03:17 PM IST").
AUTHOR_TAG_AT_END = re.compile(r"\s(?:Redactie|[bcdfghjklmnpqrstvwxz]{2,4})$")
# A byline run into the headline's end, no space before it: "... May's spokesman - RTRSBy Jane Roe" (round 81's); with a
# space, "By" and a name may end a headline ("Stabbed By Jane Roe"), but an AP writer's name in capitals and his post
# do not, nor the stamps after them (round 107's "... JANE ROE, AP Sports Writer March 10, 2021 Updated: ...").
GLUED_BYLINE = re.compile(r"(?<=[^\W\d_])By [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}$"
                          r"|\s[A-Z][A-Z'’.-]+(?: [A-Z][\w'’.-]+){1,2}, (?:AP(?: [A-Z][a-z]+)? Writer\b"
                          r"|Associated Press (?=[A-Z][a-z]{2}\.? \d)).*$")  # and the stamp: round 125's Hearst page
# Round 100's: the page's source and stamps glued to the headline's end, an aggregator's ("... this monthReuters |
# Updated: 18-05-2020 21:48 IST | Created: ...") or a Joomla page's writer, day and section ("... por polémicas
# Escrito por Redacción. 18 Enero 2018 Publicado en Example").
GLUED_PAGE_META = re.compile(r"(?<=[^\W\d_])[A-Z][\w ]{1,30} \| Updated: \d{2}-\d{2}-\d{4} \d{2}:\d{2} IST"
                             r"(?: \| Created: \d{2}-\d{2}-\d{4} \d{2}:\d{2} IST)?$"
                             r"|(?<=\S) (?:Escrito por|Written by|Scritto da) [^.]{2,40}\.? \d{1,2} [^\W\d_]{3,10}"
                             r" \d{4} (?:Publicado en|Published in|Pubblicato in) [^.!?]{2,60}$")
UNITS = frozenset("bn mn km kg mg ml cm mm mph kph kmh tv pc ft hp kw kwh mw gw gb mb tb".split())  # "... 3 tv"
READ_AT_END = re.compile(r"(?<=[a-z])\d{1,2} min read\b.{0,40}$")
# A wire's dateline run into the headline, no space between: "... de migrantes venezolanosBogotá, 1 Mar 2021 (AFP) -
# Colombia puso en marcha ..." (the headline ends in a small letter or its quote, the city starts with a capital).
GLUED_DATELINE = re.compile(rf"(?<=[^\W\d_{UPPER}]|[\"”»])[{UPPER}][^\W\d_]+(?: [{UPPER}][^\W\d_]+)?, \d{{1,2}} "
                            r"[^\W\d_]{3,9}\.? \d{4} \((?:AFP|EFE|AP|dpa|ANSA|Reuters)\) [-–] ")
# A stamp glued to the front of the body's first line (`cut_front_stamp`): an aggregator's day with its empty brackets
# ("Thursday, 19 December 2019 () Australia's ..."), HLN's time and comment count ("19u08 6 De eerste ..."; a place
# after them, "10u01 0 Antwerpen Voor ...", stays: it has a dateline's shape).
FRONT_STAMP = re.compile(rf"^(?:{AGGREGATOR_STAMP}|\d{{1,2}}u\d{{2}} \d{{1,4}})\s+(?=[{UPPER}\"“‘'])")
MIN_RUN_IN_WORDS = 12  # a headline's few words and a sentence's at least
MIN_SUBJECT_LETTERS = 4  # a name or a noun that opens both; "The", "Der", "Un" open any sentence
DASHES = frozenset("-–—")
# Words a headline never ends on, a sentence goes on after ("... on Monday that Trump Tower ..."), besides small words.
GOES_ON = frozenset("""that than with from into about dass oder eine einem einen einer mit von vom zum zur para
    pelo pela com sobre entre avec dans pour sans sous alla della nella dalla sulla come voor over naar""".split())
SENTENCE_END = re.compile(r"\w[.!?][\"”’»)]*\s+[\"“«]?[A-Z]")  # a sentence's stop, and the next one's capital
# The articles that open a sentence in the languages whose nouns are in lower case (round 81's): after a headline run
# into its article, one stands in capitals before a noun in lower case ("... nas estradas O feriado prolongado ...",
# "... en el poder La elección ..."); inside a sentence such an article in capitals names something, a capital after it
# ("in The Lancet", "o jornal O Globo").
OPENING_ARTICLES = frozenset("""The A An O Os As Um Uma El La Los Las Un Una Il Lo Gli Le Les Une De Het""".split())
MIN_AFTER_STAMP = 8  # the article's words after it: a headline that merely ends in a dated bracket has none
MIN_BEFORE_SUFFIX = 3  # a headline's few words at least: a line that is all address or date is chrome anyway
# HLN's day after its headline: "Net geen orkaankracht in Nederland 19 januari 2018" (not after DATE_PREPOSITIONS).
DATE_AT_END = re.compile(r"\s(?P<date>\d{1,2}\.? [^\W\d_]+ \d{4})$")
MAX_STAMP_PREFIX_WORDS = 8  # "Mittwoch, 3. Oktober 2017, 12:14 Uhr EIL"
LONE_BULLET = re.compile(r"•\s+")  # and a space: "•7:00 Lokale wyborcze ..." is a live page's entry and its time
CLOCK = re.compile(r"(?<![\d.])\d{1,2}[:.h]\d{2}(?![\d.])")  # "09.02.2017" is no time


def chrome_prefix(line: str) -> str:
    """The chrome glued to the front of a line (see CHROME_PREFIX), or "": never a place the text names (a dateline)."""
    text = line.strip()
    match = CHROME_PREFIX.match(text)  # round 112's "SANTA MARIA CAPUA VETERE – ... al carcere di Santa Maria ..."
    place = match.group(0).strip(" –—-") if match else ""  # in capitals, and named in the text: a dateline's
    return "" if not match or match.end() >= len(text) or place.isupper() and place.title() in text else match.group(0)


def cut_front_stamp(body: str) -> tuple[str, str]:
    """(the body, the stamp cut) when a stamp is glued to the front of its first line (FRONT_STAMP), the day's line
    over it aside (the chrome step takes it out); else (body, "")."""
    start = 0
    for paragraph in body.split("\n\n"):
        if paragraph.strip() and not is_date_line(paragraph):
            stamp = FRONT_STAMP.match(paragraph)
            if stamp is None or word_count(paragraph[stamp.end():].split("\n")[0]) < MIN_BEFORE_SUFFIX:
                return body, ""
            return body[:start] + body[start + stamp.end():], stamp.group(0)
        start += len(paragraph) + 2
    return body, ""


def lone_bullet(line: str, following: str) -> str:
    """A list's bullet and its space before a headline that a crawler took from a list of links ("• Jeff Sessions
    submits ..."), or "": only a bullet alone, for a box of key points (`bulleted_box`: bullets on the line or on the
    next, "• Gatlin wins ... • Christian Coleman takes silver") is the article's."""
    mark = LONE_BULLET.match(line.strip())
    return mark.group(0) if mark and not bulleted_box(line, following) else ""


def chrome_suffix(line: str) -> str:
    """What a crawler glued to a line's end, MIN_BEFORE_SUFFIX words or more before it, or "": the page's address
    ("... from 8 amhttps://example.com/live-updates/"), its date ("... the vaccineTuesday, December 08, 2020")."""
    text = line.strip()
    url = GLUED_URL.search(text) or GLUED_SITE.search(text)
    if url and len(text[:url.start()].split()) >= MIN_BEFORE_SUFFIX:
        return text[url.start():]
    # "... an Stand: 21.12.2022 13:55 Uhr": ARD's
    stand = STAND_AT_END.search(text) or AGO_AT_END.search(text) or TEASER_AT_END.search(text)
    if stand and len(text[:stand.start()].split()) >= MIN_BEFORE_SUFFIX:
        return text[stand.start():].strip()
    tag = (READ_AT_END.search(text) if " min read" in text else None) or _author_tag(text) \
        or GLUED_BYLINE.search(text) or GLUED_PAGE_META.search(text)
    if tag and len(text[:tag.start()].split()) >= MIN_BEFORE_SUFFIX:
        return text[tag.start():].strip()
    counter = FLEMISH_STAMP.search(text)  # "... vuistslag in het gezicht 00u00 0": HLN's time and comment count
    if counter and len(text[:counter.start()].split()) >= MIN_BEFORE_SUFFIX:
        return text[counter.start():].strip()
    counted = COUNT_AND_DAY.search(text)
    tagline = SITE_TAGLINE.search(text) or GALLERY_COUNT.search(text) or PAGE_NUMBER.search(text) \
        or LIVE_AT_END.search(text) or SHARE_AT_END.search(text) or COMMENTS_OFF.search(text) \
        or (counted if counted and is_date_line(counted.group("date")) else None)
    if tagline and len(text[:tagline.start()].split()) >= MIN_BEFORE_SUFFIX:
        return text[tagline.start():]
    words = text.split()
    for n in range(MIN_DATE_WORDS, MAX_DATE_WORDS + 1):  # "La Borsa, gli indici del 21 maggio 2021 21 maggio 2021"
        if len(words) >= 2 * n + 1 and words[-n:] == words[-2 * n:-n] and is_date_line(" ".join(words[-n:])):
            return text[text.rindex(" " + " ".join(words[-n:])):].strip()
    for glue in GLUED_CAPITAL.finditer(text):
        if len(text[:glue.end()].split()) >= MIN_BEFORE_SUFFIX and is_date_line(text[glue.end():]):
            return text[glue.end():]
    day = DATE_AT_END.search(text)  # after a word, not a post's handle: "— Example FC (@ExampleFC) 31 August 2017"
    before = text[:day.start()].rstrip('"”» ').split() if day else []  # round 115's: after a closing quote too
    if len(before) >= MIN_BEFORE_SUFFIX and before[-1][-1:].isalnum() and not before[-1].isdigit() \
            and before[-1].casefold() not in DATE_PREPOSITIONS and is_date_line(day["date"]):
        return day["date"]
    return ""


def _weekday_stamp_at_end(words: list[str]) -> str:
    """A stamp after the headline, its weekday first and its time of day last ("... mediante decreto ley Viernes, 7
    diciembre 2018, 00:23"), or "": a headline may end on a date ("... for Friday, December 7, 2018"), never on the
    minute it was published."""
    for n in range(MIN_DATE_WORDS + 1, MAX_DATE_WORDS + 1):
        tail = " ".join(words[-n:])
        if len(words) - n >= MIN_BEFORE_SUFFIX and words[-n][:1].isupper() \
                and words[-n].strip(",").casefold() in WEEKDAYS and YEAR.search(tail) and CLOCK.search(tail) \
                and is_date_line(tail):
            return tail
    return ""


def _author_tag(text: str) -> re.Match | None:
    """A writer's initials at the headline's end (AUTHOR_TAG_AT_END), not a unit after a number ("$13.7 bn")."""
    tag = AUTHOR_TAG_AT_END.search(text, max(0, len(text) - len(" Redactie")))  # read at the end only
    before = text[:tag.start()].split() if tag else []
    return tag if before and not any(c.isdigit() for c in before[-1]) and tag.group(0).strip() not in UNITS else None


def stamp_in_line(line: str) -> tuple[str, str, str] | None:
    """(headline, stamp, the article's first words) when a date in brackets or between bars, a "Stand:" stamp, a
    weekday's date or a section and its date divide a line into a headline and the text (GLUED_STAMP, GLUED_BARS,
    GLUED_STAND, GLUED_DAY, GLUED_SECTION_DATE); else None. A weekday's date without brackets divides them only
    before a capital: in a sentence ("... said on Lunes, 28 de junio de 2021 que ...") the text goes on in lower
    case."""
    text = line.strip()
    if not YEAR.search(text):  # each stamp holds its year: a cheap test first
        return None
    days = [day for day in GLUED_DAY.finditer(text) if text[day.end():].lstrip()[:1].isupper()]
    bars = GLUED_BARS.finditer(text) if " | " in text else []
    dashes = GLUED_SECTION_DATE.finditer(text) if " - " in text or " – " in text else []
    for stamp in [*GLUED_STAMP.finditer(text), *GLUED_STAND.finditer(text), *bars, *days, *dashes]:
        before, after = text[:stamp.start()].strip(), text[stamp.end():].strip()
        if len(before.split()) >= MIN_BEFORE_SUFFIX and len(after.split()) >= MIN_AFTER_STAMP \
                and YEAR.search(stamp.group("date")) and is_date_line(stamp.group("date")):  # "(7 October)": a day
            return before, stamp.group(0).strip(), after
    return None


def headline_run_in(line: str, below: list[str]) -> tuple[str, str] | None:
    """(headline, the article's text) when the headline is run into what follows it on its line: the paragraph the
    page holds again below, a wire's dateline, a sentence opening on the headline's subject or on an article."""
    return headline_over_its_copy(line, below) or dateline_in_line(line) or headline_over_its_subject(line) \
        or headline_over_its_article(line)


def dateline_in_line(line: str) -> tuple[str, str] | None:
    """(headline, the article from its dateline on) when a wire's dateline is run into the headline (GLUED_DATELINE);
    else None. The dateline is the article's, and stays with it."""
    text = line.strip()
    glued = GLUED_DATELINE.search(text) if ") " in text else None
    if glued and len(text[:glued.start()].split()) >= MIN_BEFORE_SUFFIX:
        return text[:glued.start()], text[glued.start():]
    return None


def headline_over_its_subject(line: str) -> tuple[str, str] | None:
    """(headline, the article) when a headline is run into the article's first sentence, which opens on the
    headline's own first word ("Microsoft announces it will cut 10,000 jobs Microsoft has announced ..."); else None.
    Not where a dash stands before (a dateline: "Rio - Um homem ... do Rio de Janeiro"), nor after a word a sentence
    goes on from (a small one in lower case, "at", "do": "... to beat Manchester United 4-2 at Old Trafford")."""
    words = unicodedata.normalize("NFC", line).split()
    first = words[0] if len(words) >= MIN_RUN_IN_WORDS else ""
    if len(first) < MIN_SUBJECT_LETTERS or not first[:1].isupper():  # "The", "Un": any sentence may open so
        return None
    for k in range(MIN_BEFORE_SUFFIX + 1, min(len(words) - MIN_AFTER_STAMP, MAX_BARE_HEADLINE_WORDS)):
        before = words[k - 1]
        if words[k] == first and before[-1:] not in ".!?:;,\"”»)–-" and not (before.islower() and len(before) <= 3) \
                and before.casefold() not in GOES_ON:
            headline, article = " ".join(words[:k]), " ".join(words[k:])
            if DASHES.isdisjoint(words[:k]) and headline_shaped(headline, k) and TERMINAL.search(article):
                return headline, article
    return None


def headline_over_its_article(line: str) -> tuple[str, str] | None:
    """(headline, the article) when a headline is run into the article's first sentence, which opens on an article
    in capitals before a noun in lower case (OPENING_ARTICLES: "Feriado começa com mortes nas estradas O feriado
    prolongado de 15 de novembro ... morreram."); else None. Not after a word a sentence goes on from, nor where the
    rest holds no sentence with its stop (a standfirst may run on into its writer's name: "... can be harsh by Jane
    Roe")."""
    words = line.split()
    if len(words) < MIN_RUN_IN_WORDS:
        return None
    for k in range(MIN_BEFORE_SUFFIX + 1, min(len(words) - MIN_AFTER_STAMP, MAX_BARE_HEADLINE_WORDS)):
        before, after = words[k - 1], words[k + 1]
        if words[k] in OPENING_ARTICLES and after.isalpha() and after.islower() and before[-1:].isalnum() \
                and not (before.islower() and len(before) <= 3) and before.casefold() not in GOES_ON:
            headline, article = " ".join(words[:k]), " ".join(words[k:])
            if DASHES.isdisjoint(words[:k]) and headline_shaped(headline, k) \
                    and (TERMINAL.search(article) or SENTENCE_END.search(article)) \
                    and _starts_a_headline(words[0]) and not head_chrome_reason(headline):
                return headline, article
    return None


def headline_over_its_copy(line: str, below: list[str]) -> tuple[str, str] | None:
    """(headline, the paragraph) when a headline is run into a paragraph that the page holds again right under the
    line (round 100's: "Meta lays off 11,000 employees Facebook's parent company Meta laid off ..." over "Facebook's
    parent company Meta laid off ..."): the copy says where the headline ends; it stays twice in the body, for the
    chrome step to keep once and record."""
    text = line.strip()
    copy = next((other.strip() for other in below if other.strip()), "")
    if not copy or not text.endswith(" " + copy) or word_count(copy) < MIN_RUN_IN_WORDS:
        return None
    headline = text[:-len(copy)].strip()
    words = word_count(headline)
    return (headline, copy) if MIN_BEFORE_SUFFIX <= words <= MAX_BARE_HEADLINE_WORDS \
        and headline_shaped(headline, words) else None


def _starts_a_headline(word: str) -> bool:
    """A headline opens on a letter, a digit or a quote, never on a byline's word or a list's mark ("* Por Jane Roe,
    do Estadão.edu O austríaco ...": a byline run into the article)."""
    return (word[:1].isalnum() or word[:1] in "\"“‘'«¿¡") and word.casefold() not in BY_WORDS


def _doubled_line(line: str) -> str:
    """The line's text when the line is that text twice, a space between ("<headline> <headline>"), else ""."""
    text = line.strip()
    half, odd = divmod(len(text), 2)
    return text[:half] if odd and text[half] == " " and text[:half] == text[half + 1:] else ""


def doubled_headline(line: str) -> str:
    """A headline said twice on its line under a label ("Italia" over "<headline> <headline>"): one copy, or ""."""
    half = _doubled_line(line)
    return half if half and word_count(half) >= MIN_TWICE_WORDS else ""


def _stamp_prefix(line: str) -> str:
    """A date stamp with its year and time glued to the front of a line, the longest such ("4 maggio 2018- 10:03 ",
    "3. Oktober 2017, 12:14 Uhr EIL "), when MIN_BEFORE_SUFFIX words or more follow it from a capital; else ""."""
    text = line.strip()
    words = text.split()
    for k in range(min(len(words) - MIN_BEFORE_SUFFIX, MAX_STAMP_PREFIX_WORDS), 1, -1):
        prefix = " ".join(words[:k])
        if words[k][:1].isupper() and YEAR.search(prefix) and CLOCK.search(prefix) and is_date_line(prefix):
            return text[:text.index(words[k], len(prefix))]
    return ""


def split_glued(lines: list[str], i: int) -> tuple[str, str, str] | None:
    """(what stays, the reason, what goes) for line `i` when it is a headline twice over ("Ubisoft : ... sa démission
    Ubisoft : ... sa démission": one copy goes) or a stamp glued to a headline ("4 maggio 2018- 10:03 Roma, 12
    maggio apre metro C": the stamp goes, when the article's text follows: over a headline, what is glued to the
    stamp is its label, "19.10.2019, 21:59 Uhr Artikel mit Video"); else None. What stays is neither chrome nor a
    date: a credit twice over or a stamp bar ("Publicada el ... Actualizada el ...") goes whole."""
    line = lines[i]
    half = _doubled_line(line)
    if half and word_count(half) >= MIN_TWICE_WORDS and not head_chrome_reason(half):
        return half, "repeated_title", half
    path = HERE_PATH.match(line.strip())  # "You are here: Home / News / <headline>": the path goes
    if path and word_count(line.strip()[path.end():]) >= MIN_BEFORE_SUFFIX:
        return line.strip()[path.end():], "breadcrumb", path.group(0)
    stamp = _weekday_stamp_at_end(line.split())
    if stamp and line.rstrip().endswith(stamp):  # "<headline> Viernes, 7 diciembre 2018, 00:23": the stamp goes
        rest = line.rstrip()[:-len(stamp)].strip()
        return None if is_date_line(rest) or head_chrome_reason(rest) else (rest, "date_line", stamp)
    prefix = _stamp_prefix(line)
    if not prefix:
        return None
    rest = line.strip()[len(prefix):]
    following = next((n.strip() for n in lines[i + 1:] if n.strip()), "")
    if is_date_line(line) or is_date_line(rest) or is_stamp(rest) or head_chrome_reason(rest) \
            or headline_shaped(following, word_count(following)):
        return None
    return rest, "date_line", prefix.strip()
