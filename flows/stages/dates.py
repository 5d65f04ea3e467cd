"""Date lines: a line that is only a date, a time or a "published/updated" stamp, in the corpus's languages,
and a stamp with a few words of metadata beside it (over a page's first line).

Such a line is site chrome at the top of a page or in a body (flows/stages/chrome.py,
flows/stages/lead.py), unless a body holds several, as a timeline does.
"""

from __future__ import annotations

import re

# An aggregator's stamp: the weekday, the day and the empty brackets of its lost source ("Thursday, 19 December 2019
# ()"), alone on its line (flows/stages/widgets.py) or glued before the text (flows/stages/glued.py).
AGGREGATOR_STAMP = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{1,2} [A-Z][a-z]+ \d{4} \(\)"
# Sets: every short line of every page is looked up in them, word by word.
WEEKDAYS = frozenset("""monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag
    freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes
    sábado domingo lunedì martedì mercoledì giovedì venerdì sabato domenica segunda-feira terça-feira
    quarta-feira quinta-feira sexta-feira maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    poniedziałek wtorek środa czwartek piątek sobota niedziela pondělí úterý středa čtvrtek pátek neděle
    понедельник вторник среда четверг пятница суббота воскресенье понеділок вівторок середа четвер п'ятниця
    пʼятниця субота неділя δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή pazartesi salı çarşamba
    perşembe cuma cumartesi pazar luni marți marti miercuri joi vineri sâmbătă sambata duminică duminica hétfő
    kedd szerda csütörtök péntek szombat vasárnap maanantai tiistai keskiviikko torstai perjantai lauantai
    sunnuntai måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag lørdag søndag ponedjeljak utorak
    srijeda četvrtak petak nedjelja esmaspäev teisipäev kolmapäev neljapäev reede laupäev
    pühapäev""".casefold().split())
# English and German weekdays cut short open a date line ("Wed 04th November 2020", "Di 19.02.2019"); only there: "Sun"
# and "Sat" are names too.
SHORT_WEEKDAYS = frozenset("mon tue tues wed thu thur thurs fri sat sun mo di mi do fr sa so".split())  # "Di 19.02.19"
# the word may name what it dates first: "Article mis à jour le 10 août à 19h15", "Artikel aktualisiert am ..."
DATE_WORDS = re.compile(r"^(?:(?:article|artikel|articolo|artículo|artigo|matéria|story|post) )?"
                        r"(?:published date|publish date|date published|updated|published|posted|last updated|"
                        r"first published|time posted|अपडेटेड|"
                        r"veröffentlicht|veröffentlichung|aktualisiert|erstellt am|"
                        r"publié(?: le)?|mis à jour|mise à jour|actualizado|última actualización|publicado|atualizado|"
                        r"atualizada|aggiornato|"
                        r"pubblicato|bijgewerkt|"
                        r"actualitzada|actualitzat|publicada|publicat|обновлено|опубликовано|оновлено|"
                        r"опубліковано|ενημερώθηκε|δημοσιεύθηκε|δημοσίευση|güncelleme|güncellendi|yayınlanma|"
                        r"yayınlandı|yayın tarihi|première publication|aktualizováno|publikováno|aktualizacja|"
                        r"opublikowano|actualizat|actualizare|gepubliceerd|"
                        r"frissítve|publikálva|päivitetty|julkaistu|uppdaterad|publicerad|ažurirano|objavljeno|"
                        r"uuendatud|avaldatud|дата публікації|дата публикации|дата на публикуване|erschienen am|"
                        r"data ultima modifica|ultima modifica|última modificación|dernière modification|"
                        r"zuletzt geändert|laatst gewijzigd|last modified|publikuar|përditësuar|τελευταία ενημέρωση|"
                        r"τελευταια ενημερωση|(?:ultimo )?aggiornamento(?: ore)?)\b"
                        # a bare "Aktualisiert am", its date lost; "[Mise à jour du 9 mars à 17h47]"
                        r"(?: (?:am|on|at|le|du|el|em|il|op|um)\b)?",
                        re.I)
DATE_WORD = re.compile(DATE_WORDS.pattern.replace("^", r"\b", 1), re.I)  # anywhere on the line
YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")
MONTHS = frozenset("""january february march april may june july august september october november december jan feb
    mar apr jun jul aug sep sept oct nov dec januar februar märz juni juli oktober dezember janvier février mars
    avril mai
    juin juillet août septembre octobre novembre décembre enero febrero marzo abril mayo junio julio agosto
    septiembre setiembre octubre noviembre diciembre gennaio febbraio aprile maggio giugno luglio settembre
    ottobre dicembre janeiro fevereiro março maio junho julho outubro novembro dezembro januari februari maart
    mei augustus styczeń stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października
    listopada grudnia styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad
    grudzień leden ledna únor února březen března duben dubna květen května červen června červenec července
    srpen srpna září říjen října listopadu prosinec prosince январь января февраль февраля март марта апрель
    апреля май мая июнь июня июль июля август августа сентябрь сентября октябрь октября ноябрь ноября декабрь
    декабря січень січня лютий лютого березень березня квітень квітня травень травня червень червня липень
    липня серпень серпня вересень вересня жовтень жовтня листопад листопада грудень грудня ιανουάριος
    ιανουαρίου φεβρουάριος φεβρουαρίου μάρτιος μαρτίου απρίλιος απριλίου μάιος μαΐου ιούνιος ιουνίου
    ιούλιος ιουλίου αύγουστος αυγούστου σεπτέμβριος σεπτεμβρίου οκτώβριος οκτωβρίου νοέμβριος νοεμβρίου
    δεκέμβριος δεκεμβρίου ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım
    aralık ianuarie februarie martie aprilie iunie iulie septembrie octombrie noiembrie decembrie január február
    március április május június július augusztus szeptember október tammikuuta helmikuuta maaliskuuta
    huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta tammikuu
    helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu mars
    augusti marts siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna studenoga prosinca
    jaanuar veebruar märts aprill juuni juuli oktoober detsember ene abr ago dic fev dez януари февруари април
    юни юли септември октомври ноември декември junij julij avgust marec septembar oktobar novembar decembar
    जनवरी फ़रवरी फरवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर""".casefold().split())
CALENDAR_WORDS = MONTHS | WEEKDAYS
# What stands before a date and says only that it is one: the name of the icon a theme draws there, left as text by
# the crawl and run into the date ("todayMarch 1, 2023", Material Icons' ligatures; round 125's), or the label "date"
# ("Data: 12 Ian, 2022", round 126's). The rest must be a date on its own.
DATE_MARK = re.compile(r"^(?:today|event|schedule|access_time|calendar_today|date_range)(?=[A-Z0-9])"
                       r"|^[Dd]ata\s?:\s*(?=\d)")
# Portuguese and Italian cut "outubro"/"ottobre" and "setembro"/"settembre" to words of English and of their own
# ("out", "set"), Romanian "ianuarie" and "noiembrie" to a name and a word ("Ian", "noi"), Italian "luglio" and the
# others to syllables ("lug", "gen", "mag"): a month only between a day and a year, as EFE's Portuguese stamp ("11 out
# 2019"), a Romanian paper's ("Data: 12 Ian, 2022") and Dagospia's ("4 lug 2022 08:17") have it.
MONTHS_BETWEEN_DAY_AND_YEAR = frozenset(("out", "set", "ian", "iun", "iul", "noi", "gen", "mag", "giu", "lug", "ott"))
DAY_OF_MONTH = frozenset(("de", "del"))  # "30 de outubro", "16 de octubre"
MAX_HEADING_WORDS = 6  # a timeline's day and what happened, in a few words: "22 novembre: destitué par Nissan"
MAX_DATE_WORDS = 10  # "Wednesday, March 11, 2020 at 10:31 AM GMT"
MAX_STAMP_WORDS = 16  # "Published 10 May 2016 at 8:41pm, updated 16 August 2022 at 12:54pm"
# The other words a date line holds are short glue ("at", "um", "de", "года", "GMT", "Uhr"): "March 2018
# budget announced" is a subhead, not a date.
MAX_GLUE_CHARS = 5
# "2018年06月11日" too, as Chinese and Japanese pages write a date
NUMERIC_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日"
                          r"|\b\d{1,2}\. \d{1,2}\. \d{4}\b"  # Czech and Slovak: "4. 6. 2019"
                          r"|\b\d{1,2}-(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|gen|mag|giu|lug|ago|set|ott|dic)"
                          r"-\d{2,4}\b")  # "06-Nov-19", Italian "25-Ott-20"
# A machine's stamp, as a template leaves it: "2021-02-24T17:34+0000".
ISO_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?")
# A page's published and modified stamps side by side, as its metadata gives them ("2017-01-11T12:44+0100
# 2017-01-12T08:22+0100"): round 86's.
ISO_STAMPS = re.compile(rf"{ISO_STAMP.pattern}(?:\s+{ISO_STAMP.pattern})*")
# A CJK date alone, and its time: "2018年06月11日 11:31".
CJK_DATE = re.compile(r"\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?")
# A day and month and a time, the year left out: "29/01 21:16".
DAY_AND_TIME = re.compile(r"\d{1,2}[/.]\d{1,2}\.?,?\s+\d{1,2}[:h]\d{2}")
# A time of day ("6:40 pm", "11:32", "6.58 Uhr"); not a day and month ("07.12.2005").
CLOCK = re.compile(r"\b\d{1,2}:\d{2}h?\b|\b\d{1,2}[.h]\d{2}\s*(?:uhr|uur|h)\b|\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b"
                   # Flemish "20u13"; round 99's French "à 06h00" (after "à" only: the second corpus's Brazilian
                   # pages keep their "31/10/2020 - 02h00" stamps in the article's text)
                   r"|\b\d{1,2}u\d{2}\b|(?<=\bà )\d{1,2}h\d{2}\b", re.I)
TIME = re.compile(r"^\d{1,2}[:.hu]\d{2}(?:\s*(?:am|pm|uhr|horas|hs|h))?\.?$", re.I)  # "6:05hs." too
# Bare date lines in one body from which they are a timeline's structure, not the page's stamp.
TIMELINE_DATES = 2
STAMP_SEPARATORS = frozenset("/ | - – — • ·".split())  # between a stamp's parts, no words of it
MAX_STAMP_LINE_WORDS = 12  # a stamp and its byline, agency or label; a sentence with a date and a time is longer
# A stamp may carry the writers' contact: "Køge - 01. august 2017 kl. 12:38 Af Jane Roe og John Doe Kontakt
# redaktionen: desk@example.dk" (a sentence holds no e-mail address with its date and time of day).
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
MAX_CONTACT_WORDS = 8
DIGIT = re.compile(r"\d")
# A byline ends a stamp: "Jun 22, 2022 13:06 By radiokerrynews". Its name, even in lower case, is no prose.
BYLINE_AFTER = re.compile(r"\s(?:By|Von|Par|Por|Door|Di|Av|Od)\s")
MAX_BAR_WORDS = 40  # a bar of stamps and reading times ("Jan 07, 2021 • • 1 minute read") is a line, not a paragraph
# "Today" and "yesterday" date a stamp with its time ("Zulay Costa Hoje às 10:48 Facebook") when no sentence
# stands on its line; French "hier" is not here: Dutch and German "hier" means "here".
RELATIVE_DAYS = frozenset("""today yesterday hoje ontem hoy ayer heute gestern aujourd'hui oggi ieri vandaag gisteren
    dzisiaj wczoraj idag igår dnes včera сегодня вчера ma tegnap danas jučer juče tänään eilen""".split())
# How long a page takes to read, its furniture beside the date: "4 min read", "1 minute read", "3 Minuten".
READING_TIME = re.compile(r"^(?:[•·]\s*)?\d+\s*-?(?:min|minutes?|minuten|minutos|minuti|мин|хв|λεπτά|dk|dakika)\b"
                          r".{0,30}$"  # "·1 min read": a stamp bar's dot may lead
                          r"|^\d{1,2} (?:minuty|minút)$"  # round 91's Czech, alone: "3 minuty po půlnoci" is a sentence
                          # minutes as a prime, named: "4' di lettura" (a match report's "90' Gol" is no such line)
                          r"|^\d{1,2}\s*['’′]\s*(?:di lettura|de lecture|de lectura|de leitura|read)$", re.I)
# The same, named: "Lukuaika noin 1 min", "Lesezeit: ca. 3 Minuten", "Reading time: 4 minutes".
READING_TIME_LABEL = re.compile(r"^(?:reading time|read time|lukuaika|lesezeit|lesedauer|temps de lecture|"
                                r"tiempo (?:aproximado )?de lectura|tempo de leitura|tempo di lettura|leestijd|"
                                r"czas czytania|läsetid|læsetid|lesetid|"
                                r"doba čtení|olvasási idő)\s*:?\s*(?:noin|ca\.?|about|approx\.?|environ|circa|cerca de|"
                                r"około|ungefär|omkring|cirka|kb\.?|<|less than|under)?\s*\d+\s*\w{0,10}\.?$", re.I)
# The separators of a page's stamp bar: "Jan 07, 2021 • • 1 minute read", "• 06 Sep 2018".
STAMP_BAR = re.compile(r"\s*[•·・|]\s*")
# An update's stamp after the date it updates, a comma or a dash between them ("01. August 2018, aktualisiert 01.
# August 2018, 12:07 Uhr", round 86's; Gray's stations' "September 18, 2019 at 10:19 AM CDT - Updated September 18 at
# 10:19 AM", round 90's).
# Round 91's: after a time of day a space alone will do ("... 09:43 am Updated Tuesday, 24th September 2019, ...").
UPDATE_AFTER = re.compile(rf"(?:\s?,|\s[-–—]|(?<=\d)|(?<=\d [ap]m)|(?<=\d[ap]m))\s+(?={DATE_WORDS.pattern[1:]})", re.I)
# A stamp bar's source, one short name after its word: "07. Mai 2023 | Quelle: dpa".
BAR_SOURCE = re.compile(r"^(?:quelle|source|fuente|fonte|bron|kilde|källa|lähde)\s?:\s?[\w.&/-]+(?: [\w.&/-]+)?$", re.I)
# A live blog's entry opens with its time and a colon or a dash ("20.06.2019, 09:46 Uhr: Unwetter im Süden").
INITIALS_AT_END = re.compile(r"\s(?:[A-Z]\.){1,3}$")
LIVE_ENTRY = re.compile(r"\d{1,2}[:.h]\d{2}\s*(?:uhr|h|am|pm)?\s*[:–-]\s+\w", re.I)


def is_date_line(line: str) -> bool:
    """A line that is only a date, a time or a "published/updated" stamp ("Wednesday, March 11, 2020"), alone
    or in a bar of such pieces and a reading time ("Jan 07, 2021 • • 1 minute read", "• 06 Sep 2018")."""
    if not DIGIT.search(line):  # no date, time or stamp without a digit
        return False
    if _is_date(line):
        return True
    if len(line.split()) > MAX_BAR_WORDS:
        return False
    parts = [piece for part in STAMP_BAR.split(line.strip()) for piece in UPDATE_AFTER.split(part) if piece]
    return len(parts) > 0 and parts[0] != line.strip() and any(map(_is_date, parts)) \
        and all(_is_date(p) or READING_TIME.match(p) or BAR_SOURCE.match(p) for p in parts)


def _is_date(line: str) -> bool:
    text = DATE_MARK.sub("", line.strip())
    # a stamp in brackets: "[Article mis à jour le 10 août à 19h15]", "(aggiornato alle 17.40 del 25 settembre 2023)"
    if text[:1] + text[-1:] == "[]" or text[:1] + text[-1:] == "()" and DATE_WORDS.match(text[1:]):
        text = text[1:-1].strip()
    words = text.split()
    if len(words) > max(MAX_STAMP_WORDS, MAX_DATE_WORDS):
        return False
    if CJK_DATE.fullmatch(text) or DAY_AND_TIME.fullmatch(text) or ISO_STAMPS.fullmatch(text):
        return True
    stamp = bool(DATE_WORDS.match(text)) and any(c.isdigit() for c in text)
    limit = MAX_STAMP_WORDS if stamp else MAX_DATE_WORDS
    signed = stamp and INITIALS_AT_END.search(text)  # "Publié le 9 février 2021 à 13h10 par T.M."
    if not words or len(words) > limit or text.endswith(("!", "?", ".")) and not signed and not TIME.match(text) \
            and not text.endswith(("a.m.", "p.m.")) \
            and not (stamp and _dated_stamp(text[:-1])):  # a sentence is text; "Last Updated on May 3, 2021." no
        return False
    if TIME.match(text) or stamp:
        return True
    tokens = [t for t in (w.strip(",.()|/:").casefold() for w in words) if any(c.isalnum() for c in t)]
    # "/ 01:08 PM June 09, 2017", "- 25 Nov 2020 20:18": a separator is no word
    if not tokens:
        return False
    if len(tokens) == 2 and {tokens[0].isdigit(), tokens[1].isdigit()} == {True, False} \
            and (tokens[0] in MONTHS or tokens[1] in MONTHS):  # a day and its month, no year: "18 december"
        return True
    weekday = tokens[0] in WEEKDAYS or tokens[0] in SHORT_WEEKDAYS
    other = [t for t in tokens[weekday:] if not any(c.isdigit() for c in t) and t not in MONTHS and t not in WEEKDAYS]
    glue = len(other) <= 3 and all(len(t) <= MAX_GLUE_CHARS for t in other)
    return _dated(text, tokens) and glue and (weekday or tokens[0] in MONTHS or tokens[0][:1].isdigit())


def _dated_stamp(text: str) -> bool:
    """A stamp's word and a date alone after it ("Last Updated on August 31, 2021"): nothing of a sentence."""
    word = DATE_WORDS.match(text)
    rest = text[word.end():].strip(" :") if word else ""
    return bool(rest) and not DATE_WORDS.match(rest) and _is_date(rest)


def is_weekday_date(line: str) -> bool:
    """A weekday, a day and its month, no year ("MAANDAG 21 JUNI", "Dimanche 19 juin"): a live page's day over its
    first entry, over the article only. In a body it is the article's own: a match preview's "Tuesday, 1 March"."""
    tokens = [w.strip(",.").casefold() for w in line.split()]
    return len(tokens) == 3 and tokens[0] in WEEKDAYS and sorted(t.isdigit() for t in tokens[1:]) == [False, True] \
        and (tokens[1] in MONTHS or tokens[2] in MONTHS)


def is_stamp(line: str) -> bool:
    """A date and a time of day with a few words of metadata, no sentence: "19.10.2019, 21:59 Uhr Artikel mit
    Video-Inhalten", "20.06.2019, 09:46 Uhr | AFP, dpa", "Politics FP Staff May 24, 2019 17:11:50 IST". Not a
    live blog's entry, whose time a colon or a dash follows (LIVE_ENTRY)."""
    text = line.strip()
    words = text.split()
    if not words or len(words) > 2 * (MAX_STAMP_LINE_WORDS + MAX_CONTACT_WORDS):  # a paragraph: the cheap test first
        return False
    words = [word for word in words if word not in STAMP_SEPARATORS]  # "21:39 / atualizado em ... | País"
    if len(words) > MAX_STAMP_LINE_WORDS + MAX_CONTACT_WORDS:
        return False
    limit = MAX_STAMP_LINE_WORDS + (MAX_CONTACT_WORDS if EMAIL.search(text) else 0)
    if len(words) > limit or re.search(r"[^.][.!?]$", text) or not CLOCK.search(text) \
            or LIVE_ENTRY.search(text):
        return False
    tokens = [w.strip(",.()|/:").casefold() for w in words]
    return _dated(text, tokens) or (any(t in RELATIVE_DAYS for t in tokens) and not _prose(text))


def is_body_stamp(line: str) -> bool:
    """A stamp (`is_stamp`) whose other words are plainly metadata, as a body's line must be to go: a stamp
    bar ("AA | 20.05.2019 - 10:04"), a "published/updated" word ("Updated: May 23, 2019 13:30 IST"), an
    e-mail address to contact the writers, or no
    lower-case word of a sentence ("Politics FP Staff May 24, 2019 17:11:50 IST"). "The vote is on
    12.05.2019 at 10:00 in Paris" is a subhead."""
    if not is_stamp(line):
        return False
    return bool(STAMP_BAR.search(line.strip())) or bool(DATE_WORD.search(line)) or bool(EMAIL.search(line)) \
        or not _prose(line)


def _prose(line: str) -> list[str]:
    """The lower-case words of a sentence on a line (four letters or more, no month or weekday, no stamp's
    "updated": "Hoje às 18:57, atualizado às 19:15")."""
    words = [w.strip(",.()|/:") for w in BYLINE_AFTER.split(line, maxsplit=1)[0].split()]
    return [w for w in words if len(w) >= 4 and w.islower() and w.casefold() not in CALENDAR_WORDS
            and not DATE_WORDS.fullmatch(w) and not any(c.isdigit() for c in w)]  # "12:36pm" is a time


def _dated(text: str, tokens: list[str]) -> bool:
    """A day's date in the text: numeric ("19.10.2019"), a year and a month's name, or a month's name, its day and
    a time of day, as a live blog stamps its entries without the year ("Jul 26, 04:20 PM (IST)"): a day alone is a
    timeline's, a time of day is a stamp's."""
    month = any(t in MONTHS for t in tokens) or _cut_month(tokens)
    return bool(NUMERIC_DATE.search(text)) or (month and bool(YEAR.search(text))) \
        or (month and bool(CLOCK.search(text)) and any(t.isdigit() and len(t) <= 2 for t in tokens))


def _cut_month(tokens: list[str]) -> bool:
    """A day, a month cut to a word of its own, and a year, in a row: "11 out 2019"."""
    return any(day.isdigit() and len(day) <= 2 and month in MONTHS_BETWEEN_DAY_AND_YEAR and YEAR.fullmatch(year)
               for day, month, year in zip(tokens, tokens[1:], tokens[2:]))


def filled_places(lines: list[list[str]]) -> list[tuple[int, int]]:
    """(paragraph, line) of each of a body's lines that holds text, in order."""
    return [(pi, li) for pi, ls in enumerate(lines) for li, line in enumerate(ls) if line.strip()]


def keep_timeline_dates(lines: list[list[str]], reasons: list[list[str | None]]) -> None:
    """Keep the bare date lines of a body that holds TIMELINE_DATES of them or more ("June 16, 2015",
    each over its paragraph): a timeline's or a diary's structure; likewise its stamps with more on their
    line, a live blog's entries ("14.05.2019, 10:04 Uhr | Katharina Schmidt"). A page's own stamp stands once, says
    what it is ("Updated: ..."), or gives the time of day ("Thursday, 8th September 2022, 6:40 pm"),
    and goes."""
    dated = [(pi, li, line) for pi, (ls, rs) in enumerate(zip(lines, reasons))
             for li, (line, r) in enumerate(zip(ls, rs)) if r == "date_line"]
    bare = [(pi, li) for pi, li, line in dated if _bare_date(line)]
    entries = [(pi, li) for pi, li, line in dated if not is_date_line(line)]
    # a timeline's other days, kept as text anyway, count: "29 outubro" among "30 de outubro" and "3 de novembro"
    days = sum(day_and_month(line) for ls, rs in zip(lines, reasons) for line, r in zip(ls, rs) if r != "date_line")
    for kept, more in ((bare, days), (entries, 0)):
        if len(kept) + more >= TIMELINE_DATES:
            for pi, li in kept:
                reasons[pi][li] = None


def _bare_date(line: str) -> bool:
    """A date alone, neither a stamp's word nor a time of day with it: what a timeline puts over each entry."""
    text = line.strip()
    return is_date_line(text) and not DATE_WORDS.match(text) and not CLOCK.search(text)


def day_and_month(line: str) -> bool:
    """A day and its month alone, no year: "12 March", "March 12", "29 outubro", "30 de outubro", "16 de octubre"."""
    tokens = line.strip().casefold().split()
    if not 2 <= len(tokens) <= 3 or (len(tokens) == 3 and tokens[1] not in DAY_OF_MONTH):
        return False
    first, last = tokens[0].rstrip("."), tokens[-1].rstrip(",.")
    return (first.isdigit() and len(first) <= 2 and last in MONTHS) or (len(tokens) == 2 and first in MONTHS
                                                                          and last.isdigit() and len(last) <= 2)


def _day_heading(line: str) -> bool:
    """A timeline's day over its entry, alone or with a few words after a colon ("19 novembre: arrestation")."""
    day, colon, words = line.partition(":")
    return day_and_month(line) or (bool(colon) and day_and_month(day) and 0 < len(words.split()) <= MAX_HEADING_WORDS
                                   and not words.rstrip().endswith("."))


def timeline_start(line: str, below: list[str]) -> bool:
    """A day and its month at the top of a page over more such days below ("27 de outubro" over its entry, then
    "29 outubro", "30 de outubro"; "19 novembre: arrestation" over "20 novembre: intérim chez Renault"): a timeline's
    first entry, the article's start, not a stamp over it (a page's stamp tells its year). The body keeps the
    timeline's days (`keep_timeline_dates`)."""
    return _day_heading(line) and sum(_day_heading(b) or _bare_date(b) for b in below) >= TIMELINE_DATES


def take_time_under_its_date(lines: list[list[str]], reasons: list[list[str | None]]) -> None:
    """A page's stamp split over two lines goes whole: the lone time right under its date line ("06 januari
    2019" over "20u13"). A lone time elsewhere is a live blog's structure and stays."""
    places = filled_places(lines)
    for (pi, li), (pj, lj) in zip(places, places[1:]):
        if reasons[pi][li] == "date_line" and not reasons[pj][lj] and TIME.match(lines[pj][lj].strip()):
            reasons[pj][lj] = "date_line"
