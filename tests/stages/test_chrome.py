"""Site chrome: whole lines by vocabulary and shape, in several languages; never a line of the article."""

import pytest

from flows.document import Document
from flows.stages.captions import glued_credit
from flows.stages.chrome import ChromeStep, chrome_reason, head_chrome_reason, restore
from flows.stages.dates import is_date_line
from flows.stages.signoffs import sign_off
from flows.step import run_steps


@pytest.mark.parametrize("line, reason", [
    ("Advertisement", "chrome"), ("ADVERTISEMENT", "chrome"), ("Anzeige", "chrome"), ("Publicidad", "chrome"),
    ("Leia mais", "chrome"), ("Pubblicità", "chrome"), ("Read more >>", "chrome"), ("×", "chrome"),
    ("This article is more than 2 years old", "chrome"), ("3 min read", "chrome"),
    ("Share on Facebook Share on Twitter Email", "share_bar"), ("Home › News › Europe ›", "breadcrumb"),
    ("Home > Business > Tech >", "breadcrumb"), ("Image copyright Getty Images", "chrome"),
    ("Foto: Jan Müller/dpa", "credit"), ("Efrem Lukatsky/AP", "credit"), ("|France", "chrome"),
    ("Topic | Brexit", "chrome"), ("qr appleapp webqr android web", "chrome"),
    ("By The Associated Press", "credit"), ("von dpa", "credit"), ("AFP", "credit"), ("By Jane Doe", "credit"),
    ("Por María López y Juan Pérez", "credit"), ("Texto: Folha de São Paulo", "credit"), ("Actualizado:", "chrome"),
    ("Updated", "chrome"), ("par France 24 FR", "credit"),
    # round 26's pages: a chart's and a picture library's credits, a writer's post after a spaced comma, a wire's
    # reporters, an age and its section, a stamp with its comment link, Swedish "read more", a holdings disclosure
    ("Data: FactSet; Chart: Example Visuals", "credit"), ("Photo by JaneRoe from Flickr.", "credit"),
    ("Jane Roe , Example Staff Writer  ", "credit"), ("By Press Association reporters", "credit"),
    ("22 mins ago - Economy & Business", "chrome"), ("LÄS MER: Klubben tar guld – oväntad målhjälte", "chrome"),
    ("On the date of publication, Jane Roe did not have (either directly or indirectly) any positions in the "
     "securities mentioned in this article.", "chrome"), ("new", "chrome"),
    # round 27's: a featured picture's courtesy, a byline's desk address after a slash, text-size buttons, an outlet
    # and the agency it took the story from, an Italian report's credits, a membership pitch, a path from home
    ("Featured Image Courtesy: Jane Roe/ Twitter", "credit"), ("By Jane Roe / desk@example.com", "credit"),
    ("A- A+", "chrome"), ("Con La Nación - GDA", "credit"), ("Von B.Z./dpa", "credit"),
    ("Servizio di Jane Roe, montaggio di John Doe", "credit"), ("LA DIRETTA VIDEO", "chrome"),
    ("Quick Read", "chrome"), ("Become a member", "chrome"), ("Home / Example Bay Times", "breadcrumb"),
    # round 28's: staff and CBC bylines, a name and the site's address after a dash, a name and a slash, a caption's
    # stop left over its credit, "DR", a French paywall, Spanish "Lea sobre:", reader notes, a page-view counter, an
    # Instagram post's signature, a newsletter's consent, an external-content notice, a player's blank times, Zeit's
    # contents, text-size buttons, the Globe's and the CBC's furniture
    ("By WXYZ news staff", "credit"), ("Jane Roe · CBC News ·", "credit"), ("Jane Roe - Example.com", "credit"),
    ("Jane Roe /", "credit"), (". © Belga", "credit"), ("DR", "credit"),
    ("Cet article est réservé à nos abonnés. L’information de qualité a un prix.", "chrome"),
    ("Lea sobre: Victoria histórica en el GP de España", "chrome"),
    ("Note: This article references topics that some readers may find distressing. Support is available.", "chrome"),
    ("Note to readers: This is a corrected story, a previous version said otherwise.", "chrome"),
    ("  • Page Views 74", "chrome"), ("A post shared by Jane Roe (@janeroe)", "chrome"),
    ("By providing an email address. I agree to the Terms of Use and", "chrome"),
    ("Den folgenden Inhalt übernehmen wir von externen Partnern.", "chrome"),
    ("Le reportage de Jane Roe --'-- --'--", "chrome"), ("Inhalt Auf einer Seite lesen Inhalt Seite 1 — X", "chrome"),
    ("A A", "chrome"), ("Open this photo in gallery", "chrome"), ("Skip to Main ContentAccessibility Help", "chrome"),
    # round 29's: a follow bid with the addresses, a developing story's note, an age in words, a site's plea, the Daily
    # Mail's comment box, a credit with a dash in its name, a team's byline, a byline for an outlet, a handout, Polish
    # video links, a box's heading with the outlet
    ("Like us on Facebook at http://www.facebook.com/example and follow us on Twitter at http://twitter.com/example",
     "chrome"), ("This is a developing story. The Times will have more on her win soon.", "chrome"),
    ("one hour ago", "chrome"), ("PAY ATTENTION: Follow us on Instagram - get the news in your app!", "chrome"),
    ("If you value what this story gives you, please consider supporting the Example Gazette.", "chrome"),
    ("Share what you think", "chrome"), ("By posting your comment you agree to our house rules.", "chrome"),
    ("Jane Roe–Bloomberg/Getty Images", "credit"), ("by Ship & Port News Team", "credit"),
    ("By Afp and Jane Roe for MailOnline", "credit"), ("Example Canal Authority/Handout via Reuters", "credit"),
    ('Zobacz wideo "Zmieniła się mentalność piłkarzy"', "chrome"), ("Most Popular on TIME", "chrome"),
    # round 30's: a photographer with a particle in the name, an agency's pictures via another, writers in capitals
    # with their agency, a date then the agency, RFI's correspondent, a wire's credits broken over two lines, a
    # German quotes widget, a live page's comment, a bid to comment, a wire's embargo, a broadcaster's coverage box,
    # an embedded tweet's label, a press release's end, UPI's related links, a Dutch pointer at the pictures
    ("Ana de Abreu/Getty Images", "credit"), ("Getty Images via AFP", "credit"),
    ("By JANE R. ROE and JOHN DOE Associated Press", "credit"),
    ("Friday, July 8, 2022 | The Associated Press", "credit"),
    ("Avec notre correspondant à Washington, Jane Roe", "credit"),
    ("(Reporting by Jane Roe in Washington and John Doe in New", "credit"), ("York; Editing by Jim Poe)", "credit"),
    ("Aktien in diesem Artikel", "chrome"), ("  • Comment posted by JaneR, today at 08:36", "chrome"),
    ("Have more to add to the story? Comment below and stay tuned for more!", "chrome"),
    ("NOT FOR RELEASE, PUBLICATION OR DISTRIBUTION, IN WHOLE OR IN PART,", "chrome"),
    ("Coverage: Watch live on BBC TV, BBC iPlayer and online; Listen on BBC Radio 5 Live", "chrome"),
    ("Tweet By Example Pharma:", "chrome"), ("###", "chrome"),
    ("RELATED Medal Count: 2022 Beijing Winter Olympics", "chrome"),
    ("BEKIJK hier nog eens de beelden van de begrafenis:", "chrome"),
    # round 31's: ARD's broadcast note, an Italian paywall, RFI's byline, Instagram's embed in French, an agency and
    # the newsroom, a report's credit in brackets, bylines after "di", "Saiba mais", a name via an agency, F.A.Z.'s
    # writer's box, a press release's contact, Global News's comment notices
    ("Über dieses Thema berichtete die tagesschau am 24. Februar 2018 um 20:00 Uhr.", "chrome"),
    ("Il testo completo di questo contenuto a pagamento è disponibile agli utenti abbonati", "chrome"),
    ("Texte par : RFI Suivre 1 mn", "credit"), ("Agencias | Redacción", "credit"),
    ("Voir cette publication sur Instagram Une publication partagée par Jane Roe (@janeroe) le 3 Juin 2020", "chrome"),
    ("(Servizio di Jane Roe)", "credit"), ("di Jane Roe, John Doe e Redazione Online", "credit"),
    ('Saiba mais: Ministro apresenta demissão pela "tranquilidade institucional"', "chrome"),
    ("JANE ROE via Getty Images", "credit"), ("Jane Roe Korrespondentin für Sport in Berlin.", "credit"),
    ("CONTACT: Conservation Officer Jane Roe 603-555-0100 August 6, 2020", "chrome"),
    ("Comments closed.", "chrome"), ("Please see our Commenting Policy for more.", "chrome"),
    # round 32's: a byline with its agency in brackets and the date, a gallery's counter and pointer, a live page's
    # update mark alone, a page's publication note, comment-box notices, a most-read box with its section, video cards,
    # a TV station's stream button, a streaming promotion, a picture via an agency after a slash
    ("Von: Jane Roe (dpa) | 16.10.20", "credit"), ("1 /142 GUARDA le altre FOTOGALLERY", "chrome"), ("1/17", "chrome"),
    ("Update vom 26. Mai um 14.29 Uhr:", "chrome"), ("This article was published today at 12:10 p.m.", "chrome"),
    ("Comments on: PHOTO: Goats escape", "chrome"), ("You must login to make comments.", "chrome"),
    ("Most Read Nation & World Stories", "chrome"), ("BTS samba durante show em São Paulo; ASSISTA", "chrome"),
    ('20.40 min Tarde lo que tarde - Chanel: "Lo dimos todo" - Ver ahora', "chrome"),
    ("STREAMING NOW: Watch Now", "chrome"), ("Każdy mecz oglądaj na żywo w Eurosporcie w Playerze", "chrome"),
    ("Jane Roe/The Example Post via Getty Images", "credit"),
    # round 33's: ad and player furniture, a live page's time and writer, a credit in brackets with a slash, offers,
    # video pointers, a wire's correction, a player's notice, a toolbar, a Czech audio prompt, a name by itself, "Ep"
    ("Advertisement Hide Ad", "chrome"), ("Scroll to continue with content Ad ADVERTISEMENT", "chrome"),
    ("07:16 , Jane Roe", "chrome"), ("(foto AP Photo/Jane Roe)", "credit"), ("continua após publicidade .", "chrome"),
    ("$20 for 365 Days of Unlimited Digital Access", "chrome"), ("Watch more of our videos on Shots!", "chrome"),
    ("We apologize, but this video has failed to load.", "chrome"),
    ("(corrige la NA4024 por error en la fecha)", "chrome"),
    ("Sorry, this content isn't available on your device.", "chrome"),
    ("Listen 3 min Comment on this story Comment Gift Article Share", "chrome"),
    ("Článek si také můžete poslechnout v audioverzi.", "chrome"), ("Jane Roe by Jane Roe", "credit"), ("Ep", "credit"),
    # round 34's: share prompts and buttons, a notice for screen readers, an aggregator's link to its source, a
    # search box, a station's comment policy and call for ideas, a rights and a reprint notice, numbered ad slots,
    # WordPress's comment mark, audio and video cards, a pointer at an embed, a tag line, a writer's initials,
    # a file photo in Greek, an agency's pictures, follow prompts with the account, an adblock notice, more to come
    ("Share this article with Google Plus", "chrome"), ("Teilen Weiterleiten", "share_bar"),
    ("Weiterleiten Drucken", "share_bar"),
    ("Please ensure Javascript is enabled for purposes of website accessibility", "chrome"),
    ("Read it at Example News", "chrome"), ('Weitere Suchergebnisse zu "Example":', "chrome"),
    ("KXXX News 9 is committed to providing a forum for civil and constructive conversation.", "chrome"),
    ("If you would like to share a story idea, please submit it here.", "chrome"),
    ("Tous droits de reproduction et de représentation réservés (Copyright 2018 Exemple)", "chrome"),
    ("This copy is for your personal non-commercial use only. To order copies, please go to: www.example.com",
     "chrome"),
    ("Ihr Exemplar jeden Tag druckfrisch in Ihrem Briefkasten", "chrome"), ("Advert 10", "chrome"),
    ("By: Jane Roe January 7, 2022 Comments Off on Old bridge to reopen", "chrome"),
    ("AUDIO: Die Brücke wird wieder geöffnet (1 Min)", "chrome"), ("01.08 min ¿Cuándo reabre el puente?", "chrome"),
    ("Bekijk hier welke winkels zaterdag meedoen:", "chrome"), ("Dans : Premier League, Foot Europeen.", "chrome"),
    ("E.D.", "credit"), ("(φωτό αρχείου)", "chrome"), ("PA Images", "chrome"),
    ("Follow us on Twitter @ExampleNews", "chrome"), ("A link has been posted to your Facebook feed.", "chrome"),
    ("adblock ativo", "chrome"), ("More coming …", "chrome"), ("Reporting by The Associated Press.", "chrome"),
    # round 35's: the AP's rights notice, a wire's sign-up prompt, a tags heading, a broadcaster's picture rights, a
    # related link in brackets or after "VEA:", two gallery counters, a pointer at a post, a live blog's pointer
    # after a clause, the NOS's note to its app's readers, an agency in brackets, an Italian stamp
    ("© Copyright 2022 The Associated Press. All rights reserved. This material may not be published, broadcast, "
     "rewritten or redistributed.", "chrome"),
    ("Register now for FREE unlimited access to Reuters.com", "chrome"), ("Etiquetas", "chrome"),
    ("Bildrechte: Jane Roe/dpa", "credit"), ("(Le puede interesar: El puente reabrirá en mayo)", "chrome"),
    ("VEA: El puente reabrirá en mayo", "chrome"), ("4/4 1 / 4", "chrome"),
    ("To view the full Facebook post, visit here.", "chrome"),
    ("For all the latest news on the bridge, follow our live blog", "chrome"),
    ("Voor de appgebruikers: tik op de tweet om de video te bekijken.", "chrome"),
    ("Speel mee met het spel! Voor de appgebruikers: tik hier.", "chrome"), ("(ITALPRESS).", "credit"),
    # round 36's: share and sign-up boxes, a video box's link, a tip bid, a section's more-box, a registration wall and
    # its reCAPTCHA notice, a comment forum's invitation, a text-size control, a gallery's counter with its credit
    ("Shareclose", "chrome"), ("Share this with Close", "chrome"), ("Enter email address Sign Me Up", "chrome"),
    ("EMBED </>More Videos", "chrome"), ("* Send us a news tip", "chrome"), ("More Politics", "chrome"),
    ("Register for free to continue reading", "chrome"), ("Already have an account? sign in", "chrome"),
    ("This site is protected by reCAPTCHA and the Google Privacy policy and Terms of service apply.", "chrome"),
    ("Join thought-provoking conversations, follow other Example readers and see their replies", "chrome"),
    ("Get the free Morning Headlines email for news from our reporters Sign up to our free email Please enter a valid "
     "email address SIGN UP I would like to be emailed about offers, events and updates from Example. Read our privacy "
     "notice Thanks for signing up to the", "chrome"),
    ("  • Font", "chrome"), ("1/8 credits: Jane Roe", "chrome"),
    # round 37's: a station's byline of a network's story, a picture credit with the agency in lower case, a TV
    # report's credit, a Portuguese paywall, an agency's alt text, a wire's help, a Spanish related link
    ("Posted By: By Jane Roe, John Doe and Ann Lee, CNN", "credit"), ("Jane Roe/dpa", "credit"),
    ("Il servizio di Jane Roe (montaggio di John Doe)", "credit"),
    ("Este artigo é exclusivo para os nossos assinantes: assine agora e beneficie de leitura ilimitada.", "chrome"),
    ("ESA title", "chrome"), ("With News Wire Services", "chrome"), ("Ver más: El puente reabrirá en mayo", "chrome"),
    # round 38's: an agency feed's disclaimer, a date widget, a writers' box with its follow buttons, a tags line in
    # German, a site's placeholders and links, an online newsroom's byline
    ("Disclaimer: This post has been auto-published from an agency feed without any modifications to the text",
     "chrome"), ("Today is Tuesday May 31, 2022", "chrome"), ("Author Bio", "chrome"),
    ("Jane Roe Redakteurin in der Wirtschaft. Folgen Ich folge", "chrome"), ("Themen: Europa, Recht", "chrome"),
    ("< a min read", "chrome"), ("Breaking News image", "chrome"), ("Rédaction en ligne", "chrome"),
    # round 39's: a video pointer with its play mark, an ad slot's notice, social and feedback boxes, a picture's
    # archive note, a theme label
    ("▶ Bekijk: beelden van de brug", "chrome"), ("Left6:No existe configuración de publicidad para el slot", "chrome"),
    ("Connect on Linked in", "chrome"), ("(Beeld uit archief)", "chrome"), ("Theme: Politics", "chrome"),
    ("Select your Category", "chrome"),
    # round 40's: two ad slots' labels run together, a player's placeholder, a wire's promise, a video newsletter's
    # prompt, a masthead's slogan, a broadcaster's note, an editor's initials, related links after a dash or in
    # brackets
    ("Advertisement Advertisement", "chrome"), ("Loading player", "chrome"), ("More details coming soon …", "chrome"),
    ("Watch the stories that matter, right from your inbox", "chrome"),
    ("The Washington PostDemocracy Dies in Darkness", "chrome"),
    ("Über dieses Thema berichtete tagesschau24 am 3. Mai 2019 um 11:00 Uhr.", "chrome"), ("di lal", "credit"),
    ("– Read also: Farmers block the bridge again", "chrome"), ("(En contexto: La frontera reabre)", "chrome"),
    # round 41's: a skip link with its pixel, sign-in and follow prompts, icon-named share bars, a view counter, a
    # handle alone, an agency's credit before the name, a scraper's path, a related link without its colon, Irish
    # local sites' boxes, Globo's gallery copy of a caption, a slider's settings
    ("fb-pixel Skip to main content", "chrome"), ("Sign in to your account", "chrome"),
    ("Facebook-f Twitter Instagram Youtube", "share_bar"), ("LINKEDIN 1 COMMENTMORE", "share_bar"),
    ("699 Visite", "chrome"), ("(@ExampleNews)", "chrome"), ("dpa/Jane Roe", "credit"),
    ("/html/head/meta[@name='og:title']/@content", "chrome"), ("Te puede interesar El puente reabre en mayo", "chrome"),
    ("Únete a nosotros en Instagram", "chrome"), ("By on", "chrome"), ("Buy a paper", "chrome"),
    ("Subscribe or register today to discover more from Example.ie", "chrome"),
    ("Subscribe now and get unlimited digital access on web and our apps", "chrome"),
    ("If you have a story or want to send a photo or video to us please contact the editorial team.", "chrome"),
    ("1 de 1 Ponte velha reabre em maio — Foto: Jane Roe/Agência", "chrome"),
    ("15 49.0138 8.38624 arrow 0 bullet 1 8000 1 0 horizontal http://example.ie 300 4000", "chrome"),
    # round 42's: RFI's writer's line, a reading time with a hyphen, a menu's and a logo's alt text, skip links, a
    # cookie plugin's notice, a pointer at the live ticker, full-story and related links, initials in square
    # brackets, a review's stars, Gazeta.pl's pointer
    ("Texte par : RFI Suivre 2 min", "credit"), ("1-min read", "chrome"), ("Hamburger Menu", "chrome"),
    ("Logo", "chrome"), ("Jump to navigation", "chrome"), ("Privacy Overview", "chrome"),
    ("This website uses cookies so that we can provide you with the best user experience possible. Cookie "
     "information is stored in your browser and performs functions such as recognising you when you return to our "
     "website and helping our team to understand which sections of the website you find most interesting.", "chrome"),
    ("HIER GEHT ES ZUM LIVETICKER", "chrome"), ("Leia a notícia completa no Jornal", "chrome"),
    ("Per approfondire leggi anche: Il ponte riapre a maggio", "chrome"), ("[sid/hm]", "credit"),
    ("Więcej o moście przeczytasz na Example.pl", "chrome"),
    # round 43's: a market site's bar and app link, a breadcrumb run together, a sign-off after a dash, an Indian
    # byline bar, a ticker's "In this article", a topic prompt, a print view's tools, a form's spam check, a
    # related link run into its headline or in Slovak, pointers at the live blog, a player's help, a free update
    ("GET LIVE MARKET QUOTES & NEWS", "chrome"), ("Download App", "chrome"), ("HomeNewsWorld", "breadcrumb"),
    ("- Agencies/rw", "credit"), ("– Example.com", "credit"),
    ("Reported By:Jane Roe| Edited By: John Doe |Source: Example Desk |Updated: Nov 24, 2022, 12:55 PM IST", "credit"),
    ("In this article:", "chrome"), ("Follow your favourite topic and get notified", "chrome"),
    ("Seite per E-Mail senden", "chrome"), ("Schriftgröße kleiner", "chrome"),
    ("Spam-Schutz: Bitte ziehen Sie die richtige Form in das rechte Feld.", "chrome"),
    ("À lire aussiLe vieux pont rouvre en mai", "chrome"), ("VIAC O TÉME: Voľby 2019", "chrome"),
    ("Lesen Sie alle Entwicklungen zur Wahl in unserem Liveblog.", "chrome"),
    ("Sollte der Stream nicht korrekt angezeigt werden, klicken Sie hier.", "chrome"),
    ("To provide our community with important public safety information, the Example Journal is making this update "
     "free to read. To support important local journalism, please consider subscribing.", "chrome"),
    # round 44's: a wire photo's slug, a wire editor's note, a breadcrumb with a chevron, an author's label, a sign-off
    # after a minus sign, a story's wires, related links (ABC's, El Tiempo's, a box's after a dash and a chevron), an
    # aggregator's pointer, a web app's tip, a consent box, WordPress's comment form, players' and audio labels
    ("FILES-CANADA-POLITICS-VIRUS-HEALTH-TRUDEAU", "chrome"), ("(ATTN: UPDATES with the final count)", "chrome"),
    ("Home » World", "breadcrumb"), ("Author: Example news desk", "credit"), ("− afp", "credit"),
    ("with Reuters, Washington Post", "credit"), ("Related Story: Town rebuilds after the fire", "chrome"),
    ("(También: El puente reabre en mayo)", "chrome"), ("READ MORE AT EXAMPLE", "chrome"),
    ("- » Bridge reopens after two years", "chrome"),
    ("tap to bring up your browser menu and select 'Add to homescreen' to pin the web app", "chrome"),
    ("Um eingebettete Inhalte anzuzeigen, ist deine widerrufliche Einwilligung in die Übermittlung notwendig.",
     "chrome"),
    ("Please enter your comment!", "chrome"), ("Go to Contents Go to Navigation", "chrome"),
    ("This site uses Akismet to reduce spam. Learn how your comment data is processed.", "chrome"),
    ("Cargando el reproductor....", "chrome"), ("Escucha esta nota aquí", "chrome"),
    ("*CERTAINES IMAGES PEUVENT CHOQUER*", "chrome"),
    # round 45's: a related link after three marks, an ad blocker's notice, a radio's cookie box for embeds, 20
    # Minutes' recommendations, a Flemish dossier's link, a Dutch full-interview link, Portuguese embed pointers and
    # an ad's "continue reading"
    ("►►► À lire aussi : Le vieux pont rouvre en mai", "chrome"),
    ("Vous utilisez un bloqueur de publicité. Nous vous conseillons de le désactiver.", "chrome"),
    ("Ces cookies permettent de partager ou réagir directement sur les réseaux sociaux.", "chrome"),
    ("À ce sujet, la rédaction vous recommande RÉSULTATS. Le vieux pont rouvre en mai", "chrome"),
    ("Lees meer over de oude brug in dit dossier.", "chrome"),
    ("Lees het volledige interview met de burgemeester", "chrome"),
    ("Veja as publicações:", "chrome"), ("PUB • CONTINUE A LER A SEGUIR", "chrome"),
    # round 46's: a site's name with its .co.nz, the AP's credit alone, Radio-Canada's byline, a radio's broadcast
    # note, a related link without its colon in German, a TV site's call for pictures, a player's and a site's boxes
    ("Example.co.nz", "chrome"), ("(AP Photo/Jane Roe)", "credit"), ("Un texte de Jane Roe", "credit"),
    ("This segment aired on December 3, 2019.", "chrome"),
    ("Lesen Sie auch Alte Brücke wird im Mai geöffnet", "chrome"),
    ("Send your photos, videos and stories to Example News desk@example.com", "chrome"),
    ("Click to play video: 'The old bridge reopens to walkers and cyclists after four years of repairs'", "chrome"),
    ("Mehr zum Video anzeigen", "chrome"), ("Suggested for you", "chrome"), ("Previous story", "chrome"),
    ("Just Posted", "chrome"), ("Story continues", "chrome"), ("TV Programs", "chrome"),
    # round 47's: the BBC's share tools, a site's cookie notice, a player's note, a Danish audio offer, a Nordic follow
    # prompt, a donation box
    ("- Share this with Facebook", "chrome"), ("Copy this linkRead more about sharing.", "chrome"),
    ("This site uses cookies to improve your experience and to provide services and advertising.", "chrome"),
    ("Please use Chrome browser for a more accessible video player", "chrome"),
    ("Vil du lytte til artiklen? Køb et abonnement og lyt med det samme.", "chrome"),
    ("Følg Example Oslo på Facebook!", "chrome"), ("Support The Journal", "chrome"),
    ("16:15Sports - Manchester United : Amorim soutenu par Ferdinand malgré la crise de résultats", "chrome"),
    ("David Cameron.David Cameron.", "chrome"), ("Crédits : Marie Dupont / Agence", "credit"),
    ("Meld je aan voor onze nieuwsbrief en mis niets.", "chrome"),
    ("Activez les notifications sur votre navigateur pour ne rien manquer.", "chrome"),
    ("Lesen Sie weiter mit unserem Probemonat für 1 Euro.", "chrome"),
    ("Sign up to our morning newsletter and get the news in your inbox.", "chrome"),
    # round 48's: a paper's note for its app readers, an Indian site's pitch, a story reposted from the archive, a
    # Polish rights notice, a wire's French credits, an Italian picture agency, a German source link, a breadcrumb's
    # dangling bar, a podcast page's language switch
    ("(If you are viewing this on The Example app, click this link to open the scorecard in your browser)", "chrome"),
    ("(For all the latest News, Sports and Business updates, visit Example Journal. Also, follow us on Twitter)",
     "chrome"),
    ("(This story was first published on 10 July 2018. It has been reposted from our archives.)", "chrome"),
    ("Kopiowanie i rozpowszechnianie zdjęć bez zgody autora zabronione.", "chrome"),
    ("(Rédigé par Jeanne Dupont et Jean Roe, édité par Marie Durand)", "credit"), ("(FOTOGRAMMA)", "credit"),
    ("zur Originalmeldung", "chrome"), ("Berlin: Staatsoper |", "chrome"), ("Available in other languages", "chrome"),
    # round 49's: a byline bar with its agency and date, a syndicator's label, boxes' headings, a local paper's
    # prompts, a French credit with its channel, hashtags alone, an editor's empty tag
    ("By JANE ROE AND JOHN DOE | Associated Press | Published: February 13, 2017", "credit"),
    ("Published By: Example Africa - Today", "credit"), ("from around the web", "chrome"),
    ("more top news", "chrome"), ("Recommended on Example News", "chrome"), ("Never miss a local story.", "chrome"),
    ("Sign up today for unlimited digital access to our website, apps, the digital newspaper and more.", "chrome"),
    ("Avec France 24", "credit"), ("#asteroid #space #mission", "chrome"),
    ('<span data-mce-type="bookmark" style="display: inline-block;" class="mce_SELRES_start"></span>', "chrome"),
    # round 50's: the BBC's desk under a byline, a site's way home and its skip links, an ad's choices, a paywall's
    # offer, a site's pitch, an avatar's alt text
    ("BBC News, London", "credit"), ("Go to the Example Gazette homepage", "chrome"),
    ("Jump to main navigationJump to main content", "chrome"), ("AdChoices", "chrome"),
    ("To enjoy additional benefits", "chrome"), ("author avatar image", "chrome"),
    ("Catch up on all the latest Crime, National and Sports news here. Also download our apps.", "chrome"),
    # round 51's: boxes' headings with their colon, a byline with its colon, a syndicated story's source, a live page's
    # refresh note, a desk and its site, bracketed bids, a site's thanks for reading
    ("TRENDING STORIES:", "chrome"), ("Quick links:", "chrome"), ("Next Up:", "chrome"),
    ("by: Jane Roe and Example Media Wire", "credit"), ("Story from Example News", "credit"),
    ("+++ Please refresh (F5) for the latest +++", "chrome"), ("Newsroom example.gr", "credit"),
    ("[SIGN UP: Example Daily Headlines Newsletter]", "chrome"),
    ("[DOWNLOAD: Free Example News app for alerts as news breaks]", "chrome"),
    ("Thank you for taking the time to read this article, do come back for more.", "chrome"),
    # round 52's: a Polish refresh prompt, a French picture's mark, a link behind a bar, a Latvian advert's note, a
    # video's credit, a bid for comments after a question, a player's time, a notice said twice, a summary's label
    ("Aby odświeżyć stronę wciśnij F5 lub włącz automatyczne odświeżanie :", "chrome"),
    ("Pour illustration", "chrome"), ("READ | Council backs the bridge plan", "chrome"),
    ("Saturs turpināsies pēc reklāmas Reklāma", "chrome"), ("Video Credit: Example News - Published", "credit"),
    ("What do you expect from the new phone? Let us know in the comments.", "chrome"),
    ("Time : 2 mn 26 / [1]", "chrome"), ("English summary", "chrome"),
    ("Your browser does not support the audio element. Your browser does not support the audio element.", "chrome"),
    # round 53's: a newspaper's link to its print edition, an accessibility statement's link
    ("TODAY'S PAPER", "chrome"), ("Accessibility statement", "chrome"),
    # round 54's: a breadcrumb by angle marks, a press release's number, a playlist's video with its length, a
    # picture's courtesy
    ("International › APA", "chrome"), ("Nr. 2153", "chrome"), ("Fence goes up around the old church 0:45", "chrome"),
    ("Courtesy of Jane Roe, Example Record Searchlight", "credit"),
    # round 55's: a share widget's text, a sign-up box's message, a European broadcaster's credit
    ("Spread the love", "chrome"), ("Registration was successful!", "chrome"), ("Par euronews", "credit"),
    # round 56's: a comment bid, a share box's e-mail form, a newsletter's box run into a line, a site's banner
    ("Have your say", "chrome"),
    ("Share Email this article to a friend To send a link to this page you must be logged in.", "chrome"),
    ("For free news alerts sent to your inbox sign up to our breaking news emails Sign up to our free breaking news "
     "emails Please enter a valid email address SIGN UP I would like to be emailed about offers. Read our privacy "
     "notice Thanks for signing up to the", "chrome"),
    ("Take a look at the beta version of example.com. We're not done yet! Your opinion can help us make it better.",
     "chrome"),
    # round 57's: a video's placeholder, a registration wall, a French link to read again, a Romanian picture's
    # source, an Italian picture agency with its partner, Reuters' French credits, a rating's alt text, Radio
    # France's player, a weather box, a Danish tip box, a Slovak video promo, a live feed's label, a story to follow
    ("Voir la vidéo", "chrome"), ("This article is free to read if you register or sign in.", "chrome"),
    ("(Re)lire : Portrait : Jane Roe, un homme si discret", "chrome"), ("Sursa foto: ANM", "credit"),
    ("(FOTOGRAMMA/IPA)", "credit"), ("Avec Reuters (Jane Roe, version française John Doe, édité par Jean Dupont)",
                                     "credit"),
    ("3 star star star star star", "chrome"), ("Le détail du verdict par Jane Roe 2 min France Culture", "chrome"),
    ("20°C / 22°C", "chrome"), ("Ved du noget? Tip os på 1224", "chrome"), ("Pozrite si video", "chrome"),
    ("Notre fil info :", "chrome"), ("DÉVELOPPEMENT SUIT", "chrome"),
    # round 58's: a network desk's byline with initials, a photographer's handle, pointers at lost embeds, a police
    # press release's stamp, SRF's video box, an Italian byline with its day, a channel's label, a player's label, a
    # widget's error, an opinion page's note, a blog's comment box, a share bar's head, a Nordic newsletter bid, a
    # paywall's marks, an agency's short name
    ("Von RND/mkr/fw/dpa", "credit"), ("@Jane Roe", "credit"), ("Δείτε το Tweet από το 112:", "chrome"),
    ("Regardez le reportage d'Outre-mer la 1ère :", "chrome"), ("Tiedote 2.1.2023 | Poliisi", "chrome"),
    ("Example Oy 10.10.2018 13:00 | Tiedote", "chrome"),
    ("00:52 Video Jane Roe lässt der Konkurrenz keine Chance Aus Tokyo 2020 Clips vom 01.08.2021. abspielen",
     "chrome"),
    ("di Jane 4 Novembre 2021", "credit"), ("Outre-mer la 1ère •", "chrome"), ("Audio", "chrome"),
    ("Left6:No existe configuración", "chrome"),
    ("(The views expressed by the author in the article are his/her own.)", "chrome"), ("No comments:", "chrome"),
    ("Thanks for taking the time to comment. Comments are moderated before being published. Please be civil.",
     "chrome"),
    ("Share this: Print", "chrome"), ("Få nyhetsbrev fra Example. Meld deg på her !", "chrome"),
    ("Exklusiv für", "chrome"), ("SVZ+ Nutzer", "chrome"), ("dts", "credit"),
    # round 59's: related boxes' labels, read-on links, a note that the text goes on under the video, a sports wire,
    # aggregators' source lines, an Indian paper's credit to another, a picture's file name, Bild's byline, pointers
    # at live streams, a poll's prompt
    ("Correlati", "chrome"), ("Das wird Dich auch interessieren", "chrome"), ("Continuar a ler", "chrome"),
    ("Saber más", "chrome"), ("De tekst gaat verder onder de video.", "chrome"), ("Omnisport", "credit"),
    ("Example? Monday, 6 April 2020 ()", "chrome"), ("Blic pre 1 sat | Tanjug", "chrome"),
    ("(Inputs from The Example Express)", "credit"), ("JaneRoe - Cropped", "chrome"),
    ("Von: jane roe und john doe (z.zt. in budapest)", "credit"),
    ("Podívejte se na živý přenos z demonstrace:", "chrome"),
    ("Na přímý přenos z Václavského náměstí se můžete podívat zde:", "chrome"),
    ("Lukt het niet te stemmen? Klik dan hier.", "chrome"),
    # round 60's: a live page's update mark, an Italian feed's footer, a picture's note, a live page's time zone, a
    # gallery's scroll prompt
    ("+++ Update +++", "chrome"), ("L'articolo Emergenza neve, caos a Roma sembra essere il ...", "chrome"),
    ("L'articolo .", "chrome"), ("Foto di repertorio", "chrome"),
    ("All updates in Universal Coordinated Time (UTC)", "chrome"), ("Scroll To See More Images", "chrome"),
    # round 61's: a tags line, a Portuguese relative stamp, Lusa's initials, a wire's French update note, a section and
    # its reading time, other reporters, an aggregator's video note, a player's label, HLN's time and count, DPG
    # Media's consent notice, a pointer at results, live boxes' labels, an enlarge button, a Polish related link
    ("Temas: Droga Cocaína Apreensão", "chrome"), ("Há 1h e 27min", "chrome"), ("Agência Lusa , MJC", "chrome"),
    ("(Actualisé avec Jane Roe chargée de former le gouvernement)", "chrome"), ("International 9 min.", "chrome"),
    ("- with reporting from Jane Roe", "credit"),
    ('The Example Times published this video item, entitled "Coming up" - below is their description.', "chrome"),
    ("Showing Now | News", "chrome"), ("08u19 16", "chrome"),
    ("Onze excuses Helaas kunnen wij deze social post, liveblog of anders niet tonen omdat het één of meerdere social "
     "media-elementen bevat.", "chrome"),
    ("- Full live results here", "chrome"), ("Gli aggiornamenti in diretta", "chrome"),
    ("LEGGI LA NOTIZIA", "chrome"), ("vergroot", "chrome"), ("ZOBACZ: Jane Roe: protesty wyglądają inaczej", "chrome"),
    # round 62's: a Norwegian stamp, a related story in spaced brackets, the AP's credit to a member paper, a station's
    # app bid, a Spanish wire's update note, a link to another language, a share button's message, ERR, a Ukrainian
    # byline
    ("Publisert Publisert Nå nettopp", "chrome"), ("[ Jane Roe blir advart - nå svarer politiet ]", "chrome"),
    ("Information from: Example Missourian", "credit"),
    ("For local, national, and breaking news, and to get weather alerts, download our FREE mobile app from the Apple "
     "App Store or the Google Play Store.", "chrome"),
    ("Actualiza con conteo oficial de votos ///", "chrome"), ("Lee esta historia en español.", "chrome"),
    ("Link kopiert", "chrome"), ("ERR", "credit"), ("Автор: Jane Roe", "credit"),
    # round 63's: Reuters' French credits, a Portuguese update note, a link's bid, a wire's contributor, a curation
    # note, a video's subscribe bid, a gallery's counter, a newsroom's mail link, a wire's label, a like bar, a widget's
    # placeholder, Nordic broadcasters
    ("(Jane Roe version française John Doe)", "credit"), ("(Notícia atualizada às 20h50)", "chrome"),
    ("Veja AQUI como tudo aconteceu no mítico Maracanã.", "chrome"), ("Contributed by NAMPA / AFP.", "credit"),
    ("This article or excerpt is included in the GLP's daily curated selection of ideologically diverse news.",
     "chrome"),
    ("» Subscribe to MSNBC:", "chrome"), ("1 / 4", "chrome"), ("Mail an die Redaktion", "chrome"),
    ("(Ausführliche Fassung)", "chrome"), ("Like this: Like Loading...", "chrome"), ("undefined", "chrome"),
    ("Yle", "credit"), ("NRK", "credit"),
    # round 64's: a video's credit, ITV's podcast bid, a video desk, a Portuguese subscription pitch, a follow bid, a
    # gallery's pointer, a player's button, notes on a story still breaking, a Polish video link
    ("Video by Example Police", "credit"),
    ("Want a quick and expert briefing on the biggest news stories? Listen to our latest podcasts", "chrome"),
    ("Sunday World Video Team", "credit"), ("ASSINE AQUI E GANHE UM SACO. AO ASSINAR ESTÁ A APOIAR O JORNALISMO",
                                            "chrome"),
    ("Siga o @example no Instagram (clique aqui)", "chrome"), ("Veja a galeria do festejo da equipa.", "chrome"),
    ("Play Brightcove video", "chrome"), ("More information will be added as it comes.", "chrome"),
    ("This story is breaking and will be updated.", "chrome"), ("Zobacz wideo", "chrome"),
    # round 65's: a video journalist's and a photo report's credits, a picture via a club, the WSJ's bid to write to
    # its reporter, a pointer at the full text's link, a radio bulletin's heading, the Swiss agency, a Spanish link
    ("Video journalist: Jane Roe", "credit"), ("Reportaje fotográfico: Jane Roe", "credit"),
    ("(Getty via Example Fc)", "credit"), ("Write to Jane Roe at jane.roe@example.com", "chrome"),
    ("L'intervento completo è disponibile a questo link.", "chrome"),
    ("À écouter également dans ce journal", "chrome"), ("Keystone-SDA", "credit"),
    ("Lea además: Tribunal de Bogotá tumba condena contra el empresario", "chrome"),
    # round 66's: RFI as a wire, a Finnish widget's label, a tags heading, a Romanian related link and read-on links, a
    # live blog's post count, a note on readers' pictures, RTBF's arrows, a TV report's writers by their initials
    # ("Tags" alone stays: a dev source keeps it as a line of its text)
    ("avec RFI", "credit"), ("Juuri nyt", "chrome"), ("CITESTE SI: Anuntul lui Jane Roe", "chrome"),
    ("... citeste toata stirea", "chrome"), ("Citeste articolul mai departe pe example.ro...", "chrome"),
    ("18 Posts", "chrome"),
    ("MTV Uutiset julkaisee lukijoiden uutiskuvia, jos niiden käyttö on perusteltua.", "chrome"),
    ("►►► Incendie de Notre-Dame de Paris : les images avant et après", "chrome"),
    ("J. Roe, J.Doe, A-M Roe", "credit"),
    # round 67's: a TV station's credit, the AP's credit without brackets, Aftenposten's stamp with its update, a video
    # box, Siol's heat meter, Zazoom's bid to follow a topic, a text-and-picture credit, the BBC after a dash, a
    # byline's two dashes, a live article's note, the Finnish read-more link
    ("(NBC12)", "credit"), ("(WSB-TV)", "credit"), ("AP Photo/Jane Roe, File", "credit"),
    ("2. nov. 2022 03:13 Sist oppdatert nå nettopp", "chrome"),
    ('2:35 Ministeri Example: "Katsokaa peiliin" – katso koko vastaus videolta.', "chrome"),
    ("Termometer prikaže, kako vroč je članek.", "chrome"),
    ("morto Jane Segui gli aggiornamenti e vedi gli ultimi video su : morto Jane", "chrome"),
    ("Tekst i foto: Example.com", "credit"), ("– BBC", "credit"), ("By Jane Roe—-", "credit"),
    ("Articolo in aggiornamento", "chrome"), ("Lue lisää: Ministeri kertoo kantansa lauantaina", "chrome"),
    ("JANE ROE/EPA-EFE/REX/Shutterstock", "credit"),
    # round 68's: a weather strip, an age with views and comments, a stamp run into its reading time, a Lithuanian
    # picture credit, a podcast's empty credits, a cookie notice, a bid to follow the night live, a box of more news,
    # a breaking banner, a feed's and a tags' links, a player's label
    ("Dublin: -1 °C Thursday 1 March, 2018", "chrome"), ("12 hours ago 29,575 Views 14 Comments", "chrome"),
    ("Tue., June 8, 20211 min. read", "chrome"), ("Jane Roe (VŽ) nuotr.", "credit"),
    ("Reported by , hosted by . Produced by and . Executive produced by", "credit"),
    ("Example Media uses cookies for personalization. Learn more or change your cookie preferences.", "chrome"),
    (">> Suivez la soirée électorale en direct sur RTL et RTL.fr.", "chrome"), ("More News from Canada", "chrome"),
    ("Information de dernière minute, actualisations en cours", "chrome"), ("RSS", "chrome"),
    ("See other tags", "chrome"), ("Full Story", "chrome"), ("Top Video", "chrome"),
    # round 69's: a time with its zone, skip links, a video's source, a pointer at lost links, a credits bar, a Swiss
    # agency's writer, a picture from a social account, a video agency, a syndicator's note, an author and category
    # bar, a bid to follow a tag, a live ticker's mark
    ("19:24 CEST", "chrome"), ("Aller au contenu principal Activer le contraste adapté", "chrome"),
    ("Zum Inhalt springen", "chrome"), ("information fournie par AFP Video 29/09/2025 à 11:25", "credit"),
    ("Weitere Informationen finden Sie unter folgenden Links:", "chrome"),
    ("dpa/Roe Video: rbb24 | 25.11.2019 | Bild: dpa/Roe", "credit"), ("SDA/sep", "credit"),
    ("Imagen TW @example", "credit"), ("Video agenzia DIRE", "credit"),
    ("This post was syndicated from Example News. Click here to read the full text on the original website.",
     "chrome"), ("Author: Jane Roe | Category: News", "credit"),
    ("Volg de tag Example Volgen Ontvang een melding bij elk nieuw artikel", "chrome"),
    ("+++ LIVE-TICKER: Slalom Damen +++", "chrome"),
    # round 70's: a share bar's heading, Vocento's byline bar, CNN's affiliates' label, German, Ukrainian and font-size
    # widgets, a Slovak pointer at a link, tags run together, a numbered skip link, a live page's teaser
    ("SHARE THIS ARTICLE ON", "chrome"),
    ("Jane Roe Madrid Lunes, 17 de agosto 2020, 15:00 | Actualizado 18:54h. Comenta Compartir", "chrome"),
    ("Noticias CNN", "chrome"), ("Weiterlesen nach der Anzeige", "chrome"), ("Відео дня", "chrome"),
    ("A-AA+", "chrome"), ("predbežné výsledky volieb môžete sledovať na tomto odkaze", "chrome"),
    ("tiltakozás;Országgyűlés;bírság;Jane Roe;DK;törvénytelenség;", "chrome"), ("1. Skip to content", "chrome"),
    ("These are the contenders to be the next prime minister ... read more", "chrome"),
    # round 71's: Aftenposten's stamp without "for", a Spanish refresh prompt, DW's initials, Nordic read-more links,
    # HLN's video teaser, ANSA's rights line, an Italian byline for a paper, a Portuguese paywall, an aggregator's
    # source, Bloomberg alone, a Dutch note on the video
    ("16. mars 2021 13:08 Sist oppdatert 18 minutter siden", "chrome"),
    ("[ACTUALIZA LA INFORMACIÓN SOBRE EL 1O]", "chrome"), ("AS/efe/ard", "credit"),
    ("Les mer om reaksjonene her.", "chrome"), ("Läs mer om valet här.", "chrome"),
    ("KIJK. Designertassen vol cash: wie is Jane Roe?", "chrome"),
    ("Riproduzione riservata © Copyright ANSA", "credit"), ("Jane Roe per La Stampa", "credit"),
    ("Este artigo é exclusivo para os nossos assinantes: assine agora e beneficie de leitura ilimitada.", "chrome"),
    ("Full story: Bangkok Post", "credit"), ("Bloomberg", "credit"), ("Tekst gaat verder onder de video.", "chrome"),
    # round 72's: a paper's comment rules, a wire's desk byline, an app's bid, a Greek byline and live link, Slovak
    # gallery notes, a Czech licence line, a picture link behind a bar, a copyright label, an Indian agency
    ("Comments & Moderation", "chrome"),
    ("Readers' comments: You are personally liable for the content of any comments you upload to this website",
     "chrome"), ("Post moderation is undertaken full-time 9am-6pm on weekdays.", "chrome"),
    ("Jane Roe and John Doe, PA Scotland Political Staff", "credit"),
    ("Download The Example News App for Latest News.", "chrome"), ("Της Άννας Ρόε", "credit"),
    ("LIVE : Σεισμός ανοιχτά της Σάμου – Συνεχής ενημέρωση", "chrome"), ("Fotogaléria 10 fotiek v galérii", "chrome"),
    ("Viac snímok z útrob paneláku nájdete v galérii", "chrome"),
    ("Licence | Všechna práva vyhrazena. Další šíření je možné jen se souhlasem autora", "chrome"),
    ("IN PICTURES | 14 killed as fire engulfs the compound", "chrome"), ("Diritto d'autore", "chrome"),
    ("ANI", "credit"),
    # round 73's: a section and its day, writers and a font-size control, a station's app note, a byline and its age,
    # Romanian follow bids, an editor, a Romanian source, a feed's footer, a video of the day, a newsletter box, a
    # form's button
    ("Italia | 21 Settembre 2020", "chrome"), ("Jane Roe e John Doe Tamanho do texto", "chrome"),
    ("If you're viewing on the Example App, tap here for multimedia.", "chrome"),
    ("POR AGENCIA EXAMPLE Hace 1 hora", "credit"),
    ("Urmărește Știrile Example pe canalul de social media preferat:", "chrome"),
    ("Fiți la curent cu ultimele noutăți. Urmăriți Example și pe Google News", "chrome"),
    ("Edição: Jane Roe", "credit"), ("Sursa articol si foto: example.ro", "credit"),
    ("The post Jane Roe wins the vote appeared first on Example.", "chrome"),
    ("El vídeo del día Jane Roe tira la propaganda a la basura", "chrome"),
    ("Sign up of The Daily Example Newsletter Something went wrong. Please try again later.", "chrome"),
    ("Submit", "chrome"),
    # round 74's: an audio widget's question, JN's stamp and share button, the ABC's picture credits, DHA's sign-off
    ("Don't like to read?", "chrome"), ("03 Setembro 2018 às 08:01 Facebook", "chrome"),
    ("AP: Example Police Department", "credit"), ("Haber- kamera: Jane ROE/MANAVGAT,", "credit"),
    ("Entérese: Ella fue la que me acercó, dijo la jugadora", "chrome"),
    # round 75's: Gannett's video card, Cofina's tags, a live thread's note, a player's JavaScript notice, a site's name
    # by its font-size control, a day with its source lost, a byline with empty stamps, a wire desk's bar
    ("CLOSE Even with a narrow lead, Jane Roe claimed victory in the Senate race. But it may not be over. WTSP",
     "chrome"), ("Tópicos investigação corrupção buscas", "chrome"),
    ("Mantenemos abierto un hilo para seguir las últimas noticias en directo, con las informaciones de Jane Roe.",
     "chrome"), ("Wideo Odtwarzacz wideo wymaga uruchomienia obsługi JavaScript w przeglądarce. Bus zderzył się z "
                 "ciężarówką TVN24/x-news", "chrome"), ("Extra Tamanho do texto", "chrome"),
    ("Thursday, 14 May 2020 ()", "chrome"), ("Example News, Associated Press and WXYZ Staff Published: Updated:",
                                             "credit"), ("Wire Reports | Tuesday, Nov. 7, 2017, 8:51 p.m.", "credit"),
    # round 76's: a full-screen button before a caption and its credit, a date and its source, free coverage, a licence
    ("Volledig scherm Het dak van een manege waaide deels weg door de storm. © Jane Roe / Example Media", "chrome"),
    ("23-07-2019, Example.nl (Bron)", "chrome"),
    ("Our coverage of the current bushfire crisis is free for all readers.", "chrome"),
    ("You need one to watch live TV on any channel or device, and BBC programmes on iPlayer. It's the law.", "chrome"),
    # round 77's: Lusa's end marks, stern's "more soon"
    ("Lusa/Fim", "chrome"), ("SMM // VM", "credit"), ("In Kürze mehr beim stern.", "chrome"),
    # round 78's: RTP's byline bar, a police press release's footer from news aktuell, RTP's live page's button
    ("Jane Roe - RTP15 Nov, 2017, 11:28 / atualizado em 15 Nov, 2017, 13:57 | País", "credit"),
    ("Rückfragen bitte an:", "chrome"),
    ("Original-Content von: Polizeipräsidium Example, übermittelt durch news aktuell", "chrome"),
    ("Weiteres Material: https://www.presseportal.de/blaulicht/pm/110972/4475670 OTS: Polizeipräsidium Example",
     "chrome"), ("Mais atualizações", "chrome"),
    # round 79's: DW's writer, an Italian video's credits, a print edition's note, an opinion page's disclaimer, today's
    # time, a letter's day bar
    ("Autorin/Autor: Jane Roe", "credit"), ("Riprese e montaggio di Jane Roe", "credit"),
    ('("Die Presse", Print-Ausgabe, 31.12.2018)', "credit"), ("dnes 14:03", "chrome"),
    ("Gastkommentare und Beiträge von externen Autoren müssen nicht der Meinung der Redaktion entsprechen.", "chrome"),
    ("Letter to the Editor | Saturday, Aug. 19, 2017, 9:00 p.m.", "credit"),
    # round 80's: a Dutch byline, a byline and its age, a writer's account, a Hungarian source, a picture via an agency,
    # a Finnish picture's credit, a short age, a path with wide gaps, Gannett's comments note, Reuters' beta banner,
    # phys.org's related story, a syndicated story's footer, a live article's note, Engadget's box, Ziare.com's link
    ("Door: redactie", "credit"), ("Door Jan de Vries", "credit"), ("By Example Staff 42 minutes ago", "credit"),
    ("Jane Roe, @janeroe", "credit"), ("(via 444)", "credit"), ("AAP Image/Jane Roe via REUTERS", "credit"),
    ("EXAMPLE SATELLITE DATA/Handout via REUTERS", "credit"), ("via Associated Press", "credit"),
    ("Kuva: Jane Roe", "credit"), ("1h ago", "chrome"), ("Home  >  Overseas", "breadcrumb"),
    ("To find out more about Facebook commenting please read the Conversation Guidelines and FAQs", "chrome"),
    ("Welcome to the Reuters.com BETA. Read our Editor's note on how we're helping professionals make smart decisions.",
     "chrome"), ("Explore further: Council sets a date for the vote", "chrome"),
    ("Schools Will Not Reopen This Year was originally published on example.com", "chrome"),
    ("Cikkünk folyamatosan frissül.", "chrome"), ("Latest in Gear", "chrome"),
    ('...citeste mai departe despre " Guvernul a cazut " pe Ziare.com', "chrome"),
    # round 81's: a sign-up form's messages, a stamp's empty labels, a wire's reporter, an embedded post's footer, UPI's
    # credit, a Brazilian writer's sources, an agency's photographer, a German pointer, a document's box, a disclosure,
    # a link in brackets, a writer's box, a gallery's link, a numbered path's first step
    ("Please enter a valid email", "chrome"), ("Please enter your first name", "chrome"),
    ("Must be at least 6 characters, include an upper and lower case character and a number", "chrome"),
    ("Sign up for our emails", "chrome"), ("Date created : Latest update :", "credit"),
    ("Reporting by Jane Roe", "credit"), ("Additional reporting by Jane Roe and John Doe", "credit"),
    ("Gepostet von Jane Roe am Freitag, 29. März 2019", "credit"), ("Posted by Jane Roe on Friday, March 29, 2019",
                                                                    "credit"),
    ("File Photo by Jane Roe/UPI | License Photo", "credit"),
    ("Jane Roe, com informações da Secretaria de Segurança", "credit"), ("AFP - JANE ROE", "credit"),
    ("Der Blog wird Ihnen nicht angezeigt? Dann klicken Sie hier.", "chrome"),
    ("Documento A DENÚNCIA DO MP PDF", "chrome"),
    ("As of this writing, Jane Roe did not hold a position in any of the aforementioned securities.", "chrome"),
    ("(https://www.example.co.za/sport/2018-03-25-a-crisis-in-the-national-conversation/)", "chrome"),
    ("Jane's Most Recent Stories", "chrome"), ("PICTURE STORY: The president prepares to go to the tally centre",
                                               "chrome"), ("1. Home", "breadcrumb"),
    # round 82's: a byline with its day, a photographer and the agency, footer links, USA TODAY's bids, a Czech
    # teaser's link, a video's card, an avatar's byline, a live page's label, RTL's share bar
    ("By: Associated Press Jane Roe and John Doe December 5, 2019", "credit"), ("JANE ROE - NASA", "credit"),
    ("Contact Us | Advertise Terms of Use", "chrome"), ("Employment and EEO | Privacy", "chrome"),
    ("» Watch more on this and other topics from USA TODAY:", "chrome"),
    ("Ověřovna výroků z debat. Válka vs. mír, ruská ambasáda, StB i minulost v KSČ Číst článek", "chrome"),
    ("1:57 Protesters prepare for more arrests at the blockade Protesters prepare for more arrests at the blockade",
     "chrome"), ("Avatar_shz von dpa", "credit"), ("Happening Now", "chrome"),
    ("Partager FB TWT GG+ LD Commenter Imprimer", "chrome"),
    # round 83's: a video player's and a gallery's buttons, a paywall's and a code's notes, a map's credit, a Serbian
    # aggregator's source and age, a French day and its byline, a site's logo link
    ("Skip in Skip", "chrome"), ("PAGE BACK", "chrome"), ("Not a subscriber? See options available.", "chrome"),
    ("Our code of editorial values", "chrome"), ("Carte : Source CNN", "credit"), ("Beta pre 3 sata", "credit"),
    ("Danas pre 2 sata | Piše: Beta", "chrome"), ("7 mai 2018 Par Par Agence Reuters", "credit"),
    ("Sports Illustrated home", "credit"),
    # round 84's: The Economist's edition, Archant's e-edition, a byline's bar with empty stamps, RTP's byline bar with
    # its comments' link
    ("ChinaJun 26th 2021 edition", "credit"),
    ("E-edition Read the Example Star online edition", "chrome"),
    ("Example News Published: | Last Updated:", "credit"),
    ("Jane Roe - RTP Comentários 10 Ago, 2018, 07:36 / atualizado em 10 Ago, 2018, 07:36 | Volta a Portugal", "credit"),
    # round 85's: Radio-Canada's byline before a vowel, Børsen's box, a Nordic video's link, a Spanish link's mark, an
    # Italian paywall's note, a Dutch app's push prompt
    ("Un texte d'Alain Roe", "credit"), ("Relateret indhold Artikler", "chrome"),
    ("Se video: Politiet rykket ut i natt", "chrome"), ("ADEMÁS: El cantante envía un mensaje a sus fans", "chrome"),
    ("Il contenuto è riservato agli abbonati.", "chrome"),
    ("Wil jij bij belangrijk nieuws een pushbericht ontvangen? Klik dan hieronder op de filter en kies Mijn", "chrome"),
    # round 86's: a Brazilian agency alone, a Polish paywall's bids to listen and to log in, an Italian "see also", a
    # gallery's item with its icon font's ligature and counter
    ("Folhapress", "credit"), ("Posłuchaj artykułu Wykup subskrypcję Example+, aby go posłuchać.", "chrome"),
    ("Masz subskrypcję? Zaloguj się.", "chrome"), ("vedi anche", "chrome"),
    ("3. Alluvione a Genova, strade chiuse zoom_out_map 3 /12 (Jane Roe/Reuters) Alluvione a Genova, strade chiuse",
     "chrome"),
    # round 87's: an Italian share bar with its counter, an aggregator's pointer at its source, a syndicated story's
    # footer, a pointer at the print edition, an update's label alone
    ("Condividi Pin 12 Condivisioni", "share_bar"), ("Leggi tutta la notizia su examplenews", "chrome"),
    ("This article originally appeared on Example News", "chrome"),
    ("Leia mais na edição deste fim de semana", "chrome"), ("Última actualización", "chrome"),
    # round 88's: a search box's and a menu's labels, a comment widget, an aggregator's alt text, a heading of the most
    # bought, an age after "Last Update", a picture's credits, a paywall's bid, a theme's links to the stories either
    # side
    ("Search form", "chrome"), ("Left Menu", "chrome"), ("All comments", "chrome"),
    ("Cover picture for the article", "chrome"), ("Meistgekauft", "chrome"), ("Last Update 3 mins ago", "chrome"),
    ("Image Credits: Example TV / YouTube", "credit"),
    ("Jetzt weiterlesen mit premium Sie sind bereits Abonnent? Klicken Sie hier, um sich einzuloggen (\"Example\", "
     "Print-Ausgabe, 20.05.2019)", "chrome"),
    ("Previous articleMinisters meet for the first time since the crisis", "chrome"),
    ("Next article Fishermen angry over the new quotas", "chrome"),
    # round 89's: more reports, a Dutch "see also" alone, a Spanish bid to read on, a newsblog's refresh, FAZ's paywall
    ("Weitere Meldungen", "chrome"), ("Zie ook:", "chrome"), ("Continúa la lectura.", "chrome"),
    ("Hier kannst du den Newsblog aktualisieren.", "chrome"),
    # round 90's: a station group's byline with its stamp and its update, a share prompt, a gallery's button, the BBC's
    # section note, an illustration's credit, a Polish pointer at a lost link
    ("By Example Staff | September 18, 2019 at 10:19 AM CDT - Updated September 18 at 10:19 AM", "credit"),
    ("Share with friends", "chrome"), ("READ MORE +", "chrome"), ("- From the section Entertainment & Arts", "chrome"),
    ("Illustratie: Jan de Vries", "credit"), ("Więcej informacji można znaleźć tutaj.", "chrome"),
    ("Wissen war nie wertvoller Lesen Sie jetzt F+ 3 Monate für 1 €/Woche und erhalten Sie Zugriff auf alle Artikel",
     "chrome"),
    # round 91's: a Czech reading time alone, Hungarian share and link labels, a Danish contact link, the BBC's
    # related media, a Spanish listen button, a Uruguayan paywall and newsletter, a news-alert box, a cover photo's
    # credit, a byline with its stamp and its update after the time alone
    ("3 minuty", "chrome"), ("12 minút", "chrome"), ("Megosztás itt:", "chrome"), ("Kapcsolódó cikk:", "chrome"),
    ("Kontakt redaktionen", "chrome"), ("Related Video and Audio", "chrome"), ("Escuchar", "chrome"),
    ("Hacete socio para acceder a este contenido", "chrome"), ("En tu email todos los días", "chrome"),
    ("Para continuar, hacete socio de Example Diario. Si ya formas parte de la comunidad, inicia sesión.ASOCIARME",
     "chrome"),
    ("Get Breaking News Alerts Stay up-to-date with important news developments, delivered right to your inbox. "
     "Enter Email Sign Up", "chrome"),
    ("Címlapfotó: MTI/Jane Roe", "credit"),
    ("By Jane Roe Tuesday, 24th September 2019, 09:43 am Updated Tuesday, 24th September 2019, 11:01 am", "credit"),
    # round 92's: a syndication notice, a tip box, an embed's address in braces, Bild's related heading
    ("This Example News is republished with permission", "chrome"),
    ("This article is republished from The Conversation under a Creative Commons license.", "chrome"),
    ("Send pictures and videos to newstips@example.co.nz", "chrome"),
    ("{https://x.com/example/status/2007355070695043371}", "chrome"), ("Auch Interessant", "chrome"),
    # round 93's: an aggregator's source and age in Serbian, a Slovenian "more follows", a newsletter's mark, a
    # pointer at the live page
    ("Radio 021 pre 1 sat", "credit"), ("N1 Info pre 3 minuta", "credit"), ("Več sledi.", "chrome"),
    ("Esta reportagem faz parte da newsletter EXAME Desperta. Assine gratuitamente e receba todas as manhãs um resumo "
     "dos assuntos que serão notícia.", "chrome"),
    ("This article is part of the Morning Briefing newsletter.", "chrome"),
    ("Follow LIVE updates on Jammu and Kashmir News", "chrome"),
    # round 94's: a day's date with the weather, a news desk's name, a writer and the day with no "By", a German
    # picture credit's word
    ("Friday, July 8, 2022 94.0°F   mostly cloudy   Mostly Cloudy", "chrome"), ("Digital Desk", "chrome"),
    ("Jane Roe 06 March 2020", "credit"), ("Example Web Bureau 26 May 2019", "credit"),
    ("Bildquelle: Jane Roe/dpa/Archivbild", "credit"),
    # round 95's: a skip link's label, a story's code, an app's bid, a byline of several writers, a place and its
    # agency
    ("Hauptinhalt", "chrome"), ("Story Code : 961743", "chrome"),
    ("For all the latest World News, download Example Express App", "chrome"),
    ("Von: Jane Roe, John Doe, Max Muster", "credit"), ("By Jane Roe, John Doe and Max Muster", "credit"),
    ("Tokyo | AFP", "credit"),
    # round 96's: share and related labels, a video promo, a section's link, Sputnik's footnote, a French day and
    # its desk, a writer's name and post
    ("Jetzt teilen:", "chrome"), ("Condividi su...", "chrome"), ("Relacionados", "chrome"),
    ("Watch more of our videos on Shots! and live on Freeview channel 276", "chrome"), ("View all in Latest", "chrome"),
    ("*Organisation terroriste interdite en Russie", "chrome"), ("Le 24 Octobre 2022, par La rédaction", "credit"),
    ("Jane Roe Journalist", "credit"),
    # round 97's: a site's logo link, NDTV's button, a cover image's credit word, a Bulgarian photo agency, a Greek
    # report's writers
    ("Example News Homepage", "credit"), ("Story ProgressBack to home", "chrome"),
    ("Címlapkép: Getty Images", "credit"), ("Булфото", "credit"), ("Ρεπορτάζ: Jane Roe, John Doe", "credit"),
    # round 98's: UEFA's section labels, a Portuguese newsletter box, a newsblog's bid to refresh, UOL's desk
    ("Article summary", "chrome"), ("Article top media content", "chrome"), ("Article body", "chrome"),
    ("Fechar Subscreva as newsletters Example Notícias e receba as informações em primeira mão. Subscrever", "chrome"),
    ("+++ Zum Aktualisieren HIER klicken +++", "chrome"), ("Do UOL, no Rio de Janeiro", "credit"),
    ("Example.com /", "chrome"),  # round 99's: an aggregator's name and its slash over the article
    # round 100's: an outlet's staff as the byline, the lines of El País's paywall after its first
    ("The Example Line Staff", "credit"), ("ingresar con tu usuario y contraseña.", "chrome"),
    ("y disfrutá de Example sin límites. Ingresar Si ya sos suscriptor podés", "chrome"),
    ("Weather where you are", "chrome"), ("Official website of the Example Patriots", "credit"),  # round 101's
    ("DO G1", "credit"),  # round 102's: the Brazilian desk alone over the article
    # round 103's and 104's: a box's labels, a login form's lines, markup without text, a byline with its agency
    ("Latest News Editor's Choice", "chrome"), ("Remember meForgot password?", "chrome"),
    ("Log in with Twitter", "chrome"), ("Password", "chrome"),
    ('<noscript><iframe id="player" width="600" src="https://example.com/embed/x"></noscript>', "chrome"),
    ("by Jane Roe, The Associated Press", "credit"), ("Theme", "chrome"),  # round 105's: a page's theme switch
    # round 106's: an audio player's label, a Dutch box's, an Instagram post's in Portuguese
    ("Listen to the audio version of the article", "chrome"), ("Interessant voor u", "chrome"),
    ("Apoie o 247", "chrome"),  # round 108's: a site's bid for support over the article
    # round 109's: a loading mark in Spanish and German, Spiegel's embedded video and its maker, a bid to the site's
    # dossier after an arrow
    ("Cargando...", "chrome"), ("Wird geladen...", "chrome"),
    ("Im Video: Example Street under snow", "chrome"), ("Video DPA", "credit"), ("Video Jane Roe", "credit"),
    ("► Découvrez notre dossier sur les élections", "chrome"),
    # round 111's: the newsroom and an agency as the byline, a byline and its day after "on", Swiss agencies' sign-offs,
    # the BBC's external links box, a form's note, the Irish Independent's desk, a Portuguese comment form and counter
    ("von Redaktion und dpa", "credit"), ("By Example Noticias.net on 18 diciembre, 2017", "credit"),
    ("/ATS", "credit"), ("ats/jd", "credit"), ("pd/jd", "credit"), ("Related Internet Links", "chrome"),
    ("The BBC is not responsible for the content of external sites.", "chrome"), ("This field is required", "chrome"),
    ("Online Editors", "chrome"), ("Deixe o seu Comentário", "chrome"), ("0 comentário(s)", "chrome"),
    # round 112's: a Hungarian live story's note, a dialog's label, a gallery's counter and its picture's credit, a live
    # page's bid to refresh
    ("Cikkünk frissül!", "chrome"), ("Modal message", "chrome"), ("1/17 Foto Example/Ipa", "credit"),
    ("Please refresh the page for the latest updates.", "chrome"),
    # round 113's: Il Sole 24 Ore's audio player, McClatchy's AP credit
    ("Ascolta la versione audio dell'articolo", "chrome"), ("Jane Roe, File AP Photo", "credit"),
    # round 114's: an Italian share button, The Times's video icon, the newsroom and its agency, a video's pointer
    ("Condividi l'articolo", "chrome"), ("Video Icon", "chrome"), ("Redacción y EFE", "credit"),
    ("VÍDEO: Manchas de óleo atingem a praia", "chrome"),
    ("Ver essa foto no Instagram Uma publicação compartilhada por Jane Roe (@janeroe)", "chrome"),
    # round 116's: a Norwegian share bar's buttons, a gallery's label, swissinfo's lists, a paywall's button, a writer
    # and the paper's name, RTN's sign-off, a pointer at the live blog, a paper's app's alerts
    ("Kopier lenke", "chrome"), ("Del på Facebook", "chrome"), ("Del med e-post", "chrome"),
    ("DIE BILDER ZUR NEWS:", "chrome"), ("Les plus discutés", "chrome"),
    ("CONTINUA A LEGGERE L'ARTICOLO: Accesso illimitato agli articoli", "chrome"),
    ("Jane Roe Journaliste Example", "credit"), ("/comm-dsa", "credit"),
    ("Følg reaktioner og detaljer på Example-Postens liveblog her.", "chrome"),
    ("► Get breaking news alerts: Download the free Example app for the latest storm updates.", "chrome"),
    # round 117's: Global News's share bar, a Postmedia page's label, a French quote's share button, a gallery's link,
    # the Polish and Portuguese pointers to the paper, a live story's note, a TV site's call, Reuters' French byline
    ("Share this item via WhatsApp whatsapp Share this item on Flipboard flipboard Share this item on Reddit reddit",
     "share_bar"),
    ("Content of the article", "chrome"), ("Partager la citation", "chrome"), ("Voir les photos", "chrome"),
    ("Themen Folgen", "chrome"), ("Zdjęcie", "chrome"), ("Notícia em atualização", "chrome"),
    ("Najnowsze informacje z kraju i ze świata znajdziesz na stronie głównej Example.pl >>>", "chrome"),
    ("Leia tudo no Jornal de Exemplo", "chrome"), ("Share a story idea with Example News Live", "chrome"),
    ("(Reportage Jane Roe)", "credit"),
    # round 118's: WordPress's closed comments, a TV site's boxes and its template's placeholder, an icon's alt text, a
    # live story's note, Italian and Spanish links, a Finnish paper's tagline, a writer's initials with the agency,
    # presseportal's source
    ("Both comments and pings are currently closed.", "chrome"), ("RELATED HEADLINES:", "chrome"),
    ("Trending - Most Read Stories", "chrome"), ("Headline Goes Here", "chrome"), ("Camera Icon", "chrome"),
    ("Check back for the latest on this developing story.", "chrome"), ("POTREBBE INTERESSARTI ANCHE..", "chrome"),
    ("MIRÁ TAMBIÉN Incendiaron el periódico", "chrome"), ("Lire aussi La chronique du mardi", "chrome"),
    ("Sinulla on oikeus muodostaa mielipiteesi luotettavan tiedon pohjalta.", "chrome"),
    ("Ch. C., avec Belga", "credit"), ("von ots", "credit"),
    # round 119's: an archive's search box, a reader widget, a breaking note, an aggregator's links, a comment form's
    # notice, Spanish links, an aggregator's source, HLN's paywall, AllAfrica's source, a Brazilian wire, a handle
    ("Advanced Search", "chrome"), ("play article", "chrome"), ("Subscribers can listen to this article", "chrome"),
    ("This breaking news story is being updated, and more information will be published shortly.", "chrome"),
    ("Details loading...", "chrome"), ("Full Article", "chrome"), ("Related news coverage", "chrome"),
    ("Read complete article", "chrome"), ("Dit artikel is exclusief", "chrome"),
    ("Your email address will not be published. Required fields are marked *", "chrome"),
    ('Lea aquí: "Duele mucho no conseguir el objetivo"', "chrome"), ("TAMBIÉN TE PODRÍA INTERESAR: ¡EL COI!", "chrome"),
    ("🔗 Leggi su Example.it", "chrome"), ("Example FM (Nairobi)", "credit"), ("(com Estadão Conteúdo)", "credit"),
    ("by @example247", "credit"),
    # round 120's: a shop's cart, an ad tracker's name, a template's keys, a French download button, a share button,
    # a bid to support the paper, a live game's link, a Presse picture's credit
    ("Items in shopping cart: View", "chrome"), ("Quantcast", "chrome"), ("Undefined: readMore", "chrome"),
    ("Télécharger", "chrome"), ("Tumblr", "share_bar"), ("Click or tap here for live stats from the game.", "chrome"),
    ("Help support quality local journalism ... become a digital subscriber to the Example Express", "chrome"),
    ("(c) imago images/imagebroker", "credit"),
    # round 121's: a paper's name under its writers, a syndicated story's source, a link's label, a radio's bid, a
    # French copyright label
    ("Periódico La Jornada", "credit"), ("source usatoday.com", "credit"), ("You would also like to read:", "chrome"),
    ("Become an NPR sponsor", "chrome"), ("Droits d'auteur", "chrome"),
    # round 122's: Croatian video and list labels, a Hungarian live note, an app spam line, a German note, a link
    ("POGLEDAJTE VIDEO", "chrome"), ("Pokretanje videa...", "chrome"), ("Najčitaniji članci", "chrome"),
    ("Cikkünket frissítjük...", "chrome"), ("Mehr Informationen in Kürze.", "chrome"),
    ("Did you find apk for android? You can find new Free Android Games and apps.", "chrome"),
    ("Read related story: Conflicted thoughts on the rate rise", "chrome"),
    ("Unsuitable or offensive? Report this comment", "chrome"),  # round 123's: a comment's button
    # round 124's: SBS's audio player, a sign-up button, the NZ Herald's note on AP copy
    ("Get the SBS Audio app", "chrome"), ("Other ways to listen", "chrome"), ("Latest podcast episodes", "chrome"),
    ("SIGN UP NOW", "chrome"),
    ("This story has been automatically published from the Associated Press wire which uses US spellings", "chrome"),
    # round 125's: an agency and its city over the date, related links' labels, a Finnish note that the story grows,
    # a score box's link, an agency in brackets after its word, the BBC's stamp with its date lost, a Danish notice
    ("EFE Lisboa 11 out 2019", "credit"), ("AFP Paris 3 mars 2019", "credit"), ("Mire También:", "chrome"),
    ("WATCH ALSO | Jane Roe reminds the nation of the old bridge", "chrome"), ("Scorecard", "chrome"),
    ("Juttua täydennetään tarvittaessa", "chrome"), ("FUENTE (AFP)", "credit"),
    ("Last updated on .From the section Cricket", "chrome"),
    ("© Copyright 2018 example.dk. Denne artikel er beskyttet af lov om ophavsret og må ikke kopieres.", "chrome"),
    # round 126's: Facebook's alt text, notices that more will follow, a Greek video pointer, Népszava's writers, Le
    # Vif's embed its cookies blocked
    ("Image may contain: 3 people, people smiling", "chrome"), ("Updates to follow.", "chrome"),
    ("UPDATE FOLGT", "chrome"), ("Δείτε βίντεο", "chrome"), ("Jane Roe;John Doe;", "credit"),
    ("Voir le contenu L’affichage de ce contenu a été bloqué pour respecter vos choix en matière de cookies.",
     "chrome"),
    # round 127's: a menu's bullet before a breadcrumb, TheJournal's counters, buttons and pointers in German, Dutch,
    # French and English, a footer's notice of sale, a picture's slug with its source
    ("• Home >", "breadcrumb"), ("1 hour ago 2,991 Views No Comments", "chrome"), ("Merken", "chrome"),
    ("Lees door onder de foto.", "chrome"), ("À écouter également dans votre journal", "chrome"),
    ("More like this story", "chrome"), ("Join the conversation - comment here", "chrome"),
    ("Visit Business Insider's homepage for more stories.", "chrome"),
    ("Copyright © 2020, The Example Tribune | CA Notice of Collection | Do Not Sell My Info", "chrome"),
    ("file-photo-jane-roe-and-john-doe-at-the-old-bridge-in-may Source: Jane Roe/Example.ie", "chrome"),
    # round 128's: a breadcrumb's label alone, an opinion site's disclaimer
    ("You are here", "chrome"),
    # round 129's: labels of a section, an embed and topics alone, swissinfo's icon text, Getty's note on its credit
    ("Video dalla rete", "chrome"), ("Neuer Inhalt Horizontal Line", "chrome"), ("Embed", "chrome"),
    ("Topics", "chrome"), ("(Photo by Jane Roe / AFP) (Photo credit should read JANE ROE/AFP/Getty Images)", "credit"),
    # round 130's: a reading time's long label, buttons, a breaking story's note, a screengrab's and a group's credits
    ("Tiempo aproximado de lectura: < 1 minuto", "chrome"), ("Rozwiń", "chrome"), ("Show More", "chrome"),
    ("This is a breaking story. More to follow soon.", "chrome"), ("(Screengrab: Bernama)", "credit"),
    ("News Corp Australia", "credit"),
    ("Watch Video", "chrome"), ("Slideshow Infographic Video", "chrome"),  # round 131's buttons
    ("(segue)", "chrome"), ("De la Redacción", "chrome"),  # round 132's: a wire's mark, a newsroom's byline, a paywall
    ("Get one month's free unlimited access", "chrome"),
    ("The views, opinions and analyses expressed in the articles on Example News are those of the contributor(s).",
     "chrome"),
    # beyond the Latin script and western Europe: Russian, Ukrainian, Greek, Turkish, Arabic
    ("Читайте также:", "chrome"), ("Поділитися", "chrome"), ("Διαβάστε επίσης", "chrome"),
    ("Δημοσίευση σχολίου", "chrome"), ("Abone Ol", "chrome"), ("İlgili Haberler", "chrome"),
    ("اقرأ أيضا", "chrome"), ("0 σχόλια :", "chrome"), ("12 Kommentare", "chrome"), ("3 comments", "chrome"),
    ("Editör: Ayşe Yılmaz", "credit"), ("Фото: Иван Петров/ТАСС", "credit"), ("Теги: выборы", "chrome"),
    ("((Habrá ampliación))", "chrome"), ("(AP)", "credit"), ("Por Jornal do Bairro –", "credit"),
    ("Tamanho do texto", "chrome"), ("Tellijale", "chrome"), ("Läs också", "chrome"), ("Citește și:", "chrome"),
    ("DAWN.COM", "chrome"), ("ilrestodelcarlino.it", "chrome"),
    ("Also read: Council approves the bridge plan", "chrome"),
    ("Click here for the full results", "chrome"), ("By Jane Doe, in Cape Town", "credit"),
    ("Por Estadão - Estadão 8", "credit"), ("By Jane Doe - The Times", "credit"), (" Submitted | Jay Roe", "credit"),
    ("pgo/ PAP", "credit"), ("kal, job/ČTK", "credit"),
    ('Weiter zum vollständigen Artikel bei "Example"', "chrome"), ("Posłuchaj w Aplikacji Radia:", "chrome"),
    ("Time to upgrade your kitchen?:Here's what to consider.", "chrome"), ("Copyright RTT News/dpa-AFX", "credit"),
    ("Image provided by U.S. Customs and Border Protection", "credit"),
    ("Plus d'informations à venir sur Example.fr", "chrome"), ("Mehr in Kürze bei Radio Example", "chrome"),
    ("Automatisk oplæsning Beta", "chrome"), ("SE ÄVEN: Så firade laget guldet i går", "chrome"),
    ("Actualidade", "chrome"), ("Tekst Anna de Vries Bron Example.nl Fotografie Jan Roe/Example.com", "credit"),
    ("—The Associated Press contributed to this report.", "credit"), ("/rit", "credit"),
    ("Fotó: Szabad Oktatás / Free Education / Facebook", "credit"), ("More info: example.org", "chrome"),
    ("Päivän lehti 30.5.2017", "chrome"), ("Lest denne? Byrådet sier nei til ny bro", "chrome"),
    ("·1 min read", "chrome"), ("By AFP 28 August 2018", "credit"),
    ("GET EXAMPLE NEWS ON THE GO BY CLICKING HERE", "chrome"),
    ("Check back for updates on this developing story.", "chrome"), ("Zdjęcie ilustracyjne / Jan Kot, Radio", "credit"),
    ("Lukuaika noin 1 min", "chrome"), ("Lesezeit: ca. 3 Minuten", "chrome"), ("Scroll down for video", "chrome"),
    ("Play", "chrome"), ("Tweet does not exist", "chrome"), ("Stay with Example.com for updates.", "chrome"),
    ("Send til din ven. Modtagerens email * : Din e-mail * : Dit navn * : *) skal udfyldes.", "chrome"),
    ("Filed Under: Japan, Launch, missile", "chrome"), ("(L'essentiel/afp)", "credit"),
    ("Example Donna ©RIPRODUZIONE RISERVATA", "chrome"), ("Loading articles...", "chrome"),
    ("FOR ABONNENTER", "chrome"), ("File picture: Jane Roe African News Agency (ANA)", "credit"),
    ("Also See: Rituals mark the start of the new capital", "chrome"),
    ("Your playlist will load after this ad", "chrome"),
    ("01:03 Naboen fortæller om lynet Luk video", "chrome"), ("© 2019 Example AG. Alle Rechte vorbehalten.", "chrome"),
    ("Dette er et debattinnlegg. Teksten står for skribentens regning.", "chrome"),
    ("Von Michael Weber , Berlin", "credit"), ("Press Trust of India", "credit"), ("Source: PA Images", "credit"),
    ("Πηγή: example.gr", "credit"), ("Начало България Политика", "breadcrumb"), ("НА ЖИВО", "chrome"),
    ("Please activate JavaScript", "chrome"), ("- Published", "chrome"), ("Presented by Jane Roe", "credit"),
    ("Ouça:", "chrome"), ("Bilderstrecke", "chrome"), ("More to follow.", "chrome"), ("Alle Ergebnisse »", "chrome"),
    ("By Online Producer/Reporter  Global News", "credit"), ("Me gusta: Me gusta Cargando...", "chrome"),
    ("You may also like", "chrome"), ("2 hours ago", "chrome"), ("vor 5 Minuten", "chrome"),
    ("(Compiled by Jane Roe; Editing by John Doe)", "credit"),
    ("By using this website, you agree with our use of cookies.", "chrome"),
    ("Go to next video: Flames over the cathedral", "chrome"),
    ("Media playback is unsupported on your device", "chrome"),
    ("Video: Fakty TVN", "chrome"), ("IN AGGIORNAMENTO", "chrome"), ("(joe)", "credit"),
    ("Read or share this story: https://www.example.com/story/news/2020/05/16/bridge/123/", "chrome"),
    ("Publikacja dostępna na stronie: https://example.pl/wiadomosci/123-most", "chrome"),
    ("Welcome to Example News", "chrome"), ("Bienvenue sur Radio Exemple", "chrome"), ("LINKEDINCOMMENTMORE", "chrome"),
    ("Popular Posts", "chrome"), ("Breaking News", "chrome"),
    # a pointer at a link the dump has lost
    ("Hier finden Sie alle Ergebnisse und Tabellen.", "chrome"), ("De uitslagen zijn hier te vinden.", "chrome"),
    ("Consulte aquí todos los resultados.", "chrome"), ("Usted puede encontrar la versión en inglés aquí.", "chrome"),
    ("You can find the full results here.", "chrome"), ("Read the full report here.", "chrome"),
    ("Zapraszamy do śledzenia relacji na żywo.", "chrome"),
    ("À voir également sur Le HuffPost : Cinq tombes découvertes à Saqqara", "chrome"), ("Annuncio", "chrome"),
    ("(With AFP inputs)", "credit"), ("(With inputs from PTI)", "credit"),
    ("HIRING 716 658by90.png", "chrome"), ("A cura della Redazione", "credit"),
    ("Pub", "chrome"), ("Press Release", "chrome"), ("Назад Вперед", "chrome"), ("Очаквайте подробности!", "chrome"),
    ("Διάβασέ μου το... Your browser does not support the audio element.", "chrome"),
    ("Please activate JavaScript for write a comment in LiveRe.", "chrome"), ("Ua ru", "chrome"),
    ("РУС УКР КТАТ", "chrome"), ("(24sata.info)", "chrome"), ("Report a typo", "chrome"),
    ("Copyright 2021 Example Media, Inc. All rights reserved. This material may not be published.", "chrome"),
    ("Calendar An icon of a desk calendar. Cancel An icon of a circle with a diagonal line across.", "chrome"),
    ("(Copyright 2017 The Associated Press. All rights reserved. This material may not be published.)", "chrome"),
    ("Keep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language.", "chrome"),
    ("Post a comment as", "chrome"), ("(0) comments", "chrome"), ("Author:", "chrome"), ("Da Redação", "chrome"),
    ("et AFP", "credit"), ("with AFP", "credit"), ("City News Service", "credit"), ("View Comments", "chrome"),
    ("Posted By: Madeline Holcombe and Kendall Trammell, CNN", "credit"), ("By: Jane Doe", "credit"),
    ("WIDEO - Porsche wjechało na chodnik. Twoja przeglądarka nie obsługuje odtwarzacza wideo.", "chrome"),
    ("Back the newsroom Your support keeps us going. {{cta_button_label}}", "chrome"),  # a template's slot
    ("You are here: HomeNewsSportLocal", "breadcrumb"), ("Sie sind hier: Startseite > Politik", "breadcrumb"),
    ("5 Most-Read Stories", "chrome"), ("Most viewed this week", "chrome"), ("Jane Roe -", "credit"),
    ("  • Search", "chrome"), ("Representational image", "chrome"), ("Symbolbild", "chrome"),
    ("Don't miss: The bridge reopens on Monday", "chrome"), ("Nicht verpassen! Der Markt zieht um", "chrome"),
    ("items.[0].image.alt", "chrome"), ("News you can trust since 1880", "chrome"), ("Actions", "chrome"),
    ("Author Picture Icon", "chrome"), ("Fotograaf", "chrome"), ("Jan Nowak / PAP/Anna Kot /", "credit"),
    ("Published in the Example Post newspaper on April 22, 2017.", "chrome"), ("Become a Supporter", "chrome"),
    ("You may occasionally receive promotional content from the Example Times.", "chrome"),
    ("ALAMY", "credit"), ("Jane Roe, Environment Editor", "credit"), ("Marie Dupont, correspondante", "credit"),
    ("This story will be updated.", "chrome"), ("Форма поиска по сайту", "chrome"),
    ("This is a developing story. Check back for updates.", "chrome"), ("PUBLISHED: | UPDATED:", "chrome"),
    ("By | Example Herald", "credit"), ("Jane Roe | Reporter", "credit"), ("For Example Media Group", "credit"),
    ("-- Compiled by Jane Roe", "credit"), ("(© jane roe – stock.example.com)", "credit"), ("More in News", "chrome"),
    ("Published date:", "chrome"), ("Sursa articol: example.ro", "credit"), ("Leggi su example.eu", "chrome"),
    ("blog comments powered by Disqus", "chrome"), ("Przeczytaj również:", "chrome"),
    ("Photo by Jane Roe", "credit"), ("Von: Sarah Muster", "credit"), ("Fotó: Kiss Anna/MTI", "credit"),
    ("Læs også: Byrådet vil ændre reglerne", "chrome"), ("Watch CBS News", "chrome"),
    ("WATCH | The mayor opens the bridge:", "chrome"), ("VOLLEY - LIGUE A (H) - 3EME JOURNEE", "chrome"),
    ("Mayor opens the bridge Duration 2:28 The mayor cut the ribbon on Monday as crowds looked on.", "chrome"),
    ("%MINIFYHTML6a9794eaa6aeace7% %MINIFYHTML6a9794eaa6aeace8%", "chrome"),
    ("Images by Jane Roe Photography", "credit"), ("Check for school closings and delays here.", "chrome"),
    ("Reuters / Monday, March 09, 2015", "credit"),
    ("Jane Roe / Agency/Jane Roe Jane Roe / Agency/Jane Roe", "chrome"),
    # where an ad broke the text, a site's follow and share prompts, a gallery's pages, a bare address
    ("TEKST SE NASTAVLJA ISPOD OGLASA", "chrome"), ("Dalsza część artykułu pod reklamą", "chrome"),
    ("La suite après la publicité", "chrome"), ("Story continues below advertisement", "chrome"),
    ("Síguenos en Facebook", "chrome"), ("Follow us on Twitter, Facebook and Instagram", "chrome"),
    ("Comparta este artículo", "chrome"), ("Riceviamo e pubblichiamo", "chrome"), ("Uutinen", "chrome"),
    ("Next Page", "chrome"), ("Page 1 of 4", "chrome"), ("Seite 2 von 5", "chrome"), ("Photo Sales", "chrome"),
    ("MORE RETRO", "chrome"), ("Support your Example by becoming a digital subscriber.", "chrome"),
    ("http://www.example.fi/Online/2016/12/20/Perustulokokeilun%202%E2%80%89000/2016521686660/4", "chrome"),
    (">> LIVE STREAMING Ramljak: Da smo sve ovo osmislili mi, bili bismo genijalci", "chrome"),
    ("Créditos: X @EXAMPLE_OFICIAL", "credit"), ("- Credit: Example Media", "credit"), ("Oproep", "chrome"),
    ("jane.roe@example.ie", "chrome"),
    ("Kan er bij jou al geschaatst worden? Laat het ons weten! Mail naar online@example.nl.", "chrome"),
    ("Oplevede du ulykken, eller ved du noget? Tip os på tip@example.dk eller SMS på 1224", "chrome"),
    ("VIEW GALLERY - 4 IMAGES", "chrome"), ("Popular Now: The console's successor leaks early", "chrome"),
    ("Getty Image", "chrome"), ("Read our interview with the singer here, find our review of his EP here", "chrome"),
    ("/ Foto: Example Auto", "credit"), ("Image via AMD", "credit"), ("Photo courtesy of the family", "credit"),
    ("In Cars, Ford, International News / By Jane Roe / 1 November 2022 12:14 pm / 0 comments", "date_line"),
    ("Article content", "chrome"), ("CONTACT US", "chrome"), ("–Field Level Media", "credit"),
    ("Watch the video above.", "chrome"), ("Regardez la vidéo ci-dessous", "chrome"),
    ("Se pressekonferansen med styrelederen i videovinduet!", "chrome"),
    ("Get a custom forecast and severe weather alerts in your inbox!", "chrome"), ("Texten uppdateras", "chrome"),
    ("This is an archived article and the information in the article may be outdated.", "chrome"),
    ("Reuters, SEOUL", "credit"), ("Dit artikel werd oorspronkelijk gepubliceerd op 11 februari 2016.", "chrome"),
    ("This article was originally published on The Conversation.", "chrome"),
    ("Originally published on Medium.", "chrome"),
    ("The opinions expressed in reader comments are those of the author only.", "chrome"),
    ("SOUTH CAROLINA STATE ・ 1 DAY AGO", "chrome"), ("oi-Jane Roe", "credit"),
    # the fifty-sixth to the fifty-eighth sets: comment forms, wire sign-offs, a desk, job titles, prompts
    ("Deja un comentario", "chrome"), ("You must be logged in to post a comment.", "chrome"),
    ("Reporter", "chrome"), ("Staff Writer", "chrome"), ("More Videos", "chrome"), ("Connect with us", "chrome"),
    ("By", "chrome"), ("4' di lettura", "chrome"), ("12 Shares", "chrome"), ("Posted in Local News, Crime", "chrome"),
    ("Visit example.org", "chrome"), ("Read more https://www.example.com/news/2020/08/story.html", "chrome"),
    ("FOLLOW EXAMPLE DAILY ON GOOGLE NEWS!", "chrome"),
    ("Example Daily is on Google News. Click here and then click Follow to add us as a source!", "chrome"),
    ("Bij het aanmelden gaat u akkoord met onze privacyverklaring.", "chrome"),
    ("By signing up you agree to our Privacy Policy and Terms of Use.", "chrome"),
    ("Lesen Sie auf unserer Themenseite alle Berichte zum Festival.", "chrome"),
    ("Zie je de peiling niet? Stem dan via deze link!", "chrome"), ("Bekijk ook: Raad stemt in met de brug", "chrome"),
    ("Zobacz także: Rada miasta przyjęła budżet", "chrome"),
    ("Le maire a présenté vendredi un plan pour la ville... Plus »", "chrome"),
    ("NTB Innenriks", "credit"), ("Reuters Staff", "credit"), ("(NAN)", "credit"),
    ("Reporting by Jane Roe in Bengaluru; Editing by John Doe", "credit"), ("AB // CDE", "credit"),
    ("Lusa/fim", "credit"), ("di abc/def", "credit"), ("Foto instagram @example.photos", "credit"),
    ("Jane Roe for Example Sports Group", "credit"), ("WXYZ File Image", "credit"),
    ("piše dopisnik STA iz Ljubljane Jana Novak", "credit"), ("Danas pre 3 sata | Piše: Tanjug", "chrome"),
    ("/a.r", "credit"), ("Mailen", "chrome"), ("You have permission to edit this article.", "chrome"),
    ("vergrößern 1 von 3 1 von 3", "chrome"), ("Inhalt > Vorherige Seite Nächste Seite", "chrome"),
    ("Sponsored by Example Bank", "chrome"), ("Celý článek jen pro členy. Vyzkoušet 10 dní zdarma", "chrome"),
    ("Gefällt Ihnen der Text? Dann teilen Sie ihn in den sozialen Medien.", "chrome"),
    ("Jane Roe example.com.tr", "credit"),
    ("Reddit Share Pin Share 0 Shares", "share_bar"), ("The examples populate this alert with dummy content", "chrome"),
    ("• Image 1 of 10", "chrome"), ("Read full article on original website", "chrome"), ("Mehr", "chrome"),
    ("фото EPA, AFP", "credit"), ("→ A LIRE AUSSI : Le conseil vote le budget", "chrome"),
    ("Press Release: Example Corp", "chrome"), ("This article appears in: Investing", "chrome"),
    ("The views and opinions expressed herein are those of the author.", "chrome"),
    ("Shutterstock photo", "credit"), ("By Jane Roe,", "credit"), ("• landscape-tablet-and-above", "chrome"),
    ("Eine Sendung von Jane Roe und John Doe (Moderation)", "credit"), ("von Jane Roe und John Doe", "credit"),
    ("Featured article", "chrome"), ("Follow Jane Roe on Twitter @janeroe and on Facebook", "chrome"),
    ("Support local journalism by subscribing at https://example.com/offer.", "chrome"),
    ("(Example Media file photo)", "credit"), ("Share this item on Twitter", "share_bar"),
    ("Exclusief voor abonnees", "chrome"), ("Źródło: Ministerstwo Zdrowia", "credit"),
    ("Leggi su examplenews", "chrome"), ("vor 18 Min.", "chrome"),
    ("(Lea también: El consejo aprueba el plan)", "chrome"),
    ("Agência EFE", "credit"),
    # round five of the real pages: comment sections closed, template slots, desks' credits, "more soon"
    ("Comments are closed", "chrome"), ("We have closed comments on this story for legal reasons.", "chrome"),
    ("Die Kommentarfunktion ist geschlossen.", "chrome"), ("Les commentaires sont fermés", "chrome"),
    ("[[heading]] [[message]] Something went wrong. [[done]] Email Subscribe", "chrome"),
    ("K.T. Report", "credit"), ("Web Desk", "credit"), ("Our Correspondent", "credit"),
    ("More details soon …", "chrome"),
    # round six: a station's schedule and bids, tags, update notes, markup left over, Nordic stamps, CJK bylines
    ("Filed Under: Weather, School Closings, Example County", "chrome"), ("On Air Schedule:", "chrome"),
    ("11:37 PMThe Late Show", "chrome"), ("• KEXA4On Air", "chrome"), ("View All Programs", "chrome"),
    ("Stay with KEXA for the latest on this developing story.", "chrome"),
    ("Get browser notifications for breaking news, live events, and exclusive reporting.", "chrome"),
    ("(Neu: Aktionäre stimmen zu, Schlusskurs)", "chrome"), ("(Adds quotes, background)", "chrome"),
    ("[Most read] When do the polls close?", "chrome"), ('xml:space="preserve">', "chrome"),
    ("Publisert: For mindre enn 10 minutter siden", "chrome"), ("Opdateres …", "chrome"),
    ("Artiklen fortsætter efter billedet ...", "chrome"), ("Article continues after advertisement", "chrome"),
    ("- Advertisement -", "chrome"), ("TAKİP ET", "chrome"), ("Got a story for Example.co.uk?", "chrome"),
    ("【KEXA 記者報導】", "credit"), ("記者王小明/綜合報導", "credit"), ("Redacción Deportes", "credit"),
    ("Fonte Adnkronos", "credit"), ("/exa/", "credit"),
    # round seven: an outlet's reporter, "details later", sources written with, a broadcaster's media card
    ("Citizen Reporter", "credit"), ("Details later", "chrome"), ("VEJA MAIS", "chrome"),
    ("Com informações da Agência Brasil.", "credit"), ("Archivo particular", "credit"), ("Von RND/dpa", "credit"),
    ("Jane Roe, über dts Nachrichtenagentur", "credit"),
    ("Lokalzeit. . 45:38 Min. . UT . Verfügbar bis 07.05.2028. WDR.", "chrome"),
    # round eight: writers listed, a newsroom's own, where a picture came from, correction and live-blog bids
    ("Von J. Roe, J. Doe, A. Lee und B. Poe, München", "credit"), ("By Jane Roe, John Doe & Ann Lee", "credit"),
    ("Door onze verslaggevers", "credit"), ("Image source, Getty Images", "credit"),
    ("Video from the Example Coast Guard", "credit"), ("- report from Jane Roe", "credit"),
    ("Local Democracy Reporting Service", "credit"),
    ("Heb je een foutje gezien of een opmerking over dit artikel? Neem dan contact met ons op.", "chrome"),
    ("Volg alle ontwikkelingen over de storm in onze liveblog.", "chrome"),
    ("COMMUNIQUE DE PRESSE DU 28 MAI 2020", "chrome"), ("CLICCA QUI PER IL VIDEO", "chrome"),
    ("Wachten op privacy instellingen...", "chrome"), ("Regardez", "chrome"),
    # round nine: a skip link, a print view's header, a partner's promotion
    ("Jump to content", "chrome"), ("Please turn on JavaScript to use this feature", "chrome"),
    ("Impresso do site do jornal Exemplo, em www.example.pt", "chrome"),
    ("Avec notre partenaire EXA, ne perdez plus de temps avec les notes de frais!", "chrome"),
    # round ten: a syndicator's note, a player's text, a promotion of the outlet's pages, labels of boxes,
    # a video's error, an ad run into "read more"; credits: plural "Photos:", "Top images via", the agencies
    # a story was written with, "Report by", a source or a copyright in brackets, a dated source, a handle
    ("(This story has not been edited by Example staff and is auto-generated from a syndicated feed.)", "chrome"),
    ("Video starten, abbrechen mit Escape Leben am Fluss. Verfügbar bis 02.09.2021.", "chrome"),
    ("Get the latest news on example.com. Like us on Facebook or follow us on Twitter", "chrome"),
    ("Related News", "chrome"), ("RECOMMENDED FOR YOU", "chrome"), ("- READ MORE ON:", "chrome"),
    ("Can't connect right now! retry", "chrome"), ("Publicité Lire la suite", "chrome"),
    ("Fes-te subscriptor", "chrome"),
    ("Photos: AFP", "credit"), ("Top images via Example/Facebook.", "credit"), ("With PTI inputs", "credit"),
    ("(With inputs from agencies)", "credit"), ("Report by Jane Roe.", "credit"), ("(NHK)", "credit"),
    ("(Kyodo)", "credit"), ("(Japan Today)", "credit"), ("[Copyright The Example Press, Ltd.]", "credit"),
    ("25.07.2022, 21:00, autor: Jana Roe, zdroj: ČTK", "credit"),
    ("2020/03/04 | 00:05 - Source: Example Post", "credit"), ("@ExampleNews", "credit"),
    # round eleven: a gallery's counter and credit, a newsletter's box, print pointers, comment and box labels,
    # a wire's first-published footer, a path from the home page; "Crédit photo ©", "Beeld ANP"
    ("1/19 Webphoto", "chrome"), ("21/45 ©LaPresse", "chrome"), ("Noticia en desarrollo", "chrome"),
    ("Newsletter Educação Receba no seu e-mail conteúdo de qualidade Assinar", "chrome"),
    ("Most watched News videos", "chrome"), ("You must log in to post a comment.", "chrome"),
    ("Lea el artículo completo en la edición impresa de EXAMPLE", "chrome"), ("RELATED COVERAGE:", "chrome"),
    ("This report by The Canadian Press was first published Dec. 6, 2023.", "chrome"),
    ("Home/News/Court and Crime", "breadcrumb"), ("Crédit photo © Reuters", "credit"), ("Beeld ANP", "credit"),
    # round twelve: counters of views, breaking-news notices, a syndicator's pointers, a script's leftovers, a
    # ticker's quote, "continue reading" in Italian, a bookmark's notice; credits of writers, posts and outlets
    ("149 Views", "chrome"), ("This is breaking news. Please check back for updates.", "chrome"),
    ("This is a breaking news story and will be updated frequently. Please refresh for additional details.", "chrome"),
    ("Read the original article on Example Times.", "chrome"),
    ("AllAfrica publishes around 800 reports a day from more than 140 news organizations", "chrome"),
    ("IP: 10.0.0.1. Referrer: . FirstClickFree: 0.", "chrome"), ("ANL 34.32 Decreased By ▼ -0.20 (-0.58%)", "chrome"),
    ("CONTINUA A LEGGERE L'ARTICOLO", "chrome"), ("Der Artikel wurde zur Merkliste hinzugefügt.", "chrome"),
    ("Expand / Collapse search", "chrome"), ("(mit Material der dpa) / (anw)", "credit"),
    ("Jane Roe, Example24.com", "credit"), ("Example Correspondent, example24.com", "credit"),
    ("Author: EXA | Published: 1 min ago", "credit"), ("By Jane Roe | 48m ago", "credit"),
    ("JANE ROE/AP PHOTO, FILE", "credit"), ("The Citizen (Dar es Salaam)", "credit"),
    ("Example News Agency (Addis Ababa)", "credit"),
    # round thirteen: a billing prompt, a portal's promotion, a wire feed's label, Swedish "report an error",
    # German "more to follow", a Dutch "text goes on under the video", a theme spam line, a pointer with an arrow
    ("Please update your billing information", "chrome"), ("Direkt aus dem dpa-Newskanal", "chrome"),
    ("Więcej takich historii znajdziesz na stronie głównej Example.pl", "chrome"),
    ("Anmäl text- och faktafel", "chrome"), ("Weitere Informationen folgen.", "chrome"),
    ("Bekijk reportage, tekst gaat verder onder de video.", "chrome"), ("76 interakcji", "chrome"),
    ("Want create site? Find Free WordPress Themes and plugins.", "chrome"),
    ("➤ Lesen Sie hier mehr: Die Fürstin kehrt zurück", "chrome"),
    # round fourteen: a blog's comment form, a pointer to the outlet's comments, a Norwegian embed's failure, a
    # section's ISO stamp, an update's time alone, a donation line; Nordic sources, "Courtesy:", a writer's phone
    ("You are commenting using your Twitter account. Log Out / Change )", "chrome"), ("Connecting to %s", "chrome"),
    ("Start the conversation, or Read more at Example.com.", "chrome"),
    ("Laster Twitter-innhold Kunne ikke laste innhold, men du kan gå til twittermeldingen.", "chrome"),
    ("INNENRIKS 2018-03-20T07:01:59Z", "chrome"), ("UPDATE: 3:55 p.m.", "chrome"),
    ("Readers like you keep news free for everyone.", "chrome"), ("Full story: example.com", "chrome"),
    ("Kilder: Riksdagen, TT.", "credit"), ("Kilde: NTB.", "credit"), ("Courtesy: Jane Roe", "credit"),
    ("Jane Roe: 360-555-0100, @janeroe", "credit"),
    # round fifteen: cookie notices in other languages and for embeds, "More:" links, Hungarian picture credits
    ("Example Media uses cookies for personalization. Learn more or change your cookie preferences.", "chrome"),
    ("Pour afficher ce contenu Twitter, vous devez accepter les cookies Réseaux Sociaux.", "chrome"),
    ("More: Flu widespread in 36 states, officials say", "chrome"),
    ("Nyitókép: MTI/Jane Roe", "credit"), ("Photo by: Jane Roe", "credit"),
    ("A korábbi tüntetésekről itt olvashat.", "chrome"), ("EMBED More News Videos", "chrome"),
    ("CommentsWe encourage all readers to share their views on our articles and blog posts.", "chrome"),
    ("24 Galéria: Karácsony a parlamentben Fotó: Jane Roe / Example", "chrome"),
    ("The council met on Monday and voted to reopen the old bridge.Full Story >", "chrome"),
    # round sixteen: account links run together, a business site's tickers box, a ticker of aged stories, a reading
    # time under a minute, Deutsche Welle's sign-off, Greek sources in capitals, "More From:", tags in capitals, a
    # gallery's counter with its title, the UK regional papers' prompts, a paywall's lines
    ("SubscribeLog in", "chrome"), ("Edit Account-Sign Out", "chrome"), ("In this article F GM", "chrome"),
    ("22 hours ago Court issues arrest warrant for the former mayor", "chrome"), ("Reading Time: < 1 minute", "chrome"),
    ("dv/msh (AFP, Reuters)", "credit"), ("ΠΗΓΕΣ: ΑΠΕ-ΜΠΕ - ΦΩΤΟ: anadolu", "credit"), ("More From: Example", "chrome"),
    ("KEYWORDS assembly auto cars EV plant", "chrome"), ("Image 3 of 23 | The bridge through the years", "chrome"),
    ("Want to see fewer ads? Subscribers to the Example Post get access to the ad-lite version.", "chrome"),
    ("Registering with Example Echo means you're ok with our terms and conditions.", "chrome"),
    ("You must login or register in order to post a comment.", "chrome"),
    ("PREMIUM CONTENT FOR SUBSCRIBERS ONLY", "chrome"), ("Start your free trial", "chrome"),
    # round seventeen: bylines with the writer's beat or an outlet's staff, a wire's share, Postmedia's ad slot,
    # template tags, a player's fallback, teasers with "| Read Full Article", an aggregator's note, closed comments
    ("By political reporter Jane Roe", "credit"), ("By chief political correspondent Jane Roe", "credit"),
    ("By Example News Staff", "credit"), ("Additional reporting by Reuters.", "credit"),
    ("Advertisement Story continues below This advertisement has not loaded yet, but your article continues below.",
     "chrome"),
    ("{{^adFree}}{{/adFree}}", "chrome"), ("Your browser doesn’t support HTML5 audio", "chrome"),
    ("Council Sets Date for Special Election11:38 am | Read Full Article", "chrome"),
    ("(The above story first appeared on Example on Sep 20, 2021 11:46 AM IST. For more news, log on to example.com).",
     "chrome"),
    ("Sorry we are not currently accepting comments on this article.", "chrome"), ("Increase Text Size", "chrome"),
    # round eighteen: paywalls in Spanish and Portuguese, an old browser's notice, "Auch interessant:", a developing
    # story's bid, German sources, an Austrian symbol picture, a video's initialled credits
    ("Contenido Exclusivo La nota a la que intentas acceder es exclusiva para suscriptores Suscribirme", "chrome"),
    ("Já é assinante? Faça seu login e tenha acesso completo ao conteúdo.", "chrome"),
    ("Your web browser is no longer supported. To improve your experience update it here", "chrome"),
    ("Auch interessant: So viel kostet die Maß in diesem Jahr", "chrome"),
    ("This story is developing, please check back for updates.", "chrome"), ("(Matéria em atualização.)", "chrome"),
    ("Quellen: Feuerwehr Example, Polizei Example", "credit"), ("Sujetbild © APA/dpa/Jane Roe", "credit"),
    ("M. Roe, C. Doe, E. Poe, M. Loe, France 3 Example", "credit"),
    # round nineteen: big publishers' placeholders and taglines, a blog's comment form, tags after "Keywords:"
    ("Placeholder while article actions load", "chrome"), ("Example video title will go here for this video", "chrome"),
    ("Connect. Shop. Support Local.", "chrome"), ("Fill in your details below or click an icon to log in:", "chrome"),
    ("Keywords: Estonia GDP growth Latvia", "chrome"), ("Mainos (Teksti jatkuu alla) Mainos päättyy", "chrome"),
    # round twenty: a picture's source or a writer before the agency, credits without a colon, bracketed bylines and
    # sources, an agency's stamp, links marked by a bullet or "Tal vez te interese", a picture's enlarge button
    ("NASA, AFP", "credit"), ("Jane Roe, The Canadian Press", "credit"), ("PHOTO JANE ROE, LA PRESSE", "credit"),
    ("Beeld Jane de Roe", "credit"), ("(By Example State Governor)", "credit"), ("[Source: CNN]", "credit"),
    ("By Charlie De Mar", "credit"), ("By: Example Today Sports | February 2, 2018", "credit"),
    ("Agence QMI 06-11-2017 | 00h33", "credit"), ("From The Texas Tribune", "credit"),
    ("• À lire aussi: Le conseil vote le budget", "chrome"), ("Tal vez te interese leer: El puente reabre", "chrome"),
    ("Enlarge Image NASA", "chrome"), ("enlarge this image toggle caption Jane Roe/AP", "chrome"),
    ("Read also", "chrome"), ("Jump directly to the content", "chrome"), ("Aktualisiert am", "chrome"),
    ("Media Options", "chrome"), ("Jane Roe La Presse", "credit"), ("-", "chrome"), ("•", "chrome"),
    # round twenty-one: a Nordic wire's sign-off, a commentary's byline, initialled writers, ABC's teasers, consent
    # notices for embedded posts, swissinfo's stamp, "Le puede interesar:", "Archivado en:", Axios's briefing
    ("/ritzau/TT", "credit"), ("Kommentar von Jane Roe", "credit"), ("C. Roe, M. Doe", "credit"),
    ("Opiniones relacionadas ABC Premium Contenido exclusivo para usuarios registrados en ABC El pacto", "chrome"),
    ("Um eingebettete Inhalte anzuzeigen, ist deine widerrufliche Einwilligung notwendig.", "chrome"),
    ("O seguinte conteúdo vem de parceiros externos. Nós não podemos garantir que seja exibido.", "chrome"),
    ("Este conteúdo foi publicado em 28 de Outubro de 2018 22:15", "chrome"), ("Le puede interesar:", "chrome"),
    ("Archivado en:", "chrome"), ("Sign up for our daily briefing", "chrome"),
    # round twenty-two: credits written "Photo author,", "Écrit par", "(c) AGENCY/"; an outlet's age in Serbian, a
    # text-size widget, a heading picture's alt text, a notice of refused cookies, a broadcaster's note, a pointer to
    # the live ticker, "Contact", "Search our Archive", a Slovenian paywall's "read on"
    ("Photo author, Jane Roe / TASS", "credit"), ("Écrit par Jane Roe, CNN", "credit"),
    ("(c) IMAGO/Jane Roe", "credit"), ("BBC News pre 1 sat", "chrome"), ("+ ↺ − 16 px", "chrome"),
    ("Article heading image for Rates Rise Again", "chrome"), ("Contact", "chrome"), ("Search our Archive", "chrome"),
    ("Vous ne pouvez visionner ce contenu car vous avez refusé les cookies associés aux contenus issus de tiers.",
     "chrome"), ("Diese Nachricht wurde am 18.01.2018 im Programm Deutschlandfunk gesendet.", "chrome"),
    ("Alle Entwicklungen des Tages lesen Sie in unserem Liveticker.", "chrome"),
    ("V nadaljevanju preberite:", "chrome"),
    # round twenty-three: a cut teaser's ellipsis, a player's and a comment box's buttons, a TV site's news labels
    ("...", "chrome"), ("…", "chrome"), ("Fullscreen", "chrome"), ("Cancel", "chrome"), ("Report", "chrome"),
    ("Les autres sujets du JT", "chrome"), ("(Ezra Shaw/Getty Images)", "credit"),
    ("(Jane Roe/USA Today Sports)", "credit"), ("AP Published:", "credit"),
    ("Click to email this to a friend (Opens in new window)", "chrome"),
    ("Be civil. Be kind.Read our full community guidelines.", "chrome"),
    ('Фото с telegram-канала "Пример"', "credit"), ("Photo", "chrome"), ("Story highlights", "chrome"),
    ("More follows...", "chrome"), ("News in development", "chrome"), ("OUR PICKS:", "chrome"),
    ("example_fb5d26b2-e410-455d-b429-d879ff2e5ae9_embedded240642736", "chrome"), ("20230119-011401", "chrome"),
    ("Compiled by Jane Roe and John Doe, editing by Ann Lee", "credit"), ("Redakcja naTemat", "credit"),
    ("41m agoThe council approves the new budget for schools", "chrome"),
    ("The Example Journal has not reviewed this Associated Press story prior to publication. Therefore, it may "
     "contain editorial bias or may in some cases not be appropriate for our audience.", "chrome"),
    # round twenty-four: a paper's edition bar, an embed's link, a tag list, BBC live pages' furniture, AFP's desk
    # codes, a live blog's entry byline, a writer's contact, Spanish, Portuguese and Chinese credits
    ("Today's Paper | March 06, 2022", "chrome"), ("External Link: Example tweet: video of the fight", "chrome"),
    ("Read more about: boxing heavyweight title", "chrome"),
    ("Te recomendamos: El agua se agota en la ciudad", "chrome"),
    ("Ver comentários", "chrome"), ("Foto", "chrome"), ("Developing story – more to come", "chrome"),
    ("Live Reporting", "chrome"), ("All times stated are UK", "chrome"), ("Got a TV Licence?", "chrome"),
    ("str-bed/jhd/pa.zm/cn", "credit"), ("From CNN's Jane Roe", "credit"),
    ("Contact reporter Jane Roe at jroe@example.com. Follow @JaneRoe on Twitter.", "credit"),
    ("By Jane Roe jane.roe@example.com @JaneRoe", "credit"), ("Imagen tomada de Google Maps", "credit"),
    ("記者張方瑀/編譯", "credit"), ("美聯社", "credit"), ("Agencias", "credit"), ("By Digital Desk staff", "credit"),
    # round twenty-five: US local sites' comment boxes, apps and writers' contacts, stamp bars without their dates,
    # credits said thrice or in brackets without a colon, paywalls, teasers with their age, pointers to a newsblog
    ("Contact the writer: jroe@example.com; 570-348-9100; @JaneRoe on Twitter", "credit"),
    ("Start a dialogue, stay on topic and be civil.", "chrome"),
    ("User Legend: iconModeratoriconTrusted User", "chrome"),
    ("If you don't follow the rules, your comment may be deleted.", "chrome"),
    ("By Jane Roe [email protected]", "credit"), ("By | jroe@example.com | Example Sun", "credit"),
    ("Article Tools Font size – + Share This", "chrome"), ("Buy Now", "chrome"), ("Download our news app", "chrome"),
    ("Posted: / Updated:", "chrome"), ("By Published: Updated:", "chrome"),
    ("You are commenting using your WordPress.com account. Log Out / Change )", "chrome"),
    ("Par Jane Roe, Ann Lee, John Doe et Joe Bloggs.", "credit"),
    ("© AFP/Jane Roe © AFP/Jane Roe © AFP/Jane Roe", "chrome"),
    ("(foto Pentaphoto FISI)", "credit"), ("imago images/Roe", "credit"), (", jane.roe@example.com", "chrome"),
    ("Cet article est en accès libre. Le journal ne vit que par ses lecteurs, en kiosque et sur abonnement papier.",
     "chrome"), ("GP Monaco Perez vince a Monaco. Beffa Ferrari: Sainz 2°, Leclerc 4° 2 ORE FA", "chrome"),
    ("Aktuell informiert: Alle Entwicklungen in den Hochwasser-Gebieten im Newsblog", "chrome"),
    ("Leia também Americanas: Recuperação judicial é a maior", "chrome"),
    ("(Lea: Las monedas más fuertes)", "chrome"),
    ("To read more stories, download The Example Mail news app in the Apple Store or Google Play.", "chrome"),
    ("Login or signup to continue reading", "chrome"), ("*Reportagem em atualização", "chrome"),
])
def test_chrome_lines_are_recognised(line, reason):
    assert chrome_reason(line) == reason


@pytest.mark.parametrize("line", [
    "The council said the new bridge would open in May.", "Share prices fell sharply on Monday.",
    "Menu prices rose by a third, the owners said.", "__________", "* * *", "Anzeige gegen den Bürgermeister erstattet",
    "London/Oslo – Flüchtlinge benutzen eine Route über den Norden.", "Comments on the plan are due by Friday.",
    "By the numbers", "By the numbers - Season in review",
    "Submitted plans were rejected by the council", "and/or AFP",
    "Photo: A boy discovers something strange by chance",
    "Copyright law changes/reform", "Mejor película (comedia o musical):Lady Bird",
    "Listen to the full interview in the app and tell us what you think of it today",
    "By Monday", "Di Maio", "Von der Leyen", "By 2030 the city will have grown by a third",
    "16:15 Die Wahllokale sind geschlossen - jetzt wird gezählt", "ha ha", "By 24 votes to 3",
    "Photography is her passion", "Photos: Floods in the north",  # CNN's galleries are titled so
    "The newsletter, which has 10,000 readers, was first to report the deal.",
    "Subscriptions to the paper fell by a third last year, its owners said.",
    "Sie hatte den Newsletter abonniert, sagte ihr Anwalt.", "L'abonnement du mois a augmenté, selon le ministère.",
    "La suscripción nos costó caro, dijo el alcalde.",
    "Direito de imagem Getty Images Image caption Eleitores na fila em São Paulo",  # a caption: the BBC keeps it
    "Home is where the heart is", "Home Sales Rise Again", "Mr.Li", "Von Braun bis Musk", "Начало на сезона",
    "Dans la série « On n’a pas compris »",  # a quotation's closing guillemet is no link's arrow
    "Our cookies are famous, the baker said.", "2 hours ago the fire reached the first houses.",
    "Video games sold well this year", "Foto Rachel ging naar huis met Bron",
    "The streaming service is raising its subscription prices again, by 13 to 18 percent depending on your plan.",
    "Lest denne boka før du reiser, sa hun.",
    "Lire aussi le rapport du ministère", "By the numbers 2019", '"To see the video, click here," she said.',
    "Reading time in schools has doubled", "Stay with us, the mayor told the families.",
    "Ciudad de México / *NUMBER*.2018 *NUMBER*:*NUMBER*:*NUMBER*",  # masked numbers, no form's fields
    "(Paris/Berlin)", "All rights reserved, the company said, and it will sue.",
    "More than 300 people came to the square.", "File pictures were shown in court on Monday.",
    "More to follow for the team after a poor season", "Mehr in Kürze kommt der neue Fahrplan",
    "Source: the ministry said the figure was wrong, and officials in the capital corrected it later that day, "
    "after weeks of questions from the opposition and from journalists",
    "Комментарии экспертов разошлись.", "3 comments were read out in court on Monday.", "Reklam yasağı kalktı.",
    "The full report, which the ministry published on Monday after months of delay, is online: https://example.org/r",
    "The council's plan is at https://example.org/plan",
    "Welcome to the new normal, the mayor told the council on Monday.", "Welcome to Berlin, the city said.",
    "Moreshare prices fell.", "What to know about the new tax rules", "WHAT WE KNOW:",
    "Many tourists come to read the inscriptions here.", "Residents here find it hard to cope.",
    "“You will find it here,” she said.", "Die Gespräche finden hier statt.", "Sie finden uns hier.",
    "(with his wife and two children)", "Voir aussi la carte des zones touchées", "a cura del comune",
    "Download report.pdf", "It is a pub.", "Wow!", "Última hora!!!", "¡Buena suerte!",
    "Copyright law protects all rights reserved by the author, the court said.", "Vulgar",
    "Be nice to your neighbours.", "- Sports", "Posted by the council on Monday, the plan was criticised",
    "The set {1, 2} has two members", "Most read the report before the vote", "Don't miss the last train home.",
    "Search for the missing hiker resumes", "0", "Jane Roe - the new mayor", "Actions speak louder",
    "News you can trust, the editor says", "Style icon", "Published in the spring, the report was ignored.",
    "Jane Roe, the editor, resigned on Monday", "Smith, Jones and Brown, the reporters", "For the People",
    "More in sorrow than in anger, she said", "Photo by photo, the album grew",
    "Read on, the notice said.", "For Sale By Owner Signs Multiply Fast", "Watch the birdie",
    "EL PUENTE VIEJO REABRIRÁ EN MAYO", "The race's duration was 2:28 hours.",
    "The rise is 5% this year, and 7% next", "Check-in closes here at noon, the airline says.",
    "Brexit / Monday, March 09, 2015", "ha ha ha", "No no no no no",
    "EU membership, he argued, \"amplifies our power.\"", "Thank you to all my supporters, she wrote.",
    "More rain is due", "Follow us on this journey, the mayor said.", "Page 1 of the report was missing.",
    "The site, www.example.org, was down.", "»Wir machen weiter«, sagte sie.",
    "Netflix added eight million subscribers in the quarter.", "News Local",  # sections' names: over the article
    "Anyone with information should contact tips@example.gov. Did you see the crash?",  # a police appeal
    "Read our full coverage of the election.", "Related: The council approves the plan",  # sources keep it
    "Images via satellite showed the damage", "Mr Roe / the council / 12 May 2022 meeting notes",
    "See the video of the goal, he said.", "Assista aos vídeos restaurados",
    "Se vocês pensam que estou inventando, confiram no vídeo abaixo:",
    "Is your inbox full?", "Reuters, the news agency, said", "Originally published in 1925, the novel sold well.",
    "Police | 2 hours ago the fire started near the old mill",
    "Users must agree to the new privacy policy by May, the company said.",  # no reader spoken to
    "Google News will let readers follow topics, the company said.", "Solidarity Calls for Cabinet Reshuffle",
    "(Team Example)", "90' Gol di Rossi", "Reporting by the paper found that the data was wrong.",
    "The Google News app is now available in Ireland.", "Visit to the old mill",
    "Zehn Jahre Example.org", "Die nächste Seite der Geschichte",
    "• well-known local bakery", "Reuters reported the deal on Monday", "Read on Monday",
    "Follow the money on Twitter, she said.", "Tuesday, 1 March",
    "Comments are welcome, the mayor said.", "Desk Report", "Weather Report",
    "(New York City)", "(Adding to the pressure, the mayor resigned.)", "Stay with me, she said.",
    "The article continues a long debate", "Redacción de la ley", "Details of the plan",
    "Com informações que ainda faltam, o juiz adiou", "Archivo de la ciudad",
    "By the way, Jane and John went home", "Press release reveals the plan", "Follow the money to the ticker",
    # a gallery's headline, a transcript's mark, a source's words in a sentence
    "Photos: Former Prime Minister Jane Roe", "(APPLAUSE)", "With inputs from the public, the plan changed.",
    "The story has not been edited since 2019, he said.", "Source: the ministry said on 12.03.2020 that",
    # a date's numbers before a word, a newsletter's own subhead, a home in a sentence
    "9/11 Commission report", "IN OTHER NEWS", "Home/office workers are back, the survey says.",
    # a line-up's player and country, a resident's age and town, a breaking story's own sentence
    "Lionel Messi (Argentina)", "Bayern Munich (Germany)", "Jane Roe, 34, of Example.com",
    "This is a breaking point for the club, the coach said, after a long season of defeats and injuries.",
    "Courtesy of the family, the house was rebuilt.", "Update 12:30 on the vote, the mayor said.",
    # a match's score alone, cookies baked, a "more" in a sentence
    "2:1", "The bakery's cookies went viral on social media.",
    "More than 200 people came.", "The gallery: a new wing opens in May", "Itt van a tavasz, mondta.",
    # an article about what it covers, an age in a sentence, keywords in a sentence, a more's sentence
    "In this article we look at the plans", "2 days ago Police said the road was closed.", "Keywords matter for search",
    "More from the council later, she said.",
    # "by" a team, a report's own words on reporting, a browser in a sentence
    "By the numbers staff", "Additional reporting by the paper's staff found the same thing, she said in May 2020.",
    "Additional reporting by staff.",  # the sources of dev's and `second`'s syndicated copies keep it as text
    "Your browser history can be read by the police, the court heard.",
    # a time after "By", a month's name that begins no writer, a comma before an agency in a sentence, a photo's
    # description, a headline that begins with "From"
    "***", "* * *", ".", "LATEST:", "IN OTHER NEWS", "Contact the council at the town hall.", "- - -",
    "Leia também o relatório do banco.", "Lea el informe completo.",
    "Pictures: HMS Example arrives in Portsmouth", "Redakcja zwróciła się do ministra",
    "By Sunday Night", "By March 2020", "The briefing was held on Monday, she said.",
    "Get our daily briefing on the budget, the minister told reporters.", "The talks, AFP", "Foto Friday",
    "(c) the third option is best", "She refused the cookies her neighbour baked.",
    "From Russia With Love",
    "Expand photo of the new wing, built in 1998 by the city council",
    "J. Smith, the mayor, said no.", "A reprodução assistida cresceu 20%.", "Quellen:",  # Wikinews' sources heading
    "Tweet by the president sparks outrage", "Not for the first time, the minister said no.",
    "By the numbers AP", "Related coverage of the trial", "Sun Microsystems 2009 results",
    "Jane Roe, Korrespondentin in Berlin, sagte am Montag, sie bleibe.", "Contact the council on its website.",
    "Update vom 26. September 2021, 18.45 Uhr: SPD liegt in erster Hochrechnung vorne",  # a live page's entry
    "1/4 of the town's homes were flooded, the mayor said.",
    "07:16, drei Tore in zehn Minuten", "We apologize", "Jane Roe by John Doe",
    # round 34's neighbours: "R.I.P." and "U.S." alone, a sentence on an advert, an audio's length in a sentence,
    # a follow-up by a reporter, a sentence on the comments
    "R.I.P.", "U.S.", "The advert 10 years ago won a prize.", "Read it at home, the minister said.",
    "Bekijk hier de uitslag van de verkiezingen in uw gemeente.", "In: the town council",
    "Teilen ist das neue Haben", "Comments off the record were made by the mayor.",
    # round 35's neighbours: a sentence on a material's broadcast, a town's tags, a visit's invitation
    "This material may not be published, the court ruled, until the trial ends.", "Etiquetas de precio subieron",
    "To see the bridge, visit the town hall first.", "Gen. Jane Roe, 25-Oct",
    "More politics is what the town needs, she said.", "Get the free bus pass from the town hall.",
    "Posted by the council on its website, the plan was read by 300 people.",
    "Ver más de cerca el puente es otra cosa.",
    "Today is Tuesday, and the bridge opens.", "Themen der Sitzung waren Europa und Recht.",
    "Bekijk de brug, zei de burgemeester.", "The theme of the evening: bridges",
    # round 40's neighbours: a phrase said twice in a sentence, a sentence on a player or on details, an inbox
    # and a broadcast in a sentence, Italian words after "di"
    "Advertisement, advertisement, everywhere.", "Loading the player took an hour, she said.",
    "More details came out on Monday.", "Watch the river rise from your window.", "di noi", "di cui",
    "Über dieses Thema wurde im Landtag lange gestritten.", "En contexto, la ley cambió en 2020.",
    # round 41's neighbours: a count of visitors, a phrase in a sentence, a related link's words in a sentence, a
    # share of a vote, a table's row of figures
    "699 visitors came to the fair.", "Sign in to your account to vote, the council said.",
    "Te puede interesar saber que el puente reabre.", "1 de 3 votos fue nulo, según el tribunal.",
    "Results 3 1 2 0 1 4 5 2 6 1 0 2 3 1 4",
    # round 42's neighbours: a sentence on a logo, a ticker in a sentence, a deepening in Italian, stars in a sentence
    "The logo was designed in 1998.",
    "Hier geht es zum Rathaus, sagte der Sprecher, und dann weiter zur Brücke über den Fluss.",
    "Per approfondire la questione il governo ha nominato una commissione.", "She gave it ★★★★★ and left.",
    # round 43's neighbours: a product's name, a sign-off's words in a sentence, a live blog named in a sentence
    "Homeland", "- Agencies say the bridge is safe.", "In this article we look at the bridge.",
    "Die Stadt berichtete in unserem Liveblog am Montag über die Brücke, die seit Jahren gesperrt ist, und mehr.",
    # round 44's neighbours: an acronym's hyphens in a sentence, a homecoming, "with" in a sentence, an author's
    # work, "también" in a sentence
    "NATO-EU-UN talks resumed on Monday.", "Home is where the bridge is.",
    "With Reuters gone, the town lost its bureau.",
    "Author of the report, Jane Roe, said no.", "También el puente reabre en mayo.",
    # round 45's neighbours: an ad blocker in a sentence, a dossier in a sentence
    "Selon l'étude, vous utilisez un bloqueur de publicité sur un ordinateur sur trois.",
    "Lees meer over de brug: de gemeente heeft alles in een dossier gezet voor de raad en de inwoners van de stad.",
    # round 46's neighbours: a German sentence that bids to read, a story's continuation in a sentence
    "Lesen Sie auch in Zukunft die Zeitung, bat der Bürgermeister.", "The story continues on Monday.",
    # round 47's neighbours: sharing and following in sentences
    "Share this with your neighbours, the mayor said.", "Følg med på Facebook, sa ordføreren i går kveld til pressen.",
    # round 48's neighbours: the latest figures in a sentence, a story first published elsewhere, a bar inside a line
    "For the latest figures, visit the council's website.", "(This story was first published in the Example Times.)",
    "Kopiowanie danych bez zgody jest dozwolone w bibliotece.", "Rock | Pop | Jazz in the park tonight and tomorrow",
    # round 49's neighbours: a hashtag in a sentence, a recommendation in one, a tag the text writes about
    "The #MeToo movement reached the council.", "Recommended on the council's list were three parks.",
    "Published by the council in 2019, the plan was ignored.", "<b> marks bold text in HTML, the teacher said.",
    # round 50's neighbours: a page's own bullet, a sentence that jumps or goes home
    ">> The opening ceremony was a symbol of what is to come over the six months of the fair.",
    "Jump to the content of the report, the mayor said.", "Go to the council's homepage for the forms, she said.",
    "BBC News, the broadcaster said, will cut jobs.",
    # round 51's neighbours: a refresh, a newsroom and a thank-you in sentences, a bracket of the article's own
    "+++ 12:05 Uhr: Die Polizei räumt den Platz +++", "Newsroom staff at example.gr walked out on Monday.",
    "Thank you for reading to the children, the mayor told the volunteers.", "[Editor's note: the vote was 5-4.]",
    # round 52's neighbours: a reader's letter that asks, a time in a sentence, reading in a sentence
    "The council wants residents to let us know in the comments of its own survey what they think of the plan.",
    "Time: 2 mn 26 s was the record, set in 2019 by a local runner.", "Read | Write | Count, the school's motto.",
    # round 54's neighbours: a time of day after its word, a number in a sentence, a courtesy in one
    "The match kicks off tonight 7:45", "Polls close in the city at 9:30", "Nr. 5 of the list was chosen.",
    "Courtesy of the mayor, the museum opened early.",
    # round 56's neighbours: a dateline of two places, a comment bid in a sentence
    "Berlin/Bremen", "Kiel/Elsfleth", "Residents can have your say forms at the library.",
    # round 57's neighbours: a video, temperatures, a tip, a wire, stars, minutes and reading again in sentences
    "Voir la vidéo du concert sur le site de la ville, a précisé le maire.", "Il faisait 20°C à Paris et 22°C à Lyon.",
    "Ved du noget om sagen, så ring til politiet, sagde han.", "Avec Reuters (et Bloomberg), l'agence a signé.",
    "3 stars for the hotel, the inspectors said.", "Le verdict sera connu dans 2 min, a dit le juge.",
    "Notre fil info a été lancé en 2019.", "(Re)lire ses notes était son habitude.",
    # round 58's neighbours: a video, an audio, a name, views and thanks in sentences
    "See the video of the attack on the mayor, she said: it was shocking.", "Audio recordings were played in court.",
    "di Maio 4 volte ha detto no", "The views expressed by the minister were criticised.",
    "Thanks for taking the time to comment on the plan, the mayor wrote to residents.",
    # round 59's neighbours: knowing more, related facts, a route and cropped images in sentences
    "Saber más sobre el tema es importante, dijo el ministro.", "Correlati tra loro, i due fatti sono stati indagati.",
    "Von: Berlin nach Hamburg", "The cost - Cropped images were used.",
    # round 60's neighbours: a ticker's entry, an article and a picture in sentences
    "+++ 12:05 Uhr: Die Polizei räumt den Platz +++", "L'articolo di ieri è stato letto da molti.",
    "Foto di repertorio del 2019 mostra la piazza.",
    # round 61's neighbours: themes, years ago, minutes, reporting and seeing in sentences; a press office named in a
    # body
    "Temas de la reunión fueron varios.", "Há 10 anos que ele trabalha aqui.", "International 9 min from the centre",
    "With reporting from the front, she won a prize.", "Zobacz, jak to wygląda.", "Polizeipräsidium Stuttgart",
    # round 62's neighbours: an empty bracket, information in a sentence
    "[ ]", "Information from the council was late.",
    # round 63's neighbours: a bid, a fraction and a contribution in sentences
    "Veja aquilo que foi dito.", "1 / 4 of the votes were counted.", "Contributed by readers, the fund grew.",
    # round 64's neighbours: a video and a bid to follow the money in sentences
    "Video by itself is not evidence, the judge said.", "Siga o dinheiro, disse o juiz.",
    # round 65's neighbours: writing to and a link in sentences
    "Write to the council at once, she said.", "18 Posts were filled by the council.", "J. Smith, the mayor, said so.",
    "Tags",
    # round 67's neighbours: an update, a text and pictures, a time and a video in sentences
    "Sist oppdatert i går, sa han.", "Tekst i foto su objavljeni jučer.", "2:35 oli aika, jolloin juna lähti.",
    "– BBC reporters were in court, she said.", "Stuttgart/Baden-Württemberg",
    # round 68's neighbours: a temperature, views, cookies and a live broadcast in sentences; a paper's section named
    # in a body
    "Dublin: the temperature fell to -1 °C overnight, the forecaster said, and it will stay cold all week.",
    "The regulator said the firm uses cookies to track users, and fined it.", "Australia news",
    "The regulator said the firm uses cookies to track users without their consent.",  # a report, not a notice
    "Suivez le guide, dit le maire.", "Reported by the BBC, the story spread fast.",
    # round 69's neighbours: a time, a video and links in sentences
    "At 19:24 CEST the polls closed.", "Video agenzia DIRE ha mostrato il ministro.",
    "Weitere Informationen finden Sie in unserem Dossier.",
    # round 70's neighbours: a list with semicolons and spaces, reading more in a sentence
    "Voted for: Jane Roe; John Doe; Ann Smith; Bob Brown", "He said he would read more about it... read more later.",
    # round 71's neighbours: reading more, a teaser word and a full story in sentences
    "Les mer om saken i morgen, sa hun.", "Kijk, dat is het probleem.", "Full story of the night is still unclear.",
    # round 72's neighbours: an app and comments in sentences
    "Download times for the app doubled, the company said.", "Readers' comments were closed after the ruling.",
    # round 73's neighbours: a post, a video and a sign-up in sentences
    "The post of mayor appeared first on the list.", "El vídeo del día anterior mostraba la protesta, dijo.",
    "AP: the agency's style guide changed in 2021.",  # round 74's neighbour
    # round 75's neighbours: "close" and topics in sentences, a thread kept open, the day in a sentence
    "CLOSE to 500 people marched on Sunday.", "Close Brothers shares fell 3% on Monday after the results.",
    "Tópicos como a corrupção dominaram o debate.", "Mantenemos abierto el diálogo con los sindicatos, dijo.",
    "The vote was held on Thursday, 14 May 2020 (a public holiday).",
    # round 76's neighbours: full screen, free coverage and live TV in sentences
    "Volledig scherm is de nieuwe stand van de app, zegt de maker.", "Our coverage of the match is free, she said.",
    "You need one to watch live TV, the minister said of the licence, which costs £159 a year in 2022.",
    # round 77's neighbours: Lusa, "more soon" and a zapping in sentences, an omission in a quoted line
    "Lusa/Fim de semana: a agência fechou o balanço.", "In Kürze mehr als 100 neue Stellen, sagte der Chef.",
    "[...] and so the law stood, the court found.", "[…]", "[...]",
    # round 79's neighbours: an interview, today's time and the editors' views in sentences
    "Intervista di Jane Roe al ministro, pubblicata ieri, ha fatto discutere.", "Heute 14:03 Uhr war es so weit.",
    "Die Autoren müssen nicht der Meinung der Regierung sein, sagte sie.",
    # round 80's neighbours: "Door", "Kuva", "via" and first publication in sentences
    "Door de regen", "Kuva on otettu eilen illalla Helsingissä.", "The study was first published in The Lancet",
    "The results were shared with doctors via Reuters.", "Latest in a long line of delays, the vote slipped again.",
    # round 81's neighbours: an entry, reporting and a picture story in sentences, a source's own "Tags" (dev's)
    "Please enter the building through the side door, the notice said.",
    "Reporting by the BBC found that the plan had failed.", "Tags",
    "Picture story: the day the river rose, in twelve frames, shows the town at its worst.",
    # round 82's neighbours: contact and privacy, a clock time and a title in sentences
    "Contact us for details about our privacy policy.", "1:57 was the time of the winning goal, she said.",
    # round 83's neighbours: a map's title, a headline that ends at home
    "Carte : les zones touchées par la crue du fleuve", "Coming home", "Lakers bring LeBron home",
    "Además, el gobierno anunció: habrá elecciones.",  # round 85's neighbour: "además" opening a sentence
    "The full report is available at this link, said the minister, who spoke for an hour in parliament about it.",
    # round 86's neighbours: a subscription, "see also" and a gallery in sentences
    "Wykup subskrypcję kosztuje teraz więcej, mówią czytelnicy.", "Vedi anche tu che la strada è chiusa.",
    "The gallery shows 17 pictures of the storm, one of them on the map.",
    # round 87's neighbours: sharing, reading more and an update in sentences
    "Pinterest said its pin count rose by a third.", "Leia mais na escola, disse o ministro aos alunos.",
    "This article appeared in print on Sunday, the editor said.", "La última actualización llegó el lunes.",
    # round 88's neighbours: a search, a menu, comments, an update, a handle and the next story in sentences
    "The search form was removed from the site in 2019.", "All comments were deleted by the moderators on Monday.",
    "Last update of the software was in 2021, the firm said.",
    "Next story in the series is due on Monday.", "Actualizare importantă a legii a fost votată ieri.",
    "— Jane Roe (@janeroe) October 6, 2020",  # an embedded tweet's footer: dev's and second's sources keep it
    # round 89's neighbours: more reports, "see also" and reading on in sentences
    "Weitere Meldungen über den Sturm gab es am Abend nicht.", "Zie ook de kaart hieronder voor de uitslag.",
    "Continúa la lectura del informe en el Congreso.",
    # round 90's neighbours: a byline's words, a section and a pointer in sentences
    "By the end of March 3, 2020 the plan had been updated in every county of the state",
    "From the section of the bill that deals with tax", "Wyniki można znaleźć tutaj, powiedział burmistrz i wyszedł.",
    # round 91's neighbours: minutes, sharing, listening, joining and alerts in sentences
    "3 minuty po půlnoci padl výstřel", "Escuchar a los vecinos es la prioridad del alcalde.",
    "Hacete socio del club, pidió el presidente a los hinchas.", "Get breaking news alerts from the council, he said.",
    "Kontakt redaktionen fik ingen svar fra ministeriet.",
    # round 92's neighbours: republishing, sending pictures and interest in sentences
    "This article was republished in 2019 by the ministry, which said so.",
    "Send the pictures to the police, she said.", "Auch interessant ist die Frage, wer am Ende zahlt.",
    # round 93's neighbours: an age, a newsletter and following live in sentences
    "Kako je rečeno pre 2 sata", "Esta reportagem foi publicada na newsletter de ontem, disse o editor.",
    "Follow the live updates, the mayor urged residents as the storm neared the coast and the bridges closed.",
    # round 94's neighbours: a hot day, a desk and a date in sentences
    "On Friday, July 8, 2022 it was 94°F in the shade, he said.", "The digital desk was closed in 2019.",
    "Jane Roe arrived on 06 March 2020 and left a week later.",
    # round 95's neighbours: a list of cities, a story's code and the results in sentences
    "Paris, Berlin, Rome and Madrid", "The story code was never published, the editor said.",
    # round 96's neighbours: sharing, viewing and a journalist in sentences
    "Jetzt teilen sich die beiden Parteien die Macht.", "View all in good time, the curator said.",
    "Der Journalist", "Relacionados con el caso hay tres detenidos.",
    # round 97's neighbours: coming home and a report in sentences
    "Coming home", "The report came home to roost, he said.",
    # round 98's neighbours: an article's body and a click in sentences
    "Article body of the treaty was amended twice.", "Zum Aktualisieren der Daten hier klicken, sagte er.",
    # round 99's neighbours: a site and its path, a Malaysian picture in a sentence
    "Example.com / its app were down for hours on Monday.", "The Bernama pic was shared widely on Monday.",
    # round 100's neighbours: a staff and a login in sentences
    "Hospital Staff", "The staff went home early on Friday.", "Ingresar con tu usuario es fácil, dijo el ministro.",
    "The official website of the club was hacked on Monday", "Weather where you are going matters",  # 101's
    "Do g1 ao vivo", "Do G1 saíram três repórteres para a cobertura.",  # round 102's neighbours
    # round 103's and 104's neighbours: a choice, a password and markup in sentences, a wrapped line after "by"
    "The editor's choice was clear to everyone.", "Her password was stolen in May.", "<b>Bold</b> moves",
    "by police on Monday, who said the bridge was safe", "by Prime Minister Jane Roe on Monday", "Theme park",
    "Interessant voor u en mij is de vraag wie betaalt.", "Ver essa foto no Instagram foi o pedido do ministro.",
    # round 111's neighbours: the newsroom and the day in sentences, a score with a slash
    "Von der Redaktion erfuhr sie nichts.", "By the river on 18 diciembre, 2017", "This field is required by law.",
    "Chiffre d'affaires / 490,1 / 510,1",  # a results table's row: its cells are numbers, no breadcrumb's
    # rounds 116-119's neighbours: a party in brackets, a city that is no source's, an item of a list, a share of posts
    "Olaf Scholz (SPD)", "Example Town (Kent)", "Jane Roe, avec Belga et AFP, a écrit le texte", "by @example the post",
    "Share this item with your family", "Del på Facebook og Twitter kom først i går.",
    "AFP Paris 3 mars 2019 was a quiet day", "EFE said Lisbon 11 out of 2019",  # round 125's neighbours
    "Fuente (afp) de agua", "Watch also the second half", "Denne artikel er skrevet af Jane Roe",
    "Doutor Camargo;", "Image may contain errors, the agency said", "Updates to follow the vote in May",  # 126's
    "state-of-the-art", "• 1 shot dead in Homewood", "Dijon, France", "Do not sell my house, she said in 2020",  # 127's
    "The views expressed in the survey surprised him", "You are here because you care",  # round 128's neighbours
    "Tags were found on the birds", "Photo credit should read as follows, the agency said",  # round 129's
    "Show more respect to the nurses", "News Corp Australia said on Monday",  # round 130's neighbours
    "De la Redacción de El País salió la noticia",  # round 132's neighbour
])
def test_lines_of_articles_are_not_chrome(line):
    assert chrome_reason(line) is None


@pytest.mark.parametrize("line, head, body", [
    ("19.10.2019, 21:59 Uhr Artikel mit Video", True, True), ("Politics Staff May 24, 2019 17:11:50 IST", True, True),
    ("AA | 20.05.2019 - 10:04..", True, True), ("20.06.2019, 09:46 Uhr | AFP, dpa, rtr, t-online.de", True, True),
    ("lok sabha elections Updated: May 23, 2019 13:30 IST", True, True),
    ("Die Wahllokale schlossen am 24.09.2017 um 18:00 Uhr.", False, False),
    ("19.25 Uhr: Hochrechnung", False, False), ("20.06.2019, 09:46 Uhr: Unwetter im Süden", False, False),
    ("On 24.09.2017 the polls closed at 18:00 in every one of the country's states", False, False),
    ("The vote is on 12.05.2019 at 10:00 in Paris", True, False),  # a subhead, once the article has begun
    ("Køge - 01. august 2017 kl. 12:38 Af Jane Roe og John Doe Kontakt redaktionen: desk@example.dk", True, True),
    ("Lusa06 Ago, 2018, 07:25 | País", True, True),  # an agency glued to a Portuguese stamp
    ("31 août 2020 à 06h00 par Jane", True, True),  # round 99's: a French time of day, "06h00"
    ("Le réseau tombe en panne à 06h00 chaque matin depuis trois semaines dans toute la ville", False, False),
    ("Zulay Costa Hoje às 10:48 Facebook", True, True),  # "today" dates a stamp with nothing of a sentence
    ("Today at 10:48 the train left", False, False),
    ("ma 06 september 2021 15.00 uur", True, True),  # a Dutch clock's "uur"
    ("Hoje às 18:57, atualizado às 19:15 Facebook", True, True),  # "updated" is no word of a sentence
    ("Mar 3, 2021 09:15 By examplefm", True, True),  # a byline's name in lower case is no prose
    ("Mar 3, 2021 09:15 the ferry sailed", True, False),
    ("October 14, 2021 12:36pm   Comments", True, True),  # a time with its "pm" is no word of a sentence
    ("Wednesday, March 20, 2019Back to", True, False),  # a link back to the front, run into the date over the page
])
def test_a_stamp_with_metadata_is_chrome(line, head, body):
    from flows.stages.chrome import body_chrome_reason, head_chrome_reason

    assert (head_chrome_reason(line) == "date_line") == head
    assert (body_chrome_reason(line) == "date_line") == body


def test_a_live_blogs_stamped_entries_stay_and_a_pages_own_stamp_goes():
    own = "The polls have closed.\n\nAA | 20.05.2019 - 10:04\n\nCounting has begun."
    (doc,) = run_steps([Document("d", "d.txt", body=own)], [ChromeStep()])
    assert doc.body == "The polls have closed.\n\nCounting has begun." and restore(doc.body, doc.removed) == own
    blog = ("Live: the count.\n\n20.05.2019, 10:04 Uhr | Katharina Schmidt\nCounting has begun.\n\n"
            "20.05.2019, 11:30 Uhr | Katharina Schmidt\nThe first results are in.")
    (doc,) = run_steps([Document("d", "d.txt", body=blog)], [ChromeStep()])
    assert doc.body == blog and not doc.removed


@pytest.mark.parametrize("line, dated", [("Wednesday, March 11, 2020", True), ("11 Mar 2020", True),
    ("Wed 04th November 2020", True), ("Sun Ming 2020", False),
                                         ("Updated: Feb. 25, 2022 at 8:44 AM", True), ("2018-07-01", True),
                                         ("/ 01:08 PM June 09, 2017", True),
                                         ("Actualitzada 30/09/2018 a les 10:31", True),
                                         ("Data ultima modifica 10 novembre 2019 ore 14:20", True),
                                         ("erschienen am 21.09.2016", True), ("Publikuar | 19:10", True),
                                         ("18 марта 2018 года", True), ("Середа, 6 грудня 2017", True),
                                         ("Τρίτη, 12 Μαρτίου 2019", True), ("25 Haziran 2018 Pazartesi", True),
                                         ("Wtorek, 13 października 2015", True), ("Mart 2018 bütçesi açıklandı", False),
                                         ("Luni, 30 ianuarie 2017", True), ("måndag 30 januari 2017", True),
                                         ("30. tammikuuta 2017 klo 10.31", True), ("Mars 2020 rover launched", False),
                                         ("11.08.2021 | Stand: 11:32 Uhr", True),
                                         ("Last Updated on August 31, 2021.", True),
                                         ("Published in 2019, the report found more.", False),
                                         ("lunes 20 de marzo de 2023 | 6:05hs.", True), ("06-Nov-19 14:27", True),
                                         ("VERÖFFENTLICHUNG » 27.04.2018", True),
                                         ("Première publication : 24/07/2018", True),
                                         ("Gepubliceerd op | Views: 1.189", True),
                                         ("Published 10 May 2016 at 8:41pm, updated 16 August 2022 at 12:54pm", True),
                                         ("27 de Enero de 2021.", False), ("Cyber crime booms in 2004", False),
                                         ("Singapore growth at 8.1% in 2004", False),
                                         ("• 06 Sep 2018", True), ("Jan 07, 2021 • • 1 minute read", True),
                                         ("Mai 2019 | AFP", True), ("Dallas | 3 min read", False),
                                         ("19 февруари 2026 | 08:31", True),
                                         ("Дата публікації: 22 лютого 2026 17:48", True),
                                         ("18 december", True), ("May 5", True), ("May day", False),
                                         ("- 25 Nov 2020 20:18", True),
                                         ("[Article mis à jour le 3 mars à 18h05]", True),
                                         ("[Mise à jour du 9 mars à 17h47]", True),
                                         ("Mise à jour le 9 mars 2021 à 17h47", True),
                                         ("4. 6. 2019", True), ("Dne 4. 6. 2019 se konala demonstrace.", False),
                                         ("La mise à jour du 9 mars a été publiée à 17h47.", False),
                                         ("Artikel aktualisiert am 03.03.2021", True),
                                         ("Article about the 3 March vote", False),
                                         ("ΤΕΛΕΥΤΑΙΑ ΕΝΗΜΕΡΩΣΗ: 16:48", True),
                                         ("Publié le 9 février 2021 à 13h10 par T.M.", True),
                                         ("Publié le 9 février 2021 à 13h10 par la mairie.", False),
                                         ("Aggiornamento ore 10.30", True), ("Ultimo aggiornamento: 23:18", True),
                                         ("07. Mai 2023 | Quelle: dpa", True),  # a stamp bar's source
                                         ("2021-02-24T17:34+0000", True), ("Time posted: 8:13 am", True),
                                         ("Nov. 24, 2022, 7:31 a.m.", True),  # a dotted "a.m." is no stop
                                         ("The polls opened at 7:31 a.m.", False),
                                         ("(aggiornato alle 17.40 del 25 settembre 2023)", True),  # in brackets
                                         ("(the vote of 25 September 2023)", False),
                                         ("07. Mai 2023 | Quelle: das Amt für Statistik in Wien", False),
                                         # a live blog's entry stamp, its year left out but its minute given
                                         ("  • Jul 26, 04:20 PM (IST)", True), ("Jul 26, 04:20 PM", True),
                                         ("Jul 26 in Paris", False), ("May 26 vote", False),
                                         ("Di 19.02.2019", True), ("di 19 anni", False),
                                         # round 86's: the published and modified stamps side by side, an update's
                                         # stamp after its date and a bar's source
                                         ("2019-03-04T09:12+0100 2019-03-05T10:40+0100", True),
                                         ("2019-03-04T09:12+0100 and the vote", False),
                                         ("04. März 2019 , aktualisiert 05. März 2019, 10:40 Uhr | Quelle: Example "
                                          "Online", True),
                                         ("04. März 2019, then the plan was aktualisiert again", False),
                                         ("ACTUALIZARE LUNI, 27 MAI, ORA 0:48.", True),  # round 88's Romanian stamp
                                         ("Actualizare importantă a legii", False),
                                         # round 90's: a stamp and its update after a dash
                                         ("September 18, 2019 at 10:19 AM CDT - Updated September 18 at 10:19 AM",
                                          True), ("The vote - updated rules for 2019 and beyond", False),
                                         # round 91's: an update after the time of day, a space alone between them
                                         ("Tuesday, 24th September 2019, 09:43 am Updated Tuesday, 24th September "
                                          "2019, 11:01 am", True), ("At 9 the updated rules came in", False),
                                         ("5. junij 2017 ob 11:59", True),  # round 93's Slovenian month
                                         # round 125's: EFE's Portuguese month cut to a word, between day and year
                                         ("11 out 2019", True), ("3 set 2021 - 14h20", True),
                                         ("get out 2019", False), ("11 out of 2019", False),
                                         ("we set 12 records in 2019", False),
                                         ("todayMarch 1, 2023", True),  # an icon's name run into the date
                                         ("todayMarch", False), ("today the vote", False),
                                         # round 126's: a Romanian label and month ("Ian", a name too)
                                         ("Data: 12 Ian, 2022", True), ("Data: 45 people died in 2022", False),
                                         ("12 Ian Smith 2022", False),
                                         # round 128's: Italian "luglio" cut to "lug"; a weekday and its day, the
                                         # year left out, is a live blog's or a timeline's heading as often as a stamp
                                         ("4 lug 2022 08:17", True), ("4 lug", False), ("Donnerstag, 7. April", False),
                                         ("Tuesday Dec 20", False)])
def test_date_lines(line, dated):
    assert is_date_line(line) is dated


CAPTIONED = ("The council met on Monday.\n\nNurses on the picket line outside the hospital. Picture: PA\n\n"
             "Advertisement\nStriking workers outside the ambulance station (Jane Roe/PA)\nThey want more pay.\n\n"
             "The deal was agreed by both sides (EU/UK)\n\nShe wrote it in her book (Penguin Books/Random House)\n\n"
             "A Budapest hotel on election night © MTI / Jane Roe\n\nFlooded streets in Houston on August 27, 2017. "
             "REUTERS/Jane Roe\n\nHe met AP/Reuters reporters on Monday in the city.")


def test_a_pictures_credit_glued_to_its_caption_goes_only_when_asked_and_can_be_put_back():
    (kept,) = run_steps([Document("d", "d.txt", body=CAPTIONED)], [ChromeStep()])
    assert [r.place for r in kept.removed] == ["body"]  # "Advertisement" only: the credits stay by default
    (doc,) = run_steps([Document("d", "d.txt", body=CAPTIONED)], [ChromeStep(cut_credits=True)])
    assert [(r.place, r.paragraph, r.line, r.text) for r in doc.removed if r.place == "tail"] == [
        ("tail", 1, 0, " Picture: PA"), ("tail", 2, 1, " (Jane Roe/PA)"), ("tail", 5, 0, " © MTI / Jane Roe"),
        ("tail", 6, 0, " REUTERS/Jane Roe")]
    assert "Nurses on the picket line outside the hospital.\n\nStriking workers outside the ambulance station\n" \
           in doc.body and "(EU/UK)" in doc.body and "(Penguin Books/Random House)" in doc.body
    assert restore(doc.body, doc.removed) == CAPTIONED


@pytest.mark.parametrize("caption, credit", [
    ("Rescuers pull a boat through floodwaters. (JANE ROE/AFP/Getty Images)", " (JANE ROE/AFP/Getty Images)"),
    ("Flooded homes near the lake are seen. (Photo by Jane Roe/Getty Images)", " (Photo by Jane Roe/Getty Images)"),
    ("An image of the storm over the islands on Sunday. (Example Satellite via AP)", " (Example Satellite via AP)"),
    ("The minister leaves the palace after the ceremony ― Picture by Jane Roe", " ― Picture by Jane Roe"),
    ("The man in this image is an actor. PIcture: Example Police", " PIcture: Example Police"),
    ("The march began at noon outside the court (Credit: Example Police)", " (Credit: Example Police)"),
    ("Die Landwirte fahren nach Berlin. Quelle: Jane Roe/dpa", " Quelle: Jane Roe/dpa"),
    ("Personeel voert actie bij de toegangspoorten. Beeld EPA", " Beeld EPA"),
    ("Los marchadores españoles con sus medallas. Imagen EFE", " Imagen EFE"),
    ("Het beeld van de dag. Beeld is alles, zei hij", ""),
    ("The treaty was signed by both capitals (Paris/Berlin)", ""),  # places, no picture's outlet
    ("She wrote it in her book (Penguin Books/Random House)", ""),
    # round 67's: the Polish "Fot.", the Romanian "Sursa foto", a chart's screendump, the circled C, NRC's "Foto"
    # without a colon, dpa's photographer before the agency, a Brazilian handout
    ("Two ministers heard the verdict in court. Fot. Jane Roe / REPORTER", " Fot. Jane Roe / REPORTER"),
    ("Flowers were laid at the club on Wednesday. Sursa foto: Facebook/ Example", " Sursa foto: Facebook/ Example"),
    ("De grafiek toont de koers van het aandeel. Screendump: Example", " Screendump: Example"),
    ("De directeur staat de pers te woord. \u24b8 ANP", " \u24b8 ANP"),
    ("De restauratie vindt plaats in een glazen vitrine. Foto Jane Roe / ANP", " Foto Jane Roe / ANP"),
    ("Eine Frau hält bei der Kundgebung ein Plakat. Jane Roe/dpa/Archivbild", " Jane Roe/dpa/Archivbild"),
    ("Cerimônia de posse do presidente em Brasília - Divulgação/Jane Roe", " - Divulgação/Jane Roe"),
    ("Het beeld van de dag werd gemaakt. Foto is alles, zei hij", ""),  # a sentence on a photo
    ("Die Demonstranten sprachen mit Jane Roe/dpa-Reportern", ""),
    # round 68's: India Today's bar, "Bildrechte:", "(Crédits : ...)", "Photo, Jane Roe/Agency."
    ("Soldiers examine debris after the explosion in the district | Photo from REUTERS", " | Photo from REUTERS"),
    ("Die beteiligten Teleskope rund um die Welt, von links oben Bildrechte: Example, Jane Roe",
     " Bildrechte: Example, Jane Roe"),
    ("Stellantis sera le nouveau nom de l'entité fusionnée. (Crédits : Example)", " (Crédits : Example)"),
    ("A boy lights candles at a memorial in the square. Photo, Jane Roe/AFP/Getty Images.",
     " Photo, Jane Roe/AFP/Getty Images."),
    ("We took a photo, Jane Roe said at the memorial", ""),
    # round 69's: a bar before the credit, a source, the Swiss agency after the stop
    ("Erupción del volcán en La Palma, Canarias (España). | Fuente: EFE/AFP", " | Fuente: EFE/AFP"),
    ("Boxes of the vaccine are stocked in a refrigerator in Manila Source: JANE ROE/AFP/Getty Images",
     " Source: JANE ROE/AFP/Getty Images"),
    ("Der Anschlag geschah im September in der Innenstadt. Keystone", " Keystone"),
    ("Die Bundesanwaltschaft ermittelt gegen ihn in Bern. KEYSTONE/JANE ROE", " KEYSTONE/JANE ROE"),
    ("The minister spoke to the keystone species report", ""),
    # round 91's: the agency before its photographer, a picture via an agency from a pool
    ("Cristina Fernández de Kirchner (REUTERS/Jane Roe)", " (REUTERS/Jane Roe)"),
    ("Chauvin is charged in the death of George Floyd. (Court TV via AP, Pool)", " (Court TV via AP, Pool)"),
    ("The poll was taken last week by (Reuters/Ipsos)", ""),
    # round 92's: a Catalan agency after a slash, a New Zealand credit's slash
    ("Incendi al Pont de Vilomara, Barcelona / Europa Press", " / Europa Press"),
    ("Families make their way through the flood waters near Hastings. Photo / Supplied", " Photo / Supplied"),
    ("He took a photo / video of the scene", ""), ("The ratio was 3 / 4 of the vote / EFE said", ""),
    ("O relatório foi divulgado nesta sexta-feira pela Europol. / EFE", ""),  # after the stop: dev's sign-off stays
    ("Manifestación en Comodoro Py en apoyo a la Vicepresidenta, el día del fallo / Foto: Jane Roe.",
     " / Foto: Jane Roe."),  # round 94's: a slash before the credit's word
    ("A rally against the police in Hong Kong, China, 28 July 2019. EFE/EPA/JANE ROE", " EFE/EPA/JANE ROE"),  # 95's
    ("2016: Charges are reduced 2017: Roam like at Home becomes reality Source: European Commission", ""),  # a box's
    # round 99's: Malaysian credits after a dash, the Swiss agency after the photographer, a screenshot's credit
    ("Flood victims leave their homes on a boat in Shah Alam December 20, 2021. \u2014 Picture via Twitter/@example",
     " \u2014 Picture via Twitter/@example"),
    ("A resident wades through flood waters in Shah Alam 19 December 2021. \u2014 Bernama pic", " \u2014 Bernama pic"),
    ("The minister leaves the palace in Kuala Lumpur March 1, 2020. \u2014 Photograph by Jane Roe",
     " \u2014 Photograph by Jane Roe"),
    ("Die Präsidenten an der gemeinsamen Pressekonferenz in Bern (19. März 2023). Foto: Jane Roe (Keystone)",
     " Foto: Jane Roe (Keystone)"),
    ("La primera imagen de la detención del exprocurador (Foto: captura Example)", " (Foto: captura Example)"),
    ("The crowd cheered when the AFP pic was shown", ""), ("La captura del exprocurador fue en su casa", ""),
    # round 103's: an Indian paper's own photographer, with a colon or "File photo by"
    ("The protest at the square has been on since December. (Express photo: Jane Roe)", " (Express photo: Jane Roe)"),
    ("Cyrus Mistry at the meeting in Mumbai. (Express File photo by Jane Roe)", " (Express File photo by Jane Roe)"),
    ("The court heard the case (File photo of the minister) on Monday", ""),
    # round 110's: dpa in lower case after "Foto:", the copyright sign in brackets, dpa's picture library, EPA twice
    ("Das Rathaus am Marienplatz. Die Stadt bleibt die teuerste. (Foto: dpa)", " (Foto: dpa)"),
    ("A Paris, les prix stagnent (©Jane Roe - AFP)", " (©Jane Roe - AFP)"),
    ("2019 gab es zuletzt ein Festival am Ring. (picture alliance / Jane Roe / dpa)",
     " (picture alliance / Jane Roe / dpa)"),
    ("The champion celebrates with his fifth green jacket on April 14, 2019. EPA-EPA/JANE ROE", " EPA-EPA/JANE ROE"),
    ("Sie las das Buch (Foto: das Titelbild) im Zug", ""),
    # round 112's Boursorama, spaces inside its brackets
    ("Des pompiers luttent contre le feu près de Gonfaron, le 17 août 2021 ( AFP / JANE ROE )", " ( AFP / JANE ROE )"),
    ("Un bombardier d'eau largue sur le feu dans le Var ( Example Office / Handout )",
     " ( Example Office / Handout )"), ("Il a dit ( sic ) que non", ""),
    ("Simpatizantes del candidato en Quito, el 9 de agosto de 2023. (API vía AP)", " (API vía AP)"),  # round 113's
])
def test_the_shapes_of_a_pictures_credit_at_its_captions_end(caption, credit):
    assert glued_credit(caption) == credit


SIGNED = ("Oil prices rose on Monday. (Reuters)\n\nThe cut is the largest since 2008.\nAdvertisement\n"
          "\u201cIt will tighten the market,\u201d said an analyst at a London broker.\u2014 AFP")


def test_a_wires_sign_off_at_the_articles_end_goes_and_can_be_put_back_but_not_further_up():
    (doc,) = run_steps([Document("d", "d.txt", body=SIGNED)], [ChromeStep()])
    assert [(r.reason, r.place, r.paragraph, r.line, r.text) for r in doc.removed] == [
        ("chrome", "body", 1, 1, "Advertisement"), ("credit", "tail", 1, 2, "\u2014 AFP")]
    assert doc.body.startswith("Oil prices rose on Monday. (Reuters)") and doc.body.endswith("London broker.")
    assert restore(doc.body, doc.removed) == SIGNED
    for end, cut in [("There was no vote on it, he said. \u2013 Bernama", " \u2013 Bernama"),
                     ("Floods forced 75 people from their homes overnight. \u2015 Bernama", " \u2015 Bernama"),  # 99's
                     ("Es un compromiso del que no se moverán, ha avisado. (HABRÁ AMPLIACIÓN)",
                      " (HABRÁ AMPLIACIÓN)"),  # round 102's: Europa Press's note that more will come
                     ("Hohe Zinsen und teure Baumaterialien bremsen. (dpa/jW)", " (dpa/jW)"),
                     ("Sie soll bis Ende 2025 wirksam sein./sk/DP/he", "/sk/DP/he"),
                     ("Det er rekordhøyt, sier han. (©NPK)", " (©NPK)"),
                     ("He had managed Derby County before that. EFE-EPA", " EFE-EPA"),
                     ("La grève pourra être reconduite. TF1 | Reportage J. Roe, J. F. Doe",
                      " TF1 | Reportage J. Roe, J. F. Doe"),
                     ("L'inflation reviendra vers 2% d'ici fin 2024. (Rédigé par Jeanne Roe et Jean Doe)",
                      " (Rédigé par Jeanne Roe et Jean Doe)"),
                     ("Die Regierung hat es beschlossen. (APA, 4.10.2015)", ""),  # dev's Austrian sources keep it
                     ("Zuvor hatte die ÖVP mit der FPÖ regiert. (dts)", " (dts)"),
                     ("Die Lufthansa will Teile übernehmen. (Tsp, dpa, Reuters)", " (Tsp, dpa, Reuters)"),
                     ("I film in gara a Venezia sono stati 21. (La redazione)", " (La redazione)"),
                     ("La polizia si è portata sul luogo. © RIPRODUZIONE RISERVATA", " © RIPRODUZIONE RISERVATA"),
                     ("Sie hat es mit Reuters und AFP geteilt. (Berlin, Paris)", ""),
                     ("Suggestiva, comunque, la cerimonia d'inaugurazione Leggi su examplepost",
                      " Leggi su examplepost"),
                     ("Ha ricoperto il ruolo di commissario per la ricostruzione..Per approfondire",
                      ".Per approfondire"),
                     ("Os presos serão acusados de tráfico. (Reportagem de Jane Roe)", " (Reportagem de Jane Roe)"),
                     ("Marrëveshja do të votohet nga parlamenti./example.al", "/example.al"),
                     ("Rajoy ha criticado al candidato por hacer caso a las urnas. EFE,alr/agc", " EFE,alr/agc"),
                     ("O caso gerou comoção nas redes sociais do país. Veja aqui.", " Veja aqui."),
                     ("Pierre Maudet est de retour au gouvernement genevois./ats-sbe", "/ats-sbe"),
                     ("O Benfica festejou o título no Marquês de Pombal. Veja o vídeo", " Veja o vídeo"),
                     ("Max Verstappen gewinnt den ersten Sprint in Silverstone. (pre/sda)", " (pre/sda)"),
                     ("Der Kardinal hat sich bei den Opfern entschuldigt. (Jane Roe, dpa)", " (Jane Roe, dpa)"),
                     ("Près de 80 services sont concernés. Ce sujet a été diffusé dans le journal télévisé de 20H du "
                      "04/06/2019 présenté par Jane Roe sur TF1.", " Ce sujet a été diffusé dans le journal télévisé "
                      "de 20H du 04/06/2019 présenté par Jane Roe sur TF1."),
                     ("Nel 2017 è stato nominato Cavaliere al merito. - (PRIMAPRESS)", " - (PRIMAPRESS)"),
                     ("\u201cThe best way is to step aside and let them govern.\u201dexample.com", "example.com"),
                     ("Atacantes: Jane Roe (Example FC), John Doe (Example)Fonte: Example", "Fonte: Example"),
                     ("He read the whole report on example.com", ""),
                     ("Todas as informações você confere em www.example.com.", ""),
                     ("She named her source: Example", ""),
                     ("Die Polizei sucht den Täter. Die Meldung wird aktualisiert. (ag)", " (ag)"),
                     ("The ambulance service was operating as normal.__The Nation", "__The Nation"),
                     ("The court allowed the law to stay in force in Texas.www.example.com", "www.example.com"),
                     ("Delhi needs 700 tonnes of oxygen every day. Watch the video for more.",
                      " Watch the video for more."),
                     ("Si torna in classe il 14 settembre.Per approfondire: Scuole riaperte, ecco le regole",
                      "Per approfondire: Scuole riaperte, ecco le regole"),
                     ("He called it a mistake in the letter (sic)", ""),
                     ("Le président a annoncé le retrait des soldats.Source : https://www.example.fr/monde/retrait",
                      "Source : https://www.example.fr/monde/retrait"),
                     ("She pledged to raise income taxes on top earners. (Courtesy BBC)", " (Courtesy BBC)"),
                     ("The coalition won a landslide in 2013. (Reporting by Jane Roe in Sydney; Editing by John Doe)",
                      " (Reporting by Jane Roe in Sydney; Editing by John Doe)"),  # round 86's
                     ("The poll was done by phone (reporting by the council)", ""),
                     # round 87's: a Brazilian story's sources, a live story's note run into its last sentence
                     ("Os socialistas venceram no domingo. (Com informações da Example Press)",
                      " (Com informações da Example Press)"),
                     ("O Presidente falou ao país.Em atualização", "Em atualização"),
                     ("A lista de vítimas segue em atualização", ""),
                     ("Ein zweiter Wahlgang findet am 4. Oktober statt. © Foto: Jane Roe", " © Foto: Jane Roe"),
                     ("Tesla will join the index, said an analyst. [The Wall Street Journal, CNBC]",
                      " [The Wall Street Journal, CNBC]"),
                     ("He quoted the letter in full. [sic]", ""),
                     ("Am Mittwoch stürzte eine Felsmasse ins Tal. (kün/sda)", " (kün/sda)"),
                     ("He has worked for years at the AFP", ""), ("The tests were all negative. Epa", ""),
                     ("The vote went to the EP", ""), ("He said so. - AP", ""), ("He spoke to Reuters.", ""),
                     # round 75's: Agenzia Nova's initials with their capital, a German desk's "red"
                     ("La Juventus rischia una penalizzazione in classifica. (Rpi)", " (Rpi)"),
                     ("Knapp 1000 Beschäftigte können an beiden Standorten bleiben. red", " red"),
                     ("O fogo destruiu cerca de 40 casas na região centro do país. Com Lusa.", " Com Lusa."),
                     ("The car was painted red", ""), ("He said the light was red. Red", ""),
                     # round 109's: Reuters' French desk, its writer and translator or its newsroom
                     ("La course reste indécise dans plusieurs Etats. (Jane Roe version française John Doe)",
                      " (Jane Roe version française John Doe)"),
                     ("Le camp démocrate a saisi la justice. (Rédaction de Paris)", " (Rédaction de Paris)"),
                     ("Il a lu la version française du texte en public.", "")]:
        assert sign_off(end) == cut


def test_a_link_glued_to_a_paragraphs_end_goes_and_can_be_put_back_but_a_writers_aside_stays():
    body = ("The army will stay in the south, the spokesman said. (READ: Martial law: what you should know)\n\n"
            "He said he was sorry (read: he lied).\n\nThe storm is due on Friday. (ALSO READ: Will it be the same?)")
    (doc,) = run_steps([Document("d", "d.txt", body=body)], [ChromeStep()])
    assert [(r.reason, r.place, r.paragraph, r.line) for r in doc.removed] == [
        ("chrome", "tail", 0, 0), ("chrome", "tail", 2, 0)]
    assert doc.body == ("The army will stay in the south, the spokesman said.\n\nHe said he was sorry (read: he lied)."
                        "\n\nThe storm is due on Friday.")
    assert restore(doc.body, doc.removed) == body


def test_a_bid_to_click_for_the_full_text_or_to_show_more_glued_to_a_paragraphs_end_goes():
    body = ("Ecco alcuni passaggi del comunicato (Clicca qui per leggere la versione integrale sul sito)\n\n"
            "Il sindaco ha parlato (clicca qui, ha detto, era il suo modo di scherzare) a lungo.\n\n"
            "Elven er like stor som under flommen, sa han mandag. Vis mer\n\nHan ville vis mer\n\n"
            "Musk bought the company last week. – READ MORE\n\nThe storm wrecked the coast on Monday. Read the full "
            "story here.\n\nRutte gaf uitleg in een persconferentie. Tekst gaat verder onder de video.\n\n"
            "Han gjør comeback på landslaget etter fem år. Vis mer\n\n"
            "Familiares expresan su preocupación. (Publicado hace 14 minutos)\n\n"
            "He unpacks the significance of this win for the party. #Example #SNP\n\n"
            "Los partidarios celebran. (AP Foto/Jane Roe) Copyright 2023 The Associated Press. All rights reserved\n\n"
            "La presidenta electa ha hablado con la prensa. Siga leyendo aquí.\n\n"
            "A jury found the officer guilty on all three charges last year.Full Article\n\n"
            "The companies agreed to settle with the tribes. read more\n\n"  # round 77's feeds' excerpts
            "He expects strong demand for the product. Continue reading\n\n"
            "The drugmaker agreed to the deal. (Read Full Article)\n\n"
            # round 80's: a Romanian aggregator's pointer at the rest, a share bar's count
            "Deci, cea mai probabila… Citeste articolul mai departe pe agerpres.ro…\n\n"
            'Voturi nule - 370.206 ...citeste mai departe despre " Guvernul a cazut " pe Ziare.com\n\n'
            "Premierul a demisionat, au precizat surse politice. 1 SHARES Share Tweet\n\n"
            # round 87's: an Italian bid to read on after the picture, Newser's pointer at its section
            "La strada è rimasta chiusa fino alle 5. (Continua a leggere dopo la foto)\n\n"
            "The Dow fell 13%, its worst day since 1987. (Read more stock market stories.)\n\n"
            # round 91's: a gallery caption cut before its button
            'She tearfully spoke of their romance. "It\'s one of my...more\n\n'
            "He said there was more to come...more or less.\n\n"
            # round 92's: Italian and Romanian bids to read on, a Dutch caption's button to enlarge it
            "I rappresentanti non devono esibire il certificato verde. LEGGI LA NOTIZIA\n\n"
            "Sentinta i-ar subrezi pozitia in partid, asa ca o... citeste mai mult\n\n"
            "Ouders voeren actie bij de Kamer (foto: Jane Roe/ANP). vergroot\n\nZe zei dat het beeld vergroot\n\n"
            # round 93's: Finnish and English bids to read on
            "Syyskuun luku on 69,9 prosenttia. Lue lisää\n\nExit poll had the three parties level. More here\n\n"
            # round 94's: an Italian bid to follow the updates by clicking
            '"Lavoriamo senza sosta". Segui gli ultimi aggiornamenti sull\'emergenza cliccando qui\n\n'
            # round 95's: Sport1's links in brackets, Reuters' story codes, a Dutch pointer at the report
            "Bayern setzte sich mit 2:1 durch. (Das Spiel zum Nachlesen im TICKER)\n\n"
            "Die Bayern stehen wieder oben. (SERVICE: Tabelle der Bundesliga)\n\n"
            "A central bank survey showed on Tuesday. [nL3N26L0UG]\n\nHe cited the study [1]\n\n"
            "Costa Rica werd van het kastje naar de muur gespeeld. Lees hier het verslag.\n\n"
            # round 96's: a Brazilian bid to see the TV report
            "A investigação aponta para uma briga de facções. Veja mais na reportagem do Fantástico.\n\n"
            # round 97's: Sky TG24's link in capitals, a Venezuelan paper's pointer at its site
            "Le gare si svolgono a Doha fino al 6 ottobre. (IL PROGRAMMA COMPLETO)\n\n"
            "Los estudiantes protestaron frente al rectorado. Lea más noticias en www.example.com\n\n"
            # round 98's: an aggregator's button, its glasses glued to the text
            "It is a seven-week delay on the planned start to the season 👓 View full article\n\n"
            # rounds 116 and 119's: an ad's mark and a teaser's link after the stop, zazoom's source, a linked story
            "Borré hatte bereits die Führung ausgeglichen. Anzeige\n\nDie Zeitung druckte eine Anzeige\n\n"
            "Vorgestellt werden sie in München. weiterlesen\n\n"
            "La commedia è diretta da Jane Roe. 🔗 Leggi su Example.it\n\n"
            "No aguantaron las ganas de llorar. Lea aquí: “Duele mucho no conseguir el objetivo”: Jane Roe\n\n"
            "Ea a spus ca va merge mai departe pe drumul ales.\n\nThe vote is on Monday.")
    (doc,) = run_steps([Document("d", "d.txt", body=body)], [ChromeStep()])
    assert [(r.reason, r.place, r.text) for r in doc.removed] == [
        ("chrome", "tail", " (Clicca qui per leggere la versione integrale sul sito)"), ("chrome", "tail", " Vis mer"),
        ("chrome", "tail", " – READ MORE"), ("chrome", "tail", " Read the full story here."),
        ("chrome", "tail", " Tekst gaat verder onder de video."), ("chrome", "tail", " Vis mer"),
        ("chrome", "tail", " (Publicado hace 14 minutos)"), ("chrome", "tail", " #Example #SNP"),
        ("chrome", "tail", " Copyright 2023 The Associated Press. All rights reserved"),
        ("chrome", "tail", " Siga leyendo aquí."), ("chrome", "tail", "Full Article"), ("chrome", "tail", " read more"),
        ("chrome", "tail", " Continue reading"), ("chrome", "tail", " (Read Full Article)"),
        ("chrome", "tail", " Citeste articolul mai departe pe agerpres.ro…"),
        ("chrome", "tail", ' ...citeste mai departe despre " Guvernul a cazut " pe Ziare.com'),
        ("chrome", "tail", " 1 SHARES Share Tweet"), ("chrome", "tail", " (Continua a leggere dopo la foto)"),
        ("chrome", "tail", " (Read more stock market stories.)"), ("chrome", "tail", "...more"),
        ("chrome", "tail", " LEGGI LA NOTIZIA"), ("chrome", "tail", "... citeste mai mult"),
        ("chrome", "tail", " vergroot"), ("chrome", "tail", " Lue lisää"), ("chrome", "tail", " More here"),
        ("chrome", "tail", " Segui gli ultimi aggiornamenti sull'emergenza cliccando qui"),
        ("chrome", "tail", " (Das Spiel zum Nachlesen im TICKER)"),
        ("chrome", "tail", " (SERVICE: Tabelle der Bundesliga)"),
        ("chrome", "tail", " [nL3N26L0UG]"), ("chrome", "tail", " Lees hier het verslag."),
        ("chrome", "tail", " Veja mais na reportagem do Fantástico."), ("chrome", "tail", " (IL PROGRAMMA COMPLETO)"),
        ("chrome", "tail", " Lea más noticias en www.example.com"), ("chrome", "tail", " 👓 View full article"),
        ("chrome", "tail", " Anzeige"), ("chrome", "tail", " weiterlesen"),
        ("chrome", "tail", " 🔗 Leggi su Example.it"),
        ("chrome", "tail", " Lea aquí: “Duele mucho no conseguir el objetivo”: Jane Roe")]
    assert restore(doc.body, doc.removed) == body


def test_a_last_line_that_loses_a_button_and_then_its_sign_off_is_put_back_in_order():  # round 71's
    body = "Han gjør comeback på landslaget etter fem år. (©NTB) Vis mer"
    (doc,) = run_steps([Document("d", "d.txt", body=body)], [ChromeStep()])
    assert [r.text for r in doc.removed] == [" Vis mer", " (©NTB)"] and doc.body.endswith("fem år.")
    assert restore(doc.body, doc.removed) == body


def test_chrome_and_doubled_paragraphs_leave_the_body_and_can_be_put_back():
    body = ("First paragraph of the story.\n\nAdvertisement\n\nSecond paragraph, with a line\nRead more >>\n\n"
            "Second paragraph, with a line\nRead more >>\n\nLast one.")
    (doc,) = run_steps([Document("d", "d.txt", body=body)], [ChromeStep()])
    assert doc.body == "First paragraph of the story.\n\nSecond paragraph, with a line\n\nLast one."
    assert [(r.reason, r.paragraph, r.line) for r in doc.removed] == [
        ("chrome", 1, -1), ("chrome", 2, 1), ("repeated_paragraph", 3, -1)]
    assert restore(doc.body, doc.removed) == body


def test_a_lone_date_stamp_goes_but_a_timelines_dates_stay():
    stamp = "The council met.\n\nWednesday, March 11, 2020\n\nIt voted to reopen the bridge."
    (doc,) = run_steps([Document("d", "d.txt", body=stamp)], [ChromeStep()])
    assert doc.body == "The council met.\n\nIt voted to reopen the bridge."
    assert [r.reason for r in doc.removed] == ["date_line"]
    timeline = ("How the bridge came back.\n\nJune 16, 2015\n\nThe bridge closes.\n\nUpdated: June 20, 2015\n\n"
                "Dec. 7, 2015\nThe council votes to reopen it.")
    (doc,) = run_steps([Document("d", "d.txt", body=timeline)], [ChromeStep()])
    assert "June 16, 2015" in doc.body and "Dec. 7, 2015" in doc.body  # its structure, kept
    assert [r.text for r in doc.removed] == ["Updated: June 20, 2015"]  # a stamp says what it is: it goes
    assert restore(doc.body, doc.removed) == timeline
    # round 103's: Portuguese days the date lines do not read ("30 de outubro") make a timeline of "29 outubro"
    days = "O calendário.\n\n29 outubro\n\nReuniões.\n\n30 de outubro\n\nAudiências.\n\n3 de novembro\n\nO Conselho."
    (doc,) = run_steps([Document("d", "d.txt", body=days)], [ChromeStep()])
    assert doc.body == days and not doc.removed
    (doc,) = run_steps([Document("d", "d.txt", body="O calendário.\n\n29 outubro\n\nReuniões.")], [ChromeStep()])
    assert [r.text for r in doc.removed] == ["29 outubro"]  # alone, the page's stamp
    stamps = "The Queen has died.\n\nThursday, 8th September 2022, 6:40 pm\n\nThursday, 8th September 2022, 6:44 pm"
    (doc,) = run_steps([Document("d", "d.txt", body=stamps)], [ChromeStep()])
    assert doc.body == "The Queen has died." and len(doc.removed) == 2  # times of day: the page's stamps


def test_a_counter_over_the_article_goes_but_a_lists_number_in_the_body_stays():
    from flows.stages.chrome import body_chrome_reason, head_chrome_reason

    assert head_chrome_reason("0") == "chrome" and head_chrome_reason(" 12 ") == "chrome"
    assert body_chrome_reason("3") is None and head_chrome_reason("2,500 jobs") is None


def test_a_stamp_split_over_two_lines_goes_whole_but_a_live_blogs_times_stay():
    body = "De hond is terug.\n\n06 januari 2019\n\n20u13\n\nHet dier was zes dagen weg."
    (doc,) = run_steps([Document("d", "d.txt", body=body)], [ChromeStep()])
    assert doc.body == "De hond is terug.\n\nHet dier was zes dagen weg."
    assert [r.text for r in doc.removed] == ["06 januari 2019", "20u13"]
    blog = "The polls have closed.\n\n20:13\n\nThe first results are in.\n\n20:45\n\nTurnout was high."
    (doc,) = run_steps([Document("d", "d.txt", body=blog)], [ChromeStep()])
    assert doc.body == blog and doc.removed == []


def test_readers_comments_go_under_their_heading_but_a_comments_subhead_stays():
    body = ("The buses leave the centre on Monday.\n\nComments\n\nAnonymous says\n\nGood riddance, they were "
            "always late.\n\nJane Roe says:\n\nBring in the blue buses.")
    (doc,) = run_steps([Document("d", "d.txt", body=body)], [ChromeStep()])
    assert doc.body == "The buses leave the centre on Monday."
    assert {r.reason for r in doc.removed} == {"comments"} and restore(doc.body, doc.removed) == body
    subhead = "The council asked for views.\n\nComments\n\nResidents have until May to write in."
    (doc,) = run_steps([Document("d", "d.txt", body=subhead)], [ChromeStep()])
    assert "Residents have until May to write in." in doc.body


def test_a_live_pages_comments_go_each_under_the_line_that_names_its_writer():
    body = ("Britain won gold in the synchronised diving.\n\n  • Comment posted by JaneR, today at 08:36\n\n"
            "    Well done, both of you!\n\nThe pair beat China by 1.23 points.")
    (doc,) = run_steps([Document("d", "d.txt", body=body)], [ChromeStep()])
    assert doc.body == "Britain won gold in the synchronised diving.\n\nThe pair beat China by 1.23 points."
    assert {r.reason for r in doc.removed} == {"comments"} and restore(doc.body, doc.removed) == body


def test_a_pages_footer_after_its_copyright_goes_unless_text_follows():
    body = ("The hospital will add two floors.\n\nWork starts in May.\n\n"
            "Copyright © 2022 Example Health. All Rights Reserved.\n\nFeatured Webinars\n\nTop Podcasts")
    (doc,) = run_steps([Document("d", "d.txt", body=body)], [ChromeStep()])
    assert doc.body == "The hospital will add two floors.\n\nWork starts in May."
    assert [r.text for r in doc.removed] == ["Copyright © 2022 Example Health. All Rights Reserved.",
                                             "Featured Webinars", "Top Podcasts"]
    assert restore(doc.body, doc.removed) == body
    text_after = body.replace("Top Podcasts", "The board approved the plan on Monday.")
    (doc,) = run_steps([Document("d", "d.txt", body=text_after)], [ChromeStep()])
    assert "Featured Webinars" in doc.body and "The board approved the plan on Monday." in doc.body


def test_a_writers_name_over_the_date_stamp_goes_but_a_name_alone_stays():
    body = ("Jane Roe\nSep 7, 2019 @ 11:12am\n\nThe bank on Main Street was robbed on Friday.\n\n"
            "Ann Lee\n\nThe teller said she was not hurt.")
    (doc,) = run_steps([Document("d", "d.txt", body=body)], [ChromeStep()])
    assert doc.body == "The bank on Main Street was robbed on Friday.\n\nAnn Lee\n\nThe teller said she was not hurt."
    assert [(r.reason, r.text) for r in doc.removed] == [("credit", "Jane Roe\nSep 7, 2019 @ 11:12am")]
    assert restore(doc.body, doc.removed) == body


def test_a_writers_name_over_the_outlets_name_goes_but_not_further_down():
    rain = "".join(f"It rained on day {day}.\n\n" for day in range(1, 6))
    body = f"Jane Roe\n\nThe Times\n\nBritain had its wettest autumn.\n\n{rain}Ann Lee\n\nThe Guardian\n\nShe agreed."
    (doc,) = run_steps([Document("d", "d.txt", body=body)], [ChromeStep()])
    assert [(r.reason, r.text) for r in doc.removed] == [("credit", "Jane Roe"), ("credit", "The Times")]
    assert restore(doc.body, doc.removed) == body


def test_the_outlets_name_under_a_byline_goes_with_it():
    body = "Jane Roe, Economics Correspondent\n\nThe Times\n\nHouse prices rose again.\n\nThe Times\n\nIt said so."
    (doc,) = run_steps([Document("d", "d.txt", body=body)], [ChromeStep()])
    assert [(r.reason, r.text) for r in doc.removed] == [("credit", "Jane Roe, Economics Correspondent"),
                                                         ("credit", "The Times")]
    assert doc.body == "House prices rose again.\n\nThe Times\n\nIt said so."  # under prose, it stays


def test_a_letters_pages_signatures_go_but_a_list_of_names_and_towns_stays():
    body = ("The bridge should reopen.\n\nJane Roe, Catonsville, Md.\n\nThe council is wrong.\n\n"
            "John Doe • Vandalia, Ill.\n\nI agree with both.")
    (doc,) = run_steps([Document("d", "d.txt", body=body)], [ChromeStep()])
    assert [(r.reason, r.text) for r in doc.removed] == [("credit", "Jane Roe, Catonsville, Md."),
                                                         ("credit", "John Doe • Vandalia, Ill.")]
    assert restore(doc.body, doc.removed) == body
    listed = "The winners were:\n\nJane Roe, Leeds\nJohn Doe, York\nAnn Lee, Hull\n\nAll got a medal."
    (doc,) = run_steps([Document("d", "d.txt", body=listed)], [ChromeStep()])
    assert doc.body == listed


def test_a_writers_name_under_the_stamp_and_a_credit_under_its_caption_go():
    body = ("19.02.2021 | 08:31\nDana Karadzhova\n\nThe president signed the decree on Friday.\n\n"
            "The new mall opened in the town centre on Thursday morning. Hanna Rautio\n\nHanna Rautio\n\n"
            "Crowds came early.\n\nAnn Lee\n\nThe mayor spoke first.")
    (doc,) = run_steps([Document("d", "d.txt", body=body)], [ChromeStep()])
    assert [(r.reason, r.text) for r in doc.removed] == [
        ("date_line", "19.02.2021 | 08:31\nDana Karadzhova"), ("credit", "Hanna Rautio")]
    assert "Ann Lee" in doc.body and "Thursday morning. Hanna Rautio" in doc.body  # a name alone elsewhere stays
    assert restore(doc.body, doc.removed) == body


def test_a_place_tag_under_the_standfirst_goes_but_a_fixtures_venue_stays():
    body = ("The old lighthouse will open to visitors in the summer of 2021 after two years of work.\n\n"
            "Le Grau-du-Roi, France\n\nThe tower, built in 1869, still guides the boats along the coast at night.")
    (doc,) = run_steps([Document("d", "d.txt", body=body)], [ChromeStep()])
    assert "Le Grau-du-Roi, France" not in doc.body and restore(doc.body, doc.removed) == body
    assert [(r.reason, r.paragraph) for r in doc.removed] == [("label", 1)]
    fixture = "Saturday 20 November\n\nLansdowne Road, Dublin\n\n1300 GMT\n\nThe coach expects a real test at home."
    (doc,) = run_steps([Document("d", "d.txt", body=fixture)], [ChromeStep()])
    assert "Lansdowne Road, Dublin" in doc.body
    held = Document("d", "d.txt", body=body.split("\n\n", 1)[1], title=body.split("\n\n")[0], lead="undecided")
    (doc,) = run_steps([held], [ChromeStep()])
    assert doc.body.startswith("The tower") and [r.paragraph for r in doc.removed] == [0]
    subhead = body.replace("Le Grau-du-Roi, France", "TÜRKİYE, SURİYELİLERİN YANINDA")  # a subhead in capitals stays
    (doc,) = run_steps([Document("d", "d.txt", body=subhead)], [ChromeStep()])
    assert doc.body == subhead and doc.removed == []


def test_the_writers_note_that_closes_the_article_goes_but_not_further_up():
    body = ("The clinic opens on Monday.\n\nJane Roe covers politics for the local paper and said she would "
            "vote.\n\nThe mayor will cut the ribbon.\n\nJane Roe covers health and higher ed")
    (doc,) = run_steps([Document("d", "d.txt", body=body)], [ChromeStep()])
    assert [(r.reason, r.text) for r in doc.removed] == [("credit", "Jane Roe covers health and higher ed")]
    assert doc.body.endswith("The mayor will cut the ribbon.") and restore(doc.body, doc.removed) == body


def test_a_staff_writers_note_that_closes_the_article_goes_but_not_further_up():  # round 94's
    body = ("Jane Roe is a staff writer who lives in the township, neighbours said.\n\nThe barn burned down on "
            "Saturday.\n\nJane Roe is a Tribune-Review staff writer.")
    (doc,) = run_steps([Document("d", "d.txt", body=body)], [ChromeStep()])
    assert [(r.reason, r.text) for r in doc.removed] == [("credit", "Jane Roe is a Tribune-Review staff writer.")]
    assert doc.body.endswith("on Saturday.") and restore(doc.body, doc.removed) == body


def test_a_link_run_into_its_mark_goes_over_the_article_but_stays_in_a_body():
    link = "À lire aussi Créez et gérez votre budget en ligne"
    assert head_chrome_reason(link) == "chrome" and chrome_reason(link) is None
    assert head_chrome_reason("Lire aussi le rapport du ministère") is None


def test_a_letters_signature_and_a_columnists_note_go():
    letter = ("The trees in the square should stay.\n\nThey give shade in summer.\n\nJane Roe\n\nNorth Albany")
    (doc,) = run_steps([Document("d", "d.txt", body=letter)], [ChromeStep()])
    assert doc.body == "The trees in the square should stay.\n\nThey give shade in summer."
    assert [r.reason for r in doc.removed] == ["credit", "credit"] and restore(doc.body, doc.removed) == letter
    initial = "The village needs its bus.\n\nGrazie.\n\nGiovanni M.\n\n***"
    (doc,) = run_steps([Document("d", "d.txt", body=initial)], [ChromeStep()])
    assert "Giovanni M." not in doc.body
    quoted = ('He ended with a line he loved: "Those who seek reconciliation build nations, not walls."\n\n'
              "Nelson Mandela")  # a quotation's author stays
    (doc,) = run_steps([Document("d", "d.txt", body=quoted)], [ChromeStep()])
    assert doc.body == quoted
    listed = "The winners of the festival's prizes were announced on Sunday night in Toronto.\n\nGreen Book"
    (doc,) = run_steps([Document("d", "d.txt", body=listed)], [ChromeStep()])
    assert doc.body == listed
    suburbs = "The suburbs within the new areas are:\n\nStrathfield\n\nStrathfield South\n\nStrathfield North"
    (doc,) = run_steps([Document("d", "d.txt", body=suburbs)], [ChromeStep()])  # a list's last items: no signature
    assert doc.body == suburbs
    quoted = "Those who seek peace build nations.\n\nNelson Mandela"  # a short line over a name: no letter
    (doc,) = run_steps([Document("d", "d.txt", body=quoted)], [ChromeStep()])
    assert doc.body == quoted
    column = ("Now is the time to end the clock changes.\n\nGuest columnist Jane Roe is a comedian and writer\n\n"
              "During the pandemic it was the closest we got to a trip abroad.")
    (doc,) = run_steps([Document("d", "d.txt", body=column)], [ChromeStep()])
    assert [r.text for r in doc.removed] == ["Guest columnist Jane Roe is a comedian and writer"]


def test_a_menu_bar_over_the_article_goes_and_a_page_titles_tagline_is_cut():
    from flows.stages.glued import chrome_suffix
    bar = "WEATHER ALERT: Flash flood warning today | Weather Blog| Current Conditions | Current Radar"
    assert head_chrome_reason(bar) == "chrome" and chrome_reason(bar) is None
    title = "Texas carries out first execution of the year - WXYZ - Newsline 9, Wausau News, Weather, Sports"
    assert chrome_suffix(title) == " - WXYZ - Newsline 9, Wausau News, Weather, Sports"
    assert chrome_suffix("Mayor - a profile - news of the week") == ""
    # a station's call sign and its tagline; a headline's own dashes before a name with K or W are no station's
    station = "Turkey to announce a new economic model - NBC12 - WXYZ - Example City News On Your Side"
    assert chrome_suffix(station) == " - NBC12 - WXYZ - Example City News On Your Side"
    assert chrome_suffix("Wenger - the man - Who Changed Football") == ""


def test_a_flattened_tables_cells_stay_but_a_lone_tab_goes():
    from flows.document import Document
    from flows.stages.chrome import ChromeStep

    cells = "\n".join(f"|{c}" for c in ["Time", "Player", "Pos.", "10 a.m.", "Jane Roe", "CB", "11 a.m.", "Joan Doe"])
    body = f"Players announce their choices on Wednesday.\n{cells}\n|\nThe rest sign later."
    doc = Document("d", "d.txt", body=body)
    ChromeStep().apply(doc)
    assert doc.body == body and doc.removed == []
    tab = Document("t", "t.txt", body="The council met.\n|France\nIt voted to reopen the bridge.")
    ChromeStep().apply(tab)
    assert [r.text for r in tab.removed] == ["|France"]


def test_a_box_of_links_after_the_article_goes_but_a_subhead_and_its_text_stay():
    body = ("The census data will be released today after a series of delays.\n\nMore From\n\nPolitics\n\n"
            "POPULAR STORIES\n\n1\n\n01:18\n\nCoach gets the room laughing after the win\n\n2\n\n"
            "Winger cited for a high shot")
    (doc,) = run_steps([Document("d", "d.txt", body=body)], [ChromeStep()])
    assert doc.body == "The census data will be released today after a series of delays."
    assert restore(doc.body, doc.removed) == body
    subhead = ("The census data will be released today after a series of delays.\n\nMore\n\n"
               "More people answered online than ever before, the agency said.")
    (doc,) = run_steps([Document("d", "d.txt", body=subhead)], [ChromeStep()])
    assert "More people answered online" in doc.body


def test_sections_names_run_together_go_over_the_article_only():
    assert head_chrome_reason("News Local") == "breadcrumb" and head_chrome_reason("Sports Hockey") == "breadcrumb"
    assert chrome_reason("News Local") is None  # inside a body such a line may be a subhead
    assert head_chrome_reason("Local News Station Closes") is None and head_chrome_reason("news local") is None


def test_a_paragraph_taken_twice_goes_but_a_short_formula_that_comes_back_stays():
    formula = "He was held in custody and was to appear in court Friday."
    body = (f"Police found the stolen bike at a restaurant.\n\n{formula}\n\nA man left a shop without paying.\n\n"
            f"{formula}\n\n{formula}")
    (doc,) = run_steps([Document("d", "d.txt", body=body)], [ChromeStep()])
    assert doc.body.count(formula) == 2  # the second report's formula stays; its double take right after goes
    assert [(r.reason, r.paragraph) for r in doc.removed] == [("repeated_paragraph", 4)]
    assert restore(doc.body, doc.removed) == body


def test_a_box_of_numbered_links_goes_wherever_it_stands_but_a_numbered_list_stays():
    box = "Most Read\n- 1 Norfolk MP quits government role\n- 2 Couple reopen swimming pool\n- 3 Cafe opens in town"
    body = (f"A squeeze on space has prompted a search for land.\n{box}\n\"In a few years it will be full,\" he said."
            "\n\nThe three steps:\n1. Find the land\n2. Ask the owners\n3. Buy it")
    (doc,) = run_steps([Document("d", "d.txt", body=body)], [ChromeStep()])
    assert [r.text for r in doc.removed] == box.split("\n")
    assert "1. Find the land" in doc.body and restore(doc.body, doc.removed) == body


def test_a_box_of_bulleted_links_under_its_heading_goes():
    box = "Most Read Stories\n- Man shot after road-rage incident\n- City proposes more density\n- Team rests star"
    body = f"The company will cut 400 jobs, it said.\n\n{box}\n\nThe cuts start in March."
    (doc,) = run_steps([Document("d", "d.txt", body=body)], [ChromeStep()])
    assert doc.body == "The company will cut 400 jobs, it said.\n\nThe cuts start in March."
    assert restore(doc.body, doc.removed) == body


def test_a_date_said_twice_at_a_headlines_end_is_cut():
    from flows.stages.glued import chrome_suffix
    assert chrome_suffix("Markets, the day's indices of 21 May 2021 21 May 2021") == "21 May 2021"
    assert chrome_suffix("Markets, the day's indices of 21 May 2021") == ""


def test_teasers_of_other_stories_that_close_the_page_go_but_one_cut_line_stays():
    article = "The council approved the budget on Tuesday after a long debate.\n\nIt takes effect in July."
    teasers = ("The mayor of the northern town has asked residents to save water during the...\n\n"
               "Top stories\n\nTwo schools in the district will close early on Friday because of the…")
    (doc,) = run_steps([Document("d", "d.txt", body=f"{article}\n\n{teasers}")], [ChromeStep()])
    assert doc.body == article and restore(doc.body, doc.removed) == f"{article}\n\n{teasers}"
    cut = f"{article}\n\nThe mayor of the northern town has asked residents to save water during the..."
    (doc,) = run_steps([Document("d", "d.txt", body=cut)], [ChromeStep()])
    assert doc.body == cut  # one line cut so may be the excerpt's own end


def test_initials_or_a_name_in_brackets_closing_the_article_go_but_not_further_up():
    for sign in ("fz", "(Example)", "(Jane Roe)", "ŁUK"):
        body = f"The festival opens on Friday with a new film.\n\nTickets are sold out.\n\n{sign}"
        (doc,) = run_steps([Document("d", "d.txt", body=body)], [ChromeStep()])
        assert doc.body == "The festival opens on Friday with a new film.\n\nTickets are sold out.", sign
    riders = "The stage went to the sprinters.\n\nJane Roe\n(Team Example)\n\nThe race goes on tomorrow."
    (doc,) = run_steps([Document("d", "d.txt", body=riders)], [ChromeStep()])
    assert doc.body == riders


def test_a_box_of_links_under_more_on_the_site_goes():
    box = "More On Example.com:\n- Council approves the bridge\n- Mayor opens the fair\n- School reopens in May"
    body = f"The bridge will reopen in May, the council said.\n\n{box}\n\nWork starts next week."
    (doc,) = run_steps([Document("d", "d.txt", body=body)], [ChromeStep()])
    assert doc.body == "The bridge will reopen in May, the council said.\n\nWork starts next week."
    assert restore(doc.body, doc.removed) == body


def test_an_agencys_dated_credit_goes_even_where_a_gallery_repeats_it():
    gallery = ("A bridge over the flooded river, January 5. REUTERS/Jane Roe\n\nReuters / Sunday, January 05, 2020\n"
               "A boat in the flooded square, January 6. REUTERS/John Doe\n\nReuters / Monday, January 06, 2020\n"
               "Sandbags at the town hall, January 6. REUTERS/Ann Lee\n\nReuters / Monday, January 06, 2020")
    (doc,) = run_steps([Document("d", "d.txt", body=gallery)], [ChromeStep()])
    assert "Reuters /" not in doc.body and [r.reason for r in doc.removed] == ["credit"] * 3  # no timeline's dates
    assert restore(doc.body, doc.removed) == gallery


def test_the_headlines_copy_with_its_stamp_run_on_goes_even_as_the_bodys_first_line():
    title = "Soldiers leave the last base in the north"
    body = f"{title} Publié le lundi 15 aout 2022 | Agence\n\nThe last soldiers left on Monday.\n\nThey flew home."
    (doc,) = run_steps([Document("d", "d.txt", title=title, lead="headline", body=body)], [ChromeStep()])
    assert doc.body == "The last soldiers left on Monday.\n\nThey flew home."
    assert [r.reason for r in doc.removed] == ["repeated_title"] and restore(doc.body, doc.removed) == body
    told = f"{title} and then flew home on Monday, the army said.\n\nThey flew home."  # the text goes on: it stays
    (doc,) = run_steps([Document("d", "d.txt", title=title, lead="headline", body=told)], [ChromeStep()])
    assert doc.body == told


def test_genre_labels_and_a_players_title_over_the_article_go_but_stay_in_a_body():
    from flows.stages.chrome import body_chrome_reason, head_chrome_reason

    for line in ("Reportage", "INTERVIEW", "analysis", "Key events", "On Air: Jazz Tonight", "Weather"):
        assert head_chrome_reason(line) and body_chrome_reason(line) is None
    assert body_chrome_reason("★★★★★") == "chrome"  # a review's stars in the body; over it the lead's label


def test_a_box_of_asterisked_links_under_read_more_goes():
    box = "READ MORE:\n\n* Mayor sworn in for a second term\n\n* Council: predictions for another year\n\n" \
          "* Bridge plan called inappropriate"
    body = f"The council met on Monday, it said.\n\n{box}\n\nThe vote is in March."
    (doc,) = run_steps([Document("d", "d.txt", body=body)], [ChromeStep()])
    assert doc.body == "The council met on Monday, it said.\n\nThe vote is in March."
    assert restore(doc.body, doc.removed) == body


def test_the_headlines_copy_under_the_bodys_chrome_goes_but_not_further_down_first_or_under_a_first_sentence():
    title = "Appeal lodged against the new bridge plan"
    body = f"Mar 3, 2021 09:15 By examplefm\n{title}\nAn appeal has been lodged against the plan.\n\nIt is due in May."
    (doc,) = run_steps([Document("d", "d.txt", title=title, lead="headline", body=body)], [ChromeStep()])
    assert doc.body == "An appeal has been lodged against the plan.\n\nIt is due in May."
    assert [r.reason for r in doc.removed] == ["date_line", "repeated_title"] and restore(doc.body, doc.removed) == body
    far = f"One.\n\nTwo.\n\nThree.\n\nFour.\n\n{title}"  # a closing link to the story itself is no copy of the heading
    (doc,) = run_steps([Document("d", "d.txt", title=title, lead="headline", body=far)], [ChromeStep()])
    assert doc.body == far
    (doc,) = run_steps([Document("d", "d.txt", title=title, lead="undecided", body=body)], [ChromeStep()])
    assert title in doc.body  # a first line the corpus has yet to decide keeps its copy
    opening = f"{title}\nAn appeal has been lodged against the plan."  # a source that opens its text with it
    (doc,) = run_steps([Document("d", "d.txt", title=title, lead="headline", body=opening)], [ChromeStep()])
    assert doc.body == opening


def test_a_name_alone_under_the_headline_is_its_byline_or_its_tag_but_not_under_a_lead_or_further_down():
    def removed(title: str, body: str, lead: str = "headline") -> list[tuple[str, str]]:
        (doc,) = run_steps([Document("d", "d.txt", title=title, lead=lead, body=body)], [ChromeStep()])
        assert restore(doc.body, doc.removed) == body
        return [(r.reason, r.text) for r in doc.removed]

    text = "The studio agreed on Monday to pay the women who worked there since 2014."
    assert removed("Studio agrees to pay $100M", f"Jane Roe\n\n{text}") == [("credit", "Jane Roe")]
    assert removed("Studio agrees to pay $100M", f"Jane Roe\nWashington, DC\n\n{text}") == [("credit", "Jane Roe")]
    assert removed("Trump fires FBI Director James Comey", f"James Comey\n\n{text}") == [("label", "James Comey")]
    assert removed("Studio agrees to pay", f"LIFE IN PRISON\n\n{text}") == [("label", "LIFE IN PRISON")]
    assert removed("Studio agrees to pay", f"Jane Roe\n\n{text}", lead="undecided") == []  # a lead's, not a headline
    assert removed("Studio agrees to pay", f"{text}\n\nJane Roe\n\n{text}") == []  # a subhead, or a quote's speaker
    assert removed("Cabinet falls", f"Den Haag\n\n{text}") == []  # a dateline's place
    assert removed("Studio agrees to pay", "Jane Roe\n\nSome words.") == []  # over a line that is no sentence
    assert removed("1 25", f"Matthew Perry\n\n{text}") == []  # a gallery's counter is no headline
    assert removed("Results night", f"By Jane Roe\n\nLABOR CONCEDES\n\n{text}") == [("credit", "By Jane Roe")]
    assert removed("Studio agrees to pay", f"‘BEAR MARKET’\n\n{text}") == [("label", "‘BEAR MARKET’")]
    assert removed("Studio agrees", f"Jane Roe | John Doe\n\nThe Times\n\n{text}") == [
        ("credit", "Jane Roe | John Doe"), ("credit", "The Times")]


def test_a_stamp_whose_time_has_its_spanish_h_is_a_date_line():  # round 84's
    assert head_chrome_reason("ABC Actualizado: 14/10/2019 09:43h") == "date_line"
    assert head_chrome_reason("El pleno empezó a las 09:43h del lunes y acabó tarde") is None


def test_a_stamp_with_an_italian_months_short_name_is_a_date_line():
    assert head_chrome_reason("25-Ott-20 16:39") == "date_line" and head_chrome_reason("Ott-20 the plan") is None
    body = "The race was won.\n\n25-Ott-20 16:39\n\nThe winner spoke."
    (doc,) = run_steps([Document("d", "d.txt", body=body)], [ChromeStep()])
    assert doc.body == "The race was won.\n\nThe winner spoke." and [r.reason for r in doc.removed] == ["date_line"]



@pytest.mark.parametrize("line", ["Jane Roe;", "oktatás;", "Tales como;", "Polizeipräsidium Stuttgart", "#Soccer News",
                                  "Zapping But! Football Club FC Nantes : le palmarès complet des Canaris",
                                  "Letters to the Editor", "Jobs Homes Autos Classifieds"])
def test_a_tag_with_its_semicolon_is_chrome_over_the_article_but_opens_a_list_in_a_body(line):
    assert head_chrome_reason(line) == "chrome" and chrome_reason(line) is None
