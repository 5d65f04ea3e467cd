"""The universal vocabulary of site chrome, per language: whole lines that are chrome wherever they stand
("Advertisement", "Anzeige", "Publicidad", "Lire aussi"), the labels of summary boxes, and a user's own
phrases. Read by the chrome step (flows/stages/chrome.py); kept apart so that the list can grow by
language without the rules around it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

# What may end a chrome line besides its words: "Read more >>", "Lire aussi :", "Очаквайте подробности!".
TRAILING = re.compile(r"[\s:>»›|.…!]+$")

# The capital letters of the Latin, Greek and Cyrillic scripts, for the patterns below that look for a
# name or a sentence's start ("İstanbul –", "Łódź –", "Москва –"): Python's `re` has no \p{Lu}.
UPPER = "".join(sorted(c for c in map(chr, range(0x41, 0x530)) if c.isupper()))

# Whole lines (compared case-folded, without trailing ":", ">", "»", "›", "|" or dots).
PHRASES = {
    "any": """advertisement, advertising, ad, ads, sponsored, sponsored content, paid content, promoted, anzeige,
        related news, recommended for you, read more on, can't connect right now! retry, publicité lire la suite,
        neuer inhalt horizontal line, embed, topics,
        streaming now: watch now, advertisement hide ad, scroll to continue with content ad advertisement,
        fes-te subscriptor, noticia en desarrollo, related coverage, related video and audio, local news,
        tamanho do texto,
        continua a leggere l'articolo, continua a leggere, der artikel wurde zur merkliste hinzugefügt,
        expand / collapse search, latest posts, in the headlines, see what everyone is watching,
        direkt aus dem dpa-newskanal, anmäl text- och faktafel, weitere informationen folgen,
        want create site? find free wordpress themes and plugins, readers like you keep news free for everyone,
        connecting to %s, gravatar, cancel, report, fullscreen, photo, story highlights, more follows,
        more details coming soon, more details to follow, loading player, loading video,
        the best videos delivered daily, see all videos,
        democracy dies in darkness, the washington postdemocracy dies in darkness, fb-pixel,
        fb-pixel skip to main content, sign in to your account, by on, buy a paper, hamburger menu,
        logo, jump to navigation, privacy overview, take the pledge to vote, get live market quotes & news,
        download app, in this article, follow your favourite topic and get notified, share your thoughts,
        direkt aus dem reuters-videokanal, seite per e-mail senden, seite drucken, schriftgröße größer,
        schriftgröße kleiner, kostenloser wertpapierhandel auf smartbroker.de,
        spam-schutz: bitte ziehen sie die richtige form in das rechte feld, go to contents go to navigation,
        escucha esta nota aquí, cargando el reproductor, noticia que está siendo actualizada.-, you might like,
        tweets about this, please enter your comment!, please enter your name here, published by, support us,
        this site uses akismet to reduce spam. learn how your comment data is processed,
        this audio is created with ai assistance, photo illustration, the i newsletter cut through the noise,
        certaines images peuvent choquer, *certaines images peuvent choquer*, pub • continue a ler a seguir,
        continue a ler a seguir, mehr zum video anzeigen, dieses video liegt auf youtube, suggested for you,
        branded content, submit a tip, previous story, next story, just posted, quick search, trending now,
        video link, headline link, story continues, tv programs, share this with facebook, share this with messenger,
        share this with twitter, share this with email, share this with whatsapp, copy this link,
        these are external links and will open in a new window, copy this linkread more about sharing,
        share this withthese are external links and will open in a new window, messengershare this with messenger,
        sweden's news in english, support the journal, contribute : support us now,
        your contributions will help us continue to deliver the stories that are important to you,
        news in development, our picks, foto, developing story – more to come, all sports,
        buy now, download our news app, app store link, google play link, check out our new app features,
        click below to set up your cable box, latest podcast episode, video report (click on the video to view),
        login or signup to continue reading, we care about the protection of your data. read our privacy policy,
        live reporting, all times stated are uk, get involved, article share tools, share this post,
        read more about sharing bbc content externally, got a tv licence?, i don't have a tv licence,
        share, share this, share this article, share this story, share this page, share on facebook, share on twitter,
        share via email, email this story, email, print, print this page, print this article, tweet, sponsored links,
        on air schedule, view all programs, chrome safari continue, be the first to know,
        please log in using one of these methods to post your comment,
        skip to main content, skip to content, jump directly to the content, read also, also read, contact,
        search our archive, #open journalism no news is bad news,
        skip to navigation, skip to footer, menu, main menu, sections,
        jump to content, jump to main content, please turn on javascript to use this feature,
        close, back to top, sign in, sign up, log in, login, register, subscribe, subscribe now,
        sign up for our newsletter, subscribe to our newsletter, newsletter, get our app, most read, most popular,
        trending, related, related articles, related stories, related topics, recommended, read more,
        read more here, continue reading, continue reading below, continue reading the main story,
        story continues below, click here to read more, listen to this article, watch: video report, comments,
        leave a comment, leave a reply, have your say, be the first to comment, show comments, post a comment,
        cookie settings,
        accept cookies, we use cookies, accessibility links, media player, image copyright getty images,
        image caption, getty images, getty image, like us on facebook,
        please share the news, hide ad, ad feedback, banner ad, license photo, license photo | permalink,
        posted by at, share this: tweet, warning: some photos below may be graphic in nature, first posted,
        like this, like loading, me gusta: me gusta cargando, me gusta cargando, j'aime chargement,
        you may also like, you might also like, more stories, more from, up next, view more, see more, go to video,
        watch live, on the same subject, media playback is unsupported on your device, developing story,
        in aggiornamento, em atualização, en actualización, mise à jour en cours, wird aktualisiert,
        explore, more to follow, more to come, new, quick read, become a member, find out more and join us,
        la diretta video, open this photo in gallery, about the author, manage print subscription,
        news alerts sign up, skip to main contentaccessibility help, more weekly flyers, courtesy, fotogaleria,
        see below for what was our live coverage, you may also want to watch, topic tags, more sports,
        share what you think, add your comment, what's this?, comments 0,
        by posting your comment you agree to our house rules, listen,
        listen to this story, popular posts, latest news,
        top stories, breaking news, editor's picks, editors' picks, more news, latest stories, don't miss,
        editor's choice, editors' choice, latest news editor's choice,
        remember me, forgot password?, forgot your password?, remember meforgot password?, password,
        log in with twitter, log in with facebook, log in with google, sign in with facebook, sign in with google,
        theme, listen to the audio version of the article, interessant voor u, apoie o 247,
        related internet links, the bbc is not responsible for the content of external sites, online editors,
        this field is required, modal message, please refresh the page for the latest updates, video icon,
        press release, pub, report a typo, report an error, report a mistake, this video has no commentary,
        author, post a comment as, watch this discussion, (0) comments, please turn off your caps lock,
        view comments, join the conversation, search, representational image, representative image,
        image for representation, representational photo, file photo, file image, actions,
        photographer, become a supporter, support local journalism, this story will be updated,
        this story is developing, texten uppdateras, artikeln uppdateras, artiklen opdateres, saken oppdateres,
        artikkelia päivitetään, juttua täydennetään tarvittaessa, this is a developing story,
        this is a developing story. check back for updates, check back for updates, check back later for updates,
        blog comments powered by disqus, comments powered by disqus, news, scroll down for video,
        scroll down for videos, play, play video, replay, tweet does not exist, this tweet is unavailable,
        this post is unavailable, loading, loading articles,
        for subscribers, subscribers only, subscriber only, for abonnenter, kun for abonnenter, für abonnenten,
        nur für abonnenten, réservé aux abonnés, exclusivo para suscriptores, exclusivo para assinantes,
        riservato agli abbonati, alleen voor abonnees,
        exclusief voor abonnees, exclusive to subscribers, endast för prenumeranter, vain tilaajille,
        your playlist will load after this ad, popular stories, most popular stories, more, article content,
        contact us, connect with us, more videos, report a correction or typo, by, send this page to someone via email,
        email this article, send to a friend, subscription notification, you have permission to edit this article,
        related to this story, get up-to-the-minute news sent straight to your device, i understand and agree that
        registration on or use of this site constitutes agreement to its user agreement and privacy policy,
        the examples populate this alert with dummy content, read full article on original website,
        read full article, our standards: the thomson reuters trust principles,
        our standards:the thomson reuters trust principles, update, featured article,
        premium content for subscribers only, start your free trial, free for 30 days, you are currently logged out,
        want to read more?, read article, order reprints, almost done!, δείτε το βίντεο, δείτε το video,
        increase text size, decrease text size, load comments, listen live, find out more, more local news,
        please check back for updates, (matéria em atualização.), (matéria em atualização),
        ⓘ publicité, placeholder while article actions load, example video title will go here for this video,
        advertise with us, from cnn newsource affiliates, connect. shop. support local, wordpress.com logo,
        twitter picture, facebook photo, google+ photo, mainos (teksti jatkuu alla) mainos päättyy,
        share this article with google plus, share this article with facebook, share this article with twitter,
        please ensure javascript is enabled for purposes of website accessibility, pa images,
        a link has been posted to your facebook feed, be among the first to know,
        sign up with google sign up with facebook, latest india news, latest world news, latest sports news,
        latest business news, reporting by the associated press, adblock detected,
        register now for free unlimited access to reuters.com, shareclose, share this with close,
        enter email address sign me up, embed </>more videos, send us a news tip, more politics, more business,
        more entertainment, more world news, register for free to continue reading, already have an account? sign in,
        registration is a free and easy way to support our truly independent journalism, join our new commenting forum,
        this site is protected by recaptcha and the google privacy policy and terms of service apply, esa title,
        with news wire services, with wire services, author bio, breaking news image, < a min read, see more events,
        post your event, connect on linked in, connect on linkedin, why you can trust scmp, select your category,
        your message, available in other languages, from around the web, more top news, never miss a local story,
        adchoices, to enjoy additional benefits, author avatar image, trending stories, quick links,
        next up, english summary, today's paper, accessibility statement, spread the love, weather where you are,
        registration was successful!, this article is free to read if you register or sign in, no comments,
        share this: print, audio, all updates in universal coordinated time (utc), scroll to see more images,
        like this: like loading, undefined, play brightcove video, more information will be added as it comes,
        this story is breaking and will be updated, rss, see other tags, full story, top video,
        share this article on, submit, don't like to read?,
        to find out more about facebook commenting please read the conversation guidelines and faqs,
        welcome to the reuters.com beta. read our editor's note on how we're helping professionals make smart
        decisions, sign up for our emails, happening now, skip in skip, page back,
        not a subscriber? see options available, our code of editorial values, relateret indhold artikler,
        search form, left menu, all comments, cover picture for the article, share with friends, read more +,
        digital desk, terrorist organization banned in russia, terrorist organisation banned in russia,
        organisation terroriste interdite en russie, story progressback to home,
        story progress back to home, article summary, article top media content, content of the article,
        both comments and pings are currently closed, related headlines, trending - most read stories, camera icon,
        more like this story, join the conversation - comment here, visit business insider's homepage for more stories,
        house rules for comments - faq - important message for commenters, you are here,
        a free press for a free people - since 1997, show more, this is a breaking story,
        this is a breaking story. more to follow soon, watch video, slideshow infographic video,
        get one month's free unlimited access,
        headline goes here, advanced search, items in shopping cart: view, quantcast, undefined: twitter,
        you would also like to read, become an npr sponsor,
        did you find apk for android? you can find new free android games and apps,
        unsuitable or offensive? report this comment, get the sbs audio app, other ways to listen,
        latest podcast episodes, sign up now,
        this story has been automatically published from the associated press wire which uses us spellings,
        undefined: readmore, play article, subscribers can listen to this article, details loading,
        full article, related news coverage, read complete article,
        your email address will not be published. required fields are marked *,
        article body""",  # rounds 96-98: Sputnik's footnote ("*Organisation ..."), NDTV's button, UEFA's labels
    "de": """werbung, meistgekauft, weitere meldungen, hier kannst du den newsblog aktualisieren, artikel teilen,
        auch interessant, hauptinhalt, jetzt teilen, merken,
        teilen, mehr zum thema, zur startseite, lesen sie auch, lesen sie mehr, zur originalmeldung, weiterlesen,
        kommentare, newsletter abonnieren, jetzt abonnieren, drucken, später lesen,
        bild vergrößern, video abspielen, zum artikel, mehr dazu, den vollständigen artikel lesen, bilderstrecke,
        anhören, suche, symbolbild, twittern, mailen, senden, mehr, aktien in diesem artikel, exklusiv für,
        das wird dich auch interessieren, das könnte sie auch interessieren, link kopiert, mail an die redaktion,
        (ausführliche fassung), weiterlesen nach der anzeige, wird geladen, die bilder zur news, themen folgen,
        mehr informationen in kürze""",
    "fr": """publicité, regardez, rédaction en ligne, le jt, les autres sujets du jt, partager, partager sur facebook,
        pour illustration, partager sur twitter, abonnez-vous, lire aussi, à écouter également dans votre journal,
        à lire aussi, lire la suite, lire la vidéo, commentaires, imprimer, autres vidéos, je crée mon compte,
        vidéo suivante dans 5 secondes, vos réactions doivent respecter nos cgu, bienvenue sur rtl, rechercher,
        photo d'illustration, notre fil info, développement suit, développements à suivre, voir la vidéo,
        à écouter également dans ce journal, information de dernière minute,
        partager fb twt gg+ ld commenter imprimer, chargement, chargement en cours, télécharger, droits d'auteur,
        les plus appréciés, les plus discutés, partager la citation, voir les photos""",
    "es": """publicidad, continúa la lectura, compartir, compartir en facebook, compartir en twitter, lea también,
        lee también, mire también, de la redacción,
        leer más, lee más, suscríbete, te puede interesar, le puede interesar, noticias relacionadas, más información,
        comentarios,
        imprimir, estás leyendo, (habrá ampliación), buscar, imagen de archivo, foto de archivo,
        comparta este artículo, comparte este artículo, comparte esta noticia, comparta esta noticia, etiquetas,
        saber más, noticias cnn, relacionados, hacete socio para acceder a este contenido,
        en tu email todos los días, cargando""",
    "pt": """publicidade, ver comentários, reportagem em atualização, *reportagem em atualização, compartilhe,
        continua após publicidade,
        compartilhar, partilhar, leia mais, leia também, saiba mais,
        assine, veja mais,
        veja também, comentários, imprimir, ouça, ouvir, da redação, redação, pesquisar, imagem ilustrativa,
        foto ilustrativa, adblock ativo, adblock detectado, continuar a ler, carregando, deixe o seu comentário,
        deixe um comentário, notícia em atualização""",
    "it": """pubblicità, annuncio, condividi, condividi su, leggi anche, vedi anche, leggi di più, abbonati,
        ascolta la versione audio dell'articolo, condividi l'articolo, video dalla rete, (segue),
        iscriviti alla newsletter, commenti, stampa, © riproduzione riservata, cerca, foto d'archivio,
        immagine di repertorio,
        riceviamo e pubblichiamo, sponsorizzato da, correlati, foto di repertorio, gli aggiornamenti in diretta,
        leggi la notizia, articolo in aggiornamento, diritto d'autore, il contenuto è riservato agli abbonati,
        caricamento in corso, continua a leggere l'articolo: accesso illimitato agli articoli,
        potrebbe interessarti anche""",
    "nl": """advertentie, wachten op privacy instellingen, app ons, lees ook, zie ook, lees meer, delen,
        deel dit artikel, abonneer, meer over, reacties, volledig scherm,
        zoeken, archiefbeeld, fotograaf, oproep, (beeld uit archief), (archiefbeeld), vergroot,
        tekst gaat verder onder de video, dit artikel is exclusief, lees door onder de foto,
        lees verder onder de foto""",
    "pl": """reklama, czytaj też, czytaj także, czytaj więcej, udostępnij, zobacz też, subskrybuj, komentarze, szukaj,
        przeczytaj również, przeczytaj także, zobacz wideo, zdjęcie, rozwiń""",
    "ru": """реклама, поделиться, читайте также, читать далее, читать полностью, подробнее, комментарии,
        подписаться, подпишитесь, новости партнеров, все новости, версия для печати, назад вперед, назад вперёд,
        форма поиска по сайту, поиск по сайту, поиск""",
    "uk": """реклама, поділитися, читайте також, читати далі, детальніше, коментарі, підписатися, підпишіться,
        усі новини, всі новини, версія для друку, зараз дивляться, доступність посилання, пошук, пошук по сайту,
        відео дня""",
    "bg, sr, sl, sq": """реклама, сподели, още, очаквайте подробности, коментари, podeli, pročitajte još, deli,
        preberite še, ju sugjerojmë, ju sugjerojme, lexo më shumë, več sledi""",
    # a live page's own mark, alone on its line
    "live": """live, live updates, liveblog, en direct, en vivo, ao vivo, in diretta, na żywo, на живо, наживо,
        прямой эфир, canlı""",
    "el": """διαφήμιση, κοινοποίηση, διαβάστε επίσης, διαβάστε ακόμη, διαβάστε περισσότερα, σχόλια,
        δημοσίευση σχολίου, ροή ειδήσεων, (φωτό αρχείου), (φωτογραφία αρχείου), δείτε βίντεο""",
    "tr": """reklam, paylaş, abone ol, ilgili haberler, yorumlar, yorum yap, devamını oku, haberin devamı,
        tümünü gör, haber merkezi, takip et""",
    "ar, fa": "إعلان, شارك, اقرأ أيضا, اقرأ أيضاً, تعليقات, تبلیغات, بیشتر بخوانید, اشتراک گذاری",
    "ro": "publicitate, distribuie, citește și, citeste si, citește mai mult, abonează-te, comentarii",
    "hu": """hirdetés, megosztás, kapcsolódó cikkek, olvasson tovább, hozzászólások, keresés, illusztráció,
        cikkünk frissül,
        cikkünk folyamatosan frissül, megosztás itt, kapcsolódó cikk, cikkünket frissítjük""",
    "fi, sv, et": """mainos, jaa, lue myös, lue lisää, juuri nyt, annons, dela, läs också, läs mer, reklaam, jaga,
        loe edasi, loe ka, tellijale, kuvat, sinulla on oikeus muodostaa mielipiteesi luotettavan tiedon pohjalta""",
    "sl": "v nadaljevanju preberite",
    "lv, lt": "reklāma, saturs turpināsies pēc reklāmas, saturs turpināsies pēc reklāmas reklāma, reklama",
    "hr, cs, sk": """oglas, podijeli, pročitajte još, vezane vijesti, sdílet, čtěte také, zdieľať, čítajte aj,
        pozrite si video, pozrite si aj, prečítajte si aj, přečtěte si také, podívejte se na video, pogledajte video,
        pokretanje videa, najčitaniji članci""",
    # a page's own controls, kept as text by a crawler; a read-aloud widget's button ("Automatisk oplæsning Beta")
    "controls": """text size, font size, tamanho do texto, tamaño del texto, taille du texte, dimensione del testo,
        schriftgröße, lettergrootte, your browser does not support the audio element, your browser does not
        support the video tag, please enable javascript, please activate javascript, listen to article,
        automatisk oplæsning, automatisk oplæsning beta, lyt til artiklen, artikel vorlesen, vorlesen,
        artikel anhören, écouter l'article, écouter cet article, escuchar artículo, escuchar la noticia,
        ouvir artigo, ouvir notícia, ascolta l'articolo, lees voor, luister naar dit artikel, lyssna på artikeln,
        kuuntele artikkeli, posłuchaj artykułu, font, a-aa+, a- a a+, escuchar""",
    # a site's section name standing alone, as "news" (any): "Actualidade" over a Portuguese lede
    "sections": """actualidade, atualidade, actualidad, actualité, actualités, attualità, aktuelles, nieuws,
        aktualności, wiadomości, aktuality, aktuellt, uutiset, uutinen, nyheder, nyheter, haberler, știri""",
    # where an ad broke the article, its notice that the text goes on: "TEKST SE NASTAVLJA ISPOD OGLASA"
    "ad_breaks": """story continues below advertisement, article continues below advertisement, continues below,
        article continues below, story continues below ad, la suite après la publicité, suite après la publicité,
        l'article continue après la publicité, la suite après cette publicité, der artikel wird unter der anzeige
        fortgesetzt, weiter nach der anzeige, artikel wird unter der werbung fortgesetzt, la noticia continúa
        tras la publicidad, continúa después de la publicidad, sigue después de la publicidad, continua dopo la
        pubblicità, l'articolo continua dopo la pubblicità, continua após a publicidade, continua depois da
        publicidade, lees verder na de advertentie, tekst gaat verder onder de advertentie, dalsza część
        artykułu pod reklamą, dalsza część tekstu pod reklamą, článek pokračuje pod reklamou, článok pokračuje
        pod reklamou, tekst se nastavlja ispod oglasa, tekst se nastavlja ispod reklame, članek se nadaljuje pod
        oglasom, articolul continuă după reclamă, a cikk a hirdetés után folytatódik, artikkeli jatkuu
        mainoksen jälkeen, artikeln fortsätter efter annonsen, artiklen fortsætter under annoncen,
        artikkelen fortsetter under annonsen, de tekst gaat verder onder de video, de tekst gaat verder onder de foto,
        der text geht unter dem video weiter""",
    # a gallery's or a long article's pages, and a photo desk's shop: "Next Page", "Photo Sales"
    "pages": """next page, previous page, media options, next slide, previous slide, photo sales, buy photo,
        buy this photo, scorecard, score card,
        page suivante, page précédente, nächste seite, vorherige seite, página siguiente, página anterior,
        próxima página, página seguinte, pagina successiva, pagina precedente, volgende pagina, vorige pagina""",
    "other": "annonse, annonce, les også, læs også, mais atualizações, kontakt redaktionen",  # and RTP's live button
    "da, no": "kopier lenke, del på facebook, del på twitter, del med e-post",  # round 116's: a share bar's buttons
    # a comment form's heading and its notice, WordPress's in its languages: "Deja un comentario"
    "comment_forms": """you must be logged in to post a comment, deja un comentario, deja una respuesta,
        debes iniciar sesión para publicar un comentario, laisser un commentaire, laissez un commentaire,
        vous devez être connecté pour publier un commentaire, hinterlasse einen kommentar, schreibe einen kommentar,
        kommentar schreiben, lascia un commento, lascia una risposta, devi essere connesso per inviare un commento,
        deixe um comentário, deixe uma resposta, você precisa fazer login para publicar um comentário,
        laat een reactie achter, je moet ingelogd zijn om een reactie te plaatsen, zostaw komentarz, dodaj komentarz""",
    # a video box's link: "More Videos"
    "videos": """más videos, más vídeos, plus de vidéos, weitere videos, mehr videos, altri video, mais vídeos,
        meer video's, meer videos, więcej wideo""",
    # a byline block's job title, alone on its line under the writer's name ("By Jane Roe", "Reporter")
    "job_titles": """reporter, staff reporter, staff writer, senior reporter, correspondent, senior correspondent,
        contributor, contributing writer, redakteur, redakteurin, korrespondent, korrespondentin, journaliste,
        periodista, giornalista, jornalista, verslaggever, redacteur""",
}


@lru_cache(maxsize=4096)  # each line of a body is compared several times, by the chrome step's rules one after another
def normal_line(line: str) -> str:
    """A line as the vocabulary is compared with it: case-folded, its trailing punctuation and leading bullets off."""
    # Turkish "İ" folds to "i" and a combining dot: "İlgili Haberler" is the vocabulary's "ilgili haberler"
    text = unicodedata.normalize("NFKC", line).casefold().replace("\u2019", "'").replace("i\u0307", "i")
    text = " ".join(TRAILING.sub("", text).lstrip("-–—•·* ").split())
    # a wire note in brackets, "((Habrá ampliación))", is its words; "(AP)" is the agency
    return text.strip("()[] ") if text[:1] in "([" and text[-1:] in ")]" else text


# Normalised as the lines they are compared with are (case-folded: Greek final sigma folds to σ).
# A summary box's label: chrome as a page's first line (a live page's widget, "Ce qu'il faut savoir"), a
# subhead inside a body ("WHAT WE KNOW:" over its paragraphs), where it stays.
BOX_LABELS = frozenset(normal_line(p) for p in """what to know, what we know, key points, strong points,
    ce qu'il faut savoir, ce qu'il faut retenir, ce qu'il faut retenir de cette journée, ce que l'on sait,
    lo que hay que saber, lo que sabemos, o que se sabe,
    o que você precisa saber, was wir wissen, key events, what you need to know,
    das müssen sie wissen, in kürze, cosa sappiamo, wat we weten, wat heb je gemist?, mistä on kyse?, tästä on kyse,
    latest""".split(","))  # a ticker's "Latest" over each story
# The labels of a link to another story, with their colon ("Lire aussi :", "Kapcsolódó cikk:"): the line under one
# at the top of a page is that story's headline, not the page's (round 91's). Without the colon a label may stand
# alone over the page's own headline, as dev-crawl's planted "Lea también" does.
LINK_LABELS = frozenset(normal_line(label) for label in """read also, read more, see also, related, related article,
    related story, also read, lire aussi, à lire aussi, voir aussi, lesen sie auch, mehr zum thema, lees ook, zie ook,
    leggi anche, vedi anche, lea también, lee también, leia também, leia mais, veja também, czytaj też, czytaj także,
    zobacz też, kapcsolódó cikk, kapcsolódó cikkek, läs också, les også, læs også, lue myös, citește și,
    читайте также, čtěte také, čítajte aj""".split(","))
# The words before a date that say what happens then: a headline ending on a date after one of them ("... extended to
# 31 January 2020", "... gaat dicht op 4 juli 2018", "... am 27. und 28. September 2014") says so; after any other
# word the date is the page's stamp.
DATE_PREPOSITIONS = frozenset("""on to for until from since by of in before after at till op tot van vanaf sinds voor
    na tegen tussen am bis vom seit ab zum zur für vor nach im le du au dès depuis avant après pour jusqu'au el del de
    hasta desde para em no até a il al dal fino entro dopo prima and or und oder et ou y o e en i""".split())
# The social networks a page asks the reader to follow it on ("Follow us on Twitter and Instagram"), whose buttons a
# share bar lines up ("0 SHARES Facebook Twitter Google Pinterest Stumbleupon") with the share-only ones.
SOCIAL_NETWORKS = ("facebook", "twitter", "x", "instagram", "youtube", "tiktok", "linkedin", "telegram", "whatsapp",
                   "threads")
SHARE_ONLY_BUTTONS = ("google", "google+", "pinterest", "stumbleupon", "reddit", "tumblr", "email", "e-mail",
                      "messenger", "print")
# A language's own name alone over the article: a language switcher ("English", "Deutsch"); in a body, a list's item.
LANGUAGE_NAMES = frozenset("""english deutsch français español italiano português nederlands polski русский
    українська türkçe svenska norsk dansk suomi čeština magyar română ελληνικά العربية""".split())
HEAD_LABELS = BOX_LABELS | LANGUAGE_NAMES
# A box of points over the article: what stands under its label is its first point, never a headline.
POINTS_LABELS = BOX_LABELS - {"latest", "key events"}  # a ticker's and a live blog's labels stand over headlines
# The names of a site's sections, for a breadcrumb whose separators the dump lost: "News Local", "Sports Hockey"
# (English, as the "sections" phrases above are other languages' "news").
SECTION_WORDS = frozenset("""news local sports sport business opinion world politics entertainment lifestyle life
    health columnists columns editorials letters crime courts weather national international arts culture travel
    food technology tech science money markets economy education environment obituaries hockey football soccer
    baseball basketball golf motoring motors cars homes views property farming europe asia africa americas""".split())
# A site's section named alone over the article ("Governo" over a Portuguese lede, "Innenriks"): chrome there only;
# inside a body such a word may be a subhead of the article's own.
HEAD_SECTIONS = frozenset("""governo gobierno gouvernement regierung política politica politique politik polityka
    politiek economia economía économie wirtschaft gospodarka economie sociedade sociedad société gesellschaft
    società samenleving cultura culture kultur cultuur kultura desporto esporte esportes deportes sports sport
    mundo monde welt mondo świat wereld internacional international internazionale nacional national regional
    opinião opinión opinion meinung opinione mening ciência ciencia science wissenschaft scienza saúde salud santé
    gesundheit salute gezondheid tecnologia tecnología technologie justiça justicia justice justiz giustizia
    cronaca inland ausland innenriks utenriks inrikes utrikes indland udland kotimaa ulkomaat metro turismo tourisme
    tourismus toerisme faits-divers verkehr weather
    reportage reportaje reportagem interview entrevista intervista analysis analyse analisi análisis análise
    exklusiv commentaire kommentar editorial éditorial chronique enquête""".split())  # and a story's genre
# Those of them a crawler glues, in title case, to the front of a headline ("Politik Schwimm-WM: ...", "Cultura
# Taylor Swift anima ..."): none starts an institution's name before a capitalised word, as "National", "Justiça"
# ("Justiça Eleitoral"), "Sociedade" ("Sociedade Brasileira de ...") or "Gobierno" ("Gobierno Vasco") do.
GLUED_SECTIONS = frozenset("""politik wirtschaft kultur gesellschaft wissenschaft meinung cultura economia
    esporte esportes desporto société économie verkehr""".split())
# The words that credit a photo ("Foto: Jan Müller/dpa", "Crédits : ..."): a credit line in
# flows/stages/credits.py, and a photo caption's mark on a page's first line (flows/stages/shapes.py).
PHOTO_CREDIT_WORDS = ("photo", "photograph", "foto", "fotos", "фото", "φωτογραφία", "fotoğraf", "picture", "image",
                      "bild", "beeld", "crédit", "crédits", "credit", "credits", "crédito", "créditos", "fonte",
                      "fuente", "quelle", "autor", "автор", "fotó", "bildrechte", "credito", "screengrab",
                      "kuva", "carte", "źródło", "illustration", "illustratie",  # rounds 80-90: "Kuva: Jane Roe"
                      "címlapfotó", "bildquelle", "címlapkép")  # rounds 91-97: "Címlapfotó: ...", "Bildquelle: ..."
CREDIT_WORDS = PHOTO_CREDIT_WORDS + ("pictures", "fot", "nyitókép", "kép", "text", "texto", "texte",
                                    "editor", "editör", "muhabir", "photographer", "source", "sources", "izvor",
                                    "sursa foto", "sursă foto",
                                    "πηγή", "πηγές", "πηγη", "πηγες",  # unaccented as capitals write them: "ΠΗΓΕΣ:"
                                    "източник", "джерело", "источник", "kaynak", "sursa", "sursa articol", "zdroj",
                                    "źródło", "forrás", "bron", "kilde", "kilder", "källa", "källor",
                                    "lähde", "courtesy", "credit courtesy", "ρεπορτάζ")
# News agencies: the name alone on a line, or after a credit's word, credits the text (flows/stages/credits.py).
AGENCIES = frozenset({"ap", "afp", "dpa", "reuters", "ansa", "efe", "apa", "sda", "anp", "belga", "pap", "čtk", "ctk",
                      "ntb", "tt", "stt", "lusa", "epa", "kna", "tass", "xinhua", "ria novosti",
                      "the associated press", "associated press", "field level media", "agence france-presse",
                      "europa press", "agence qmi", "qmi", "ritzau", "imago", "ots",
                      "agência brasil", "agencia efe", "agência efe", "press association", "the canadian press",
                      "press trust of india", "pti", "ians", "aap", "australian associated press", "anadolu",
                      "city news service", "alamy", "shutterstock", "istock", "istockphoto", "getty", "nan", "leta",
                      "rnd", "bta", "mti", "tasr", "hina", "tanjug", "ukrinform", "bernama", "lapresse", "askanews",
                      "news corp australia",
                      "france 24", "euronews",
                      "adnkronos", "agerpres", "sta", "agencias", "agências", "agencies", "gda", "agencia reforma",
                      "dr", "ep", "italpress", "npk", "dts", "dts nachrichtenagentur", "omnisport", "err", "yle",
                      "keystone-sda", "keystone-ats", "rfi", "primapress", "bloomberg", "ani",
                      "nrk", "svt",
                      "美聯社", "美联社", "法新社", "路透", "路透社", "中央社", "新華社", "新华社", "共同社",
                      "local democracy reporting service", "folhapress", "булфото", "bulfoto"})
MAX_AGENCY_WORDS = max(len(agency.split()) for agency in AGENCIES)  # "local democracy reporting service"
# The words that name a picture, after an agency or before a list of them ("Shutterstock photo", "фото EPA, AFP").
PICTURE_WORDS = frozenset("photo photos foto fotos фото image images picture bild beeld graphic grafik".split())
SOURCE_WORDS = frozenset("source fonte fuente quelle bron kilde källa lähde".split())
# The words of a run of credits without colons (flows/stages/credits.py: "Texto Jane Roe Foto John Doe").
CREDITS_RUN_WORDS = frozenset("""text tekst texto texte testo photo photos foto fotos fotografie fotografia photography
    bron source fuente fonte quelle""".split())
# A newsroom's name as a byline, with an agency's: "Agencias | Redacción".
NEWSROOMS = frozenset("redacción redação redazione rédaction redaktion redactie redakcja".split())
# An agency's desk or staff after its name: "NTB Innenriks", "Reuters Staff", "TT Utrikes".
AGENCY_DESKS = frozenset("""staff innenriks utenriks inrikes utrikes indland udland kotimaa ulkomaat sport wire
    newsroom reporters correspondents""".split())
VOCABULARY = frozenset(normal_line(p) for group in PHRASES.values() for p in group.split(",") if p.strip())


def extra_phrases(path: str | Path | None) -> frozenset[str]:
    """A user's own chrome lines, one per line of a UTF-8 file ("#" starts a comment): matched like
    the vocabulary, whole lines only."""
    if not path:
        return frozenset()
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return frozenset(normal_line(line) for line in lines if line.strip() and not line.lstrip().startswith("#"))
