"""Site chrome: the lines a crawler takes from around an article, recognised and taken out (and recorded).

Two kinds of evidence. Here, a small vocabulary of universal chrome per language
("Advertisement", "Anzeige", "Publicidad", share bars, breadcrumbs, photo credits,
"Read more >>"), for corpora too small for frequencies: a line is chrome only when
the whole line is such a phrase or has such a shape, never because it contains
one. Corpus-wide, flows/corpus/boilerplate.py removes the lines that recur across
many stories (the line-frequency method of C4, cc_net and dolma).

`ChromeStep` takes chrome lines and doubled paragraphs out of the body; the lead
step (flows/stages/lead.py) uses `chrome_reason` and `is_date_line` (flows/stages/dates.py)
on the page's first lines. Every removal is recorded as a `Removal`, so that `restore` can put
the body back as it was.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from flows.document import Document, Removal
from flows.stages.dates import (
    CLOCK,
    DATE_WORDS,
    MONTHS,
    READING_TIME,
    TIME,
    WEEKDAYS,
    is_body_stamp,
    is_date_line,
    is_stamp,
)
from flows.stages.prompts import speaks_to_the_reader
from flows.step import Step

# The capital letters of the Latin, Greek and Cyrillic scripts, for the patterns below that look for a
# name or a sentence's start ("İstanbul –", "Łódź –", "Москва –"): Python's `re` has no \p{Lu}.
UPPER = "".join(sorted(c for c in map(chr, range(0x41, 0x530)) if c.isupper()))

# Whole lines (compared case-folded, without trailing ":", ">", "»", "›", "|" or dots).
PHRASES = {
    "any": """advertisement, advertising, ad, ads, sponsored, sponsored content, paid content, promoted, anzeige,
        share, share this, share this article, share this story, share this page, share on facebook, share on twitter,
        share via email, email this story, email, print, print this page, print this article, tweet,
        skip to main content, skip to content, skip to navigation, skip to footer, menu, main menu, sections,
        close, back to top, sign in, sign up, log in, login, register, subscribe, subscribe now,
        sign up for our newsletter, subscribe to our newsletter, newsletter, get our app, most read, most popular,
        trending, related, related articles, related stories, related topics, recommended, read more,
        read more here, continue reading, continue reading below, continue reading the main story,
        story continues below, click here to read more, listen to this article, watch: video report, comments,
        leave a comment, leave a reply, be the first to comment, show comments, post a comment, cookie settings,
        accept cookies, we use cookies, accessibility links, media player, image copyright getty images,
        image caption, getty images, follow us on twitter, follow us on facebook, like us on facebook,
        please share the news, hide ad, ad feedback, banner ad, license photo, license photo | permalink,
        posted by at, share this: tweet, warning: some photos below may be graphic in nature, first posted,
        like this, like loading, me gusta: me gusta cargando, me gusta cargando, j'aime chargement,
        you may also like, you might also like, more stories, more from, up next, view more, see more, go to video,
        watch live, on the same subject, media playback is unsupported on your device, developing story,
        in aggiornamento, em atualização, en actualización, mise à jour en cours, wird aktualisiert,
        explore, more to follow, more to come, listen, listen to this story, popular posts, latest news,
        top stories, breaking news, editor's picks, editors' picks, more news, latest stories, don't miss,
        press release, pub, report a typo, report an error, report a mistake, this video has no commentary,
        author, post a comment as, watch this discussion, (0) comments, please turn off your caps lock,
        view comments, join the conversation""",
    "de": """werbung, artikel teilen, teilen, mehr zum thema, zur startseite, lesen sie auch, lesen sie mehr,
        weiterlesen, kommentare, newsletter abonnieren, jetzt abonnieren, drucken, später lesen, bild vergrößern,
        video abspielen, zum artikel, mehr dazu, den vollständigen artikel lesen, bilderstrecke, anhören""",
    "fr": """publicité, partager, partager sur facebook, partager sur twitter, abonnez-vous, lire aussi,
        à lire aussi, lire la suite, lire la vidéo, commentaires, imprimer, autres vidéos, je crée mon compte,
        vidéo suivante dans 5 secondes, vos réactions doivent respecter nos cgu, bienvenue sur rtl""",
    "es": """publicidad, compartir, compartir en facebook, compartir en twitter, lea también, lee también,
        leer más, lee más, suscríbete, te puede interesar, noticias relacionadas, más información, comentarios,
        imprimir, estás leyendo, (habrá ampliación)""",
    "pt": """publicidade, compartilhe, compartilhar, partilhar, leia mais, leia também, saiba mais, assine,
        veja também, comentários, imprimir, ouça, ouvir, da redação, redação""",
    "it": """pubblicità, annuncio, condividi, leggi anche, leggi di più, abbonati, iscriviti alla newsletter, commenti,
        stampa, © riproduzione riservata""",
    "nl": "advertentie, lees ook, lees meer, delen, deel dit artikel, abonneer, meer over, reacties, volledig scherm",
    "pl": "reklama, czytaj też, czytaj także, czytaj więcej, udostępnij, zobacz też, subskrybuj, komentarze",
    "ru": """реклама, поделиться, читайте также, читать далее, читать полностью, подробнее, комментарии,
        подписаться, подпишитесь, новости партнеров, все новости, версия для печати, назад вперед, назад вперёд""",
    "uk": """реклама, поділитися, читайте також, читати далі, детальніше, коментарі, підписатися, підпишіться,
        усі новини, всі новини, версія для друку, зараз дивляться, доступність посилання""",
    "bg, sr, sl, sq": """реклама, сподели, още, очаквайте подробности, коментари, podeli, pročitajte još, deli,
        preberite še, ju sugjerojmë, ju sugjerojme, lexo më shumë""",
    # a live page's own mark, alone on its line
    "live": """live, live updates, liveblog, en direct, en vivo, ao vivo, in diretta, na żywo, на живо, наживо,
        прямой эфир, canlı""",
    "el": """διαφήμιση, κοινοποίηση, διαβάστε επίσης, διαβάστε ακόμη, διαβάστε περισσότερα, σχόλια,
        δημοσίευση σχολίου, ροή ειδήσεων""",
    "tr": """reklam, paylaş, abone ol, ilgili haberler, yorumlar, yorum yap, devamını oku, haberin devamı,
        tümünü gör, haber merkezi""",
    "ar, fa": "إعلان, شارك, اقرأ أيضا, اقرأ أيضاً, تعليقات, تبلیغات, بیشتر بخوانید, اشتراک گذاری",
    "ro": "publicitate, distribuie, citește și, citeste si, citește mai mult, abonează-te, comentarii",
    "hu": "hirdetés, megosztás, kapcsolódó cikkek, olvasson tovább, hozzászólások",
    "fi, sv, et": """mainos, jaa, lue myös, lue lisää, annons, dela, läs också, läs mer, reklaam, jaga, loe edasi,
        loe ka, tellijale""",
    "hr, cs, sk": "oglas, podijeli, pročitajte još, vezane vijesti, sdílet, čtěte také, zdieľať, čítajte aj",
    # a page's own controls, kept as text by a crawler
    "controls": """text size, font size, tamanho do texto, tamaño del texto, taille du texte, dimensione del testo,
        schriftgröße, lettergrootte, your browser does not support the audio element, your browser does not
        support the video tag, please enable javascript, please activate javascript""",
    "other": "annonse, annonce, les også, læs også",
}
# The words a share bar is made of ("Share on Facebook Share on Twitter Email").
SOCIAL = frozenset("""share facebook twitter x email e-mail mail whatsapp linkedin pinterest reddit telegram messenger
    print tweet copy link sms teilen partager compartir condividi compartilhe partilhar delen udostępnij on via this
    article story en sur auf per su no na vk viber вконтакте одноклассники поделиться поділитися κοινοποίηση
    paylaş""".split())
NETWORKS = frozenset("facebook twitter whatsapp linkedin pinterest reddit telegram messenger email e-mail tweet vk "
                     "viber вконтакте одноклассники".split())
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
# "Efrem Lukatsky/AP", "Sergei Supinsky/AFP/Getty Images": a photo credit on its own line.
NAME_CREDIT = re.compile(rf"^[{UPPER}][\w.'’-]+(?: [{UPPER}][\w.'’-]+){{0,3}}"
                         r"(?:/[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}){1,3}$")
LABEL = re.compile(r"^(?:topics?|tags?|labels?|section|category|thema|rubrik|sujet|tema|schlagwort|теги|тэги|тема|"
                   r"теми|мітки|ετικέτες|θέματα|etiketler|konular)\s*[|:]", re.I)
EMBED_POINTER = re.compile(r"^(?:news video|video zum thema|video|watch|vidéo|ver vídeo|guarda il video)\s*:", re.I)
# An editor's initials in brackets closing a story: "(joe)", "(dpa/kna)" is the agencies'.
INITIALS = re.compile(r"^\([a-zäöüß]{2,4}(?:/[a-zäöüß]{2,4})*\)$")
# A site's name alone on a line, as its logo's text: "DAWN.COM", "ilrestodelcarlino.it".
DOMAIN = re.compile(r"^(?:www\.)?[\w-]{2,}(?:\.[\w-]+)*\.(?:com|net|org|info|co\.uk|co\.za|com\.au|com\.br|"
                    r"it|de|fr|es|pt|br|in|pk|ie|au|za|ca|nl|pl|ru|ua|gr|tr|ro|hu|cz|sk|hr|si|rs|bg|lt|lv|ee|fi|"
                    r"se|no|dk|at|ch|be|mx|ar|cl|co|uk|us|eu)$", re.I)
# A breadcrumb without separators, from its home link: "Начало България Политика", "Startseite Politik
# Ausland". Not from English "Home": "Home Sales Rise Again" is a headline in title case.
HOME_CRUMB = re.compile(rf"^(?i:startseite|accueil|inicio|início|головна|главная|начало|αρχική|anasayfa|ana sayfa|"
                        rf"strona główna|úvod|domov|forside|etusivu|kezdőlap)(?:\s+[{UPPER}][\w-]*){{1,4}}$")
SEPARATOR = r"(?:\s*[›>»|]\s*|\s+/\s+)"
SEGMENT = r"[\w&'’.,-]+(?: [\w&'’.,-]+){0,3}"
BREADCRUMB = re.compile(rf"^(?:{SEGMENT}{SEPARATOR}){{2,}}(?:{SEGMENT})?\s*$|^{SEGMENT}{SEPARATOR}$")
# The words that credit a photo ("Foto: Jan Müller/dpa", "Crédits : ..."): a credit line here, and a
# photo caption's mark when the lead step weighs a page's first line (flows/stages/lead.py).
PHOTO_CREDIT_WORDS = ("photo", "foto", "fotos", "фото", "φωτογραφία", "fotoğraf", "picture", "image", "bild", "beeld",
                      "crédit", "crédits", "credit", "credits", "fonte", "fuente", "quelle", "autor")
CREDIT = re.compile(r"^(?:\(?(?:" + "|".join(PHOTO_CREDIT_WORDS + ("pictures", "fot", "photograph", "text", "texto",
                                                                    "texte", "editor", "editör", "muhabir",
                                                                    "photographer", "source", "sources", "πηγή",
                                                                    "izvor", "източник", "джерело", "источник",
                                                                    "kaynak")) +
                    r")(?: copyright| credit| caption)?\s*[:.]|©|ⓒ|Ⓒ)", re.I)
# The caption marks of the BBC's pages in its languages (and India TV's "Image Source :"), the caption
# following on the same line: never a title (flows/stages/lead.py), but kept in a body, as the BBC's own
# text keeps its captions.
IMAGE_MARK = re.compile(r"^(?:image copyright|image caption|image source|direito de imagem|legenda da foto|"
                        r"derechos de autor de la imagen|pie de foto)\b", re.I)
# News agencies: the name alone on a line, or after one of BY_WORDS, credits the text ("AFP", "von dpa",
# "By The Associated Press"); so does "By" and a name or two in capitals ("By Jane Doe"), but not after
# "von" or "di", which begin names too ("Von der Leyen", "Di Maio").
BY_WORDS = ("by", "von", "par", "por", "di", "door", "av", "od")
BY_NAME_WORDS = tuple(w for w in BY_WORDS if w not in ("von", "di"))
MAX_BYLINE_WORDS = 6
MAX_PHRASED_BYLINE_WORDS = 10
WITH_WORDS = ("avec", "et", "and", "with", "mit", "und", "con", "com", "y", "e")  # "et AFP", "with AFP": an agency only
AGENCIES = frozenset({"ap", "afp", "dpa", "reuters", "ansa", "efe", "apa", "sda", "anp", "belga", "pap", "čtk", "ctk",
                      "ntb", "tt", "stt", "lusa", "epa", "kna", "tass", "xinhua", "ria novosti",
                      "the associated press", "associated press", "agence france-presse", "europa press",
                      "agência brasil", "agencia efe", "press association", "the canadian press",
                      "press trust of india", "pti", "ians", "aap", "australian associated press", "anadolu",
                      "city news service"})
# "Presented by Jane Doe", "A cura della Redazione"
BY_PHRASES = ("(?:presented|written|reported|edited|compiled|words|text|posted) by"
              "|a cura (?:di|del|della|dello|degli|delle)")
BY_PHRASE = re.compile(rf"^(?i:{BY_PHRASES})\b")
BYLINE = re.compile(rf"^(?i:{BY_PHRASES}|{'|'.join(BY_NAME_WORDS)})\s*:?\s+"
                    rf"(?P<who>[{UPPER}][\w.'’/-]*(?:\s+(?:[{UPPER}][\w.'’/-]*|\d+|"
                    r"and|und|et|y|e|en|i|de|van|von|der|da|do|dos|ao|a|o))*)"
                    rf"(?:\s*,\s*(?:in\s+)?[{UPPER}][\w.'’-]*(?:\s+[{UPPER}][\w.'’-]*)?)?\s*[–—-]?$")
# ("par France 24 FR", "Por Notícias ao Minuto –", "By Jane Doe, in Cape Town")
# "von" and "di" credit a name only before a first name and a surname ("Von Michael Bauchmüller, Berlin",
# "di Marco Rossi"): "Von der Leyen" and "Di Maio" are names themselves.
NAME_AFTER_VON = re.compile(rf"^(?i:von|di)\s+[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+){{1,2}}"
                            rf"(?:\s*,\s*[{UPPER}][\w-]+)?$")

# Lone control glyphs of a page (close buttons, menu icons, arrows); separator lines ("_____",
# "* * *") and odd punctuation are left alone: sources keep them in their own text.
SYMBOLS = re.compile(r"^(?:[×✕✖✗☰≡»«›‹•·|]|>{1,3}|<{1,3})$")
# A page's notice that the browser cannot play or run something, whatever precedes it on the line
# ("Διάβασέ μου το... Your browser does not support the audio element.").
BROWSER_NOTICE = re.compile(r"your browser does not support (?:the )?(?:audio|video|html5)|please (?:enable|activate) "
                            r"javascript|twoja przeglądarka nie obsługuje|ihr browser unterstützt (?:das|den|kein)|"
                            r"votre navigateur ne (?:prend pas en charge|supporte pas)|"
                            r"(?:tu|su) navegador no (?:admite|soporta)|il tuo browser non supporta|"
                            r"seu navegador não (?:suporta|tem suporte)|uw browser ondersteunt (?:de|het|geen)", re.I)
# A language switcher: two or more language codes or names, nothing else ("Ua ru", "РУС УКР КТАТ").
LANGUAGE_CODES = frozenset("""en eng de deu ger fr fra fre es esp spa it ita pt por nl ru rus ua ukr pl pol cs tr ar
    рус укр eng англ бел каз қаз ктат srb hrv""".split())
ARROWS = re.compile(r"(?:>>>?|»)\s*$")
# A blog's comment counter under a post: "0 comments", "12 Kommentare", "0 σχόλια :".
COMMENT_COUNT = re.compile(r"^\d+\s+(?:comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti|"
                           r"reacties|komentarz[ey]?|комментари[йея]в?|коментар(?:ів|і)?|σχόλια|yorum)$", re.I)
# A site's copyright notice ("Copyright 2021 Scripps Media, Inc. All rights reserved. This material may not be
# published, broadcast, rewritten or redistributed.") and icons' alt texts ("Calendar An icon of a desk calendar.").
COPYRIGHT_NOTICE = re.compile(r"^\(?(?:copyright\s*(?:©|\(c\))?|©|\(c\))\s*(?:19|20)\d\d\b.{0,200}?"
                              r"\ball rights reserved\b", re.I)
ICON_ALT = re.compile(r"^(?:\w+ )?an icon of an? ", re.I)
# A comment section's rules, as a newspaper CMS prints them under every story ("Keep it Clean. Please avoid
# obscene, vulgar, lewd, racist or sexually-oriented language.", "Be Nice. No racism, sexism or ...").
COMMENT_RULES = re.compile(r"^(?:keep it clean\. please avoid|don't threaten\. threats|be truthful\. don't|"
                           r"be nice\. no racism|be proactive\. use the|share with us\. we'd love)\b", re.I)
ARTICLE_AGE = re.compile(r"^this (?:article|story) is more than \w+ (?:years?|months?) old$", re.I)
# How long ago a page was posted, as its furniture says it: "2 hours ago", "hace 3 horas", "vor 5 Minuten".
POSTED_AGO = re.compile(r"^(?:\d+\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago"
                        r"|hace\s+\d+\s+(?:minutos?|horas?|días?)|há\s+\d+\s+(?:minutos?|horas?|dias?)"
                        r"|il y a\s+\d+\s+(?:minutes?|heures?|jours?)|vor\s+\d+\s+(?:minuten?|stunden?|tagen?))$", re.I)
# A wire story's closing credits in brackets: "(Compiled by Jane Roe; Editing by John Doe)", "(With PTI inputs)".
WIRE_CREDITS = re.compile(r"^\((?:compiled|reporting|writing|editing|additional reporting|reported) by\b[^()]*\)$"
                          r"|^\(with (?:inputs from [\w&/,. -]{1,40}|[\w&/,. -]{1,40}? inputs?)\)$", re.I)
TRAILING = re.compile(r"[\s:>»›|.…!]+$")
# A news ticker's row, its time glued to a section name: "16:15Sports - Manchester United : ...". A live
# blog's entry ("16:15 Die Wahllokale ...") has a space there, and no section before a dash.
TICKER = re.compile(rf"^\d{{1,2}}[:h.]\d{{2}}[{UPPER}][\w]+(?: [\w]+)? [-–] \S")

# Bare date lines in one body from which they are a timeline's structure, not the page's stamp.
TIMELINE_DATES = 2

# Chrome glued to the front of a page's first line: "Estás leyendo: <headline>", "Kostenpflichtiger Inhalt:
# <headline>" (a paywall's mark), "Minute par minute
# <headline>", "ilrestodelcarlino.it - <headline>", "Nachrichten | heute journal - <headline>".
CHROME_PREFIX = re.compile(
    r"^(?:(?:estás leyendo|you are reading|vous lisez|sie lesen|stai leggendo|você está lendo|"
    r"kostenpflichtiger inhalt|exklusiv für abonnenten)\s*:\s*"
    r"|(?:minute par minute|später lesen weiter|später lesen)\s*[-–:]?\s+"
    r"|[\w-]+(?:\.[\w-]+)*\.(?:it|de|com|fr|es|pt|nl|pl|at|ch|be|co\.uk|net|org|info)\s+[-–|]\s+"
    r"|(?:nachrichten|news|home|startseite|accueil|inicio|início)\s*\|\s*[^|\n]{1,40}?\s+-\s+(?:[^-|\n]{1,40}\s+-\s+)?)",
    re.I)
GLUED_URL = re.compile(r"(?<=\S)https?://\S+$")  # glued, no space: a spaced link may be the sentence's own
GLUED_CAPITAL = re.compile(rf"[^\W\d_ {UPPER}](?=[{UPPER}])")  # a lower-case letter, then a capital, no space
MIN_BEFORE_SUFFIX = 3  # a headline's few words at least: a line that is all address or date is chrome anyway
MAX_CHROME_WORDS = 12  # shapes (credits, arrows, breadcrumbs) count only on short lines: no sentence is cut
MIN_REPEATED_WORDS = 8  # a crawler's double take of a paragraph; a dialogue's "- Ya lo sé." may repeat


def _normal(line: str) -> str:
    # Turkish "İ" folds to "i" and a combining dot: "İlgili Haberler" is the vocabulary's "ilgili haberler"
    text = unicodedata.normalize("NFKC", line).casefold().replace("\u2019", "'").replace("i\u0307", "i")
    text = " ".join(TRAILING.sub("", text).lstrip("-–—•·* ").split())
    # a wire note in brackets, "((Habrá ampliación))", is its words; "(AP)" is the agency
    return text.strip("()[] ") if text[:1] in "([" and text[-1:] in ")]" else text


# Normalised as the lines they are compared with are (case-folded: Greek final sigma folds to σ).
# A summary box's label: chrome as a page's first line (a live page's widget, "Ce qu'il faut savoir"), a
# subhead inside a body ("WHAT WE KNOW:" over its paragraphs), where it stays.
BOX_LABELS = frozenset(_normal(p) for p in """what to know, what we know, key points, ce qu'il faut savoir,
    ce que l'on sait, lo que hay que saber, lo que sabemos, o que se sabe, o que você precisa saber, was wir wissen,
    das müssen sie wissen, cosa sappiamo, wat we weten""".split(","))
VOCABULARY = frozenset(_normal(p) for group in PHRASES.values() for p in group.split(",") if p.strip())


def extra_phrases(path: str | Path | None) -> frozenset[str]:
    """A user's own chrome lines, one per line of a UTF-8 file ("#" starts a comment): matched like
    the vocabulary, whole lines only."""
    if not path:
        return frozenset()
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return frozenset(_normal(line) for line in lines if line.strip() and not line.lstrip().startswith("#"))


def head_chrome_reason(line: str, extra: frozenset[str] = frozenset()) -> str | None:
    """Chrome over a page's first line: the body's chrome, the labels of summary boxes (BOX_LABELS) and a
    stamp with more on its line (`is_stamp`)."""
    if _normal(line) in BOX_LABELS:
        return "chrome"
    return chrome_reason(line, extra) or ("date_line" if is_stamp(line) else None)



def chrome_reason(line: str, extra: frozenset[str] = frozenset()) -> str | None:
    """Why a whole line is site chrome ("chrome", "breadcrumb", "share_bar", "credit"), or None.
    `extra`: the user's own phrases (`extra_phrases`)."""
    text = line.strip()
    if not text:
        return None
    words = text.split()
    normal = _normal(text)
    if normal in VOCABULARY or normal in extra or ARTICLE_AGE.match(text) or READING_TIME.match(text) \
            or COPYRIGHT_NOTICE.match(text) or ICON_ALT.match(text) or COMMENT_RULES.match(text) \
            or TICKER.match(text) or _said_twice(text) or DATE_WORDS.fullmatch(normal) \
            or COMMENT_COUNT.match(normal) or POSTED_AGO.match(text):  # DATE_WORDS alone: a bare "Updated:"
        return "chrome"
    if speaks_to_the_reader(text):
        return "chrome"
    if WIRE_CREDITS.match(text) or INITIALS.match(text):
        return "credit"
    if len(words) > MAX_CHROME_WORDS:
        return None
    if SYMBOLS.match(text) or _ends_in_arrow(text) or text.startswith("|") or LABEL.match(text) \
            or EMBED_POINTER.match(text) or DOMAIN.match(text.strip("()[] ")) or GLUED_SHARE_BAR.match(text) \
            or GREETING.match(text) or BROWSER_NOTICE.search(text):
        return "chrome"
    if HOME_CRUMB.match(text):
        return "breadcrumb"
    tokens = [w.strip(",.:;|").casefold() for w in words]
    if tokens and set(tokens) <= SOCIAL and NETWORKS & set(tokens):
        return "share_bar"
    if len(words) >= 2 and all(w.casefold() in LANGUAGE_CODES for w in words):
        return "chrome"
    if any(IMAGE_FILE.search(w) for w in words):
        return "chrome"
    if len(tokens) >= 2 and sum(t in ICON_WORDS for t in tokens) >= 2 and all(t.islower() for t in tokens):
        return "chrome"
    if len(words) <= 8 and (CREDIT.match(text) or NAME_CREDIT.match(text) or is_byline(text)):
        return "credit"
    if BREADCRUMB.match(text) and not text.endswith((".", "!", "?")):
        return "breadcrumb"
    return None


def _ends_in_arrow(text: str) -> bool:
    """A link's arrow ends the line ("Read more >>", "Alle Ergebnisse »"); a French quotation's closing
    guillemet does not ("Dans la série « On n'a pas compris »")."""
    return bool(ARROWS.search(text)) and not (text.rstrip().endswith("»") and "«" in text)


def _said_twice(text: str) -> bool:
    """A line that is one caption or alt text twice over, glued ("David Cameron.David Cameron.")."""
    half, odd = divmod(len(text), 2)
    return not odd and len(text.split()) >= 2 and text[:half] == text[half:]


def is_byline(text: str) -> bool:
    """An agency alone ("AFP"), "By"/"von"/"par"... and an agency ("von dpa", "By The Associated Press"), or
    "By"/"Por"/"Par"... and capitalised names ("Por María López"); "By the numbers" is a subhead."""
    normal = _normal(text)
    if normal in AGENCIES:
        return True
    first, _, rest = normal.partition(" ")
    if (first in BY_WORDS or first in WITH_WORDS) and rest.removeprefix("the ") in AGENCIES:
        return True
    if NAME_AFTER_VON.match(text.strip()):
        return True
    named = BYLINE.match(text.strip())
    # "By Jane Doe, in Cape Town"; after a phrase that says so, two names and the outlet ("Posted By:
    # Madeline Holcombe and Kendall Trammell, CNN")
    limit = MAX_PHRASED_BYLINE_WORDS if BY_PHRASE.match(text.strip()) else MAX_BYLINE_WORDS
    return bool(named) and len(text.split()) <= limit and not any(
        w.casefold() in WEEKDAYS or w.casefold() in MONTHS for w in named.group("who").split())


def chrome_prefix(line: str) -> str:
    """The chrome glued to the front of a line (see CHROME_PREFIX), or ""."""
    match = CHROME_PREFIX.match(line.strip())
    return match.group(0) if match and match.end() < len(line.strip()) else ""


def chrome_suffix(line: str) -> str:
    """What a crawler glued to the end of a line (see GLUED_URL and GLUED_CAPITAL), or "": the page's
    address ("... counting of votes from 8 amhttps://example.com/live-updates/") or its date ("... receive
    the vaccineTuesday, December 08, 2020"), with at least MIN_BEFORE_SUFFIX words before it."""
    text = line.strip()
    url = GLUED_URL.search(text)
    if url and len(text[:url.start()].split()) >= MIN_BEFORE_SUFFIX:
        return text[url.start():]
    for glue in GLUED_CAPITAL.finditer(text):
        if len(text[:glue.end()].split()) >= MIN_BEFORE_SUFFIX and is_date_line(text[glue.end():]):
            return text[glue.end():]
    return ""


def body_chrome_reason(line: str, extra: frozenset[str] = frozenset()) -> str | None:
    """Chrome inside a body: the chrome lines, and date stamps ("Updated: Feb. 25, 2022 at 8:44 AM",
    "AA | 20.05.2019 - 10:04"); a lone time ("14h43") is a live blog's structure and stays."""
    reason = chrome_reason(line, extra)
    if reason is None and (is_date_line(line) and not TIME.match(line.strip()) or is_body_stamp(line)):
        return "date_line"
    return reason


def _timeline_dates_kept(lines: list[list[str]], reasons: list[list[str | None]]) -> None:
    """Keep the bare date lines of a body that holds TIMELINE_DATES of them or more ("June 16, 2015",
    each over its paragraph): a timeline's or a diary's structure; likewise its stamps with more on their
    line, a live blog's entries ("14.05.2019, 10:04 Uhr | Katharina Schmidt"). A page's own stamp stands once, says
    what it is ("Updated: ..."), or gives the time of day ("Thursday, 8th September 2022, 6:40 pm"),
    and goes."""
    dated = [(pi, li, line) for pi, (ls, rs) in enumerate(zip(lines, reasons))
             for li, (line, r) in enumerate(zip(ls, rs)) if r == "date_line"]
    bare = [(pi, li) for pi, li, line in dated if not DATE_WORDS.match(line.strip()) and not CLOCK.search(line)]
    entries = [(pi, li) for pi, li, line in dated if not is_date_line(line)]
    for kept in (bare, entries):
        if len(kept) >= TIMELINE_DATES:
            for pi, li in kept:
                reasons[pi][li] = None


class ChromeStep(Step):
    """Take chrome lines and doubled paragraphs out of each body; record every removal."""

    name = "chrome"

    def __init__(self, extra: frozenset[str] = frozenset()) -> None:
        super().__init__()
        self.extra = extra

    def apply(self, doc: Document) -> None:
        paragraphs, kept, seen = doc.body.split("\n\n"), [], set()
        all_lines = [paragraph.split("\n") for paragraph in paragraphs]
        all_reasons = [[body_chrome_reason(line, self.extra) for line in lines] for lines in all_lines]
        _timeline_dates_kept(all_lines, all_reasons)
        for pi, (paragraph, lines, reasons) in enumerate(zip(paragraphs, all_lines, all_reasons)):
            key = " ".join(paragraph.split())
            if paragraph.strip() and all(reasons):
                self._remove(doc, reasons[0], pi, -1, paragraph)
            elif key in seen and len(key.split()) >= MIN_REPEATED_WORDS:
                self._remove(doc, "repeated_paragraph", pi, -1, paragraph)
            else:
                for li in [i for i, r in enumerate(reasons) if r and len(lines) > 1]:
                    self._remove(doc, reasons[li], pi, li, lines[li])
                kept.append("\n".join(line for line, r in zip(lines, reasons) if not r or len(lines) == 1))
                seen.add(key)
        doc.body = "\n\n".join(kept).strip("\n")

    def _remove(self, doc: Document, reason: str, paragraph: int, line: int, text: str) -> None:
        doc.removed.append(Removal(reason, "body", paragraph, line, text))
        self.count(reason)


def restore(body: str, removed: list[Removal | dict]) -> str:
    """The body as it was before the recorded body removals (word edits aside); `removed` as a Document
    holds it, or as a row of the `removed` column reads back."""
    paragraphs = body.split("\n\n") if body else []
    pieces = [r if isinstance(r, Removal) else Removal(**r) for r in removed]
    pieces = sorted((r for r in pieces if r.place == "body"), key=lambda r: (r.paragraph, r.line))
    for r in pieces:
        if r.line < 0:
            paragraphs.insert(r.paragraph, r.text)
        else:
            lines = paragraphs[r.paragraph].split("\n")
            lines.insert(r.line, r.text)
            paragraphs[r.paragraph] = "\n".join(lines)
    return "\n\n".join(paragraphs)
