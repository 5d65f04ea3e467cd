"""Lines in which the page speaks to its reader, not the article: subscription, newsletter and cookie
prompts, links to other stories, link prompts with the page's own address, and sentences that point at a
link the text dump has lost. Site chrome (flows/stages/chrome.py), told apart here because each needs the
reader to be addressed or bidden, so that an article's own sentence about a newsletter or a place stays.
"""

from __future__ import annotations

import re

from flows.stages.dates import EMAIL

# A subscription, newsletter, paywall or notification prompt: a line that names one and speaks to the
# reader ("Meld je aan voor onze nieuwsbrief", "activez les notifications sur votre navigateur",
# "Schließen Sie jetzt den Probemonat ab"). Site-wide prompts also recur across a corpus, where the line
# counts take them (flows/corpus/boilerplate.py); these words are for corpora too small for that.
PROMPT_NOUN = re.compile(r"\b(?:newsletters?|nieuwsbrief|infolettre|notifications?|notificaties|pushbericht(?:en)?|"
                         r"benachrichtigungen|"
                         r"probemonat|probeabo|abonnement|abonnez|abonnieren|suscr[ií]b\w*|assine|subscribe|"
                         r"subscription|subscribers?|suscriptor(?:es)?|assinantes?|abonnés?|abonnenten?|"
                         r"promotional|druckfrisch)\b", re.I)
# A cookie notice: cookies, and what a site asks of its reader ("By using this website, you agree with our
# use of cookies", "uses cookies for personalization ... change your cookie preferences", an embed's "Pour afficher
# ce contenu Twitter, vous devez accepter les cookies"); a bakery's cookies, even gone viral on social media, are not.
SITE_ASKS = (r"\b(?:website|site|browsing|browser|consent|accept|agree|privacy|experience|preferences|"
             r"personali[sz]ation|accepter|consentement|akzeptieren|zustimmen|einwilligung|aceptar|aceitar|"
             r"accettare|consenso|accepteren|toestemming|avez refusé|have (?:refused|rejected|declined))\b")
COOKIE_NOTICE = re.compile(rf"\bcookies?\b(?=.*{SITE_ASKS})|{SITE_ASKS}(?=.*\bcookies?\b)", re.I)
# ... said by the site, which names itself or its reader, or speaks as "we": a report on a firm's cookies and its users'
# consent ("The regulator said the firm uses cookies to track users without their consent.") is the article's.
SITE_SPEAKS = re.compile(r"\b(?:we|wir|nous|noi|wij|vi|this (?:web)?site|ce site|diese[rs]? (?:web)?seite|este sitio|"
                         r"questo sito|este site|deze (?:web)?site|utilizamos|usamos|utilizziamo|usiamo|verwenden|"
                         r"nutzen|utilisons|gebruiken|bruger|använder|käytämme|by (?:continuing|using)|en poursuivant|"
                         r"personali[sz]ation)\b", re.I)
# Words that speak to the reader, or for the site: none that also means "she", "her", "of the", "us" or "I" (German
# "sie" and a sentence's first "Sie", "ihr", French "du", "je", Spanish "nos"): a line on someone's subscription stays.
ADDRESS = re.compile(r"\b(?:(?i:you|your|our|jij|jouw|onze|uw|vous|votre|notre|unser|unsere|unseren|unserem|dein|deine|"
                     r"usted|nuestro|nuestra|você|nosso|nossa|nossos|nossas)|je)\b|(?<=\S\s)(?:Sie|Ihr|Ihre|Ihrem|Ihren|Ihnen)\b")
# The words for the site's own ("our", "unserer", "notre", "nuestro", "nostro", "onze").
OUR_WORDS = r"(?:our|unser\w*|notre|nos|nuestr[oa]s?|nostr[oa]|nosso|nossa|onze)"
# What a line must hold, case-folded, for PROMPT_NOUN to be read on it (a cheap test first).
PROMPT_STEMS = ("newsletter", "nieuwsbrief", "infolettre", "notifica", "pushbericht", "benachrichtigung", "probe",
                "abonn", "suscr", "assin", "subscri", "promotional", "druckfrisch")
MAX_PROMPT_WORDS = 40  # a prompt is a sentence or two; a paragraph that mentions a newsletter is an article's
# A prompt names its offer to the reader in one breath ("Get our newsletter", "GET BREAKING NEWS IN YOUR BROWSER.
# CLICK HERE TO TURN ON NOTIFICATIONS.": seven words apart); a report about a subscription that speaks to its
# reader further on ("Netflix is raising its subscription prices ... depending on your plan") is the article's.
MAX_PROMPT_GAP = 8
# The marks of a link to another story that say "also" ("Also read", "Lire aussi", "Lee también"): with a
# colon or an arrow after them in RELATED_LINK, run into the headline in UNMARKED_RELATED_LINK.
ALSO_MARKS = ("à lire aussi|lire aussi|\\(re\\)lire|à voir aussi|voir aussi|lesen sie auch|lesen sie hier mehr|"
              "auch interessant|"
              "leia também|"
              "lea también|lee también|entérese|"
              "leggi anche|czytaj też|czytaj także|zobacz też|lees ook|see also|also read|read also|læs også|"
              "les også|läs också|lue myös|lue lisää|se även|se også|zobacz także|bekijk ook|zie ook|ver también|"
              "vea también|mire también|watch also|also watch")
# A link to another story, a mark or a dash before it: "Also read: <its headline>", "– Read also: ...", "Popular Now:
# <its headline>", "Lesen Sie auch: ...", "À voir également sur Le HuffPost : ...", "(Re)lire : ...", "Click here for
# ...", "Ezt ne hagyja ki! <its headline>" (don't miss). Not "Related: <its headline>": the sources of dev's and the
# second corpus's articles keep it as text.
RELATED_LINK = re.compile(rf"^(?:[→►▶➤(•–—-]{{1,3}}\s*)?(?:{ALSO_MARKS}|a lire aussi|puede leer|also see|read more|"
                          r"tal vez te interese(?: leer)?|también te puede interesar|te puede interesar|"
                          r"te recomendamos|le puede interesar, además|le puede interesar|lea sobre|"
                          r"lea además|lee además|además|lea aquí|lea|vea|ver más|también te podría interesar|"
                          # El Tiempo's "(En contexto: ...)", Slovak and Czech "more on the topic"
                          r"en contexto|per approfondire(?: leggi anche)?|viac o téme|více o tématu|también|"
                          r"related story|read related story|"
                          r"à voir également|leia mais|saiba mais|veja também|"
                          r"читайте также|"
                          r"читайте також|διαβάστε επίσης|още|go to next video|se också|läs mer|læs mere|les mer|"
                          r"katso myös|čtěte také|"
                          r"citește și|citeste si|przeczytaj również|przeczytaj także|zobacz|olvassa el|"
                          r"next video|up next|popular now|trending now|more from|more|"
                          r"recommended|explore further"  # round 80's: phys.org's related stories
                          r")(?:\s+(?:on|sur|auf|en|em|su|na|op)\s+[^:|>»]{1,30}?)?\s*[:|>»-]\s*\S"
                          r"|^click (?:or tap )?here\b|^(?:leia também|te puede interesar|lesen sie auch|mirá también|"
                          r"lire aussi)\s+(?-i:[A-ZÀ-Ý¿¡\"“])"
                          rf"|^(?:{ALSO_MARKS})(?-i:[A-ZÀ-Ý])"  # run into the headline: "À lire aussiEn Grèce, ..."
                          r"|^(?:don't miss|do not miss|ezt ne hagyja ki|ne hagyja ki|nicht verpassen|à ne pas manquer|"
                          r"no te pierdas|não perca|da non perdere|mis dit niet|nie przegap)\w*\s*[:!|>»-]\s*\S", re.I)
# "Read it on <the site>": "Leggi su spettacolo.eu", "Read more at example.com", "Lire sur lemonde.fr".
READ_ON_SITE = re.compile(r"^(?:leggi|read|lire|lesen sie|leia|lea|lee|czytaj|lees|citește|citeste)\b[\w ]{0,15}?\b"
                          r"(?:su|on|at|sur|auf|bei|em|no|en|na|op|pe)\s+(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$",
                          re.I)
# "Read it on" the site by its name alone, in lower case: "Leggi su iltempo" ("Read on Monday" is a sentence's).
READ_ON_NAME = re.compile(r"^(?i:leggi|read|lire|lesen sie|leia|lea|lee)(?i: tutta la notizia| the full story)?"
                          r" (?i:su|on|sur|auf|em|en) [a-z0-9]{3,30}$")  # round 87's: "Leggi tutta la notizia su ..."
# A link to another story whose mark the dump has run into its headline, no colon between: "À lire aussi
# Créez et gérez votre portefeuille virtuel". Only the marks that say "also", and a capital after them; only
# over the article (flows/stages/chrome.py, `head_chrome_reason`): inside a body, where a source may keep
# such a line as its text ("Lee también <headline>" in dev), it stays.
UNMARKED_RELATED_LINK = re.compile(rf"^(?i:{ALSO_MARKS})\s+[A-ZÀ-ÖØ-ÞĀ-Ž]\S*(?:\s+\S+){{2,}}$")
# A pointer to more on a site, by its bare address: "More info: worldphoto.org", "Mehr Infos: example.de".
MORE_INFO = re.compile(r"^(?:more info|more information|further information|find out more|full story|mehr infos?|"
                       r"plus d'infos?|más información|mais informações|meer info|lisätietoja)\s*:\s*"
                       r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?$", re.I)
# A related story behind a short question, as Norwegian papers link them: "Lest denne? Jo Nesbø fikk ærespris".
QUESTION_LINK = re.compile(r"^(?:lest denne|husker du|har du sett|har du lest|läst den här|læst denne)\?\s+\S", re.I)
# A link marked by arrows before it: ">> LIVE STREAMING Ramljak: ...", ">>Mehr zum Thema" (a quote opens with one "»").
ARROW_LINK = re.compile(r"^>>\s*(?!(?:\S+\s+){9,}.*[^.]\.[\"”’]?$)\S")  # not a sentence of ten words or more with
# its stop: a page's own bullet (">> The opening ceremony was a symbol of what is to come over the six months.")
# A link to a video or a box of links by its Polish or English heading: 'Zobacz wideo "..."', "Oglądaj Wideo: ...",
# "Most Popular on TIME".
VIDEO_LINK = re.compile(r"^(?:zobacz|oglądaj) (?:wideo|video)\b\s*[:\"„]?\s*\S|^se video\s*:\s*\S"
                        # a video's card, its title and the button: "... show em São Paulo; ASSISTA", "... - Ver ahora"
                        r"|^.{4,160}(?:;\s*assista|\s[-–]\s(?:ver ahora|watch now|jetzt ansehen))$", re.I)
# A newsletter by its other name: "Sign up for our daily briefing" (a press briefing is the news's own word).
BRIEFING_PROMPT = re.compile(r"^sign up for (?:our|the) (?:[\w-]+ ){0,2}briefing\b", re.I)
# A prompt to get the site's mail: "Get a custom Q13 forecast and severe weather alerts in your inbox!", "Watch the
# stories that matter, right from your inbox" (an article's "Is your inbox full?" bids nothing).
INBOX_PROMPT = re.compile(r"^(?:get|sign up|receive|have|watch)\b.{0,80}\b(?:in|to|into|straight to|right from) "
                          r"your inbox\W*$"
                          # round 91's box with its form's words: "Get Breaking News Alerts Stay up-to-date with
                          # important news developments, delivered right to your inbox. Enter Email Sign Up"
                          r"|^get breaking news alerts\b.{0,120}\binbox\W+enter (?:your )?email\W+sign up$", re.I)
# A link to the whole article elsewhere, an aggregator's: 'Weiter zum vollständigen Artikel bei "MotleyFool"'.
FULL_ARTICLE = re.compile(r"^(?:weiter zum vollständigen artikel|zum vollständigen artikel|"
                          r"read the full (?:article|story)|continue to the full (?:article|story)|"
                          r"lire l'article complet|leia a matéria completa|leia a notícia completa|leia tudo n[oa]|"
                          r"lees het volledige (?:artikel|interview|verhaal)|"
                          r"leer el artículo completo|"
                          r"leggi l'articolo completo)\b", re.I)
# A prompt to listen in the site's app: "Posłuchaj w Aplikacji TOK FM:", "Listen on the app".
APP_PROMPT = re.compile(r"^(?:posłuchaj|słuchaj|listen|hören sie|écoutez|escucha|ouça|ascolta)\b.{0,40}\b"
                        r"(?:aplikacji|app|application|aplicación|aplicativo|applicazione)\b[\w .:]{0,30}$", re.I)
# A promo link whose kicker, a question, is glued to its headline: "Time to upgrade to a smart home?:Here's what".
GLUED_PROMO = re.compile(r"^[^:]{3,60}[?!]:[A-Z“\"]")
# "Read more" and the link alone, no colon between: "Read more https://www.example.net/news/...".
READ_MORE_ADDRESS = re.compile(r"^(?:read more|read the full story|leia mais|lire la suite|leer más|lee más|"
                               r"weiterlesen|leggi tutto|lees meer|czytaj więcej)\s+(?:https?://|www\.)\S+$"
                               r"|^🔗?\s?leggi su [\w-]+(?:\.[\w-]+)+$", re.I)  # round 119's: an aggregator's source
# A bid to the site's own pages on a topic: "Lesen Sie auf unserer Themenseite zur Berlinale alle Rezensionen",
# "Lesen Sie mehr in unserem Dossier". The bid opens the line and the page is the site's own (OUR).
OWN_PAGES_BID = re.compile(r"^(?:►\s*)?(?:lesen sie|finden sie|mehr|alles|read|find|see|follow|retrouvez|lisez|"
                           r"consultez|découvrez|"
                           rf"lea|consulte|leggi|leia|veja|lees)\b.{{0,60}}\b{OUR_WORDS}\s+(?:[\w-]+\s+){{0,2}}"
                           r"(?:themenseite|themenspecial|dossier|special|topic page|live ?blog|ticker|liveticker)\b",
                           re.I)
# The site's address after "visit": "Visit MBteach.org", "Besuchen Sie www.example.de".
VISIT_SITE = re.compile(r"^(?:visit|besuchen sie|visitez|visite|visita|bezoek)\s+(?:www\.)?[\w-]+(?:\.[\w-]+)*"
                        r"\.[a-z]{2,}/?$", re.I)
# A teaser of another story cut short, its "more" link at the end: "... a déclaré officiellement vendredi... Plus »".
TEASER_MORE = re.compile(r"(?:(?:\.\.\.|…)\s*(?:plus|more|mehr|más|mais|lire la suite|read more|leggi tutto|"
                         r"weiterlesen|suite)"
                         # or whole, its link's text run in after its stop: "... sexist remarks.Full Story >"
                         r"|[.!?\"”’]\s*(?:full story|read more|read full story|continue reading|weiterlesen|"
                         r"lire la suite|leia mais|leer más|seguir leyendo|leggi tutto))\s*[»>›]+$", re.I)
TEASER_MORE_CHARS = 24  # the longest such ending, "... lire la suite »", with room
# A pointer to the paper's print edition: "READ MORE IN THIS WEEKS COURIER!", "See the full story in Friday's paper".
PRINT_POINTER = re.compile(r"^(?:read|see|find) (?:more|the full story|the rest|it all) in (?:this|today'?s|"
                           r"this week'?s|this weeks|tomorrow'?s|friday'?s|saturday'?s|sunday'?s|our|the) "
                           r"[\w' ]{2,30}(?:edition|paper|issue|magazine|courier|times|herald|gazette|news|post)\W*$",
                           re.I)
# A bid to follow the writer ("Follow Jane Roe on Twitter @janeroe"), or to support the paper ("Support local
# journalism by subscribing at https://...").
FOLLOW_WRITER = re.compile(r"^[Ff]ollow (?:[A-Z][\w'’.-]+ ){1,3}on "
                           r"(?i:twitter|facebook|instagram|x|threads|linkedin)\b")
SUPPORT_PROMPT = re.compile(r"^(?:help )?support (?:local|independent|our|quality(?: local)?) journalism\b", re.I)
# A link to another story marked in capitals, as UPI's pages print them: "RELATED Medal Count: 2022 Beijing Winter
# Olympics" (not "Related: ...", which dev's and the second corpus's sources keep as text; see RELATED_LINK).
CAPS_RELATED = re.compile(r"^RELATED\s+[A-Z0-9‘'\"]\S*(?:\s+\S+){2,}$")
# The page's own notes and links around the article: an aggregator's link to its source ("Read it at Reuters",
# "READ MORE AT BREITBART"), a search box's results ("Weitere Suchergebnisse zu "Lufthansa":"), an ad's numbered slot
# ("Advert 10"), WordPress's "Comments Off on <headline>" after the byline, an audio or video card with its length
# ("AUDIO: <its title> (1 Min)", "01.08 min <its title>"), a pointer at an embed ("Bekijk hier welke ...:").
PAGE_NOTES = re.compile(r"^read (?:it|more) at [\w .&'’-]{2,40}$"
                        r"|^(?:weitere suchergebnisse zu|more search results for)\s"
                        r"|^(?:advert|advertisement) \d{1,3}$|^(?:by:? .{2,80}?)?comments off on \S"
                        r"|^(?:audio|video): .{2,120}\(\d{1,3} min\)(?: .{2,120}\(\d{1,3} min\))?$"
                        r"|^\d{1,2}[.:]\d{2} min \S|^(?:bekijk|kijk) hier\b.{0,100}:$"
                        # a station's call for story ideas, an Irish local site's ("If you have a story or want to
                        # send a photo or video to us please contact the Donegal Live editorial team ...")
                        r"|^if you would like to share a story idea, please submit it here\b|^share a story idea with\b"
                        r"|^if you have a story or want to send a photo or video to us\b"
                        r"|^(?:.{0,60} )?voor de appgebruikers: tik\b"  # the NOS's note to its app's readers
                        # a date widget ("Today is Tuesday May 31, 2022"), F.A.Z.'s writers' box with its follow buttons
                        r"|^today is (?:mon|tues|wednes|thurs|fri|satur|sun)day,? \w+ \d{1,2},? \d{4}$"
                        r"|^.{0,200}\bfolgen ich folge\b"
                        r"|^.{0,20}no existe configuración de publicidad\b"  # an ad slot's: "Left6:No existe ..."
                        # the Independent's comment forum's invitation
                        r"|^join thought-provoking conversations, follow other\b"
                        # a pointer at the live ticker, at Gazeta.pl ("Więcej o ... przeczytasz na Gazeta.pl")
                        r"|^hier geht(?:'s|’s| es) zu[mr]? .{2,60}$|^więcej .{2,100} przeczytasz na \S+$"
                        r"|^najnowsze informacje .{2,60} znajdziesz na stronie głównej \S+(?: >+)?$"  # round 117's
                        # a pointer at the live blog (round 116's Danish "... på Jyllands-Postens liveblog her."), a
                        # player's help ("Sollte der Stream nicht korrekt angezeigt ...")
                        r"|^.{0,120}\b(?:in unserem (?:liveblog|newsblog|liveticker|live-ticker)|liveblog her)\.?$"
                        r"|^sollte der (?:stream|livestream|player) nicht\b"
                        # a web app's install tip; a box's links, each after a dash and a chevron ("- » ...")
                        r"|^tap to bring up your browser menu and select\b|^-\s»\s\S"
                        # 20 Minutes' box of links, a Flemish site's dossier
                        r"|^à ce sujet, la rédaction vous recommande\b"
                        r"|^lees meer over .{2,80} in (?:dit|ons) dossier\.?$"
                        # a radio's broadcast note, a TV site's call for readers' pictures, a paper's app's alerts
                        r"|^this segment aired on .{4,30}$|^send your photos, videos and stories to\b"
                        r"|^►?\s?get breaking news alerts: download\b",
                        re.I)
# Links and prompts to go elsewhere, each a whole line (within MAX_LINK_WORDS).
# Round 80's: a syndicated story's footer naming the site it came from: "<its headline> was originally published on
# example.com" (a site's address, never a paper's name: "... was first published in The Lancet" is the article's).
# Ziare.com's pointer at the rest of a story it syndicates: '...citeste mai departe despre " <its headline> " pe
# Ziare.com'; an index's box over a headline: "Latest in Gear" (Engadget's).
READ_ON_AT_ZIARE = re.compile(r"^\.{3}\s?citeste mai departe despre\b.{5,250}\bpe [\w.-]+\.[a-z]{2,}$", re.I)
LATEST_IN = re.compile(r"^Latest in [A-Z][\w&]*(?: [A-Z&][\w&]*){0,2}$")
# Round 81's: a sign-up form's messages ("Please enter a valid email", "Must be at least 6 characters, include ...");
# a document's box on Estadão's pages ("Documento <its name> PDF").
SIGNUP_FORM = re.compile(r"^(?:Please enter (?:your|a|an|the) [\w ]{2,50}|Please enter a name between \d+ and \d+ "
                         r"characters|Must be at least \d+ characters\b.{0,80})\.?$")
DOCUMENT_BOX = re.compile(r"^Documento [^.!?]{2,80} PDF$")
# A link's address alone in brackets ("(https://example.com/sport/2018-03-25-story/)"); a writer's box of their other
# stories ("Jane's Most Recent Stories"); a link to a gallery in capitals ("PICTURE STORY: <its title>", Capital FM's).
LINK_IN_BRACKETS = re.compile(r"^\(https?://\S+\)$")
WRITERS_STORIES = re.compile(r"^[\w'’ .-]{2,40}['’]s (?:Most Recent|Latest|Recent) (?:Stories|Articles|Posts)$"
                             r"|^(?:PICTURE|PHOTO|VIDEO) STORY:\s\S")
# Round 82's: a site's footer links in a row ("Contact Us | Advertise Terms of Use"); USA TODAY's bids after a
# syndicated story ("» Watch more on this and other topics from USA TODAY:"); a Czech teaser and its link ("...
# Číst článek"); a video's card, its length and its title twice ("1:57 Protesters prepare ... Protesters prepare ...").
FOOTER_LINKS = re.compile(r"^(?:(?:Contact Us|Advertise(?: With Us)?|Terms of (?:Use|Service)|Privacy(?: Policy)?|"
                          r"Employment and EEO|About Us|Careers|Cookie Policy|Site ?Map|Accessibility)\s*\|?\s*){2,}$",
                          re.I)
USA_TODAY_BID = re.compile(r"^»\s(?:Watch more on this and other topics from USA TODAY|USA TODAY delivers current "
                           r"local and national news)\b")
READ_ARTICLE_CS = re.compile(r"^\S.{10,250}\sČíst článek$")
E_EDITION = re.compile(r"^E-edition Read the [\w .'’-]{2,40} online edition$")  # Archant's, round 84's
VIDEO_CARD = re.compile(r"^\d{1,2}:\d{2}\s(?P<title>\S.{9,150})\s(?P=title)$")
# The BBC's note of the story's section under its stamp (round 90's): "- From the section Entertainment & Arts", its
# stamp's words before it, the date lost: "Last updated on .From the section Cricket" (round 125's).
SECTION_NOTE = re.compile(r"^(?:Last updated on \.?\s?|[-–]?\s?)From the section [A-Z][\w &'’,-]{1,40}$")
# A theme's links to the stories either side, their label run into the headline (round 88's): "Previous articleGreek
# ministers meet", "Next article Turkish Cypriots ...".
NEIGHBOUR_LINK = re.compile(r"^(?:Previous|Next) (?:article|post|story) ?(?=[A-Z0-9‘'\"“])")
# Round 86's gallery item, its icon font's ligature and counter leaked in: "1. <caption> zoom_out_map 1 /17 ...".
GALLERY_ITEM = re.compile(r"^(?:\d{1,3}\.\s)?\S.{0,300}?\szoom_out_map\s\d{1,3}\s?/\s?\d{1,3}\b")
FIRST_PUBLISHED_ON = re.compile(r"^\S.{4,200}\s(?:was|were) (?:originally|first) published (?:on|at) (?:www\.)?"
                                r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\.?$"
                                # round 87's: "This article originally appeared on Example News"
                                r"|^this (?:article|story|post) (?:originally|first) appeared (?:on|in) \S.{1,50}$",
                                re.I)
# A site's notes around the article, rounds 92-98: a syndication notice ("This RNZ News is republished with
# permission", "This article is republished from The Conversation under a Creative Commons license."), a tip box
# ("Send pictures and videos to newstips@example.co.nz").
SITE_NOTES = re.compile(r"^this (?:article|story|piece|post|[\w .'’&-]{1,40}? (?:news|story|article)) "
                        r"(?:is|was|has been) republished (?:with (?:the )?permission|from|under|courtesy of)\b"
                        r".{0,120}$"
                        r"|^send (?:us )?(?:your )?(?:pictures|photos|videos|news tips|tips)\b.{0,40}\s[\w.+-]+@[\w-]+"
                        r"(?:\.[\w-]+)+\.?$"
                        # round 93's: a newsletter's own mark ("Esta reportagem faz parte da newsletter EXAME ...",
                        # "This article is part of the ... newsletter"), a pointer at the live page
                        r"|^(?:this (?:article|story|report) is part of|esta (?:reportagem|matéria|notícia) faz parte "
                        r"d[ao]) (?:the |our |a )?[\w' -]{0,40}?newsletter\b.{0,200}$"
                        r"|^follow (?:our |the )?live (?:updates|coverage|blog)\b.{0,60}$"
                        # round 95's: a story's code, an app's bid
                        r"|^story code\s?:\s?\d{3,10}$"
                        r"|^for all the latest [\w ]{2,40}, download (?:the )?[\w ]{2,40} app\.?$"
                        # round 96's: National World's video promo, a section's link ("View all in Latest")
                        r"|^watch more of our videos on shots!.{0,80}$|^view all in [\w &-]{2,30}$"
                        # round 98's: a Portuguese newsletter box, a newsblog's bid to refresh
                        r"|^fechar subscreva as newsletters\b.{0,150}\bsubscrever$"
                        r"|^\+{0,3}\s?zum aktualisieren hier klicken\s?\+{0,3}$", re.I)
LINK_SHAPES = (RELATED_LINK, READ_ON_SITE, READ_ON_NAME, FULL_ARTICLE, APP_PROMPT, GLUED_PROMO, MORE_INFO,
               QUESTION_LINK, ARROW_LINK, INBOX_PROMPT, READ_MORE_ADDRESS, OWN_PAGES_BID, VISIT_SITE, PRINT_POINTER,
               FOLLOW_WRITER, SUPPORT_PROMPT, BRIEFING_PROMPT, VIDEO_LINK, CAPS_RELATED, PAGE_NOTES, FIRST_PUBLISHED_ON,
               READ_ON_AT_ZIARE, LATEST_IN, SIGNUP_FORM, DOCUMENT_BOX,
               LINK_IN_BRACKETS, WRITERS_STORIES, FOOTER_LINKS, USA_TODAY_BID, READ_ARTICLE_CS, VIDEO_CARD,
               E_EDITION, GALLERY_ITEM, NEIGHBOUR_LINK, SECTION_NOTE, SITE_NOTES)
MAX_LINK_WORDS = 30  # a link is a headline or two long; a paragraph that starts so is the article's
# A sentence that points the reader at a link on the page, which a text dump has lost: "Hier finden Sie alle
# Ergebnisse.", "Unter diesem Link finden Sie ...", "Consulte aquí todos los resultados.", "De uitslagen zijn
# hier te vinden." Or one that ends in "here", finds or reads, and speaks to the reader ("You can find the full
# results here.", ADDRESS) or bids the reader ("Read the full report here."): "Tourists come to read the inscriptions
# here" is the article's. Only a line of its own, unquoted: a quote may say "you will find it here".
HERE_POINTER = re.compile(
    r"^(?:hier finden sie|hier lesen sie|hier sehen sie|unter diesem link|consulte aquí|consulta aquí|pinche aquí|"
    r"pincha aquí|haga clic aquí|haz clic aquí|clique aqui|cliquez ici|klik hier|kliknij tutaj|klikněte zde|"
    r"zapraszamy do (?:śledzenia|lektury|czytania|oglądania))\b|\bhier te (?:vinden|lezen|zien)\s*[.:!]?$"
    r"|\bmożna znaleźć tutaj\s*[.:!]?$"  # round 90's "Więcej informacji można znaleźć tutaj."
    # "A korábbi demonstrációkról itt, a törvényről pedig itt olvashat." (Hungarian: read about it here)
    r"|\bitt (?:olvashat|olvashatja|olvashatnak|nézheti meg|találja|találhatók?)\w*\s*[.:!]?$"
    # "Zie je de poll hierboven niet? Stem dan via deze link!"
    r"|\b(?:via|through|über|par|por|tramite) (?:deze|this|ce|diesen|este|questo) (?:link|lien|enlace)\b", re.I)
# "GET FOX BUSINESS ON THE GO BY CLICKING HERE", "To watch the video, click here.": a link's text, whatever
# comes before it.
CLICK_HERE_AT_END = re.compile(r"\b(?:click(?:ing)? here|klik (?:dan )?hier|cliquez ici|hier klicken|"
                               r"klicken sie hier)\s*[.:!]?$", re.I)
HERE_AT_END = re.compile(r"\b(?:here|hier|aquí|aqui|ici|qui|tutaj|zde)\s*[.:!]?$", re.I)
POINTER_VERB = re.compile(r"\b(?:find|read|encontrar|consultar|leer|finden|lesen|trouver|trouverez|lire|retrouver|"
                          r"retrouvez|trovare|trovate|leggere|encontra|ler|vinden|lezen)\b", re.I)
BIDDING = re.compile(r"^(?:find|read|see|watch|check|click|to (?:view|see|read|watch)\b.{0,60}\bvisit|lea|lee|consulte|"
                     r"consulta|lies|lisez|retrouvez|leggi|leia|"
                     r"veja|lees)\b", re.I)
# The site bidding the reader to its other pieces: "Read our interview with X here, find our review of his EP here".
OUR = re.compile(rf"\b{OUR_WORDS}\b", re.I)
HERE = re.compile(r"\b(?:here|hier|ici|aquí|aqui)\b", re.I)
# What a line must hold, case-folded, for the pointer patterns (HERE_POINTER ... HERE) to be read on it.
POINTER_STEMS = ("here", "hier", "aquí", "aqui", "ici", "qui", "tutaj", "zde", "unter diesem link", "consult",
                 "pinch", "haga clic", "haz clic", "clique", "klik", "zapraszamy", "click", "deze link", "this link",
                 "ce lien", "diesen link", "este enlace", "questo link", "itt ")
MAX_POINTER_WORDS = 25  # a sentence; a paragraph that ends so has more to say
QUOTES = "\"“”„«»"
# A few words, a colon and the page's own address, alone on a line: "Read or Share this story: https://...",
# "Story courtesy CBC News: http://...", "Publikacja dostępna na stronie: https://...".
LINK_PROMPT = re.compile(r"^(?P<words>[^:]{2,80}):\s*(?:https?://|www\.)\S+$")
MAX_LINK_PROMPT_WORDS = 8
# A call for the readers' tips: a question to them, and the site's e-mail address (EMAIL) with "us" ("Oplevede du
# fangeflugten? Tip os på 1224@example.dk", "Laat het ons weten! Mail naar online@example.nl"). A police
# appeal ("Anyone with information should contact tips@example.gov") asks for no "us", and stays.
# A sign-up form's consent ("Bij het aanmelden gaat u akkoord met onze privacyverklaring", "By subscribing, you
# agree to our Privacy Policy"): the site's policy, agreed to, said to the reader (ADDRESS). A report that users
# must agree to a company's new privacy policy speaks to no reader, and stays.
CONSENT = re.compile(r"\b(?:agree|akkoord|accept|akzeptier|zustimm|stimmen sie|acept|concord|accett)\w*\b.{0,60}"
                     r"\b(?:privacy|privacyverklaring|privacybeleid|datenschutz\w*|confidentialité|privacidad|"
                     r"privacidade|terms of (?:use|service)|algemene voorwaarden|nutzungsbedingungen)", re.I)
# The consent alone on its line; a promotion that ends with it is the article's in the second corpus's sources.
MAX_CONSENT_WORDS = 20
CONSENT_STEMS = ("privacy", "datenschutz", "confidentialit", "privacidad", "terms of", "voorwaarden",
                 "nutzungsbeding")
# A prompt to follow the site on Google News: "Click here to visit our Google News page, and then click FOLLOW
# to add us as a news source!" (a report on Google News bids nothing, and names neither "us" nor "our").
GOOGLE_NEWS_BID = re.compile(r"\b(?:follow|click|add|síguenos|suivez|folgen)\b", re.I)
CALL_US = re.compile(r"\b(?:us|ons|os|oss|uns|nous|nos|noi|nas|meille)\b", re.I)
MAX_CALL_WORDS = 40


def speaks_to_the_reader(text: str) -> bool:
    """A prompt, a link, a pointer or a call for tips (above), each within its length: a longer line is the
    article's. The patterns are read only on a line that holds one of their words (PROMPT_STEMS,
    POINTER_STEMS): most lines of a body hold none."""
    words = len(text.split())
    low = text.casefold()
    if words <= MAX_PROMPT_WORDS and (any(stem in low for stem in PROMPT_STEMS) and _offered_to_the_reader(text)
                                      or "cookie" in low and COOKIE_NOTICE.search(text)
                                      and bool(ADDRESS.search(text) or SITE_SPEAKS.search(text))):
        return True
    if words <= MAX_LINK_WORDS and (any(shape.match(text) for shape in LINK_SHAPES) or _teaser_and_more(text)) \
            or words <= MAX_POINTER_WORDS and any(stem in low for stem in POINTER_STEMS) and _points_at_a_link(text):
        return True
    if words <= MAX_CALL_WORDS and "?" in text and EMAIL.search(text) and CALL_US.search(text):
        return True
    if words <= MAX_PROMPT_WORDS and _bids_to_sign_or_follow(text, low, words):
        return True
    prompt = LINK_PROMPT.match(text)
    return bool(prompt) and len(prompt.group("words").split()) <= MAX_LINK_PROMPT_WORDS


def _teaser_and_more(text: str) -> bool:
    """A teaser cut short with its "more" link (TEASER_MORE), read at the line's end only."""
    return text.endswith(("»", ">", "›")) and bool(TEASER_MORE.search(text[-TEASER_MORE_CHARS:]))


def _bids_to_sign_or_follow(text: str, low: str, words: int) -> bool:
    """A sign-up form's consent to the site's policy (CONSENT), or a bid to follow the site on Google News
    (GOOGLE_NEWS_BID), each said to the reader."""
    if words <= MAX_CONSENT_WORDS and any(stem in low for stem in CONSENT_STEMS) and CONSENT.search(text) \
            and ADDRESS.search(text):
        return True
    return "google news" in low and bool(GOOGLE_NEWS_BID.search(text)) \
        and bool(CALL_US.search(text) or OUR.search(text))


def _offered_to_the_reader(text: str) -> bool:
    """A subscription, newsletter or notification named within MAX_PROMPT_GAP words of a word that speaks
    to the reader."""
    nouns = [len(text[:m.start()].split()) for m in PROMPT_NOUN.finditer(text)]
    if not nouns:
        return False
    readers = [len(text[:m.start()].split()) for m in ADDRESS.finditer(text)]
    return any(abs(n - r) <= MAX_PROMPT_GAP for n in nouns for r in readers)


def _points_at_a_link(text: str) -> bool:
    """A sentence that sends the reader to a link the dump has lost (HERE_POINTER)."""
    if any(q in text for q in QUOTES):
        return False
    return bool(HERE_POINTER.search(text) or CLICK_HERE_AT_END.search(text)) or bool(
        HERE_AT_END.search(text) and (BIDDING.match(text) or POINTER_VERB.search(text) and ADDRESS.search(text))
        or BIDDING.match(text) and OUR.search(text) and HERE.search(text))


# A link to another story glued to the end of a paragraph's sentence, in capitals as the sites print it: "... in
# Mindanao. (READ: Martial Law 101: Things you should know)", "(ALSO READ: ...)", "(WATCH: ...)". Lower-case, "(read:
# ...)" may be a writer's own aside.
READ_LINK = re.compile(r"(?<=[.!?\"”’])\s+\((?:ALSO READ|READ MORE|READ|WATCH|LISTEN|SERVICE)\s?:\s?[^()]{3,150}\)$"
                       r"|(?<=[.!?\"”’])\s\([^()]{3,60} im TICKER\)$"  # round 95's: "(Das Spiel ... im TICKER)"
                       r"|(?<=[.!?\"”’])\s\((?:LO|LA|IL|LE|GLI|I) [A-ZÀ-Ù' ]{3,40}\)$"  # round 97's: "(LO SPECIALE)"
                       r"|(?<=[.!?\"”’])\s+\(Read more [\w' -]{2,40} stories\.?\)$")  # round 87's, Newser's
# Or a bid to click for the full text, in brackets after the sentence (the sentence's stop may be missing): "... del
# comunicato (Clicca qui per leggere la versione integrale sul sito del Real)". Clicking is never a sentence's aside.
CLICK_LINK = re.compile(r"\s+\((?i:clicca qui|clicca qua|click here|cliquez ici|haga clic aquí|haz clic aquí|"
                        r"clique aqui|continua a leggere)\b[^()]{3,150}\)$"  # "(Continua a leggere dopo la foto)"
                        # round 77's: a feed's "(Read Full Article)" after the excerpt's last stop
                        r"|(?<=[.!?\"”’])\s\((?:Read|READ) (?:the )?(?:Full|full|FULL) "
                        r"(?:Article|article|Story|story)\)$")
# A video blurb's stamp ("... en Sonora. (Publicado hace 14 minutos)"); hashtags after the stop ("... for the party.
# #Example #SNP"); the AP's rights notice after every caption of a gallery ("(AP Foto/Jane Roe) Copyright 2023 The
# Associated Press. All rights reserved").
VIDEO_STAMP = re.compile(r"\s\(Publicado (?:hace \d{1,3} (?:minutos?|horas?|días?)|[^()]{5,40}\d{4})\)$")
# Round 95's: Reuters' codes of the stories a paragraph draws on, after its stop ("... on Tuesday. [nL3N26L0UG]").
REUTERS_CODE = re.compile(r"(?<=[.!?\"”’])\s\[n[A-Z0-9]{8,12}\]$")
TAGS_OR_RIGHTS = re.compile(r"(?<=[.!?\"”’])(?:\s#\w+){2,}$"
                            r"|\sCopyright \d{4} The Associated Press\. All rights reserved\.?$")
# A caption's button to show the rest, after its stop: "... mandag ettermiddag. Vis mer" (Aftenposten).
SHOW_MORE = re.compile(r"(?<=[.!?\"”’)])\s(?:Vis mer|Vis mere|Visa mer|Näytä lisää|Show more|Mehr anzeigen|"
                       r"Afficher plus|(?:Read|See) the full (?:story|article|report) here\.?"
                       r"|Tekst gaat verder onder de video\.?|Siga leyendo aquí\.?)$"
                       r"|\s[-–—]\s?READ MORE$|(?<=[.!?])Full Article$"  # "... – READ MORE", "....Full Article"
                       r"|(?<=[.!?\"”’])\s(?:[Rr]ead more|Continue reading)$"  # round 77's feeds' excerpts
                       r"|(?<=\w)(?:\.{3}|…)more$"  # round 91's: a gallery caption's cut, "... one of my...more"
                       # round 92's: Italian and Romanian bids to read on, a Dutch caption's button to enlarge it
                       r"|(?<=[.!?\"”’])\s(?:LEGGI LA NOTIZIA|Leggi la notizia)$"
                       r"|(?:\.{3}|…)\s(?i:citeste|citește) mai mult$"
                       r"|(?<=[.!?)])\svergroot$|(?<=[.!?\"”’])\s(?:Lue lisää|More here)$"  # round 93's
                       r"|(?<=[.!?\"”’])\s(?:Segui|Leggi|Clicca)\b[^.!?]{3,120}\bcliccando qui\.?$"  # round 94's
                       r"|(?<=[.!?\"”’])\sLees hier (?:het|de) (?:verslag|artikel|interview)\.?$"  # round 95's
                       r"|\s?👓 View full article$"  # round 98's, an aggregator's (its glasses say it)
                       r"|(?<=[.!?\"”’])\s(?:Anzeige|weiterlesen)$")  # round 116's: an ad's mark, a teaser's link
SHOW_MORE_ENDS = ("mer", "mere", "lisää", "more", "anzeigen", "plus", "MORE", "here", "here.", "video", "video.",
                  "aquí", "aquí.", "Article", "reading", "NOTIZIA", "notizia", "mult", "vergroot", "qui", "qui.",
                  "verslag.", "artikel.", "interview.", "verslag", "artikel", "interview", "article", "Anzeige",
                  "weiterlesen")
# Round 80's: a Romanian aggregator's pointer at the rest, run into the excerpt's last words ("... cea mai probabila…
# Citeste articolul mai departe pe agerpres.ro…"), and a share bar's count run into the last sentence ("... surse
# politice. 1 SHARES Share Tweet"); a pointer at the TV report or the site (rounds 96-97: "... Veja mais na reportagem
# do Fantástico.", "... Lea más noticias en www.example.com"), zazoom's at its source and a link to another story
# (round 119's "... 🔗 Leggi su Example.it", "... Lea aquí: <its headline>"). Read only on a line holding one of
# MORE_ON_SITE_WORDS: these end on any name.
MORE_ON_SITE = re.compile(r"\s(?:\.{3}|…)?\s?(?i:citeste) (?:articolul )?mai departe\b.{0,250}\bpe "
                          r"[\w.-]+\.[a-z]{2,}\s?(?:…|\.{3})?$"
                          r"|(?<=[.!?\"”’])\s\d+ SHARES Share Tweet$"
                          r"|(?<=[.!?\"”’])\sVeja mais na reportagem d[oa] [\w ]{2,30}\.?$"
                          r"|(?<=[.!?])\sLea más noticias en (?:www\.)?[\w.-]+\.[a-z]{2,}$"
                          r"|\s🔗\s?Leggi su [\w.-]+\.[a-z]{2,}$|(?<=[.!?])\sLea aquí:\s.{5,150}$")
MORE_ON_SITE_WORDS = ("mai departe", "SHARES", "Veja mais na reportagem", "Lea más noticias en", "Leggi su",
                      "Lea aquí:")


def glued_tail(line: str) -> str:
    """The chrome glued to the end of the line (a link, a button, a video's stamp, hashtags, a rights notice), with
    the space before it, or "". The line's last characters choose the patterns to read: most lines end in none."""
    if line.endswith(")"):
        match = READ_LINK.search(line) or CLICK_LINK.search(line) or VIDEO_STAMP.search(line)
    elif line.endswith("]"):
        match = REUTERS_CODE.search(line)
    elif "#" in line or line.endswith(("reserved", "reserved.")):
        match = TAGS_OR_RIGHTS.search(line)
    else:
        match = SHOW_MORE.search(line) if line.endswith(SHOW_MORE_ENDS) else None
        if match is None and any(word in line for word in MORE_ON_SITE_WORDS):
            match = MORE_ON_SITE.search(line)
    return line[match.start():] if match else ""
