"""A page's widgets and desks' marks left in the text, each a shape no line of an article has: a view counter, a
network's handle in brackets, a wire photo's slug and a wire editor's note, a gallery's copy of its caption, a slider's
settings, a radio player's title, a review's stars, a video player's card, a cookie plugin's, a safety update's, an ad
blocker's and embeds' consent notices, sites' own notices and follow prompts. Read by the chrome step
(flows/stages/chrome.py), grouped as WIDGET_SHAPES (short lines), WIDGET_NOTICES (lines of any length) and HEAD_WIDGETS
(over the article only: in a body the same line is the article's), each group one pattern; each came from a round of
real pages (docs/real-pages.md, the fortieth round on), the later ones in blocks by round. The desks' credits the rounds
found with their widgets stand in those blocks too; flows/stages/desks.py reads them with its own into one pattern,
DESK_CREDITS."""

from __future__ import annotations

import re

from flows.stages.dates import AGGREGATOR_STAMP

# Widgets on a short line of their own: a page's view counter ("699 Visite", "1,204 views"), a network's handle
# alone in brackets ("(@ExampleNews)"; bare, "@JaneRoe" is a writer's byline, a credit).
VIEW_COUNT = re.compile(r"^\d[\d.,]*\s(?i:visite|views|visualizzazioni|aufrufe|vues|visitas|visualizações|weergaven)$")
HANDLE_ALONE = re.compile(r"^\(@\w{2,30}\)$")
# A wire photo's slug, four words in capitals or more ("FILES-CANADA-POLITICS-VIRUS-HEALTH-TRUDEAU"); an editor's
# note on a wire story ("(ATTN: UPDATES with Lee's concession)").
PHOTO_SLUG = re.compile(r"^[A-Z]{3,}(?:-[A-Z]{2,}){3,7}$")
EDITORS_NOTE = re.compile(r"^\(ATTN: .{2,120}\)$")
# A radio site's player over the page: "On Air: GW Presents American Jazz".
ON_AIR = re.compile(r"^on air:\s\S.{0,60}$", re.I)
# A review's stars alone: in the body, between its text and its venue; over the article the lead takes them for a
# label (flows/stages/lead.py), which goes.
STARS = re.compile(r"^[★☆]{1,5}$")
# A rating's stars as their images' alt text, its score first: "3 star star star star star" (Le Vif's reviews), no
# line of an article anywhere.
STARS_ALT_TEXT = re.compile(r"^\d(?:[.,]5)? (?:star|étoile|stern|ster|estrella)(?: (?:star|étoile|stern|ster|estrella))"
                            r"{2,4}$")
# A slider's settings left in the text (`widget_settings`): its layout's words, and how many words make one.
LAYOUT_WORDS = frozenset("arrow arrows bullet bullets horizontal vertical autoplay".split())
MIN_WIDGET_WORDS = 8

# Notices of any length: a gallery's copy of the caption, its counter first, as Globo's sites print it ("1 de 1
# <caption> — Foto: Jane Roe"); WordPress's cookie plugin's ("This website uses cookies so that we can provide you
# with ..."); Gannett's note on a free safety update ("To provide our community with important public safety
# information, ..."); welt.de's consent box for embeds ("Um eingebettete Inhalte anzuzeigen, ist deine widerrufliche
# Einwilligung ...").
GALLERY_COPY = re.compile(r"^\d{1,3} de \d{1,3} .{10,400} — Foto: .{2,80}$")
COOKIE_PLUGIN = re.compile(r"^this website uses cookies so that we can provide you with the best user\b", re.I)
FREE_UPDATE = re.compile(r"^to provide our community with important public safety information\b", re.I)
# An ad blocker's notice ("Vous utilisez un bloqueur de publicité. ..."), Radio France's cookie box for embeds ("Ces
# cookies permettent de partager ou réagir ..."), Le Vif's embed its cookies blocked ("L'affichage de ce contenu ...").
ADBLOCK_NOTICE = re.compile(r"^(?:vous utilisez un bloqueur de publicités?|you(?:'re| are) using an ad ?blocker|"
                            r"sie (?:verwenden|nutzen) einen ad-?blocker)\b", re.I)
# A site's own notices over its text: TheJournal.ie's cookie notice, Sky's player note, a Danish paper's audio offer and
# its consent request, a Nordic paper's follow prompt ("Følg Dagsavisen Oslo på Facebook!"), DW's banner for its new
# site ("Take a look at the beta version of dw.com. We're not done yet! ...").
SITE_NOTICE = re.compile(r"^(?:this site uses cookies to improve your experience\b"
                         r"|please use chrome browser for a more accessible video player\b"
                         r"|vil du lytte til artiklen\?|hov, giv os lov at afspille artiklen\b"
                         r"|(?:følg|följ) .{2,40} på (?:facebook|instagram|twitter)!?$"
                         r"|take a look at the beta version of [\w.-]+\. we're not done yet\b)", re.I)
PLAY_VIDEO = re.compile(r"^click to play video: \S", re.I)  # Global News's player: "Click to play video: '...'"
# A reader's notes in brackets, as Indian sites close a story: the app's ("(If you are viewing this on The Example
# app, click this link ...)"), the site's pitch ("(For all the latest News, ... visit Example Journal. Also, follow
# us on ...)"), a story reposted from the archive ("(This story was first published on 10 July 2018. It has been
# reposted ...)"); a Polish site's rights notice on its pictures ("Kopiowanie i rozpowszechnianie zdjęć bez zgody
# autora zabronione.").
READER_NOTE = re.compile(r"^\((?:if you are (?:viewing|reading) this (?:\w+ )?on (?:the |our )?.{2,40}?app\b"
                         r"|for (?:all )?the latest\b.{5,200}?\b(?:visit|follow us)\b"
                         r"|this (?:story|article) was (?:first|originally) published on .{4,40}?\. "
                         r"it has been (?:re-?posted|republished)\b)", re.I)
PHOTO_RIGHTS = re.compile(r"^kopiowanie(?: i rozpowszechnianie)? (?:zdjęć|materiałów|treści)\b.{0,40}"
                          r"\bbez (?:zgody|zezwolenia)\b.{0,40}\bzabronione\.?$", re.I)
SOCIAL_COOKIES = re.compile(r"^ces cookies permettent de partager ou réagir directement\b|^(?:voir le contenu )?"
                            r"l['’]affichage de ce contenu a été bloqué pour respecter vos choix\b", re.I)
EMBED_CONSENT = re.compile(r"^um eingebettete inhalte anzuzeigen, ist (?:deine|ihre) widerrufliche\b", re.I)

# Marks a page's template left on a line of their own: its hashtags ("#asteroid #space"), an editor's empty tag
# ('<span data-mce-type="bookmark" ...></span>'); boxes' headings ("Recommended on Example News").
# A site's skip links and its way home ("Jump to main navigationJump to main content", "Go to the Example homepage"),
# in French, German, Spanish and Italian with the contrast buttons after them ("Aller au contenu principal Activer le
# contraste adapté..."); mid-day's pitch ("Catch up on all the latest ... news here. Also download ...").
SKIP_LINKS = re.compile(r"^(?:\d\.\s)?(?:(?:jump|skip) to (?:the )?(?:main )?(?:navigation|content|search|footer)\s?)"
                        r"{1,4}$"
                        r"|^go to (?:the )?[\w .&'’-]{2,40} homepage$"
                        r"|^(?:aller|passer) au contenu(?: principal)?\b.{0,120}$|^(?:direkt )?zum inhalt springen\b"
                        r".{0,80}$|^(?:saltar|ir) al contenido(?: principal)?\b.{0,80}$|^vai al contenuto\b.{0,80}$",
                        re.I)
# A live page's refresh note ("+++ Please refresh (F5) for the latest +++"), bracketed bids ("[SIGN UP: Example Daily
# Headlines Newsletter]", "[DOWNLOAD: Free Example News app ...]"), a site's thanks for reading.
REFRESH_NOTE = re.compile(r"^\+{2,3}\s?please refresh\b.{0,40}$|^aby odświeżyć stronę\b.{0,60}$"
                          r"|^\[actualiza (?:la )?informaci[oó]n\b[^\]]{0,60}\]$", re.I)  # "[ACTUALIZA LA INFORMACIÓN]"
# A player's own text: its duration ("Time : 2 mn 26 / [1]"), its notice said twice, a video's credit ("Video Credit:
# Example News - Published"); a link behind a bar ("READ | Council backs the bridge"); a bid for comments after a
# question to the reader ("What do you expect from the new phone? Let us know in the comments.").
PLAYER_TIME = re.compile(r"^time\s?:\s?\d{1,2} mn \d{1,2}\b.{0,12}$", re.I)
BROWSER_TWICE = re.compile(r"^(?:your browser does not support the (?:audio|video) element\.?\s*){2,3}$", re.I)
VIDEO_CREDIT = re.compile(r"^video credit:\s?\S.{1,60}$", re.I)
# in capitals, as the sites print it ("Read | Write" is a list); and round 72's "IN PICTURES | ..."
BAR_LINK = re.compile(r"^(?:READ|ALSO READ|IN PICTURES|WATCH)\s?\|\s?\S.{3,150}$")
COMMENTS_BID = re.compile(r"^.{0,160}\blet us know (?:in the comments|what you think)\b.{0,30}$", re.I)
BRACKETED_BID = re.compile(r"^\[(?:sign up|download|subscribe|read more|watch|related)\s?:\s?[^\[\]]{3,100}\]$", re.I)
THANKS_FOR_READING = re.compile(r"^thank you for (?:taking the time to )?read(?:ing)? (?:this|our|the) "
                                r"(?:article|story)\b", re.I)
CATCH_UP = re.compile(r"^catch up on all the latest\b.{5,120}\bnews here\b", re.I)
# A breadcrumb by angle marks ("International › APA"), a press release's number ("Nr. 2153"), a playlist's video
# with its length ("Fence goes up around the old church 0:45"; a time of day has its "at" or "um" before it).
ANGLE_CRUMB = re.compile(r"^[\w&'’ -]{2,30}(?:\s›\s[\w&'’ -]{2,30}){1,4}$")
PRESS_NUMBER = re.compile(r"^Nr\.\s?\d{1,5}$")
VIDEO_ITEM = re.compile(r"^(?!.*\b(?:at|um|à|a las|alle|às|om|by|from|until|to|tonight|today|tomorrow|heute|ce soir)"
                        r"\s\d)(?:\S+\s){4,}\d:\d{2}$", re.I)  # a playlist's video runs minutes, not hours
HASHTAGS = re.compile(r"^#\w+(?:\s+#\w+)+$")
# Radio France's audio player: its title, its length and its station ("Le détail du verdict par Jane Roe 2 min France
# Culture").
RADIO_PLAYER = re.compile(r"^.{5,150}\s\d{1,3} min "
                          r"(?:France (?:Culture|Inter|Info|Bleu|Musique)|franceinfo|FIP|Mouv')$")
# A weather box's temperatures alone ("20°C / 22°C", "-3° | 4°"); a sentence gives its temperature in words around it.
WEATHER = re.compile(r"^-?\d{1,2}\s?°\s?[CF]?(?:\s?[/|–-]\s?-?\d{1,2}\s?°\s?[CF]?){1,3}$")
# A tip box's bid, as Nordic papers print it ("Ved du noget? Tip os på 1224", "Har du tips? Kontakt oss"): a
# question to the reader and a bid to tip the desk.
TIP_BOX = re.compile(r"^(?:ved du noget|vet du noe|vet du något|har du (?:et )?tips|tiedätkö\b.{0,20})\?\s?"
                     r"(?:tip|tips|tipsa|vinkkaa|kontakt|kontakta|ring|skriv)\b.{0,80}$", re.I)
EMPTY_TAG = re.compile(r"^(?:</?(?:span|div|p|a|img|iframe|br|noscript|figure|video|source|embed)\b[^<>]*>\s*)+$")
RECOMMENDED_ON = re.compile(r"^recommended on [\w .'’-]{2,30}$", re.I)
# McClatchy's subscription offer ("Sign up today for unlimited digital access to our website, ..."); a newsletter's
# box run into one line, from its pitch to its privacy notice ("For free real time breaking news alerts ... sign up
# to our breaking news emails ... Read our privacy notice ..."); a share box's e-mail form ("Share Email this article
# to a friend To send a link to this page you must be logged in.").
UNLIMITED_ACCESS = re.compile(r"^(?:sign up|subscribe)(?: today| now)? for unlimited (?:digital )?access\b", re.I)
NEWSLETTER_BOX = re.compile(r"^.{0,120}\bsign up to our (?:free )?[\w ]{0,30}\b(?:e-?mails?|newsletters?)\b"
                            r".{0,300}\bprivacy (?:notice|policy)\b", re.I)
EMAIL_TO_FRIEND = re.compile(r"^(?:share )?e-?mail this (?:article|story) to a friend\b.{0,80}$", re.I)


# Round 58's: Radio SRF's video box ("00:52 Video <its title> Aus Tokyo 2020 Clips vom 01.08.2021. abspielen"), the
# Finnish police's press-release stamp ("Tiedote 2.1.2023 | Poliisi", "Example Oy 10.10.2018 13:00 | Tiedote"), a
# channel's label and its bullet ("Outre-mer la 1ère •"), a paywall's "SVZ+ Nutzer", a Spanish widget's error
# ("Left6:No existe configuración").
SRF_VIDEO = re.compile(r"^\d{1,2}:\d{2} Video .{5,200} abspielen$")
PRESS_RELEASE_STAMP = re.compile(r"^Tiedote \d{1,2}\.\d{1,2}\.\d{4}(?: (?:klo )?\d{1,2}[.:]\d{2})?"
                                 r"(?: \| [\w .-]{2,40})?$"
                                 r"|^[\w .-]{2,60} \d{1,2}\.\d{1,2}\.\d{4} \d{1,2}[.:]\d{2} \| Tiedote$")
CHANNEL_BULLET = re.compile(r"^[\w'’ -]{2,30}\s•$")
PLUS_USERS = re.compile(r"^[A-Z]{2,6}\+ ?(?:Nutzer|Abonnenten|Abo)$")
WIDGET_ERROR = re.compile(r"^\S{1,20}:\s?No existe configuración\b.{0,40}$")
# A pointer at an embed the dump has lost, its colon last ("Δείτε το Tweet από το 112:", "Regardez le reportage
# d'Outre-mer la 1ère :"); an opinion page's note ("(The views expressed by the author in the article are his/her
# own.)"); a comment form's moderation note; a Nordic newsletter's bid ("Få nyhetsbrev fra Example. Meld deg på her !").
LOST_EMBED_POINTER = re.compile(r"^(?=.*\b(?:δείτε|see|watch|regardez|mira|guarda|schauen sie sich|sehen sie|podívejte|"
                           r"podívat|pozrite)\b).{0,80}\b(?:tweet|post|video|vidéo|vídeo|βίντεο|reportage|ανάρτηση|"
                           r"přenos|prenos)\b.{0,50}:$", re.I)  # "Na přímý přenos ... se můžete podívat zde:"
VIEWS_OWN = re.compile(r"^\(?the views expressed (?:by the (?:author|writer)s? )?(?:in (?:this|the) (?:article|column|"
                       r"piece) )?are (?:his|her|his/her|their|the author's|the writer's) own\b.{0,80}$", re.I)
COMMENT_MODERATION = re.compile(r"^thanks for taking the time to comment\.\s.{0,40}\bcomments? (?:are|is) moderated\b"
                                r".{0,150}$", re.I)
NORDIC_NEWSLETTER = re.compile(r"^(?:få|motta|meld deg på|tilmeld dig|få vores|prenumerera på|anmäl dig till)\b.{0,40}"
                               r"\bnyhets(?:brev|breve)\b.{0,80}$", re.I)
# A German regional byline of a network's desk and its writers' initials ("Von RND/mkr/fw/dpa"), a photographer's
# handle with a name ("@Jane Roe"), an Italian byline with its day ("di Jane 4 Novembre 2021").
DESK_INITIALS = re.compile(r"^(?i:von) [A-Z]{2,5}(?:/[a-zA-Z]{1,5}){1,5}$")
HANDLE_NAME = re.compile(r"^@[A-Z][\w'’-]+ [A-Z][\w'’-]+$")
BYLINE_DAY = re.compile(r"^di [A-Z][\w'’]+(?: [A-Z][\w'’]+){0,2} \d{1,2} (?i:gennaio|febbraio|marzo|aprile|maggio|"
                        r"giugno|luglio|agosto|settembre|ottobre|novembre|dicembre) \d{4}$")

# Round 59's: an aggregator's source and its day with empty brackets ("Example? Monday, 6 April 2020 ()"; round 75's:
# the day alone, "Thursday, 14 May 2020 ()") or its age and wire ("Blic pre 1 sat | Tanjug"), a picture's file name
# ("JaneRoe - Cropped"), Bild's byline in lower case ("Von: jane roe und john doe (z.zt. in budapest)").
AGGREGATOR_DAY = re.compile(rf"^(?:.{{2,40}}? )?{AGGREGATOR_STAMP}$")
AGGREGATOR_AGE = re.compile(r"^[\w .-]{2,30} pre \d{1,2} (?:sat|sata|sati|minut|minuta|dan|dana) \| [\w .-]{2,30}$")
FILE_CROPPED = re.compile(r"^\S{3,40} - Cropped$")
VON_LOWER = re.compile(r"^(?i:von): [\w'’-]+ [\w'’-]+(?: (?:und|&) [\w'’-]+ [\w'’-]+){0,3}"
                       r"(?: \((?i:z\.\s?zt\.|zzt\.) in [^()]{2,30}\))?$")

# Round 60's: a live page's update mark between plus signs ("+++ Update +++"), an Italian feed's footer ("L'articolo
# ... sembra essere il ...", "L'articolo ... proviene da ..."), a byline's or a section's tag with its semicolon over
# the headline ("Jane Roe;", "oktatás;": over the article only, with the radio's player, HEAD_WIDGETS; in a body such a
# line opens a list, "Tales como;"). France Bleu's place line ("Example-le-Bourg, France") over the article stays:
# it may be a dateline (its tag under the standfirst goes, flows/stages/positions.py).
PLUS_MARK = re.compile(r"^\+{2,3}\s?(?i:update|eilmeldung|breaking|neu|aktualisiert)\s?\+{2,3}$")
FEED_FOOTER = re.compile(r"^L'articolo\b.{0,200}\b(?:sembra essere il|proviene da)\b.{0,100}$|^L'articolo \.$")
SEMICOLON_TAG = re.compile(r"^[\w'’.-]+(?: [\w'’.-]+){0,2};$")

# Round 61's: a Portuguese relative stamp ("Há 1h e 27min"), Lusa's credit with its initials ("Agência Lusa , MJC"), a
# wire's French update note ("(Actualisé avec De Croo chargé de former le gouvernement)"), a section and its reading
# time ("International 9 min."), a story's other reporters ("- with reporting from Jane Roe"), an aggregator's note
# on its video ("The Example Times published this video item, entitled ... - below is their description."), a
# player's "Showing Now | News", HLN's time and comment count ("08u19 16"), DPG Media's consent notice for
# embeds ("Onze excuses Helaas kunnen wij deze social post ... niet tonen ..."), a pointer at live results.
AGO_PT = re.compile(r"^há \d{1,2}\s?(?:h|min)(?: e \d{1,2}\s?min)?$", re.I)
SHORT_AGO = re.compile(r"^\d{1,2}[mhd] ago$")  # the same in English, alone: "1h ago" (round 80's)
LUSA_INITIALS = re.compile(r"^(?:Agência )?Lusa\s?,\s?[A-Z]{2,4}$")
# With the Spanish wire's and a Portuguese site's (rounds 62 and 63): "(Actualisé avec ...)", "Actualiza con ... ///",
# "(Notícia atualizada às 20h50)".
UPDATE_NOTES = re.compile(r"^\((?:actualisé|mise à jour|ajoute|ajout)\b[^()]{2,150}\)$"
                          r"|^(?:actualiza|agrega|añade|amplía) con .{3,100}/{2,3}$"
                          r"|^\((?:notícia|artigo|texto|matéria) atualizad[oa] (?:às|em) [^()]{2,40}\)$", re.I)
SECTION_READING = re.compile(r"^[A-ZÀ-Ý][\w-]{2,20} \d{1,2} min\.?$")
WITH_REPORTING = re.compile(r"^[-–—(]?\s?(?i:with (?:additional )?reporting (?:from|by)) [A-Z][^.()]{2,80}\)?$")
VIDEO_ITEM_NOTE = re.compile(r"^The [\w .'’-]{2,40} published this video item\b.{0,300}"
                             r"\bbelow is their description\.?$")
SHOWING_NOW = re.compile(r"^Showing Now(?: \| [\w ]{2,20})?$")
FLEMISH_TIME_COUNT = re.compile(r"^\d{2}u\d{2} \d{1,4}$")
DPG_EMBED_NOTICE = re.compile(r"^onze excuses,? helaas kunnen wij deze (?:social post|video|inhoud)\b", re.I)
RESULTS_HERE = re.compile(r"^[-–—]\s?full (?:live )?(?:results|coverage|story) here\.?$", re.I)
# A police or fire service's name over a press release's headline ("Polizeipräsidium Stuttgart" over "POL-S: ..."):
# chrome over the article only (HEAD_WIDGETS); in a body it names who is speaking.
PRESS_OFFICE = re.compile(r"^(?:Polizeipräsidium|Polizeidirektion|Polizeiinspektion|Kreispolizeibehörde|Feuerwehr|"
                          r"Staatsanwaltschaft|Landeskriminalamt|Bundespolizeidirektion|Bundespolizeiinspektion|"
                          r"Hauptzollamt)(?: [A-ZÄÖÜ][\w.-]+){1,3}$")

# Round 62's: a Norwegian stamp of how new the page is ("Publisert Publisert Nå nettopp"), a related story's headline
# in spaced brackets ("[ Jane Roe blir advart - nå svarer politiet ]"; "[Editor's note: ...]" is the article's), the
# AP's credit to a member paper ("Information from: Example Missourian"), a TV station's app bid ("For local, national,
# and breaking news, ... download our FREE mobile app ..."), a Spanish wire's update note ("Actualiza con conteo
# oficial de votos ///"), a link to the story in another language ("Lee esta historia en español.").
NEW_STAMP_NO = re.compile(r"^(?:Publisert|Oppdatert)(?: (?:Publisert|Oppdatert))* (?:Nå nettopp|for \d{1,2} "
                          r"(?:minutter|minutt|timer|time) siden)$")
SPACED_BRACKET_LINK = re.compile(r"^\[ [^\[\]]{10,150} \]$")
INFORMATION_FROM = re.compile(r"^Information from: [A-Z][\w .&'’-]{2,60}$")
APP_BID = re.compile(r"^for (?:local|the latest)\b.{0,80}\bdownload our (?:free )?(?:mobile )?app\b.{0,80}$", re.I)
OTHER_LANGUAGE = re.compile(r"^(?:lee esta (?:historia|nota|noticia) en (?:español|inglés)|read this (?:story|article) "
                            r"in (?:english|spanish))\.?$", re.I)

# Round 63's: Reuters' French credits without "Avec" ("(Jane Roe version française John Doe)"), a Portuguese update
# note ("(Notícia atualizada às 20h50)"), a link's bid ("Veja AQUI como tudo aconteceu ..."), a wire's contributor
# ("Contributed by NAMPA / AFP."), the GLP's curation note, a YouTube video's bid ("» Subscribe to MSNBC:"), a
# gallery's counter ("1 / 4").
FRENCH_VERSION = re.compile(r"^\([^()]{2,60} version française [^()]{2,60}\)$")
HERE_BID_PT = re.compile(r"^(?:veja|leia|saiba|confira) (?:aqui|a galeria|o vídeo|as imagens|as fotos)\b.{0,100}$",
                         re.I)
CONTRIBUTED_BY = re.compile(r"^Contributed by [A-Z][\w /.&-]{1,40}\.?$")
GLP_NOTE = re.compile(r"^this article or excerpt is included in the glp's daily curated selection\b", re.I)
SUBSCRIBE_BID = re.compile(r"^»\s?subscribe to [\w .&-]{2,30}:?$", re.I)
GALLERY_OF = re.compile(r"^\d{1,2} / \d{1,2}$")

# Round 64's: a video's credit ("Video by Example Police"), ITV's podcast bid, a video desk's credit ("Sunday World
# Video Team"), a Portuguese subscription pitch ("ASSINE AQUI E GANHE ..."), a follow bid ("Siga o @example no
# Instagram (clique aqui)").
VIDEO_BY = re.compile(r"^Video by [A-Z][\w .'’&-]{2,50}$")
PODCAST_BID = re.compile(r"^want a quick and expert briefing on the biggest news stories\?", re.I)
VIDEO_TEAM = re.compile(r"^[A-Z][\w .'’-]{2,30} Video Team$")
SUBSCRIBE_PT = re.compile(r"^assine aqui\b.{0,300}$", re.I)
FOLLOW_BID_PT = re.compile(r"^siga (?:o |a )?@?[\w.]{2,30} no (?:instagram|twitter|facebook|tiktok)\b.{0,40}$", re.I)

# Round 65's: video and photo reports' credits, a picture via a club ("(Getty via Example Fc)"), the WSJ's "Write to
# Jane Roe at ...", a pointer at the full text's link ("L'intervento completo è disponibile a questo link.").
MEDIA_CREDIT = re.compile(r"^(?:Video journalist|Reportaje fotográfico|Reportagem fotográfica)\s?:\s?"
                          r"[A-Z][\w .'’-]{2,50}$")
VIA_CLUB = re.compile(r"^\((?:Getty|Getty Images|AP|AFP|Reuters|LaPresse) via [\w .&'’-]{2,40}\)$")
WRITE_TO = re.compile(r"^Write to [A-Z][\w .'’-]{2,60} at \S+$")
AT_THIS_LINK = re.compile(r"^.{0,80}\b(?:è disponibile a questo link|is available at this link|"
                          r"est disponible sur ce lien|está disponible en este enlace|(?:môžete )?sledovať na tomto "
                          r"odkaze|(?:můžete )?sledovat na tomto odkazu)\.?$", re.I)  # and round 70's Slovak and Czech

# Round 66's: a Romanian aggregator's read-on link ("... citeste toata stirea", "Citeste articolul mai departe pe
# example.ro..."), a live blog's post count ("18 Posts"), MTV Uutiset's note on readers' pictures, RTBF's related link
# after its arrows ("►►► <headline>"). A TV report's writers by their initials ("J. Roe, J.Doe, A-M Roe") are
# flows/stages/credits.py's BYLINE_LIST.
READ_ON_RO = re.compile(r"^(?:\.{3}\s?)?citeste (?:toata stirea|articolul mai departe pe \S+?)\.*$", re.I)
POST_COUNT = re.compile(r"^\d{1,4} Posts$")
READER_PICTURES_FI = re.compile(r"^MTV Uutiset julkaisee lukijoiden uutiskuvia\b")
ARROWS_LINK = re.compile(r"^►{2,3}\s?\S.{5,150}$")

# Round 67's: a TV station's credit under its picture ("(NBC12)", "(WSB-TV)"), Aftenposten's stamp with its update
# ("2. nov. 2022 03:13 Sist oppdatert nå nettopp"), MTV Uutiset's video box ("2:35 <its title> – katso koko vastaus
# videolta."), Siol's heat meter, Zazoom's bid to follow a topic's updates and videos, a text-and-picture credit
# ("Tekst i foto: Example.com").
STATION_CREDIT = re.compile(r"^\((?:NBC|CBS|ABC|FOX|CW|[KW][A-Z]{2,3})(?:[ -]?TV)?\d{0,2}\)$")
UPDATED_STAMP_NO = re.compile(r"^\d{1,2}\. [a-zæøå]{3,5}\.? \d{4} \d{1,2}[:.]\d{2} Sist oppdatert "
                              r"(?:nå nettopp|(?:for )?\d{1,2} (?:minutter|minutt|timer|time|dager|dag) siden"
                              r"|\d{1,2}\. [a-zæøå]{3,5}\.? \d{4}"
                              r"(?: \d{1,2}[:.]\d{2})?)$")
VIDEO_BOX_FI = re.compile(r"^\d{1,2}:\d{2}\s.{5,250}\s(?:katso|katsokaa|kuuntele)\b.{0,40}\bvideolta\.?$", re.I)
HEAT_METER_SI = re.compile(r"^termometer prikaže, kako vroč je članek\b.{0,150}$", re.I)
FOLLOW_UPDATES_IT = re.compile(r"^.{0,80}\bsegui gli (?:ultimi )?aggiornamenti e vedi gli ultimi video su\b.{0,80}$",
                               re.I)
TEXT_AND_PHOTO = re.compile(r"^(?i:tekst i foto|tekst in foto|text a foto|text und fotos?|texte et photos?|"
                            r"text and photos?|texto y fotos?|texto e fotos?|testo e foto)\s?:\s?\S.{1,50}$")

# Round 68's: TheJournal's weather strip ("Dublin: -1 °C Thursday 1 March, 2018") and its age, views and comments ("12
# hours ago 29,575 Views 14 Comments", or "No Comments"), the Star's stamp run into its reading time ("Tue., June 8,
# 20211 min. read"), the Lithuanian picture credit ("Jane Roe (VŽ) nuotr."), a podcast's credits with their names left
# out ("Reported by , hosted by . Produced by and ."), a cookie notice pointing at its preferences, RTL's bid to follow
# the night live (">> Suivez la soirée électorale en direct sur RTL et RTL.fr."), CTV's "More News from Canada", and
# over the article only a paper's section ("Australia news", HEAD_WIDGETS; in a body it may be a subhead).
WEATHER_STRIP = re.compile(r"^[A-Z][\w .'’-]{1,30}:\s?-?\d{1,2}\s?°\s?[CF]?\s.{0,40}$"  # round 94's: the date first
                           r"|^(?:[A-Z][a-z]+, )?[A-Z][a-z]+\.? \d{1,2}, \d{4}\s+-?\d{1,3}(?:\.\d)?\s?°\s?[CF]\b"
                           r".{0,40}$")
AGE_VIEWS_COMMENTS = re.compile(r"^\d\d? (?:minute|hour|day)s? ago [\d,.]+ views?(?: (?:[\d,.]+|no) comments?)?$", re.I)
STAMP_READ = re.compile(r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?, [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\s?\d{1,2} "
                        r"min\.? read$")
PICTURE_BY_LT = re.compile(r"^[A-ZĄČĘĖĮŠŲŪŽ][\w'’.-]+(?: [\w'’.()-]+){0,5} nuotr\.$")
EMPTY_CREDITS = re.compile(r"^(?i:reported|hosted|produced|presented|written|edited) by\s?[,.](?: .{0,150})?$")
COOKIE_PREFERENCES = re.compile(r"^.{0,80}\buses cookies\b.{0,250}\b(?:cookie preferences|cookie settings)\b.{0,300}$",
                                re.I)
FOLLOW_LIVE_FR = re.compile(r"^(?:>>\s?)?suivez (?:la|le|les|notre|toute la)\b.{0,80}\ben direct sur\b.{0,60}$", re.I)
MORE_NEWS_FROM = re.compile(r"^more (?:news|stories|videos) from [\w .'’-]{2,30}$", re.I)
SECTION_NEWS = re.compile(r"^(?:[A-Z][a-z]{2,15}|UK|US) news$")
BREAKING_FR = re.compile(r"^information de dernière minute, actualisations? en cours\.?$", re.I)  # Africanews

# Round 69's: a time alone with its zone ("19:24 CEST"), Boursorama's video source ("information fournie par AFP Video
# ..."), a pointer at lost links, rbb24's credits bar ("dpa/Jane Video: rbb24 | 25.11.2019 | Bild: dpa/Jane"), a Swiss
# agency and its writer ("SDA/sep"), a picture from a social account ("Imagen TW @example"), an Italian video agency,
# a syndicator's note, NU.nl's bid to follow a tag, a live ticker's mark (skip links are SKIP_LINKS', an author and
# category bar AUTHOR_LABEL's).
ZONED_TIME = re.compile(r"^\d{1,2}[:.]\d{2}\s?(?:CEST|CET|BST|GMT|UTC|EST|EDT|CST|CDT|PST|PDT|IST|AEST|AEDT|MEZ|MESZ)$")
SUPPLIED_BY = re.compile(r"^information fournie par (?:AFP|Reuters|AOF|Cercle Finance|Boursorama)\b.{0,40}$")
LOST_LINKS = re.compile(r"^weitere informationen finden sie (?:unter|in) (?:den )?(?:folgenden )?links?\s?:$", re.I)
RBB_BAR = re.compile(r"^.{0,40}\bVideo: [\w .-]{2,30} \| \d{1,2}\.\d{1,2}\.\d{4} \| Bild: .{2,40}$")
# and round 71's DW writer's initials with the agencies' ("AS/efe/ard")
AGENCY_WRITER = re.compile(r"^(?:SDA|ATS|APA|DPA|AFP|ANSA)/[a-z]{2,4}$|^[A-Z]{2,3}(?:/[a-z]{2,4}){2,3}$")
SOCIAL_PICTURE = re.compile(r"^(?:Imagen|Foto|Image|Photo) (?:TW|Twitter|IG|Instagram|FB|Facebook)\s?:?\s?@\w{2,30}$")
VIDEO_AGENCY_IT = re.compile(r"^video (?:agenzia )?(?:dire|ansa|lapresse|adnkronos|vista)$", re.I)
SYNDICATED_FROM = re.compile(r"^this (?:post|article|story) was syndicated from\b.{0,200}$", re.I)
FOLLOW_TAG_NL = re.compile(r"^volg de tag \S{2,40} volgen\b.{0,120}$", re.I)
TICKER_MARK = re.compile(r"^\+{2,3}\s?live-?ticker\b.{0,80}\+{2,3}$", re.I)

# Round 70's: Vocento's byline bar ("Jane Roe Madrid Lunes, 17 de agosto 2020, 15:00 | Actualizado 18:54h. Comenta
# Compartir"), a site's tags run together with semicolons ("protest;Parliament;fine;Jane Roe;..."), a live page's teaser
# of its latest entry with its "... read more" over the headline.
VOCENTO_BAR = re.compile(r"^.{2,80}, \d{1,2} de [a-zç]+ \d{4}, \d{1,2}:\d{2} \| Actualizado \d{1,2}:\d{2}h?\.?"
                         r"(?: Comenta)?(?: Compartir)?$")
TAG_RUN = re.compile(r"^[^;\s][^;]{1,40}(?:;[^;\s][^;]{1,40}){3,};?$")
TEASER_READ_MORE = re.compile(r"^.{10,250}(?:\.\.\.|…)\s?read more$", re.I)

# Round 71's: a Nordic read-more link ("Les mer om <topic> her."), HLN's video teaser ("KIJK. <its headline>"),
# ANSA's rights line, an Italian byline for another paper ("Jane Roe per La Stampa"), a Portuguese paywall, an
# aggregator's source ("Full story: Bangkok Post").
READ_MORE_NORDIC = re.compile(r"^(?:les mer|læs mere|läs mer|lue lisää)(?: om .{2,80})? (?:her|här|täältä)\.?$", re.I)
WATCH_TEASER_NL = re.compile(r"^KIJK\.\s\S.{5,150}$")
RIGHTS_ANSA = re.compile(r"^(?i:riproduzione riservata) © (?i:copyright) [A-Z]{3,12}$")
BYLINE_PER = re.compile(r"^[A-Z][\w'’]+ [A-Z][\w'’]+ per (?:La|Il|Lo|L'|I|Le) ?[A-Z][\w ]{2,25}$")
PAYWALL_PT = re.compile(r"^este artigo é exclusivo para (?:os nossos )?assinantes\b.{0,500}$", re.I)
FULL_STORY_AT = re.compile(r"^Full story\s?:\s?[A-Z][\w .'’&-]{2,40}$")

# Round 72's: the Herald's comment rules ("Comments & Moderation", "Readers' comments: You are personally liable ...",
# "Post moderation is undertaken ..."), a wire's byline desk ("Jane Roe and John Doe, PA Scotland Political Staff"), an
# app's bid ("Download The Example News App for Latest News."), Greek bylines in the genitive ("Της Jane Roe"), a
# Greek live link, Slovak gallery notes, a Czech licence line ("Licence | Všechna práva vyhrazena. ...").
MODERATION_RULES = re.compile(r"^(?:comments & moderation|readers'? comments: you are personally liable\b.{0,300}"
                              r"|post moderation is undertaken\b.{0,200})$", re.I)
WIRE_DESK_BYLINE = re.compile(r"^[A-Z][\w'’-]+ [A-Z][\w'’-]+(?: and [A-Z][\w'’-]+ [A-Z][\w'’-]+)?, "
                              r"(?:PA|AP|AFP|Reuters)(?: [A-Z][a-z]+){0,3} (?:Staff|Correspondents?|Reporters?)$")
DOWNLOAD_APP = re.compile(r"^(?:Download|DOWNLOAD) (?:[Tt]he |[Oo]ur )?[A-Z][\w .]{1,30}? (?:[Nn]ews )?[Aa]pp\b"
                          r".{0,60}$")
BYLINE_EL = re.compile(r"^(?:Της|Του|Των) [Α-ΩΆ-Ώ][^\W\d_]+(?: [Α-ΩΆ-Ώ][^\W\d_]+){1,2}$")
LIVE_LINK_EL = re.compile(r"^LIVE\s?:\s?.{5,150}[-–]\s?Συνεχής ενημέρωση$")
GALLERY_NOTE_SK = re.compile(r"^fotogaléria \d{1,3} fotiek v galérii$|^viac snímok\b.{0,80}\bv galérii\.?$", re.I)
LICENCE_CS = re.compile(r"^licence \| všechna práva vyhrazena\b.{0,200}$", re.I)

# Rounds 73's and 74's: a section and its day ("Italia | 21 Settembre 2020"), writers by a font-size control, an app's
# note, Télam's byline and age, Romanian follow bids and sources, an editor ("Edição: Jane Roe"), a feed's footer ("The
# post <headline> appeared first on Example."), JN's stamp and share button, the ABC's and DHA's credits.
SECTION_DAY = re.compile(r"^[A-ZÀ-Ý][\w ]{2,20} \| \d{1,2} [A-Za-zÀ-ÿ]+ \d{4}$")
WRITERS_FONT = re.compile(r"^[A-Z][\w'’]+(?: [A-Z][\w'’]+){0,2}(?: (?:e|y|and) [A-Z][\w'’]+ [A-Z][\w'’]+)? "
                          r"Tamanho do texto$")  # and round 75's site name alone: "Extra Tamanho do texto"
APP_TAP_HERE = re.compile(r"^if you(?:'re| are) viewing (?:this )?on the [\w ]{2,20} app, tap here\b.{0,40}$", re.I)
BYLINE_AGE_ES = re.compile(r"^POR [A-ZÁÉÍÓÚÑ ]{3,40} Hace \d{1,2} (?:hora|horas|minuto|minutos|día|días)$")
FOLLOW_BID_RO = re.compile(r"^(?:urmăre[șs]te .{2,40} pe canalul de social media preferat:?"
                           r"|fi[țt]i la curent cu ultimele nout[ăa][țt]i\b.{0,80}google news)$", re.I)
EDITOR_PT = re.compile(r"^Edição:\s?[A-Z][\w'’ ]{2,40}$")
SOURCE_RO = re.compile(r"^(?i:sursa articol)(?: (?i:si|și) (?i:foto))?:\s?\S{3,40}$")
POST_FOOTER = re.compile(r"^The post .{5,250} appeared first on [A-Z][\w .]{1,40}\.?$")
VIDEO_OF_THE_DAY = re.compile(r"^El vídeo del día [A-ZÁÉÍÓÚÑ¡¿].{5,150}$")
NEWSLETTER_SIGN_UP = re.compile(r"^sign up (?:of|for) the [\w ]{2,40} newsletter\b.{0,300}$", re.I)
STAMP_SHARE_PT = re.compile(r"^\d{1,2} [A-Za-zç]+ \d{4} às \d{1,2}:\d{2}(?:, atualizado às \d{1,2}:\d{2})? "
                            r"Facebook$")
AGENCY_SOURCE = re.compile(r"^(?:Reuters|AP|AFP|Supplied|ABC News)\s?:\s?[A-Z][\w .'’-]{2,40}$")
NEWS_CAMERA_TR = re.compile(r"^(?i:haber)(?:-| ve)? ?(?i:kamera)\s?:\s?\S.{2,60}$")


# Round 75's: Gannett's video card after its close button ("CLOSE <what the video shows> WTSP"), Cofina's tags ("Tópicos
# investigação corrupção buscas"), a Spanish live thread's note ("Mantenemos abierto un hilo para seguir las últimas
# noticias en directo, ..."), a Polish player's notice that it needs JavaScript, with the video's caption after it.
GANNETT_CLOSE = re.compile(r"^CLOSE [A-Z0-9\"“‘'].{10,600}$")
TOPICS_PT = re.compile(r"^Tópicos(?: [\w-]+){1,12}$")
LIVE_THREAD_ES = re.compile(r"^mantenemos abiert[oa] (?:este|un|el) (?:hilo|directo|minuto a minuto)\b.{0,300}$", re.I)
PLAYER_NEEDS_JS_PL = re.compile(r"^(?:wideo\s)?odtwarzacz wideo wymaga uruchomienia obsługi javascript\b.{0,400}$",
                                re.I)
# Round 76's: DPG Media's full-screen button before a caption and its credit ("Volledig scherm <caption> © Jane Roe"),
# a Dutch regional site's date and source over the headline ("23-07-2019, Example.nl (Bron)"), Nine's note on a free
# crisis coverage ("Our coverage of the current bushfire crisis is free for all readers."), the BBC's licence note.
FULL_SCREEN_CAPTION = re.compile(r"^Volledig scherm\s.{5,300}\s©\s?\S.{1,80}$")
DATE_AND_SOURCE_NL = re.compile(r"^\d{1,2}-\d{1,2}-\d{4}, [\w .-]{2,40} \((?:Bron|bron)\)$")
FREE_COVERAGE = re.compile(r"^our coverage of (?:the )?[\w ,'’-]{3,80} is free for all readers\.?$", re.I)
TV_LICENCE = re.compile(r"^you need (?:one|a tv licence) to watch (?:or record )?live tv on any channel or device\b"
                        r".{0,100}$", re.I)

# Round 77's: Lusa's end mark ("Lusa/Fim"; its editors' initials, "SMM // VM", are a credit), stern's "more soon"
# ("In Kürze mehr beim stern."), and over the article only a section's hashtag ("#Soccer News") and a video teaser's
# mark ("Zapping <another video's title>"). A teaser's cut, "[...]" alone, stays: a quoted ruling marks what it
# leaves out so (`second`'s Wikinews).
LUSA_END = re.compile(r"^Lusa/Fim$")
MORE_SOON_DE = re.compile(r"^in kürze mehr (?:beim|bei|im|auf) [\w .-]{2,30}\.?$", re.I)
HASH_SECTION = re.compile(r"^#[A-Z][\w-]+(?: [A-Z][\w-]+){0,2}$")
ZAPPING = re.compile(r"^Zapping [A-Z0-9].{5,200}$")

# Round 78's: a German police press release's footer from news aktuell ("Rückfragen bitte an:", "Original-Content
# von: ... übermittelt durch news aktuell", "Weiteres Material: ..."); RTP's byline bar is a desk's (desks.py).
OTS_FOOTER = re.compile(r"^(?:Rückfragen bitte an:?|Original-Content von: .{3,120},? übermittelt durch news aktuell"
                        r"|Weiteres Material: https?://www\.presseportal\.de/\S+(?: OTS: .{3,80})?)$")

# Round 79's: an opinion page's disclaimer in German ("Gastkommentare ... müssen nicht der Meinung der Redaktion
# entsprechen."), a stamp of today's time ("dnes 14:03", "heute 14:03"), and over the article only a letters page's
# label ("Letters to the Editor") and TribLIVE's menus ("Subscribe Place Ad Buy Trib Photos ...", "Jobs Homes Autos
# Classifieds", "ShareThis Page").
NOT_OUR_VIEW_DE = re.compile(r"^.{0,80}\bmüssen nicht (?:der|die) meinung der redaktion "
                             r"(?:entsprechen|wiedergeben)\.?$", re.I)
TODAY_TIME = re.compile(r"^(?:dnes|včera|heute|gestern|today|yesterday|hoy|ayer|oggi|ieri|hoje|ontem|vandaag|"
                        r"gisteren|dziś|dzisiaj|wczoraj|danes|včeraj)\s\d{1,2}:\d{2}$", re.I)
LETTERS_LABEL = re.compile(r"^(?:Letters? to the Editor|Letters From Our Readers|Readers'? Letters)$", re.I)
TRIB_MENUS = re.compile(r"^(?:Subscribe Place Ad Buy Trib Photos\b.{0,40}|Jobs Homes Autos Classifieds|"
                        r"Trib Total Media Contact Us|ShareThis Page)$")


def one_of(*patterns: re.Pattern) -> re.Pattern:
    """The patterns as one alternation, each with its own flags: a line is read once per group, not once per
    pattern (the chrome step reads every line of every body)."""
    return re.compile("|".join(f"(?i:{p.pattern})" if p.flags & re.I else f"(?:{p.pattern})" for p in patterns))


WIDGET_SHAPES = one_of(VIEW_COUNT, HANDLE_ALONE, PHOTO_SLUG, EDITORS_NOTE, HASHTAGS, EMPTY_TAG, RECOMMENDED_ON,
                       SKIP_LINKS, PLAYER_TIME, BAR_LINK, ANGLE_CRUMB, PRESS_NUMBER, VIDEO_ITEM, WEATHER,
                       STARS_ALT_TEXT, RADIO_PLAYER, PRESS_RELEASE_STAMP, CHANNEL_BULLET, PLUS_USERS,
                       WIDGET_ERROR, AGGREGATOR_DAY, AGGREGATOR_AGE, FILE_CROPPED, PLUS_MARK, FEED_FOOTER,
                       AGO_PT, LUSA_INITIALS, SECTION_READING, SHOWING_NOW, FLEMISH_TIME_COUNT, RESULTS_HERE,
                       NEW_STAMP_NO, OTHER_LANGUAGE, SUBSCRIBE_BID, GALLERY_OF, POST_COUNT, UPDATED_STAMP_NO,
                       WEATHER_STRIP, AGE_VIEWS_COMMENTS, STAMP_READ, MORE_NEWS_FROM, BREAKING_FR,
                       ZONED_TIME, TICKER_MARK, SECTION_DAY, WRITERS_FONT,
                       STAMP_SHARE_PT, TOPICS_PT, DATE_AND_SOURCE_NL, LUSA_END, TODAY_TIME, SHORT_AGO)
WIDGET_NOTICES = one_of(GALLERY_COPY, COOKIE_PLUGIN, FREE_UPDATE, EMBED_CONSENT, ADBLOCK_NOTICE, SOCIAL_COOKIES,
                        PLAY_VIDEO, SITE_NOTICE, READER_NOTE, PHOTO_RIGHTS, UNLIMITED_ACCESS, NEWSLETTER_BOX,
                        EMAIL_TO_FRIEND, TIP_BOX, SRF_VIDEO, LOST_EMBED_POINTER, VIEWS_OWN, COMMENT_MODERATION,
                        NORDIC_NEWSLETTER, UPDATE_NOTES, VIDEO_ITEM_NOTE, DPG_EMBED_NOTICE, APP_BID,
                        SPACED_BRACKET_LINK, HERE_BID_PT, GLP_NOTE, PODCAST_BID, SUBSCRIBE_PT, FOLLOW_BID_PT,
                        WRITE_TO, AT_THIS_LINK, READ_ON_RO, READER_PICTURES_FI, ARROWS_LINK, HEAT_METER_SI,
                        FOLLOW_UPDATES_IT, VIDEO_BOX_FI, COOKIE_PREFERENCES, FOLLOW_LIVE_FR,
                        LOST_LINKS, SYNDICATED_FROM, FOLLOW_TAG_NL, VOCENTO_BAR, TAG_RUN,
                        TEASER_READ_MORE, READ_MORE_NORDIC, WATCH_TEASER_NL, PAYWALL_PT,
                        MODERATION_RULES, DOWNLOAD_APP, LIVE_LINK_EL, GALLERY_NOTE_SK, LICENCE_CS,
                        APP_TAP_HERE, FOLLOW_BID_RO, POST_FOOTER, VIDEO_OF_THE_DAY, NEWSLETTER_SIGN_UP,
                        CATCH_UP, REFRESH_NOTE, BRACKETED_BID, THANKS_FOR_READING, BROWSER_TWICE,
                        COMMENTS_BID, GANNETT_CLOSE, LIVE_THREAD_ES, PLAYER_NEEDS_JS_PL,
                        FULL_SCREEN_CAPTION, FREE_COVERAGE, TV_LICENCE, MORE_SOON_DE, OTS_FOOTER, NOT_OUR_VIEW_DE)
HEAD_WIDGETS = one_of(ON_AIR, SEMICOLON_TAG, PRESS_OFFICE, SECTION_NEWS, HASH_SECTION, ZAPPING, LETTERS_LABEL,
                      TRIB_MENUS)


def widget_settings(words: list[str]) -> bool:
    """A slider's settings left in the text: numbers, a layout's words and its address ("15 49.0138 8.38624 arrow 0
    bullet 1 8000 1 0 horizontal http://example.ie 300 4000"); a table's row of figures names no layout."""
    if len(words) < MIN_WIDGET_WORDS or LAYOUT_WORDS.isdisjoint(words):  # a paragraph's words: the cheap test first
        return False
    return 2 * sum(w.replace(".", "", 1).isdigit() for w in words) >= len(words)
