"""The notices and buttons a page prints around its article, as whole-line shapes: its age, an archive's or a
republication's note, the comment section's rules and disclaimer, an opinion page's note, a rights notice, the
print edition, "more soon" and "check back", prompts to follow or share, a gallery's buttons and page count, a
pager, a pointer at the video on the page, how long ago the page was posted, a layout's breakpoint names. Read
by the chrome step (flows/stages/chrome.py, which sorts them into WHOLE_LINE_SHAPES and NORMAL_LINE_SHAPES); kept
apart so that the list of shapes can grow without the rules that use them.

Each shape says whether it is matched on the line as it stands or case-folded (`normal_line`).
"""

from __future__ import annotations

import re

from flows.stages.dates import STAMP_BAR
from flows.stages.vocabulary import SOCIAL_NETWORKS

# A newspaper group's slogan over every page of its sites: "News you can trust since 1754".
SLOGAN = re.compile(r"^news you can trust since \d{4}$")
# A widget's heading for more stories of a section: "More in News", "More from Sport".
MORE_IN = re.compile(r"^more (?:in|from|on|at) [\w &'’.-]{1,30}$")  # and the site's own: "More On WCCO.com:"
# A box's heading for more of a section, in capitals: "MORE RETRO", "MORE SPORTS" (case-sensitive: "More rain ...").
MORE_CAPS = re.compile(r"^MORE(?: [A-Z&]{2,}){1,2}$")
# A line that bids the reader watch a video on the page: "Watch the video above.", "Regardez la vidéo
# ci-dessous", "Se pressekonferansen ... i videovinduet!" (case-folded; a short line, ending where the video
# stands: "See the video of the goal, he said" is a sentence, "Assista aos vídeos restaurados" a source's subhead).
VIDEO_POINTER = re.compile(r"^(?:watch|see|regardez|voir|sehen sie|schauen sie|mira|vea|veja|assista|guarda|kijk|"
                           r"zobacz)\b.{0,80}\b(?:video|vídeo|vidéo|wideo)s? (?:above|below|ci-dessus|ci-dessous|"
                           r"oben|unten|arriba|abajo|acima|abaixo|sopra|sotto|hierboven|hieronder)\W*$"
                           r"|^(?:se|titta på)\b.{0,80} i (?:videovinduet|videoruten|videofönstret|videon|videoen)\W*$"
                           # "BEKIJK hier nog eens de beelden van de begrafenis:": the pictures here, on the page
                           r"|^(?:bekijk|kijk|watch|regardez|mira|guarda) (?:hier|here|ici|aquí|qui)\b.{0,80}"
                           r"\b(?:beelden|video|vídeo|vidéo|images|imágenes|immagini)\b.{0,60}$")
MAX_VIDEO_POINTER_WORDS = 20
# A gallery's button: "VIEW GALLERY - 4 IMAGES", "Voir la galerie" (case-folded).
GALLERY_BUTTON = re.compile(r"^(?:view|open|see|browse|voir|ver|zobacz|bekijk|apri|abrir)\s+(?:the\s+|la\s+|de\s+)?"
                            r"(?:gallery|photos|images|slideshow|galerie|galería|galeria|galerię|fotogalerij|"
                            r"galleria)(?:\s*[-–:|]\s*\d+\s+(?:images|photos|pictures|fotos|bilder))?$")
# "1 of 4", "2 von 5", "1 de 3": a counter of pages or pictures.
COUNT = r"\d+ (?:of|von|sur|de|di|van|z|av|af|/) \d+"
# A gallery's or a long article's page count: "Page 1 of 4", "Seite 2 von 5", "Página 1 de 3" (case-folded).
PAGE_COUNT = re.compile(r"^(?:page|seite|página|pagina|strona|sida|side|sivu|image|photo|foto|bild|slide|imagen|"
                        rf"immagine) {COUNT}$")
# A gallery's counter, its enlarge button before it, said once or twice: "vergrößern 1 von 2 1 von 2" (case-folded,
# so "ß" is "ss").
GALLERY_COUNTER = re.compile(r"^(?:vergrössern|enlarge|agrandir|ampliar|ingrandisci|vergroot|powiększ)?\s*"
                             rf"(?:{COUNT}\s*){{1,2}}$")
# A picture's enlarge button and its credit: "Enlarge Image NASA", "enlarge this image toggle caption Jane Roe/AP"
# (case-folded).
ENLARGE_IMAGE = re.compile(r"^(?:enlarge|expand) (?:this )?(?:image|photo|picture)(?: toggle caption)?(?: \S+){0,4}$")
# Postmedia's ad slot, as every one of its papers prints it between paragraphs: "Advertisement Story continues below
# This advertisement has not loaded yet, but your article continues below." (case-folded).
AD_NOT_LOADED = re.compile(r"^(?:advertisement\s+)?(?:story continues below\s+)?"
                           r"this advertisement has not loaded yet,? but your article continues below$")
# A page template's tags the dump kept: "{{^adFree}}", "{{/adFree}}" (Mustache's).
TEMPLATE_TAGS = re.compile(r"^(?:\{\{[#^/!]?[\w.]+\}\}\s*)+$")
# A widget's text: a text-size control ("+ ↺ − 16 px", "A- A+"), a heading picture's alt text ("Article heading ...").
WIDGET_TEXT = re.compile(r"^[\s+↺−–-]*\d{1,2}\s?px[\s+↺−–-]*$|^article heading image for\b|^article tools font size\b"
                         r"|^a\s?-?\s+a\s?\+?$"  # the text-size buttons alone: "A- A+", "A A"
                         r"|^.{0,200}--'-- --'--$"  # an audio player's blank times after its title
                         r"|^(?:inhalt )?auf einer seite lesen\b")  # Zeit's contents over a long article
# A site's notice to an old browser, with its bid after it: "Your web browser is no longer supported. To improve your
# experience update it here" (a player's "your browser does not support ..." is chrome.BROWSER_NOTICE's).
OLD_BROWSER = re.compile(r"^your (?:web )?browser is (?:no longer|not) supported\b.{0,80}$")
# A teaser of another story with its link's text after a bar: "Westville Special Election Set ... | Read Full Article".
READ_FULL = re.compile(r"^.{10,200}\|\s*read (?:the )?full (?:article|story)$")
# An aggregator's note under its copy: "(The above story first appeared on LatestLY on Sep 20, 2021 11:46 AM IST. For
# more news and updates ... log on to our website latestly.com)." (case-folded).
ABOVE_STORY = re.compile(r"^\(?the above (?:story|article) first appeared on [\w.]+ on\b")
# A gallery's counter with its title: "Image 3 of 23 | Tesla Motors through the years" (case-folded).
GALLERY_TITLE = re.compile(rf"^(?:image|photo|foto|bild|slide|imagen|immagine) {COUNT}\s*[|:]\s*\S.{{0,80}}$")
# An account's links run together: "SubscribeLog in", "Edit Account-Sign Out", "My AccountSign Out" (case-folded).
ACCOUNT = r"(?:subscribe|sign in|sign out|sign up|log in|log out|login|logout|register|my account|edit account)"
ACCOUNT_LINKS = re.compile(rf"^{ACCOUNT}(?:[\s|·/-]*{ACCOUNT})+$")
# How long ago, in English: "2 hours ago", "5 mins ago" (POSTED_AGO, AGED_TEASER).
AGO = r"\d+\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago"
# A business site's box of the companies an article names, their tickers after it: "In this article F", CNBC's.
IN_THIS_ARTICLE = re.compile(r"^In this article(?:\s+[A-Z][A-Z0-9.\-]{0,5}){0,8}$")
# A ticker of the latest stories, each with its age: "22 hours ago International Criminal Court issues warrant".
# Its age may be short and run in: "41m agoPakistan's ex-PM arrested again".
AGED_TEASER = re.compile(rf"^(?:{AGO}\s+|\d{{1,2}}[mh] ago\s*)[A-Z].{{10,150}}[^.!?:]$"
                         r"|^[A-Z].{10,150}\s\d{1,2} (?:ORE|ORA|MINUTI|GIORNI) FA$")  # "... Leclerc 4° 2 ORE FA"
# A page's pager bar, two of its buttons on one line: "Inhalt ARTIKEL AUF EINER SEITE LESEN > Vorherige Seite Nächste
# Seite" (compared case-folded).
PAGER_BUTTON = re.compile(r"vorherige seite|nächste seite|next page|previous page|page suivante|page précédente|"
                          r"página siguiente|página anterior|pagina successiva|pagina precedente|volgende pagina|"
                          r"vorige pagina|auf einer seite lesen|read on one page")
MAX_PAGER_WORDS = 15
# A section's sponsor, named over it: "Secțiune susținută de MedLife", "Sponsored by Example Bank".
SPONSOR_LABEL = re.compile(r"^(?:secțiune susținută de|sponsored by|in partnership with|en partenariat avec|"
                           r"in collaborazione con|präsentiert von|in zusammenarbeit mit|patrocinado por|"
                           r"con el apoyo de|mogelijk gemaakt door|avec notre partenaire)\s+\S.{0,80}$")
# A paywall's notice that the rest is for members: "Celý článek jen pro členy ...".
PAYWALL = re.compile(r"^(?:please update your (?:billing|payment) (?:information|details)|"
                     r"cet article est en accès libre\. |cet article est réservé (?:à nos|aux) abonnés\b|"
                     # Australian Community Media's: "Our journalists work hard to provide local, up-to-date news ..."
                     r"our journalists work hard to provide local, up-to-date news to the community\b|"
                     r"to read more stories, download .{3,60} app\b|wissen war nie wertvoller lesen sie jetzt|"  # FAZ's
                     # the UK regional papers' (JPI Media's): "Want to see fewer ads? Subscribers to the ... get",
                     # "Registering with Northampton Chronicle and Echo means you're ok with our terms and conditions."
                     r"want to see fewer ads\? subscribers to |"
                     r"registering with .{3,60} means you['’]?re ok with our terms|"
                     r"you must (?:be )?(?:login|log in|logged in|sign in|signed in) or register in order to post|"
                     # "Contenido Exclusivo La nota a la que intentas acceder ..." and its next lines, "Já é assinante?"
                     r"(?:contenido exclusivo )?la nota a la que intentas acceder es exclusiva para|"
                     r"y disfrutá de .{2,40} sin límites\b|ingresar con tu usuario y contraseña\.?$|"
                     r".{0,120}\babc premium contenido exclusivo para usuarios registrados\b|"  # ABC's teasers
                     r"já é assinante\? faça (?:o |seu )?login|si ya (?:sos|eres) suscriptor|para continuar, hacete "
                     r"socio de|celý článek jen pro (?:členy|předplatitele)|celý článok len pre predplatiteľov|"
                     r"cały artykuł (?:tylko|dostępny) dla|the full article is for (?:members|subscribers)|"
                     r"(?:posłuchaj artykułu )?wykup subskrypcję \S{2,30}, aby\b|masz (?:już )?subskrypcję\? zaloguj|"
                     r"der ganze artikel (?:ist )?nur für|l'article complet est réservé|jetzt weiterlesen mit premium|"
                     r"el artículo completo es (?:solo )?para|subscribe or register today to discover more from|"
                     # the Maine papers' offers: "$20 for 365 Days of Unlimited Digital Access", "Last chance to ..."
                     r"\$\d+ for \d+ (?:days|weeks|months) of unlimited digital access|"
                     r"subscribe now and get unlimited digital access|last chance to take advantage of our best offer|"
                     r"il testo completo di questo contenuto a pagamento è disponibile)")
# A prompt to share the article: "Gefällt Ihnen dieser Beitrag? Dann teilen Sie ihn bitte in den sozialen Medien".
SHARE_PROMPT = re.compile(r"\b(?:share (?:it|this)|teilen sie|partagez|comparte|condividi|deel)\b.{0,60}"
                          r"\b(?:social media|sozialen medien|réseaux sociaux|redes sociales|sociale media)\b")
# A prompt to follow the site on its networks, named after it (case-folded): "Follow us on Twitter and Instagram".
NETWORK_NAMES = "|".join(SOCIAL_NETWORKS)
FOLLOW_US = re.compile(r"^(?:follow us|síguenos|siguenos|suivez-nous|folgen sie uns|folge uns|seguici|siga-nos|"
                       r"segue-nos|volg ons|obserwuj nas|följ oss|følg os|følg oss|seuraa meitä|únete a nosotros)"
                       r" (?:on|en|sur|auf|bei|su|no|nas|em|op|w|na|på) "
                       rf"(?:{NETWORK_NAMES}|google news)(?:(?:,| and| y| et| und| e| en| i| og| och| ja| a) "
                       rf"(?:{NETWORK_NAMES}))*(?: @\w{{2,30}})?$"  # the account: "Follow us on Twitter @ExampleNews"
                       # the site names itself: "FOLLOW REALITY TV WORLD ON THE ALL-NEW GOOGLE NEWS!"
                       r"|^follow (?:[\w.'’&-]+ ){1,5}on (?:the )?(?:all-new |new )?google news$")
# A breaking story's notice that more will follow, often on the site itself: "Plus d'informations à venir sur
# RTL.fr", "Mehr in Kürze bei BR24", "More to follow on BBC News" (compared case-folded).
MORE_SOON = re.compile(r"^(?:more to (?:follow|come)|more soon|more coming|(?:more )?details (?:soon|later|to follow)|"
                       r"opdateres|oppdateres|plus d'informations à venir|plus d'infos à venir|updates? to follow|"
                       r"mehr in kürze|mehr dazu in kürze|más información en breve|ampliaremos en breve|"
                       r"mais informações em breve|mais informação em breve|seguiranno aggiornamenti|update folgt|"
                       r"aggiornamenti a breve|meer informatie volgt|więcej informacji wkrótce)"
                       r"(?: (?:on|at|sur|bei|auf|en|em|no|su|op|na) [\w.' -]{1,30})?$")
# A short rights notice, the outlet's name before it: "iO Donna ©RIPRODUZIONE RISERVATA", "© Example AG. Alle
# Rechte vorbehalten." (COPYRIGHT_NOTICE, in positions.py, is the long English one with its year.)
RIGHTS_NOTICE = re.compile(r"^[\w .,'’&-]{0,40}?(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d\s*)?"
                           r"[\w .,'’&-]{0,40}?(?:all rights reserved|riproduzione riservata|tous droits réservés|"
                           r"alle rechte vorbehalten|todos los derechos reservados|(?:todos os )?direitos reservados|"
                           r"wszelkie prawa zastrzeżone|"
                           r"alle rettigheder forbeholdes|kaikki oikeudet pidätetään)\.?$"
                           r"|^this copy is for your personal,? non-commercial use only\."  # a reprint notice
                           r"|^tous droits de reproduction(?: et de représentation)? réservés\b"  # a French wire's"
                           # the AP's ("... This material may not be published, ..."), a Danish paper's (round 125's)
                           r"|^.{,100}\bthis material may not be published, broadcast, rewritten,? or redistributed\.?$"
                           r"|^.{0,100}\bdenne artikel er beskyttet af lov om ophavsret\b.{0,200}$", re.I)
# A print edition's note under the web copy: "Published in the Example Post newspaper on April 22, 2017."
PRINT_NOTE = re.compile(r"^published in (?:the )?[\w .'’&-]{1,60}? (?:newspaper|print edition|edition)\b", re.I)
# A live story's note to come back: "Check back for updates on this developing story." (compared case-folded)
CHECK_BACK = re.compile(r"^check back (?:later |soon )?for (?:more |the latest )?"
                        r"(?:updates\b[\w ,'’-]{0,60}|on this developing story)$"  # the latter round 118's WPXI
                        # "Stay with WFAA.com for updates."
                        r"|^stay (?:with|tuned to) [\w.'’ -]{1,30} for (?:more |the latest )?updates$")
# A form the page holds, its fields marked "*" ("Modtagerens email * : Din e-mail * : Dit navn * :").
FORM_FIELDS = re.compile(r"^[^*]*?\w\s+\*\s*:[^*]*?\w\s+\*\s*:")  # no star between: read once, not once a star
# An opinion page's note that the text is its writer's ("Dette er et debattinnlegg. Teksten står for skribentens
# regning. ..."), in the languages whose pages were read; the wording of other sites stays, as sources keep it.
OPINION_NOTE = re.compile(r"^(?:dette er et (?:debattinnlegg|leserinnlegg|debatindlæg|læserbrev)|dette er en kronikk|"
                          r"detta är en (?:debattartikel|krönika|ledare)|tämä on mielipidekirjoitus|"
                          r"teksten står for skribentens regning|dieser (?:beitrag|text|kommentar) gibt "
                          r"(?:ausschließlich )?die (?:meinung|ansicht)|the views(?:,| and) opinions"
                          r"(?: and analyses)? expressed (?:herein|in the articles on))\b", re.I)
# The day's print edition, named with its date: "Päivän lehti 30.5.2017", "Dagens tidning 12.3.2019".
PRINT_EDITION = re.compile(r"^(?:päivän lehti|dagens tidning|dagens avis|print edition|printausgabe|édition du)\s+"
                           r"\d{1,2}\.\s?\d{1,2}\.\s?\d{4}$"
                           r"|^today's paper \| .{4,30}\d{4}$"  # Dawn's: "Today's Paper | March 06, 2022"
                           # a pointer to the rest in print: "Lea el artículo completo en la edición impresa de ..."
                           r"|^(?:lea|leia|read) (?:(?:el artículo completo|a matéria completa|the full article)"
                           r" (?:en|na|in)\b|mais na edição\b)",  # round 87's "Leia mais na edição deste fim de semana"
                           re.I)
# A gallery's counter and its picture's credit: "1/19 Webphoto", "21/45 ©LaPresse" (a counter alone may be a date,
# "9/11", so the credit must be one).
GALLERY_CREDIT = re.compile(r"^\d{1,3}/\d{1,3}\s+(?:©\s?\S.{0,40}|(?:webphoto|lapresse|ansa|getty images|afp|ap|"
                            r"reuters|epa|dpa|imago|shutterstock|ipa|agf|fotogramma)\b.{0,30})$")
# A gallery's box: its count of pictures and its title, "24 Galéria: Boldog karácsonyt ... Fotó: Jane Roe / Index".
GALLERY_BOX = re.compile(r"^\d{1,3} (?:galéria|galerie|gallery|galería|galeria|fotogalerie|fotogaléria|fotogalleria)"
                         r"\s*:\s*\S")
# A blog's comment form ("You are commenting using your Twitter account. Log Out / Change )") and a pointer to
# the outlet's own comments ("Start the conversation, or Read more at Example.com.").
COMMENT_FORM = re.compile(r"^you are commenting using your [\w.+]+ account\b|^start the conversation, or read more at\b"
                          r"|^fill in your details below or click an icon to log in")
# A stamp alone: a section and its ISO time ("INNENRIKS 2018-03-20T07:01:59Z"), an update's time ("UPDATE: 3:55 p.m.").
STAMP_ALONE = re.compile(r"^[a-zæøåäö]{3,20} \d{4}-\d{2}-\d{2}t\d{2}:\d{2}(?::\d{2})?z?$"
                         r"|^updated?\s*:?\s*\d{1,2}:\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?$")
# A newsletter's sign-up box run into one line: "Newsletter Educação Receba no seu e-mail conteúdo ... Assinar".
NEWSLETTER_BOX = re.compile(r"^newsletter\b.{0,120}\b(?:e-?mail|inbox|posteingang|correo)\b", re.I)
# A comment section's rules, as a newspaper CMS prints them under every story ("Keep it Clean. Please avoid
# obscene, vulgar, lewd, racist or sexually-oriented language.", "Be Nice. No racism, sexism or ..."), or its
# notice that it is closed ("Comments are closed", "We have closed comments on this story for legal reasons").
COMMENT_RULES = re.compile(r"^(?:keep it clean\. please avoid|don't threaten\. threats|be truthful\. don't|"
                           r"be nice\. no racism|be proactive\. use the|share with us\. we'd love|"
                           r"the opinions expressed in (?:reader )?comments|"
                           r"comments (?:are|have been) (?:now )?(?:closed|disabled|turned off)|"
                           # Postmedia's comment policy, its heading run in: "CommentsWe encourage all readers ..."
                           r"(?:comments\s*)?we encourage all readers to share their views|"
                           r"sorry,? we are not (?:currently )?accepting comments|"
                           r"we have (?:closed|disabled|turned off|temporarily removed) (?:comments|commenting)|"
                           r"due to technical reasons, we have temporarily removed commenting|"
                           r"(?:die )?kommentarfunktion (?:ist|wurde) (?:geschlossen|deaktiviert)|"
                           r"les commentaires sont (?:fermés|désactivés)|los comentarios están cerrados|"
                           r"i commenti sono chiusi|os comentários estão (?:encerrados|fechados)|"
                           r"reacties zijn gesloten|"
                           # a comment box's rules, by their link: "Be civil. Be kind.Read our full community ..."
                           r"be civil\. be kind\b|want to discuss\? please read our commenting policy|"
                           # TownNews's comment box: "Start a dialogue, stay on topic and be civil.", "User Legend: ..."
                           r"start a dialogue, stay on topic and be civil|if you don't follow the rules, your comment "
                           r"may be deleted|user legend|"
                           # a station's: "KXXX News 9 is committed to providing a forum for civil and constructive ..."
                           r".{2,60} is committed to providing a forum for civil and constructive conversation|"
                           # Global News's: "Comments closed.", "Due to the sensitive and/or legal subject matter ..."
                           r"comments closed|due to the sensitive and/or legal subject matter of some of the content|"
                           r"please see our commenting policy|to report abuse or misuse of this area|"
                           r"comments on: \w+|"
                           r"you must (?:be )?(?:login|log in|logged in|sign in|signed in) to (?:make|post|leave) "
                           r"(?:a )?comments?)\b", re.I)
# A page's notice of its age: "This article is more than 2 years old", "This is an archived article and the
# information in the article may be outdated. ...".
ARTICLE_AGE = re.compile(r"^this (?:article|story) is more than \w+ (?:years?|months?) old$"
                         r"|^this is an archived (?:article|story)\b", re.I)
# A republished piece's note of where and when it first ran: "Dit artikel werd oorspronkelijk gepubliceerd op 11
# februari 2016.", "This article was originally published on The Conversation." (a short line only).
FIRST_PUBLISHED = re.compile(r"^(?:this (?:article|story|piece) (?:was|is|has been) (?:originally|first) published|"
                             r"this (?:article|story) first appeared|"
                             r"this (?:article|story) was published (?:today|yesterday|on .{4,30}) at \d{1,2}[:.]\d\d|"
                             r"this (?:report|story) by [\w .'’-]{2,40} was (?:first|originally) published|"
                             r"dit artikel (?:werd|is) (?:oorspronkelijk|eerder) gepubliceerd|"
                             r"dieser (?:artikel|beitrag) (?:erschien|ist) (?:zuerst|ursprünglich)|"
                             r"cet article a (?:été publié|paru) (?:initialement|à l'origine|d'abord)|"
                             r"este (?:artículo|artigo) (?:fue|foi) "
                             r"(?:publicado originalmente|originalmente publicado)|"
                             r"questo articolo è stato pubblicato (?:originariamente|per la prima volta))\b"
                             r"|^originally published (?:on|at) [^,]{1,60}$"
                             # swissinfo's: "Este conteúdo foi publicado em 28 de Outubro de 2018 22:15 ..."
                             r"|^(?:this content was|este conteúdo foi|este contenido fue|ce contenu a été|"
                             r"dieser inhalt wurde) (?:published|publicado|publié|publiziert) (?:on|em|el|le|am) \d"
                             # a broadcaster's: "Diese Nachricht wurde am 18.01.2018 im Programm ... gesendet."
                             r"|^diese nachricht wurde am .{4,30} im programm .{2,40} gesendet\W*$", re.I)
MAX_FIRST_PUBLISHED_WORDS = 25
# How long ago a page was posted, as its furniture says it: "2 hours ago", "hace 3 horas", "vor 5 Minuten".
# ("Publisert: For mindre enn 10 minutter siden", "Publisert: Oppdatert nå nettopp").
POSTED_AGO = re.compile(r"^(?:(?:publisert|oppdatert|publiceret|opdateret)\s*:\s*|bbc news\s+|last update\s+)?"
                        rf"(?:{AGO}|(?:an?|one) (?:minute|hour|day|week) ago"
                        r"|(?:for )?(?:mindre enn |under )?\d+\s+(?:minutter|timer|dager|dage)\s+siden"
                        r"|(?:oppdatert )?nå nettopp"
                        r"|hace\s+\d+\s+(?:minutos?|horas?|días?)|há\s+\d+\s+(?:minutos?|horas?|dias?)"
                        r"|il y a\s+\d+\s+(?:minutes?|heures?|jours?)|vor\s+\d+\s+(?:minuten?|min|stunden?|std|tagen?)"
                        r"|(?:danas\s+)?(?:pre|prije)\s+\d+\s+(?:sat|sata|sati|minut|minuta|dan|dana))\.?"
                        r"(?:\s+[-–|]\s+[\w&]+(?: [\w&]+){0,3})?$", re.I)  # its section: "2 hours ago - Economy"
# A share button's counter: "7 Shares", "1,2k partages".
SHARE_COUNT = re.compile(r"^\d[\d,.]*k? (?:shares?|partages|compartidos|compartilhamentos|geteilt|condivisioni|"
                         r"gedeeld|udostępnień|views|reads|vues|visualizações|visualizaciones|aufrufe|interakcji|"
                         r"interactions|reakcji|reactions)$")
# A notice that the story is breaking and will change: "This is breaking news. Please check back for updates.",
# "This is a breaking news story and will be updated frequently. Please refresh for additional details.", "This
# story is developing, please check back for updates." (the vocabulary's lines hold no comma).
BREAKING_NOTE = re.compile(r"^this is (?:a )?breaking news(?: story)?\b.{0,120}$"
                           r"|^this (?:story|article|report) is developing,? (?:please )?check back (?:later )?"
                           r"for updates$|^this is a developing story\b.{0,120}$"  # "... will have more soon."
                           r"|^this breaking news story is being updated\b.{0,120}$")  # round 119's Thaiger
# A syndicator's pointers and boilerplate: "Read the original article on New Times.", allAfrica's "AllAfrica
# publishes around 800 reports a day ...".
SYNDICATION_NOTE = re.compile(r"^read the original article on\b|^allafrica publishes around\b")
# What a paywall's script left as text ("IP: 35.173.238.138. Referrer: . FirstClickFree: 0. ...") and a stock
# ticker's quote run over the page ("ANL 34.32 Decreased By ▼ -0.20 (-0.58%)").
SCRIPT_LEFT = re.compile(r"^ip: \d{1,3}(?:\.\d{1,3}){3}\. referrer:"
                         r"|^[a-z]{2,6} \d[\d,.]* (?:increased|decreased) by [▲▼]")
# A post's categories, as WordPress prints them: "Posted in Breaking News, News".
POSTED_IN = re.compile(r"^(?:posted in|publié dans|veröffentlicht in|publicado en|pubblicato in|geplaatst in)\s+"
                       r"[\w ,&'’-]{2,80}$", re.I)
# A responsive layout's breakpoint names, a bullet each, left in the text by a crawler: "• landscape-tablet-and-above".
BREAKPOINT = re.compile(r"^[•·]\s*(?:[a-z]+-)*(?:phone|tablet|browser|desktop|mobile|wide|narrow|portrait|landscape|"
                        r"land|above|below|larger|smaller)(?:-[a-z]+)*$")
MAX_BAR_PART_WORDS = 4  # "SOUTH CAROLINA STATE", "1 DAY AGO": a bar's parts; a sentence runs longer

# A station's TV schedule as its widget prints it, times glued to shows ("11:37 PMThe Late Late Show") and its
# tab ("CBS4On Air"); a station's bid to stay with it ("Stay with KDKA for the latest on this developing story",
# "... by downloading the WJZ weather app"); a browser's notification bid (compared case-folded).
TV_SCHEDULE = re.compile(r"^\d{1,2}:\d\d ?[ap]m[a-z]|^(?:• ?)?[\w ]{1,12}(?:\d|tv)on air$")
STAY_WITH = re.compile(r"^stay (?:with|tuned to) [\w.&'’ -]{2,40}? for (?:the latest|updates|more)\b"
                       r"|^stay up-to-date with\b.{0,60}\bapp$|^get browser notifications for\b")
# The article goes on past a picture or an advertisement: "Article continues after advertisement", "Artiklen
# fortsætter efter billedet ..." (compared case-folded).
CONTINUES_AFTER = re.compile(r"^(?:bekijk [\w ]{1,30}, )?(?:the )?(?:article|story|artiklen|artikkelen|artikeln|"
                             r"artikel|l'article|el artículo|l'articolo|o artigo|het artikel|tekst) "
                             r"(?:continues|fortsætter|fortsetter|fortsätter|"
                             r"geht weiter|continue|continúa|continua|gaat verder) (?:after|below|under|efter|etter|"
                             r"nach|après|después|dopo|depois|na|onder)\b.{0,30}$")
# A bid for readers' tips: "Got a story for Example.co.uk?", "If you have a story for our news team, email us at".
STORY_TIP = re.compile(r"^(?:got|have you got|do you have) a (?:story|news tip|tip)\b.{0,40}\?$"
                       r"|^if you have a story\b.{0,60}\b(?:email|e-mail|contact)\b")
# A broadcaster's media card: "Lokalzeit. . 45:38 Min. . UT . Verfügbar bis 07.05.2028. WDR." (available until).
MEDIA_CARD = re.compile(r"^.{0,80}\bverfügbar bis \d{1,2}\.\d{1,2}\.\d{4}\b.{0,80}$")
# A bid to report an error or send a tip, a pointer to the live blog, a press release's label, a click-here
# (compared case-folded): "Heb je een foutje gezien ...?", "Volg alle ontwikkelingen in onze liveblog",
# "COMMUNIQUE DE PRESSE DU 28 MAI 2020", "CLICCA QUI PER IL VIDEO ...".
CORRECTION_BID = re.compile(r"^(?:heb je een foutje gezien|heeft u een tip|mail de redactie|did you spot an? (?:error|"
                            r"mistake)|spotted an? (?:error|mistake)|fehler gefunden|vous avez repéré une erreur)\b")
LIVE_POINTER = re.compile(r"^(?:[^,]{0,60}, )?"  # "For all the latest news on the bridge, follow our live blog"
                          r"(?:volg|follow|suivez|folgen sie|sigue|segui|(?:alle )?.{0,40}lesen sie)\b.{0,60}\b"
                          r"(?:our|onze|ons|unserem|notre|nuestro|nostro) "
                          r"(?:liveblog|live blog|live-blog|liveticker|ticker|direct|directo|diretta)\b.{0,20}$"
                          r"|^aktuell informiert: alle entwicklungen\b.{0,60}\bim (?:newsblog|liveblog|liveticker)$")
PRESS_RELEASE = re.compile(r"^(?:communiqué de presse|communique de presse|press release|pressemitteilung|"
                           r"comunicado de prensa|nota de prensa|comunicato stampa|persbericht)"
                           r"(?:(?:\s+(?:du|vom|del|de|of|van))?\s+\d[\w. ]{0,25})?$")
CLICK_HERE = re.compile(r"^(?:clicca qui|haga clic aquí|pincha aquí|cliquez ici|klicken sie hier|klik hier|"
                        r"clique aqui)\b")
# A print view's header: "Impresso do site do jornal Correio da manhã, em www.cmjornal.pt".
PRINT_HEADER = re.compile(r"^(?:impresso do site|printed from|imprimé depuis|gedruckt von)\b")
# A syndicator's note on copy it did not edit: "(This story has not been edited by Devdiscourse staff and is
# auto-generated from a syndicated feed.)", as NDTV, Business Standard and others close agency copy.
UNEDITED_FEED = re.compile(r"^\(?(?:this|the) (?:story|article|report) has not been edited by .{2,80}"
                           r"(?:syndicated feed|auto-generated)"
                           # "The Western Journal has not reviewed this Associated Press story prior to publication."
                           r"|^[\w .'’-]{2,40} has not reviewed this [\w .'’-]{2,40} (?:story|article|report) "
                           r"(?:prior to|before) publication\b"
                           # "Disclaimer: This post has been auto-published from an agency feed without any ..."
                           r"|^disclaimer: this (?:post|story|article) has been auto-published from an? \w+ feed", re.I)
# A link's title run in as text: "Click to email this to a friend (Opens in new window)", WordPress's share buttons.
NEW_WINDOW = re.compile(r"^.{2,60}\(opens in (?:a )?new (?:window|tab)\)$")
# A machine's identifier left as a line: an embed's ("ipanews_fb5d26b2-e410-455d-b429-d879ff2e5ae9_embedded240"), a
# picture's time stamp ("20230119-011401"). No word of an article is either.
MACHINE_ID = re.compile(r"^(?:\S*[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}\S*|(?:19|20)\d{6}[-_T]\d{6})$")
# An embed's own text: a video player's before its title ("Video starten, abbrechen mit Escape ...", ARD's), a
# post's that failed to load ("Laster Twitter-innhold Kunne ikke laste innhold ..."), a US station's video box
# ("EMBED More News Videos", under every video of the ABC stations' pages).
EMBED_TEXT = re.compile(r"^video starten, abbrechen mit escape\b|^embed more news videos$|^external link: \S"
                        # a consent notice in place of an embedded post: "Um eingebettete Inhalte anzuzeigen, ...",
                        # "O seguinte conteúdo vem de parceiros externos. ..."
                        r"|^um eingebettete inhalte anzuzeigen\b|^(?:o seguinte conteúdo|el siguiente contenido|"
                        r"le contenu suivant|the following content|der folgende inhalt) "
                        r"(?:vem|viene|provient|is provided|wird) (?:de|by|von) "
                        r"(?:parceiros|socios|partenaires|external|externen)"
                        # "Den folgenden Inhalt übernehmen wir von externen Partnern. ..."; "A post shared by ..."
                        r"|^laster (?:twitter|instagram|facebook|youtube)-innhold\b"
                        r"|^den folgenden inhalt übernehmen wir von externen partnern\b|^a post shared by .{2,80}$"
                        # and in other languages, with the link to it: "Voir cette publication sur Instagram Une
                        # publication partagée par Jane Roe (@janeroe)", "Ver essa foto no Instagram Uma ..."
                        r"|^(?:voir cette publication sur instagram|view this post on instagram|diesen beitrag auf "
                        r"instagram ansehen|ver esta publicación en instagram|ver (?:essa|esta) foto no instagram "
                        r"uma publicação)\b|^(?:une publication partagée par|ein beitrag geteilt von|una publicación "
                        r"compartida por|uma publicação compartilhada por) "
                        r".{2,120}$")
# A promotion of the outlet's pages: on the networks ("... Like us on Facebook or follow us on Twitter"), of its
# home page ("Więcej takich historii znajdziesz na stronie głównej ...").
LIKE_US = re.compile(r"^.{0,240}\blike us on facebook\b.{0,120}$|^więcej takich historii znajdziesz\b")
# A wire story's update note: "(Neu: Aktionäre stimmen zu, Schlusskurs)", "(Adds quotes, background)",
# "[ajoute déclarations]"; tags under the article ("Filed Under: ICE, school closings, ..."); a box's mark in
# brackets before its link ("[Most read] When are ..."); a tag's attribute the markup left ('xml:space="preserve">').
# A wire's correction note: "(corrige la NA4024 por error en la fecha)".
UPDATE_NOTE = re.compile(r"^\((?:neu|aktualisiert|durchgehend aktualisiert)\s*:[^()]{0,150}\)$"
                         r"|^\((?:corrige|corrects|korrigiert)\b[^()]{0,150}\)$"
                         r"|^\((?:adds|updates|recasts|repeats)\b[^()]{0,150}\)$|^\[(?:ajoute|actualise)\b[^\[\]]{0,150}\]$",
                         re.I)
FILED_UNDER = re.compile(r"^(?:filed under|tagged with|tagged|posted under|keywords|archivado en)\s*[|:]"
                         r"|^(?-i:KEYWORDS)\s+\S", re.I)
BOX_MARK = re.compile(r"^\[(?:most read|most popular|related|read more|see also|more)\]\s*\S", re.I)
MARKUP_LEFT = re.compile(r'^(?:[\w:-]+="[^"]*"\s*)+/?>$')


def pager_or_share_prompt(normal: str, words: int) -> bool:
    """Two buttons of a page's pager on one line (PAGER_BUTTON), or a prompt to share the article (SHARE_PROMPT);
    each read only on a line that holds a word of it."""
    pager = words <= MAX_PAGER_WORDS and ("seite" in normal or "page" in normal or "pagina" in normal) \
        and len(PAGER_BUTTON.findall(normal)) >= 2
    return pager or ("soci" in normal or "sozial" in normal) and bool(SHARE_PROMPT.search(normal))


def posted_ago_bar(text: str) -> bool:
    """A stamp bar of a place or section and how long ago the page was posted: "SOUTH CAROLINA STATE ・ 1 DAY
    AGO" (each part a few words)."""
    parts = [part for part in STAMP_BAR.split(text) if part]
    return len(parts) >= 2 and any(POSTED_AGO.match(part) for part in parts) \
        and all(len(part.split()) <= MAX_BAR_PART_WORDS for part in parts)


# The notices that make a line chrome whatever its length, matched on the line as it stands, and those that do on a
# line of a prompt's length (prompts.MAX_PROMPT_WORDS), matched as the vocabulary is compared (`normal_line`): the
# chrome step reads them with its own shapes (flows/stages/chrome.py).
# An investment site's disclosure of its writer's holdings: "Jane Roe has no position in any of the stocks mentioned.",
# "On the date of publication, Jane Roe did not have ...", "As of this writing, ... the aforementioned securities."
HOLDINGS_DISCLOSURE = re.compile(r"^(?:on the date of publication, |as of this writing, )?[\w.'’ -]{2,60} "
                                 r"(?:did not have|does not have|did not hold|has no|had no|held no|holds no)\b.{0,60}"
                                 r"\bpositions? in (?:any of )?the (?:securities|stocks|companies|shares|"
                                 r"aforementioned) (?:mentioned|securities)\b", re.I)
# A warning before the text or a correction's note to readers: "Note: This article references topics and details that
# some readers may find distressing. Support is available ...", "Note to readers: This is a corrected story, ...".
READER_NOTE = re.compile(r"^(?:note|warning|content warning|editor['’]s note)\s*:\s*this (?:article|story|report) "
                         r"(?:references|contains|includes|discusses)\b.{0,80}\b(?:distressing|disturbing|upsetting)\b"
                         r"|^note to readers: this is a corrected (?:story|version)\b", re.I)
# A newsletter box's consent, cut over two lines: "By providing an email address. I agree to the Terms of Use and",
# "acknowledge that I have read the Privacy Policy."
NEWSLETTER_CONSENT = re.compile(r"^by providing an email address\b.{0,100}$|^acknowledge that i have read the privacy "
                                r"policy\.?$"
                                # the Independent's sign-up box, often run into one line: "Get the free Morning
                                # Headlines email for news ... Please enter a valid email address ... SIGN UP ..."
                                r"|^get the free [\w ]{2,40} email for\b",
                                re.I)
# A site's promotion or plea run as a paragraph: Legit.ng's and Tuko's "PAY ATTENTION: Follow us on Instagram - ...",
# Archant's "If you value what this story gives you, please consider supporting the Hackney Gazette. ...".
SITE_PLEA = re.compile(r"^pay attention: \S.{0,200}$|^if you value what this story gives you\b.{0,200}$", re.I)
# A page's view counter: "• Page Views 74".
PAGE_VIEWS = re.compile(r"^[•·]?\s*page views:? [\d,.]+$", re.I)
# A reader's comment under the article, as the BBC's pages list them: "• Comment posted by Jane, today at 08:36"
# (its text, the line under it, goes by where it stands: flows/stages/positions.py).
COMMENT_POSTED = re.compile(r"^[\s•·*-]*comment posted by .{1,40}, (?:today|yesterday|\d{1,2} \w+(?: \d{4})?) at "
                            r"\d{1,2}:\d\d$", re.I)
# An invitation to comment: "Have more to add to the story? Comment below and stay tuned for more!".
COMMENT_INVITE = re.compile(r"^(?:have (?:more|something) to add to (?:the|this) story\?\s*)?"
                            r"(?:comment below|leave a comment below|let us know in the comments)\b.{0,80}$")
# A press wire's embargo notice: "NOT FOR RELEASE, PUBLICATION OR DISTRIBUTION, IN WHOLE OR IN PART, ...".
EMBARGO_NOTICE = re.compile(r"^not for (?:release|publication|distribution)\b.{0,160}$")
# An embedded tweet's label: "Tweet By Pfizer:".
TWEET_LABEL = re.compile(r"^(?i:tweet by) [^:]{1,40}:$")
# ARD's note of its broadcast under the article: "Über dieses Thema berichtete die tagesschau am 24. Februar 2018
# um 20:00 Uhr.", "... berichtete tagesschau24 am 18. Juni 2018 um 11:00 Uhr." (a channel's name without its article).
BROADCAST_NOTE = re.compile(r"^über dieses thema berichtete(?:n)? (?:(?:die|der|das) )?.{2,60}? am .{4,40}$")
# A press release's contact: "CONTACT: Conservation Officer Jane Roe 603-555-0100".
PRESS_CONTACT = re.compile(r"^contact: .{2,80}\b\d{3}[-.]\d{3}[-.]\d{4}\b.{0,60}$")
# A gallery's counter alone ("1/17"), or with a pointer at other galleries ("1 /142 GUARDA le altre FOTOGALLERY").
GALLERY_POINTER = re.compile(r"^\d{1,3}\s?/\s?\d{1,3}(?: \d{1,3}\s?/\s?\d{1,3})?$"  # "1/17", "4/4 1 / 4"
                             r"|^\d{1,3}\s?/\s?\d{1,3}\s+credits?\s?:\s?\S.{0,40}$"  # "1/8 credits: Jane Roe"
                             r"|^(?:\d{1,3}\s?/\s?\d{1,3}\s+)?(?:guarda|vedi|sfoglia) "
                             r"(?:le altre |tutte le |la )?(?:fotogallery|gallery|foto)\b")
# A live page's marks: an update's with nothing after it ("Update vom 26. Mai um 14.29 Uhr:"; with the update's
# headline after the colon it is the page's text), an entry's time and its writer, The Independent's ("07:16 , Jane
# Roe"; "07:16, drei Tore" is an entry).
LIVE_MARKS = re.compile(r"^update vom [^:]{4,40}? uhr$|^\d{1,2}:\d\d , [a-z][\w'’-]+(?: [a-z][\w'’-]+){1,2}$")
# A player's and a toolbar's words: a streaming site's promotion ("Każdy mecz ... oglądaj na żywo w Eurosporcie ..."),
# JPI Media's video pointer, Postmedia's failed player, the Washington Post's toolbar, a Czech site's audio version.
PLAYER_NOTES = re.compile(r"^.{0,80}\boglądaj na żywo\b.{0,80}$|^watch more of our videos on \S.{0,30}$"
                          r"|^tap here to see other videos from our team\b|^we apologi[sz]e, but this video has failed "
                          r"to load\b|^listen \d+ min comment on this story\b|^článek si také můžete poslechnout\b")
# A broadcaster's box of where to follow an event: "Coverage: Watch live on BBC TV, BBC iPlayer ...".
COVERAGE_BOX = re.compile(r"^coverage: (?:watch|listen|follow)(?: live)? (?:on|to)\b.{0,300}$")
WHOLE_LINE_NOTICES = (ARTICLE_AGE, COMMENT_RULES, POSTED_AGO, PRINT_NOTE, OPINION_NOTE, RIGHTS_NOTICE, MORE_CAPS,
                      UPDATE_NOTE, FILED_UNDER, BOX_MARK, MARKUP_LEFT, UNEDITED_FEED, IN_THIS_ARTICLE, AGED_TEASER,
                      MACHINE_ID, HOLDINGS_DISCLOSURE, READER_NOTE, PAGE_VIEWS, NEWSLETTER_CONSENT,
                      SITE_PLEA, TWEET_LABEL)
NORMAL_LINE_NOTICES = (SLOGAN, MORE_IN, MORE_SOON, PRINT_EDITION, CHECK_BACK, PAGE_COUNT, FOLLOW_US, GALLERY_BUTTON,
                       SHARE_COUNT, GALLERY_COUNTER, SPONSOR_LABEL, PAYWALL, TV_SCHEDULE, STAY_WITH, CONTINUES_AFTER,
                       STORY_TIP, MEDIA_CARD, CORRECTION_BID, LIVE_POINTER, PRESS_RELEASE, CLICK_HERE, PRINT_HEADER,
                       EMBED_TEXT, LIKE_US, NEWSLETTER_BOX, GALLERY_CREDIT, BREAKING_NOTE, GALLERY_BOX, GALLERY_TITLE,
                       ACCOUNT_LINKS, AD_NOT_LOADED, TEMPLATE_TAGS, OLD_BROWSER, READ_FULL, ABOVE_STORY,
                       SYNDICATION_NOTE, SCRIPT_LEFT, COMMENT_FORM, STAMP_ALONE, ENLARGE_IMAGE, WIDGET_TEXT, NEW_WINDOW,
                       COMMENT_POSTED, COMMENT_INVITE, EMBARGO_NOTICE, COVERAGE_BOX, BROADCAST_NOTE,
                       PRESS_CONTACT, GALLERY_POINTER, LIVE_MARKS, PLAYER_NOTES)
