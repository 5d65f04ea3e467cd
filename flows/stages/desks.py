"""The credits of particular desks, each a shape no line of an article has: a picture's credit with its agency first,
RFI's and Radio-Canada's bylines, a dashed sign-off, an Indian site's byline bar, a story's wires, an author's label, a
wire's credits in French, Spanish, Portuguese and German, an Italian picture agency alone, a desk and its site, a
byline with its colon, a syndicated story's source, a picture's courtesy, the BBC's desk, a byline bar with its agency
and date, a syndicator's label, and from the seventy-fifth round of real pages on (docs/real-pages.md) a byline whose
stamps the crawler left empty, a wire desk's bar with its date, RTP's byline bar, DW's writer, an Italian video's
credits and a print edition's note. Read by the chrome step (flows/stages/chrome.py) as one pattern, DESK_CREDITS,
with the credits that earlier rounds put with their widgets (flows/stages/widgets.py).
"""

from __future__ import annotations

import re

from flows.stages.widgets import (  # the desks' credits read from the rounds that found them, widgets' blocks
    AGENCY_SOURCE,
    AGENCY_WRITER,
    BYLINE_AGE_ES,
    BYLINE_DAY,
    BYLINE_EL,
    BYLINE_PER,
    CONTRIBUTED_BY,
    DESK_INITIALS,
    EDITOR_PT,
    EMPTY_CREDITS,
    FRENCH_VERSION,
    FULL_STORY_AT,
    HANDLE_NAME,
    INFORMATION_FROM,
    MEDIA_CREDIT,
    NEWS_CAMERA_TR,
    PICTURE_BY_LT,
    RBB_BAR,
    RIGHTS_ANSA,
    SOCIAL_PICTURE,
    SOURCE_RO,
    STATION_CREDIT,
    SUPPLIED_BY,
    TEXT_AND_PHOTO,
    VIA_CLUB,
    VIDEO_AGENCY_IT,
    VIDEO_BY,
    VIDEO_CREDIT,
    VIDEO_TEAM,
    VON_LOWER,
    WIRE_DESK_BYLINE,
    WITH_REPORTING,
    one_of,
)

# Credits in the shapes of particular desks: a picture's credit with its agency first ("dpa/Uli Deck", "AP/Jane
# Roe"), RFI's writer's line with its follow button and reading time ("Texte par : RFI Suivre 2 min"), a wire's or a
# site's sign-off after a dash ("- Agencies/rw", "– Rappler.com"), a byline bar of India's sites ("Reported By:DNA Web
# Team| Edited By: DNA Web Team |Source: ... |Updated: ..."), a story's wires ("with Reuters, Washington Post"), an
# author's label ("Author: The Kyiv Independent news desk").
AGENCY_FIRST = re.compile(r"^(?i:dpa|afp|ap|epa|apa|anp|belga|efe|ansa|reuters|keystone|imago)\s?/\s?"
                          r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}$")
TEXT_BY = re.compile(r"^texte par\s?:\s?[^.]{2,40}?(?: suivre)?(?: \d{1,2} min)?$", re.I)
DASHED_SIGN_OFF = re.compile(r"^[-–—−]\s?(?:(?i:agencies|afp|reuters|ap|pti|ians|ani|bbc|cnn)(?:/[a-z]{1,4})?"
                             r"|[A-Z][\w-]+\.(?:com|net|org|ph|in|pk))$")
REPORTED_BY = re.compile(r"^reported by\s?:.{2,60}\|\s?edited by\s?:", re.I)
# the AP's credit alone, in its brackets or, under a member paper's picture, without: "(AP Photo/Jane Roe)",
# "AP Photo/Jane Roe, File"
AP_PHOTO = re.compile(r"^\(AP Photo/[A-Z][^()/]{2,40}\)$|^AP Photo/[A-Z][^()/]{2,40}$")
TEXT_OF = re.compile(r"^Un texte (?:de |d['’])[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}$")  # Radio-Canada's byline
WITH_WIRES = re.compile(r"^with (?i:reuters|afp|ap|dpa|bloomberg|agencies)"
                        r"(?:,? (?:and )?[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}){0,3}$")
# A wire story's credits as its French, Spanish, Portuguese and German services give them ("(Rédigé par Jane Roe,
# édité par John Doe)", "(Reporte de Jane Roe; editado por John Doe)"), and an Italian picture agency alone in
# brackets under its picture ("(FOTOGRAMMA)", "(FOTOGRAMMA/IPA)"); Reuters' French desk's credits after "Avec"
# ("Avec Reuters (Jane Roe, version française John Doe, édité par ...)").
TRANSLATED_WIRE = re.compile(r"^\((?:(?:rédigé|écrit|édité) par|reportage|reporte de|información de|reportagem de|"
                             r"bericht von) [^()]{2,120}\)$", re.I)  # round 117's: "(Reportage Jane Roe)"
WITH_WIRE_CREDITS = re.compile(r"^Avec (?:Reuters|AFP|AP|Bloomberg)\s\((?:[^()]{2,200})\)$")
PICTURE_AGENCY = re.compile(r"^\((?i:fotogramma|lapresse|imagoeconomica|agf)(?:\s?/\s?(?i:ipa|agf|ansa|lapresse))?\)$")
# A desk and its site ("Newsroom example.gr", "Redazione example.it"), a byline with its colon ("by: Jane Roe and
# Example Media Wire"), a syndicated story's source ("Story from US News").
NEWSROOM_SITE = re.compile(r"^(?i:newsroom|redazione|redacción|redaktion|rédaction)\s+[\w-]+(?:\.[\w-]+)+$")
BY_COLON = re.compile(r"^(?i:by):\s[A-Z][\w.'’-]*(?:,? (?:and |& )?[A-Z][\w.'’-]*){1,7}"
                      r"(?: [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})?$")  # and its day: "... Jane Roe December 5, 2019"
STORY_FROM = re.compile(r"^Story from [A-Z][\w .&'’-]{1,30}$")
# A picture's courtesy ("Courtesy of Jane Roe, Example Record Searchlight").
COURTESY_OF = re.compile(r"^(?i:courtesy of|photo courtesy of|image courtesy of)\s[A-Z][^.!?]{2,80}$")
# The BBC's desk under a byline ("BBC News, London", "BBC Sport, Wimbledon").
BBC_DESK = re.compile(r"^BBC (?:News|Sport)(?: [A-Z][a-z]+)?, [A-Z][\w .'’-]{1,30}$")
# A byline bar with its agency and its date ("By JANE ROE AND JOHN DOE | Associated Press | Published: February 13,
# 2017"), a syndicator's label ("Published By: VOA Africa - Today").
BYLINE_BAR = re.compile(r"^by [^|]{2,60}\|[^|]{2,60}\|\s?(?:published|updated|posted)\s?:?\s?.{4,40}$", re.I)
PUBLISHED_BY = re.compile(r"^published by\s?:\s?[\w .&'’-]{2,40}$", re.I)
AUTHOR_LABEL = re.compile(r"^Author: [A-Z][\w.'’-]*(?: [\w.'’-]+){0,5}(?: \| Category: [\w &-]{2,30})?$")  # and a bar


# Round 75's: a byline whose stamps the crawler left empty ("Jane Roe, Example News Staff Published: Updated:"), a wire
# desk's bar with its day and time ("Wire Reports | Tuesday, Nov. 7, 2017, 8:51 p.m."); a bar that names a writer is
# the byline bar's (BYLINE_BAR), whose day comes after "Published".
EMPTY_STAMPS = re.compile(r"^[A-Z][^.!?]{2,120}\s(?:Published|Posted):\s?(?:\|\s?)?(?:Updated|Last Updated):?$")
WIRE_REPORTS_BAR = re.compile(r"^(?:Wire Reports?|Staff and Wire Reports?|Wire Services?|News Services?|"
                              r"Letters? to the Editor) \| "
                              r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)?,? ?.{4,40}$")
# Round 78's: RTP's byline bar run into its stamps and section ("Jane Roe - RTP15 Nov, 2017, 11:28 / atualizado em 15
# Nov, 2017, 13:57 | País", taken for the headline before).
RTP_BAR = re.compile(r"^[^|]{2,60} - RTP\s?(?:Comentários\s)?\d{1,2} [A-Z][a-z]{2}, \d{4}, \d{1,2}:\d{2}"
                     r"(?: / atualizado em \d{1,2} [A-Z][a-z]{2}, \d{4}, \d{1,2}:\d{2})?(?: \| [\w ]{2,30})?$")
# Round 79's: DW's writer ("Autorin/Autor: Jane Roe"), a video's credits in Italian ("Intervista di Jane Roe",
# "Riprese e montaggio di John Doe"; taken for the headline before), Die Presse's print edition ("("Die Presse",
# Print-Ausgabe, 31.12.2018)"); a letter's day bar is the wire desk's (WIRE_REPORTS_BAR).
WRITER_DE = re.compile(r"^(?:Autorin/Autor|Autor/Autorin|Autorin|Autor):\s?[A-ZÄÖÜ][\w .'’-]{2,60}$")
VIDEO_CREDITS = re.compile(r"^(?:Intervista|Riprese|Montaggio|Riprese e montaggio|Servizio|Video) di "
                           r"[A-Z][\w'’]+(?: [A-Z][\w'’]+){1,2}$"
                           # round 109's Spiegel: an embedded video's maker under its "Im Video:" pointer ("Video DPA",
                           # "Video Jane Roe")
                           r"|^Video (?:DPA|AFP|AP|Reuters|REUTERS|SPIEGEL TV|[A-ZÄÖÜ][a-zäöüß]+ [A-ZÄÖÜ][a-zäöüß]+)$")
PRINT_EDITION = re.compile(r"^\([\"„“]?[\w ]{2,30}[\"“”]?, Print-Ausgabe, \d{1,2}\.\d{1,2}\.\d{4}\)$")
# Round 80's: a Dutch byline ("Door: redactie", "Door Jan de Vries"); a byline and how long ago without a bar ("By
# Jane Roe 42 minutes ago"); a writer and their account ("Jane Roe, @janeroe"); a source in brackets, as Hungarian
# pages credit one another ("(via 444)"); a picture's source through an agency, no stop ("AAP Image/Jane Roe via
# REUTERS", "INSTAGRAM @EXAMPLE via REUTERS": a sentence that ends so has its stop).
DOOR_BYLINE = re.compile(r"^Door: [\w'’.-]+(?: [\w'’.-]+){0,3}$"
                         r"|^Door [A-Z][\w'’.-]+(?: (?:van|de|der|den|ten|ter|het))*(?: [A-Z][\w'’.-]+){1,2}$")
BYLINE_AGO_NO_BAR = re.compile(r"^By [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3} \d{1,2} (?:minutes?|hours?|days?) ago$")
NAME_HANDLE = re.compile(r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}, @\w{2,30}$")
VIA_SOURCE = re.compile(r"^\(via [\w .'’-]{2,30}\)$")
VIA_AGENCY = re.compile(r"^(?:[A-Z@][^.!?]{2,80}?\s?/?\s?)?via "
                        r"(?:REUTERS|Reuters|AP|AFP|Getty Images|Associated Press)$")
# Round 81's: a stamp's labels with nothing after them ("Date created : Latest update :", France 24's); a wire's
# reporter alone ("Reporting by Jane Roe", "Additional reporting by Jane Roe and John Doe"); an embedded post's footer
# ("Gepostet von Jane Roe am Freitag, 29. März 2019", "Posted by Jane Roe on Friday, March 29, 2019"); UPI's picture
# credit ("File Photo by Jane Roe/UPI | License Photo"); a Brazilian writer and the source of their information ("Jane
# Roe, com informações da Secretaria de Segurança"); an agency and its photographer in capitals ("AFP - JANE ROE").
EMPTY_LABELS = re.compile(r"^(?:Date created|Latest update|Last updated|Published|Updated|Posted)\s?:"
                          r"(?:\s*(?:Date created|Latest update|Last updated|Published|Updated|Posted)\s?:)+$")
REPORTING_BY = re.compile(r"^(?:Additional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting) by [A-Z][\w'’.-]+"
                          r"(?: [A-Z][\w'’.-]+){0,3}(?:(?:,| and) [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3})*\.?$")
EMBED_FOOTER = re.compile(r"^(?:Gepostet von|Posted by|Publié par|Publicado por|Pubblicato da) [^.!?]{2,60} "
                          r"(?:am|on|le|el|em|il) [^!?]{4,40}\d{4}$")
LICENSE_PHOTO = re.compile(r"^(?:File )?Photo by [^|]{2,60}\|\s?License Photo$")
WITH_INFORMATION = re.compile(r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}, com informações d[aoe]s? [^.!?]{2,60}$")
# A photographer and the agency in capitals, the other way round ("JANE ROE - NASA").
PHOTOGRAPHER_DASH_AGENCY = re.compile(r"^[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){1,2}\s[-–]\s"
                                      r"(?:AFP|AP|EPA|REUTERS|NASA|ANP|ANSA|EFE|DPA)$")
# Round 83's: a Serbian aggregator's source and how long ago ("Beta pre 3 sata", round 93's "Radio 021 pre 1 sat";
# with a bar, widgets.AGGREGATOR_AGE); a French day and its byline, "Par" twice as the page has it ("7 mai 2018 Par
# Par Agence Reuters"); a site's logo link ("Sports Illustrated home").
SOURCE_AGO_SR = re.compile(r"^[A-Z0-9][\w.-]*(?: [A-Z0-9][\w.-]*){0,2} pre \d{1,2} "
                           r"(?:sat|sata|sati|minut|minuta|dan|dana)$")
# Round 96's: "Le 24 Octobre 2022, par La rédaction".
DAY_PAR = re.compile(r"^(?:Le )?\d{1,2}(?:er)? [A-Za-zéû]+ \d{4},? [Pp]ar (?:Par )?[A-Z][\w .'’-]{2,40}$")
# Round 98's: UOL's desk and its city ("Do UOL, no Rio de Janeiro", "Do UOL, em São Paulo").
DESK_AND_CITY_PT = re.compile(r"^D[oa] (?:UOL|g1|G1|Estadão|Folha|Globo), (?:no|na|em) [A-ZÀ-Ý][\w ]{2,30}$"
                              r"|^(?:Do|DO) (?:UOL|g1|G1)$")  # round 102's: the desk alone, "DO G1"
# A writer's name and post, no "By" (Aftenposten's "Jane Roe Journalist"), the paper's name after it (round 116's
# Blick: "Jane Roe Journaliste Blick").
NAME_POST = re.compile(r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3} (?:Journalist|Journalistin|Journaliste|Fotograf|"
                       r"Fotografin)(?: [A-Z][\w.-]+)?$")
# Two names at least ("Coming home" is a headline); round 97's "ABC News Homepage".
LOGO_HOME = re.compile(r"^[A-Z][\w.]+(?: [A-Z][\w.]+){1,2} (?:home|Homepage)$")
# Round 101's: a site's tagline over its page ("Official website of the Example Patriots").
OFFICIAL_SITE = re.compile(r"^(?:The )?[Oo]fficial (?:website|web site|site|home) of (?:the )?[A-Z][\w.'’ &-]{2,50}$")
# Round 84's: The Economist's section and edition ("ChinaJun 26th 2021 edition").
EDITION_STAMP = re.compile(r"^(?:[A-Z][a-z]+ ?)?[A-Z][a-z]{2} \d{1,2}(?:st|nd|rd|th) \d{4} edition$")
# An avatar's alt text and the writer's desk: "Avatar_shz von dpa" (shz.de's).
AVATAR_BYLINE = re.compile(r"^Avatar_\w+ (?:von|by|de|par|di) [^.!?]{2,40}$")
AGENCY_DASH_PHOTOGRAPHER = re.compile(r"^(?:AFP|AP|EPA|REUTERS|ANP|ANSA|EFE|DPA)\s[-–]\s[A-Z][A-Z'’.-]+"
                                      r"(?: [A-Z][A-Z'’.-]+){0,2}$")
# Round 94's: a writer's name and the day, no "By" ("Jane Roe 06 March 2020", "Outlook Web Bureau 26 May 2019").
NAME_AND_DAY = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2} \d{1,2} (?:January|February|March|April|May|June|July|"
                          r"August|September|October|November|December) \d{4}$")
# Round 95's: a byline of several writers ("Von: Jane Roe, John Doe, Max Muster"), a place and its agency ("Tokyo |
# AFP").
WRITER = r"[A-Z][\w'’-]+ [A-Z][\w'’-]+"
WRITERS_BYLINE = re.compile(rf"^(?:Von|By|Par|Por|Door|Di):? {WRITER}(?:, {WRITER}){{1,4}}"
                            rf"(?:,? (?:und|and|et|y|e|en) {WRITER})?$")
PLACE_AGENCY = re.compile(r"^[A-Z][\w-]+(?: [A-Z][\w-]+){0,2} \| (?:AFP|AP|Reuters|REUTERS|EFE|dpa|DPA|ANSA)$")
# Round 100's: an outlet's staff as the byline, the outlet named with its article ("The Example Line Staff"; "Hospital
# Staff" may head a page).
OUTLET_STAFF = re.compile(r"^The [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3} Staff$")
# Round 111's: the newsroom and an agency as the byline ("von Redaktion und dpa"), a byline with its day after "on"
# ("By Example Noticias.net on 18 diciembre, 2017"), Swiss agencies' sign-offs alone on the last line ("/ATS",
# "ats/jd", a police release's "pd/jd").
_NEWSROOM = r"(?i:redaktion|redacción|redação|rédaction|redazione|redactie)"
_AND_AGENCY = r"\s(?:und|y|e|et|en)\s(?i:dpa|afp|ap|reuters|efe|ansa|anp|belga|kna|epd|apa|sda)"
NEWSROOM_AND_AGENCY = re.compile(rf"^(?i:von|by|por|par|di|door)\s(?i:der |la |a |de )?{_NEWSROOM}(?:{_AND_AGENCY})?$"
                                 rf"|^{_NEWSROOM}{_AND_AGENCY}$")  # round 114's, without a "by": "Redacción y EFE"
BY_ON_DAY = re.compile(r"^By [A-Z][\w.'’ -]{2,50} on (?:\d{1,2} [^\W\d_]+,? \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4})$")
SWISS_SIGN_OFF = re.compile(r"^/(?i:ats|sda|awp)$|^(?i:ats|sda|awp|pd)/[a-z]{2,5}(?:/[a-z]{2,5}){0,2}$"
                            r"|^/comm-[a-z]{2,4}$")  # round 116's: RTN's, a police release's ("/comm-dsa")
# Round 112's: a gallery's counter and its picture's credit over the page ("1/17 Foto Ansa/Ipa", Sky TG24's).
GALLERY_CREDIT = re.compile(r"^\d{1,3}/\d{1,3}\s(?:Foto|Photo|Bild|Fotó)\s?:?\s?[A-Z][\w .-]{1,30}"
                            r"(?:/[\w .-]{2,30}){0,2}$")
# Round 113's: the AP's credit as McClatchy's papers give it under a picture ("Jane Roe, File AP Photo").
AP_PHOTO_AFTER = re.compile(r"^[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,2},? (?:File )?AP Photo$")
# Round 118's: a writer's initials and the agency after "avec" (La Nouvelle Gazette's "Ch. C., avec Belga").
INITIALS_WITH_AGENCY = re.compile(r"^(?:[A-Z][a-z]?\.\s?){1,3},?\s(?i:avec|with|mit|met|con)\s"
                                  r"(?i:belga|afp|reuters|ap|dpa|anp|efe|ansa)$")
# Round 119's: AllAfrica's source paper and its city over the headline ("Capital FM (Nairobi)", "Vanguard (Lagos)"),
# a Brazilian wire's credit in brackets ("(com Estadão Conteúdo)"), a writer's handle ("by @example247").
SOURCE_AND_CITY = re.compile(r"^(?:The )?[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,3} \((?:Nairobi|Lagos|Abuja|Accra|"
                             r"Johannesburg|Kampala|Dar es Salaam|Addis Ababa|Harare|Monrovia|Freetown|Dakar|Kigali|"
                             r"Windhoek|Lusaka|Tshwane|Cape Town|Lilongwe|Gaborone|Maputo|Banjul|Juba|Khartoum)\)$")
WITH_WIRE_PT = re.compile(r"^\(com (?:Estadão Conteúdo|Agência Brasil|Folhapress|Reuters|AFP|AP|Lusa|agências)\)$")
BY_HANDLE = re.compile(r"^(?i:by) @\w{2,30}$")
# Round 121's: the paper's name under its writers ("Periódico La Jornada"), a syndicated story's source ("source
# usatoday.com").
PAPER_NAME = re.compile(r"^Periódico (?:La |El )?[A-Z]\w+(?: [A-Z]\w+)?$|^(?i:source):? [\w-]+\.(?:com|org|net)$")
COPYRIGHT_CREDIT = re.compile(r"^\([cC]\) [A-Za-z][\w .&-]{1,40}(?:/[\w .&-]{1,40}){1,3}$")  # "(c) Imago/Jane Roe"
# Round 126's: Népszava's writers, each name closed by a semicolon, no space between ("Jane Roe;John Doe;"); one name
# so closed is a list's item ("Doutor Camargo;", a town among others).
NAMES_AND_SEMICOLONS = re.compile(r"^(?:[A-ZÁÉÍÓÖŐÚÜŰ][\w'’.-]+(?: [A-ZÁÉÍÓÖŐÚÜŰ][\w'’.-]+){1,2};){2,4}$")
# Round 129's: Getty's note under an agency's picture, after its credit or alone ("(Photo by Jane Roe / AFP) (Photo
# credit should read JANE ROE/AFP/Getty Images)").
GETTY_SHOULD_READ = re.compile(r"^(?:\(Photo by [^()]{2,80}\) )?\(?Photo credit should read [^()/]{2,60}/[^()]{2,60}"
                               r"\)?$")

DESK_CREDITS = one_of(AGENCY_FIRST, TEXT_BY, DASHED_SIGN_OFF, REPORTED_BY, WITH_WIRES, AUTHOR_LABEL, AP_PHOTO,
                      TEXT_OF, TRANSLATED_WIRE, PICTURE_AGENCY, BYLINE_BAR,
                      PUBLISHED_BY, BBC_DESK, NEWSROOM_SITE, BY_COLON, STORY_FROM,
                      VIDEO_CREDIT, COURTESY_OF, WITH_WIRE_CREDITS, DESK_INITIALS, HANDLE_NAME, BYLINE_DAY,
                      VON_LOWER, WITH_REPORTING, INFORMATION_FROM, FRENCH_VERSION, CONTRIBUTED_BY,
                      VIDEO_BY, VIDEO_TEAM, MEDIA_CREDIT, VIA_CLUB, STATION_CREDIT, TEXT_AND_PHOTO,
                      PICTURE_BY_LT, EMPTY_CREDITS, SUPPLIED_BY, RBB_BAR, AGENCY_WRITER,
                      SOCIAL_PICTURE, VIDEO_AGENCY_IT, RIGHTS_ANSA, BYLINE_PER,
                      FULL_STORY_AT, WIRE_DESK_BYLINE, BYLINE_EL, BYLINE_AGE_ES,
                      EDITOR_PT, SOURCE_RO, AGENCY_SOURCE, NEWS_CAMERA_TR, EMPTY_STAMPS, WIRE_REPORTS_BAR,
                      WRITER_DE, VIDEO_CREDITS, PRINT_EDITION, RTP_BAR, DOOR_BYLINE, BYLINE_AGO_NO_BAR,
                      NAME_HANDLE, VIA_SOURCE, VIA_AGENCY, EMPTY_LABELS, REPORTING_BY, EMBED_FOOTER,
                      LICENSE_PHOTO, WITH_INFORMATION, AGENCY_DASH_PHOTOGRAPHER, AVATAR_BYLINE,
                      PHOTOGRAPHER_DASH_AGENCY, SOURCE_AGO_SR, DAY_PAR, LOGO_HOME, EDITION_STAMP, NAME_AND_DAY,
                      WRITERS_BYLINE, PLACE_AGENCY, NAME_POST, DESK_AND_CITY_PT, OUTLET_STAFF,
                      OFFICIAL_SITE, NEWSROOM_AND_AGENCY, BY_ON_DAY, SWISS_SIGN_OFF, GALLERY_CREDIT,
                      AP_PHOTO_AFTER, INITIALS_WITH_AGENCY, SOURCE_AND_CITY, WITH_WIRE_PT,
                      BY_HANDLE, COPYRIGHT_CREDIT, PAPER_NAME, NAMES_AND_SEMICOLONS, GETTY_SHOULD_READ)
