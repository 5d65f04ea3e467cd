"""Who wrote the text and whose the picture is: bylines, news agencies and picture credits on a line of
their own ("By Jane Doe", "von dpa", "Foto: Jan Müller/dpa", "Efrem Lukatsky/AP", "Submitted | Jay Roe").

Patterns and two predicates, with nothing decided: the chrome step (flows/stages/chrome.py)
records such lines as `credit` and takes them out, and the lead step's caption marks
(flows/stages/shapes.py) use the words that credit a photo.
"""

from __future__ import annotations

import re

from flows.stages.dates import DATE_WORDS, MONTHS, WEEKDAYS, is_date_line
from flows.stages.names import NAME_BY_ITSELF, WRITER_BOX
from flows.stages.vocabulary import (
    AGENCIES,
    AGENCY_DESKS,
    CREDIT_WORDS,
    CREDITS_RUN_WORDS,
    MAX_AGENCY_WORDS,
    NEWSROOMS,
    PICTURE_WORDS,
    SOURCE_WORDS,
    UPPER,
    normal_line,
)

# A photo credit on its own line: "Jane Roe/AP", "JANE ROE/EPA-EFE/REX/Shutterstock" ("Kiel/Elsfleth": places).
NAME_CREDIT = re.compile(rf"^(?!(?:[{UPPER}][a-zß-ÿ]+/)+[{UPPER}][a-zß-ÿ]+$)[{UPPER}][\w.'’–-]+"
                         rf"(?:(?: (?:de|da|do|dos|van|von|der|del|di|du|la|le))? [{UPPER}][\w.'’–-]+){{0,3}}"
                         r"(?: ?/ ?(?:[A-Z]{2,}-[A-Z]{2,}|[A-Z][\w.]*|dpa)(?: [A-Z][\w.]*){0,2}){1,3}(?: ?/)?$")
CREDIT = re.compile(r"^(?-i:\(c\) [A-Z][\w.-]*/)"  # "(c) IMAGO/Jane Roe"
                    r"|^[(\[]?(?:(?:file |archive )?(?:" + "|".join(CREDIT_WORDS) +  # "File picture: Jane Roe"
                    r")(?: copyright| credits?| caption| photo| by)?\s*[:.©]|©|ⓒ|Ⓒ)", re.I)  # "Crédit photo © Reuters"
# News agencies: the name alone on a line, or after one of BY_WORDS, credits the text ("AFP", "von dpa",
# "By The Associated Press"); so does "By" and a name or two in capitals ("By Jane Doe"), but not after
# "von" or "di", which begin names too ("Von der Leyen", "Di Maio").
BY_WORDS = ("by", "von", "par", "por", "di", "door", "av", "od")
BY_NAME_WORDS = tuple(w for w in BY_WORDS if w not in ("von", "di"))
MAX_BYLINE_WORDS = 6
MAX_PLACE_WORDS = 3  # "SEOUL", "NEW YORK", "RIO DE JANEIRO"
MAX_PHRASED_BYLINE_WORDS = 10
WITH_WORDS = ("avec", "et", "and", "with", "mit", "und", "con", "com", "y", "e")  # "et AFP", "with AFP": an agency only
# An agency and its date, as a gallery's stamp: "Reuters / Monday, March 09, 2015".
AGENCY_STAMP = re.compile(r"^(?P<agency>[^/|]{2,40}?)\s+[/|]\s+(?P<date>.+)$")
DATE_THEN_AGENCY = re.compile(r"^(?P<date>[^/|]{6,40}?)\s+[/|]\s+(?P<agency>[^/|]{2,40})$")
# "Presented by Jane Doe", "A cura della Redazione"
BY_PHRASES = ("(?:presented|written|report|reported|edited|compiled|words|text|posted|photo|photos|photograph|picture|"
              "images) by"
              "|(?:image|photo|picture|video) (?:provided|supplied) by"  # "Image provided by U.S. Customs"
              "|a cura (?:di|del|della|dello|degli|delle)"
              "|(?:ein )?(?:kommentar|gastkommentar|kolumne|analyse|leitartikel) von"  # "Kommentar von Jane Roe",
              "|écrit par|écrite par|rédigé par|escrito por|scritto da|geschrieben von")  # "Écrit par Jane Roe, CNN"
BY_PHRASE = re.compile(rf"^(?i:{BY_PHRASES})\b")
# "By" and names, with a place or the outlet after them ("par France 24 FR", "Por Notícias ao Minuto –",
# "By Jane Doe, in Cape Town", "by Jane Roe, The Associated Press", and the outlet after a dash with a widget's
# counter: "Por Estadão - Estadão 8"; a dash or two after it, "By Jane Roe—-")
BYLINE = re.compile(rf"^(?i:{BY_PHRASES}|{'|'.join(BY_NAME_WORDS)})\s*:?\s+"
                    rf"(?P<who>[{UPPER}][\w.'’/-]*(?:\s+(?:[{UPPER}][\w.'’/-]*|\d+|"
                    r"and|und|et|y|e|en|i|de|van|von|der|da|do|dos|ao|a|o))*)"
                    rf"(?:\s*,\s*(?:in\s+)?[{UPPER}][\w.'’-]*(?:\s+[{UPPER}][\w.'’-]*){{0,2}})?"
                    rf"(?:\s+[–—|-]\s+[{UPPER}][\w.'’-]*(?:\s+[{UPPER}][\w.'’-]*){{0,2}}(?:\s+\d{{1,4}})?)?\s*[–—-]{{0,2}}$")
# "von" and "di" credit a name only before a first name and a surname ("Von Michael Bauchmüller, Berlin",
# "di Marco Rossi"): "Von der Leyen" and "Di Maio" are names themselves.
NAME_AFTER_VON = re.compile(rf"^(?i:von|di)(?:\s*:)?\s+[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+){{1,2}}"
                            rf"(?:\s+(?:und|e)\s+[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+){{1,2}})?"  # two writers
                            rf"(?:\s*,\s*[{UPPER}][\w-]+)?$")
# A byline with the writer's post: "Jane Roe, Environment Editor", "John Doe, Senior Correspondent".
NAME_AND_POST = re.compile(rf"^[{UPPER}][\w'’.-]+(?: [{UPPER}][\w'’.-]+){{1,3}}(?: ?, | \| )(?:[\w-]+ ){{0,3}}"
                           r"(?i:editor|correspondent|reporter|writer|columnist|journalist|redakteur|redakteurin|"
                           r"korrespondent|korrespondentin|rédacteur|rédactrice|correspondant|correspondante|"
                           r"redactor|redactora|corresponsal|repórter|redattore|redattrice|corrispondente)$")
# The last word of an outlet's name, that says it is one ("... Group", "The Daily News").
OUTLET_WORD = (r"(?i:group|news|press|times|post|herald|media|journal|tribune|gazette|daily|network|magazine|"
               r"newspapers?)")
# The last word of an outlet's name where it stands alone in brackets or before its city ("(Japan Today)",
# "The Citizen (Dar es Salaam)"): OUTLET_WORD and the other words papers are named by.
OUTLET_NAME_WORD = (rf"(?:{OUTLET_WORD}|(?i:today|agency|citizen|monitor|observer|standard|nation|guardian|"
                    r"chronicle|telegraph|star|reporter|independent|vanguard))")
# A byline's outlet on its own line, under the writer's name: "For MediaNews Group", "For The Daily News"; a
# syndicated story's: "From The Texas Tribune".
FOR_OUTLET = re.compile(rf"^(?:[Ff]or|From) (?:[Tt]he )?(?:[{UPPER}][\w'’.-]* ){{0,3}}{OUTLET_WORD}$")
# An outlet's name alone, the line under its writer's name ("Jane Roe" over "The Times", flows/stages/positions.py),
# or on the name's own line: "Jane Roe La Presse", "Jane Roe South China Morning Post".
_OUTLET_ARTICLE = "(?:The |La |Le |El |Il |Die |De )"
_OUTLET_END = rf"(?:{OUTLET_NAME_WORD}|(?i:presse|zeitung|krant))"
OUTLET_ALONE = re.compile(rf"^{_OUTLET_ARTICLE}?(?:[{UPPER}][\w'’.-]* ){{0,3}}{_OUTLET_END}$")
NAME_AND_OUTLET = re.compile(rf"^[{UPPER}][\w'’-]+ [{UPPER}][\w'’-]+ {_OUTLET_ARTICLE}(?:[{UPPER}][\w'’.-]* ){{0,2}}"
                             rf"{_OUTLET_END}$")
# A picture that only illustrates, and its credit: "Zdjęcie ilustracyjne / Jan Roe, RMF FM", "Symbolbild: dpa".
ILLUSTRATION_CREDIT = re.compile(r"^(?i:zdjęcie ilustracyjne|ilustracja|fot\. ilustracyjne|symbolbild|symbolfoto|"
                                 r"photo d'illustration|foto ilustrativa|imagem ilustrativa|imagen ilustrativa|"
                                 r"illustrative (?:photo|image)|file photo|archivbild|archive photo|sujetbild|"
                                 r"sujetfoto)\s*[/|:©]\s*\S")
# A reader's picture, credited: "Submitted | Jay Anderson", "Contributed photo / Jane Roe".
SUBMITTED = re.compile(rf"^(?i:submitted|contributed)(?: (?i:photo))?\s*[|/:]\s*[{UPPER}]")
# A byline whose writer the dump has lost: "By | Boston Herald".
BY_BAR = re.compile(rf"^[Bb]y\s*\|\s*(?:[{UPPER}]|\S+@)")  # "By | jroe@example.com | Lowell Sun"
# A portal's byline, its writer's name after the site's mark: "oi-Jane Roe" (Oneindia).
PORTAL_BYLINE = re.compile(rf"^oi-[{UPPER}][\w'’-]+(?: [{UPPER}][\w'’-]+){{0,3}}$")
# A byline whose date the dump has lost: a name and its dash, "Hayley DeSilva -".
NAME_AND_DASH = re.compile(rf"^[{UPPER}][\w'’.-]+(?: [{UPPER}][\w'’.-]+){{1,3}}\s+[-–—|/]$")
# A writer's initials and the agency, as Polish and Czech sites sign agency copy: "pgo/ PAP", "kal, job/ČTK".
INITIALS_AND_AGENCY = re.compile(r"^[a-ząćęłńóśźżčďěňřšťůž]{2,5}(?:\s*,\s*[a-ząćęłńóśźżčďěňřšťůž]{2,5})*\s*/\s*"
                                 r"(?P<agency>\S.{0,30})$")
# The copyright of agency copy, without its year: "Copyright RTT News/dpa-AFX".
AGENCY_COPYRIGHT = re.compile(r"^(?i:copyright|©)\s+[A-Z][\w.&' -]{1,40}(?:/[\w.&' -]{1,40})+$")
# A credit is short: a name or two, an agency, an outlet; a longer line with such a start is a sentence.
MAX_CREDIT_WORDS = 8
# A credit names, in capitals ("Foto: Jan Müller/dpa", "Photo: supplied"): a clause after the credit word, four
# words in lower case or more, is a headline's or a caption's ("Photo: A boy discovers something strange by
# chance"). Of the credit lines of the sources and the real pages read, one has three ("© fred goldstein – ...").
MAX_CREDIT_LOWER_WORDS = 3
# In brackets, the photo's word and its source without a colon: "(foto Pentaphoto FISI)", "(foto AP Photo/Jane Roe)".
PHOTO_AND_NAME = re.compile(rf"^(?i:foto|photo|ph|bild)\.? [{UPPER}][\w'’.-]*(?:[ /][{UPPER}][\w'’.-]*){{0,4}}$")
# The last word of a picture desk that credits a bracketed picture: "(Jane Roe/USA Today Sports)", "(.../Getty Images)".
PICTURE_DESK_WORDS = frozenset("images photo photos pictures sports".split())
# The only lower-case words a credit after "Pictures:" may hold (see `_names`).
CREDIT_JOINERS = frozenset("and by via of for from courtesy supplied the".split())
SEPARATORS = frozenset("/|–—-")
MAX_OUTLET_WORDS = 3  # "(L'essentiel/afp)": an outlet's name is a word or three
OUTLET_THEN_AGENCY = re.compile(r"\s[-–]\s|/")
MAX_CREDITS_RUN_WORDS = 12  # three or four credits of a name
# Whole-line shapes of a credit, each read on the line as it stands.
# A picture credited to where it came from: "Image via AMD", "Photo courtesy of the family".
PICTURE_VIA = re.compile(r"^(?i:(?:top |main |lead |thumbnail )?(?:image|images|photo|photos)|picture|screenshot|"
                         r"header image|featured image|foto|bild)"
                         r" (?:via [A-Z0-9@]\S*(?: \S+){0,3}|(?i:courtesy of|courtesy)\s?:? \S.{0,40})$"
                         # or where it came from: "Getty Images via AFP", "Jane Roe/The Post via Getty Images"
                         r"|^(?:Getty Images|AFP|AP|EPA|Reuters|Pool) via [A-Z][\w.]*(?: [A-Z][\w.]*)?$"
                         r"|^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:/[A-Z][\w.'’ -]{1,40})? via "
                         r"(?:Getty Images|AFP|AP|Reuters|EPA)$")
# A picture credited to a social account: "Foto facebook @mostradelcinemavenezia", "Photo: Instagram/@jane".
PICTURE_HANDLE = re.compile(r"^(?i:foto|fotos|photo|photos|bild|image|picture|fonte|source|crédit)\b[^@]{0,25}@[\w.]+$")
# A wire story's sign-off: the writers' and editors' initials between double slashes ("JF // JPS", as Lusa
# closes), the agency's end mark ("Lusa/fim"), and lower-case initials after "by" ("di mbb/scp", LaPresse's).
SIGN_OFF = re.compile(r"^[A-Z]{2,4}(?: ?// ?[A-Z]{2,4})+$|^(?:[A-Z][\w]{1,15} ?/ ?)?fim$|^/?[a-zæøåäö]{2,8}/$|^/ATS$"
                      r"|^(?:di|by|von|par|por|door) [a-z]{2,4}(?:/[a-z]{2,4})+$"
                      # Deutsche Welle's: its editors' initials and the agencies, "dv/msh (AFP, Reuters)"
                      r"|^[a-z]{2,4}(?:/[a-z]{2,4})+ \((?:AFP|AP|Reuters|dpa|KNA|epd|EFE|Lusa|rtr|afp|ap|dpa|kna|epd|"
                      r"efe|lusa|reuters)(?:, ?[A-Za-z]{2,10}){0,4}\)$")
# A writer's name and the outlet written for: "Kev Monks for Digital Sports Group" (the outlet's last word says
# it is one, as in FOR_OUTLET: "Solidarity Calls for Cabinet Reshuffle" is a headline).
NAME_FOR_OUTLET = re.compile(rf"^[{UPPER}][\w'’-]+(?: [{UPPER}][\w'’-]+){{1,2}} for (?:the )?"
                             rf"(?:[{UPPER}][\w'’.&-]* ){{0,3}}{OUTLET_WORD}$")
# A station's or a paper's file picture: "KPTV File Image", "WHSV file photo", "KPTV File Image(KPTV File Image)".
FILE_PICTURE = re.compile(r"^\(?(?:[\w.&'-]+ ){0,3}(?i:file|archive|stock) (?i:image|photo|picture|footage)"
                          r"(?:\s*\([^()]*\)|\))?$")  # "(Alpha Media file photo)"
# A byline in the Slavic languages' "writes": "piše dopisnik STA iz Zagreba Goran Ivanović", "Piše: Beta".
WRITES_BYLINE = re.compile(rf"^(?i:piše|pišu|píše|pisze|napisal|napisala|írta)\b:?\s+\S.{{0,70}}[{UPPER}][\w'’-]+$")
# A Chinese report's byline ("【KTSF 記者報導】", "記者王小明/綜合報導") and a newsroom's desk ("Redacción Deportes").
CJK_BYLINE = re.compile(r"^【[^】]{1,30}(?:報導|报道|報道)】$|^記者[^\s/／]{1,12}[/／]\S{0,12}(?:報導|报道)$")
NEWSROOM_DESK = re.compile(r"^(?i:redacción|redação|redazione|rédaction|redaktion) [A-ZÁÉÍÓÚ][a-záéíóúñç]+$")
# Writers listed after "By"/"Von", a place closing the list: "Von P. Burghardt, M. Drobinski und C. Wernicke,
# München", "By Jane Roe, John Doe & Ann Lee"; a newsroom's own ("Door onze verslaggevers"); where a picture or a
# report came from ("Video from the Coast Guard", "- report from Jane Roe", BBC's "Image source, Getty Images").
WRITER = rf"(?:[{UPPER}]\.\s?)*[{UPPER}][\w'’-]+(?: [{UPPER}][\w'’-]+){{0,2}}"
BYLINE_LIST = re.compile(rf"^(?:By|Von|Par|Por|Door|Di|di)\s+{WRITER}"
                         rf"(?:(?:,\s*|\s+(?:und|and|&|y|e|et|en)\s+){WRITER}){{1,6}}(?:,\s*[{UPPER}][\w-]+)?\.?$"
                         # a video's credits, initialled names in a row: "M. Roe, C. Doe, E. Poe, France 3 Nord"
                         rf"|^(?:[{UPPER}](?:-[{UPPER}])?\. [{UPPER}][\w'’-]+(?: [\w'’-]+)?, ){{2,}}\S.{{0,80}}$"
                         # or two to six alone: "C. Roe, M. Doe", "J. Roe, J.Doe, A-M Roe" (France TV's report credits)
                         rf"|^(?:[{UPPER}](?:-[{UPPER}])?\.\s?[{UPPER}][\w'’-]+,\s?){{1,5}}[{UPPER}](?:-[{UPPER}])?\.?\s?[{UPPER}][\w'’-]+$")
# A byline for an outlet, an agency's among the writers: "By Afp and Jane Roe for MailOnline".
BYLINE_FOR = re.compile(rf"^By [{UPPER}][\w'’.-]*(?: [{UPPER}][\w'’.-]*){{0,2}}(?:(?:,| and) [{UPPER}][\w'’.-]*"
                        rf"(?: [{UPPER}][\w'’.-]*){{0,2}}){{0,3}} for (?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*){{0,2}}$")
# A handout picture's credit: "Suez Canal Authority/Handout via Reuters", "REUTERS/Handout".
HANDOUT_CREDIT = re.compile(r"^[A-Z][\w .&'’-]{1,50}/\s?(?i:handout)(?: via [A-Z][\w.]*(?: [A-Z][\w.]*)?)?$")
# A byline between the outlet's dots, as the CBC prints it: "Jane Roe · CBC News ·".
BYLINE_DOTS = re.compile(rf"^[{UPPER}][\w'’.-]+(?: [{UPPER}][\w'’.-]+){{1,3}} · [A-Z][\w.]*(?: [A-Z][\w.]*){{0,3}} ·?$")
OUR_REPORTERS = re.compile(r"^(?i:door onze (?:verslaggevers?|redactie)|by our (?:reporters?|correspondents?|staff)|"
                           r"von unseren (?:korrespondenten|reportern))$"
                           # RFI's: "Avec notre correspondant à Washington, Jane Roe"
                           rf"|^(?i:avec notre|de notre) (?i:correspondante?|envoyée? spéciale?)s? (?i:à|au|aux|en) "
                           rf"[^,]{{2,40}}, [{UPPER}][\w'’-]+(?: [{UPPER}][\w'’-]+){{1,2}}$")
SOURCE_OF = re.compile(r"^-?\s*(?i:report|video|photos?|footage) (?i:from|courtesy of) (?:the )?[A-Z][\w'’.-]*"
                       r"(?: [\w'’.-]+){0,5}$"
                       r"|^(?i:image source|photo author|nguồn hình ảnh|fuente de la imagen|crédito da imagem|"
                       r"bildquelle|"
                       r"source de l'image|источник изображения|джерело зображення),\s*\S")
# A desk's or a reporter's credit without a name, as South Asian papers print them: "F.P. Report", "APP Report",
# "Staff Reporter", "Web Desk", "Our Correspondent".
DESK_CREDIT = re.compile(r"^(?:(?:[A-Z]\.){1,3}|[A-Z]{2,5}|(?i:staff|news|web|online|monitoring|our|special|city|"
                         r"district|sports|business)) (?i:report|desk|correspondent|reporter)$"
                         r"|^[A-Z][a-z]{2,15} (?:Reporter|Correspondent)$")  # an outlet's: "Citizen Reporter"
# The sources a story was written with, a private archive's picture, a German agency's picture credit: "Com
# informações da Agência Brasil.", "Con información de EFE", "Archivo particular", "X, über dts Nachrichtenagentur".
WRITTEN_WITH = re.compile(r"^\(?(?i:com informações|con información|with files|mit material) "
                          r"(?i:d[aeo]s?|de|der|from|von)\b"
                          r".{2,60}$|^(?i:archivo particular|arquivo pessoal|archivo personal|foto de archivo)$"
                          r"|^[^.]{1,60}, (?i:über dts nachrichtenagentur)$")
# A writer's name and the site's address, in lower case: "Jane Roe example.com.tr" ("Sechs Jahre OpenOffice.org"
# is a headline); after a comma in any case: "Jane Roe, CP24.com", a correspondent's post: "Narayanganj
# Correspondent, bdnews24.com".
NAME_AND_DOMAIN = re.compile(rf"^[{UPPER}][\w'’-]+(?: [{UPPER}][\w'’-]+){{1,3}}"
                             r"(?: (?:www\.)?[a-z0-9-]+(?:\.[a-z]{2,6}){1,3}"
                             r"| - (?:www\.)?[A-Za-z0-9-]+(?:\.[a-z]{2,6}){1,3}"  # "Jane Roe - Example.com"
                             r"|, [\w-]+(?:\.[a-z]{2,6}){1,2})$")
# A broadcast's credit: "Eine Sendung von Jane Roe und John Doe (Moderation)".
BROADCAST_CREDIT = re.compile(rf"^(?i:eine sendung von|ein beitrag von|a programme by|une émission de|"
                              rf"un programma di|un programa de|servizio di|il servizio di)\s+[{UPPER}].{{2,80}}$")
MAX_BROADCAST_CREDIT_WORDS = 16  # its presenters, a role or two
# A wire story's credits without brackets: "Reporting by Jane Roe in Bengaluru; Editing by John Doe".
# "Compiled by Jane Roe and John Doe, editing by Ann Lee" too.
WIRE_CREDIT_LINE = re.compile(r"^(?:(?:additional )?reporting|compiled|written) by\b.{2,120}?[;,]\s*"
                              r"(?:additional reporting|editing|writing) by\b.{2,120}$", re.I)
# A wire story's closing credits in brackets: "(Compiled by J. Roe; Editing by J. Doe)", "(Inputs from Example)".
WIRE_CREDITS = re.compile(r"^\((?:compiled|reporting|writing|editing|additional reporting|reported) by\b[^()]*\)$"
                          # broken over two lines: "(Reporting by Jane Roe in New" / "York; Editing by John Doe)"
                          r"|^\((?:reporting|writing|additional reporting) by\b[^()]*$|^[^()]*; editing by\b[^()]*\)$"
                          r"|^\((?:with )?inputs from [^()]{1,60}\)$|^\(with [\w&/,. -]{1,40}? inputs?\)$"
                          # "—The Associated Press contributed to this report."
                          r"|^[—–-]*\s*[\w&.,'’ -]{2,80}? contributed to this (?:report|story|article)\.?$", re.I)
# The agencies a story was written with, as Indian outlets close it: "With PTI inputs", "(With inputs from agencies)".
WITH_INPUTS = re.compile(r"^\(?(?i:with) (?:[A-Z]{2,6} )?(?i:inputs?)(?: (?i:from) (?:(?i:agencies|agency|wires)"
                         r"|[A-Z][\w.&-]*(?:(?:, | and | & |/)[A-Z][\w.&-]*){0,3}))?\)?\.?$")
# A source in brackets alone on a line, closing a short news item: "(NHK)", "(Kyodo)", "(Japan Today)": one
# word, capitalised or an acronym of five letters at most (a transcript's "(APPLAUSE)" is neither), or an
# outlet's name (a team's or a city's name in brackets, "(New York City)", is none of these).
_SOURCE_WORD = r"(?:[A-Z]{2,5}|[A-Z][a-z][\w.&'’-]*)"
SOURCE_IN_BRACKETS = re.compile(rf"^\({_SOURCE_WORD}\)$|^\((?:{_SOURCE_WORD} ){{1,2}}{OUTLET_NAME_WORD}\)$")
# A picture's credit without a colon: "PHOTO JANE ROE, LA PRESSE" in capitals, "Beeld Jane Roe", "Foto Jan Roe".
UNMARKED_PICTURE_CREDIT = re.compile(rf"^(?:PHOTOS?|FOTOS?) [{UPPER}][{UPPER}'’. -]+(?:, [{UPPER}][{UPPER}'’. -]+)?$"
                                     rf"|^(?:Beeld|Foto) [{UPPER}][\w'’-]+(?: (?:van |de |der |den )?[{UPPER}][\w'’-]+)"
                                     r"{1,2}$")
# A copyright line in brackets: "[Copyright The Jiji Press, Ltd.]".
BRACKETED_COPYRIGHT = re.compile(r"^[\[(](?i:copyright|©)\s?.{2,60}[\])]$")
# A stamp of date, then the author and source by their labels: "25.07.2022, 21:00, autor: Jane Roe, zdroj: ČTK",
# "2020/03/04 | 00:05 - Source: Baghdad Post".
DATED_SOURCE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b.{0,40}?\b(?i:autor|author|zdroj|source|quelle|fonte|"
                          r"fuente|źródło|forrás)\s*:\s*\S")
HANDLE_ALONE = re.compile(r"^@\w{2,30}$")  # an outlet's or writer's account alone: "@CanBizJournal"
# A writer's name, telephone and account, as US papers close a story: "Jane Roe: 360-555-0100, @janeroe".
NAME_PHONE = re.compile(r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}: \d{3}-\d{3}-\d{4},? @\w+$")
# An author and the stamp by their labels: "Author: CGTN | Published: 1 min ago".
AUTHOR_STAMP = re.compile(r"^(?i:author|autor|auteur)\s*:\s*[^|]{2,40}\|\s*"
                          r"(?i:published|publicado|publié|veröffentlicht)\s*:")
# A byline and how long ago: "By Jane Roe | 48m ago".
BYLINE_AGO = re.compile(r"^By [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}\s*\|\s*"
                        r"\d+\s?(?:m|h|d|mins?|hrs?|hours?|days?)\s+ago$")
# A byline with the writer's beat ("By political reporter Jane Roe", "By chief business correspondent John Doe", the
# ABC's), an outlet's staff or team ("By 9News Staff", "By WBAY news staff", "by Ship & Bunker News Team"), a wire's
# or a writer's share ("Additional reporting by Reuters.").
BEAT_BYLINE = re.compile(rf"^By (?:[a-z]+ ){{1,3}}(?:reporters?|correspondents?|editors?|writers?) "
                         rf"[{UPPER}][\w'’.-]+(?: (?:[{UPPER}][\w'’.-]+|and)){{1,6}}$"
                         r"|^[Bb]y (?:the )?[A-Z0-9][\w.&'’-]*(?: (?:&|[A-Z0-9][\w.&'’-]*)){0,3} "
                         r"(?i:(?:news |digital |web )?(?:staff|team))$"
                         # a name or an agency: "by staff." closes the syndicated copies of dev and `second`,
                         # whose sources keep it as their text
                         rf"|^(?:Additional|Further) reporting by [{UPPER}][\w.&'’ ,-]{{1,80}}\.?$")
# A picture's source in Russian, without a colon: "Фото с telegram-канала ...", "Фото из открытых источников".
SOURCE_OF_PICTURE = re.compile(r"^(?:Фото|Видео|Скриншот) (?:с|из|со) \S.{0,60}$|^Фото предоставлен[оы]\b")
# A newsroom signing the text: "Redakcja naTemat", "Redaktion Example.de" (its name has a capital or a dot; a
# sentence's "Redakcja zwróciła się ..." does not).
NEWSROOM_BYLINE = re.compile(r"^(?i:redakcja|redaktion|rédaction|redacción|redazione|redação|redactie|redakce|"
                             r"redakcia) (?=\S*[A-Z.])\S+(?: \S+)?$")
# A live blog's entry signed "From CNN's Jane Roe"; a writer's contact under the article ("Contact reporter Jane Roe at
# jroe@example.com. Follow @JaneRoe on Twitter."), or with the byline ("By Jane Roe jane.roe@example.com @JaneRoe").
ENTRY_BYLINE = re.compile(rf"^From [A-Z][\w.&-]*'s [{UPPER}][\w'’.-]+(?: [{UPPER}][\w'’.-]+){{1,3}}$")
WRITERS_CONTACT = re.compile(r"^Contact (?:the )?(?:reporter|writer|columnist|author)\b[^@]{0,60}?\S+@\S+\.\w+\b")
# A byline and the writer's address, or the desk's after a slash ("By Jane Roe / desk@x.com"), or Cloudflare's mask.
BYLINE_CONTACT = re.compile(rf"^By [{UPPER}][\w'’.-]+(?: [{UPPER}][\w'’.-]+){{1,3}}"
                            r"(?: /)? (?:\S+@\S+\.\w+|\[email protected\])(?: @\w+)?$")
# A picture taken from somewhere: "Imagen tomada de Google Maps"; a Chinese byline: "記者張方瑀/編譯".
PICTURE_TAKEN = re.compile(r"^(?:Imagen|Imágenes|Foto|Fotos|Fotografía|Captura) (?:tomadas? de|cortesía de) \S.{0,40}$"
                           r"|^(?:記者|记者)\S{2,4}[/／]\S{2,8}$")
# An agency in lower case and its photographer: "imago images/Jane Roe", "picture alliance/John Doe".
AGENCY_AND_NAME = re.compile(rf"^(?i:imago images|imago|picture alliance|picture-alliance)\s?/\s?[{UPPER}][\w'’.-]+"
                             rf"(?: [{UPPER}][\w'’.-]+)?$")
# AFP's desk codes closing a dispatch: "str-bed/jhd/pa.zm/cn".
DESK_CODES = re.compile(r"^[a-z]{2,4}(?:[-.][a-z]{2,4})?(?:/[a-z]{2,4}(?:[-.][a-z]{2,4})?){2,}$")
# German sources named on the line: "Quellen: Feuerwehr Dortmund, Polizei Dortmund" (a "Quellen:" heading alone, over
# its list, is the text of the German Wikinews articles in `second`).
SOURCES_NAMED = re.compile(r"^Quellen\s*:\s*\S")
# A wire picture's credit in capitals: "JANE ROE/AP PHOTO, FILE".
WIRE_PHOTO = re.compile(r"^[A-Z][A-Z .'’-]{2,40}/(?:AP|AFP|REUTERS|EPA|GETTY IMAGES)(?: PHOTO)?(?:, FILE)?$")
# The outlet a syndicator carries, with its city: "The Citizen (Dar es Salaam)", "Ethiopian News Agency (Addis Ababa)".
OUTLET_AND_CITY = re.compile(rf"^(?:The )?(?:[A-Z][\w'’.-]* ){{0,3}}{OUTLET_NAME_WORD}"
                             r" \([A-Z][\w'’.-]*(?: [A-Za-z][\w'’.-]*){0,3}\)$")
# A picture's maker and the library it came from: "Photo by Jane Roe from Flickr.", "Image by janeroe on Pixabay".
PICTURE_FROM_LIBRARY = re.compile(r"^(?i:photo|image|picture|foto)s? (?i:by|von|de|di|par|por) \S+(?: \S+){0,3} "
                                  r"(?i:from|via|on|auf|sur|en|su) "
                                  r"(?i:flickr|unsplash|pixabay|pexels|wikimedia commons|wikimedia|shutterstock|istock|"
                                  r"adobe stock)\.?$")
# A chart's credits, its data's source and its maker: "Data: FactSet; Chart: Axios Visuals".
# RFI's byline with its follow button and reading time: "Texte par : RFI Suivre 1 mn".
RFI_BYLINE = re.compile(r"^Texte par\s?: .{2,40}? Suivre(?: \d{1,2} mn)?$")
CHART_CREDIT = re.compile(r"^(?:Data|Source|Sources): [^:;]{2,50}; (?:Chart|Graphic|Map|Visual)s?: [^:;]{2,50}$")
CREDIT_SHAPES = (PICTURE_VIA, CHART_CREDIT, PICTURE_FROM_LIBRARY, NAME_CREDIT, NAME_AND_DASH, NAME_AND_POST,
                 FOR_OUTLET, BY_BAR, SUBMITTED, AGENCY_COPYRIGHT, ILLUSTRATION_CREDIT, PORTAL_BYLINE, PICTURE_HANDLE,
                 SIGN_OFF, NAME_FOR_OUTLET, FILE_PICTURE, WRITES_BYLINE, NAME_AND_DOMAIN, DESK_CREDIT, CJK_BYLINE,
                 NEWSROOM_DESK, WRITTEN_WITH, BYLINE_LIST, OUR_REPORTERS, SOURCE_OF, WITH_INPUTS, SOURCE_IN_BRACKETS,
                 BRACKETED_COPYRIGHT, DATED_SOURCE, HANDLE_ALONE, AUTHOR_STAMP, BYLINE_AGO, WIRE_PHOTO,
                 OUTLET_AND_CITY, NAME_PHONE, BEAT_BYLINE, SOURCES_NAMED, UNMARKED_PICTURE_CREDIT, NAME_AND_OUTLET,
                 SOURCE_OF_PICTURE, NEWSROOM_BYLINE, ENTRY_BYLINE, BYLINE_CONTACT, PICTURE_TAKEN, DESK_CODES,
                 AGENCY_AND_NAME, BYLINE_DOTS, BYLINE_FOR, HANDOUT_CREDIT, RFI_BYLINE, WRITER_BOX, NAME_BY_ITSELF)


def is_byline(text: str) -> bool:
    """An agency alone ("AFP"), "By"/"von"/"par"... and an agency ("von dpa", "By The Associated Press"), or
    "By"/"Por"/"Par"... and capitalised names ("Por María López"); "By the numbers" is a subhead."""
    normal = normal_line(text)
    parts = {part.strip() for part in re.split(r"[/|]", normal.strip("/| "))}
    if normal in AGENCIES or len(parts) > 1 and parts <= AGENCIES | NEWSROOMS:
        return True  # "/ritzau/TT": agencies between slashes, a Nordic wire's sign-off; "Agencias | Redacción"
    first, _, rest = normal.partition(" ")
    if (first in BY_WORDS or first in WITH_WORDS) and (rest.removeprefix("the ") in AGENCIES
                                                        or "/" in rest and set(rest.split("/")) <= AGENCIES):
        return True  # "By The Associated Press", "Von RND/dpa"
    if first in AGENCIES and rest in AGENCY_DESKS | PICTURE_WORDS:  # "Reuters Staff", "Shutterstock photo"
        return True
    outlet_and_agency = OUTLET_THEN_AGENCY.split(rest)
    if first in BY_WORDS + WITH_WORDS and len(outlet_and_agency) == 2 and outlet_and_agency[1] in AGENCIES \
            and 0 < len(outlet_and_agency[0].split()) <= MAX_OUTLET_WORDS:
        return True  # "Von B.Z./dpa", "Con La Nación - GDA": the outlet and the agency it took the story from
    agency, _, desk = rest.rpartition(" ")
    if first in BY_WORDS and agency.removeprefix("the ") in AGENCIES and desk in AGENCY_DESKS:
        return True  # "By Press Association reporters"
    if first in SOURCE_WORDS and rest.strip("()") in AGENCIES:  # "Fonte Adnkronos", "FUENTE (AFP)"
        return True
    if first.rstrip(":") in PICTURE_WORDS and rest \
            and all(a.strip() in AGENCIES for a in re.split(r"[,/]| and ", rest)):
        return True  # "фото EPA, AFP", "Photos: AFP"
    text = text.strip().lstrip("-–— ").rstrip(",;")  # "-- Compiled by Jane Roe", "By Jane Roe,"
    if text.startswith("(") and text.endswith(")"):  # "(By Washington State Governor)"
        text = text[1:-1].strip()
    if NAME_AFTER_VON.match(text):
        return True
    named = BYLINE.match(text)
    # "By Jane Doe, in Cape Town"; after a phrase that says so, two names and the outlet ("Posted By:
    # Madeline Holcombe and Kendall Trammell, CNN")
    writers = _without_agency(text)  # an agency closing the line says it is a byline as a phrase does
    limit = MAX_PHRASED_BYLINE_WORDS if BY_PHRASE.match(text) or writers != text else MAX_BYLINE_WORDS
    return bool(named) and len(writers.split()) <= limit and not _a_time(named.group("who").split())


def agency_byline(text: str) -> bool:
    """A byline that its agency closes, of any length (see `_without_agency`)."""
    first = text.lstrip()[:3].casefold()  # the cheap test first: most lines open on no "By"
    return first in ("by ", "by:") and _without_agency(text) != text and is_byline(text)


def _without_agency(text: str) -> str:
    """A byline without the agency that closes it ("By JANE R. ROE and JOHN DOE Associated Press")."""
    words = text.split()
    for k in range(min(MAX_AGENCY_WORDS, len(words) - 2), 0, -1):
        if normal_line(" ".join(words[-k:])) in AGENCIES:
            return " ".join(words[:-k])
    return text


def _a_time(who: list[str]) -> bool:
    """"By Monday", "By Sunday Night", "By March 2020": a time, no writer. A month's short name further on, with
    no number, is a surname's part ("By Charlie De Mar")."""
    dated = [w.casefold() in WEEKDAYS or w.casefold() in MONTHS for w in who]
    return dated[0] or any(dated) and any(w.isdigit() for w in who)


def agency_and_date(text: str) -> bool:
    """An agency's stamp: the agency, a slash or a bar, the date ("Reuters / Monday, March 09, 2015"), or the
    agency and its date alone ("Agence QMI 06-11-2017 | 00h33", "AP Published:")."""
    for stamp in (AGENCY_STAMP.match(text), DATE_THEN_AGENCY.match(text)):  # "July 8, 2022 | The Associated Press"
        if stamp and normal_line(stamp.group("agency")).removeprefix("the ") in AGENCIES \
                and is_date_line(stamp.group("date")):
            return True
    words = text.split()  # the agency, its desk's city or not, the date: "EFE Lisboa 11 out 2019"
    return any(normal_line(" ".join(words[:k])) in AGENCIES and (_dated(" ".join(words[k:])) or words[k].istitle()
               and words[k].isalpha() and is_date_line(" ".join(words[k + 1:])))
               for k in range(1, min(len(words), MAX_AGENCY_WORDS + 1)))


def _dated(text: str) -> bool:
    """A date, or its stamp's word alone, the date lost ("Published:")."""
    return is_date_line(text) or bool(DATE_WORDS.fullmatch(normal_line(text)))


def is_credit(text: str) -> bool:
    """A line that credits the text or its picture, and nothing more (see the patterns above), or such a credit in
    brackets ("(Ezra Shaw/Getty Images)")."""
    inner = text.strip()
    if inner.startswith(". "):  # a caption's stop left over the credit: ". © Belga"
        return is_credit(inner[2:])
    if len(inner) > 2 and inner[0] + inner[-1] in ("()", "[]") and (
            _picture_source(inner[1:-1]) and is_credit(inner[1:-1]) or PHOTO_AND_NAME.match(inner[1:-1])
            or BROADCAST_CREDIT.match(inner[1:-1])):  # "(Servizio di Jane Roe)"
        return True
    words = [w for w in text.split() if w not in SEPARATORS]  # "Fotó: A / B / Facebook": three sources
    return len(words) <= MAX_CREDIT_WORDS and (
        bool(CREDIT.match(text)) and (_names(text) or _names_an_agency(text))
        or any(shape.match(text) for shape in CREDIT_SHAPES)
        or is_byline(text) or _initials_and_agency(text) or _outlet_and_agency(text) or _agency_and_place(text)) \
        or _credits_run(text) or len(words) <= MAX_BROADCAST_CREDIT_WORDS and bool(BROADCAST_CREDIT.match(text))


def _picture_source(text: str) -> bool:
    """A credit's last part names where a picture came from: an agency ("Jane Roe/AFP/Getty Images"), or a picture
    desk ("Jane Roe/USA Today Sports"). "(Paris/Berlin)" names places."""
    source = normal_line(text.rpartition("/")[2])
    return source in AGENCIES or source.rpartition(" ")[2] in PICTURE_DESK_WORDS


def _credits_run(text: str) -> bool:
    """A run of credits without colons, each word and a name: "Tekst Rachel Roe Bron Tuinen.nl Fotografie Matt
    Doe/Unsplash.com", "Text Jane Roe Photos John Doe". Two credit words or more, the first starting the line."""
    words = text.split()
    credited = [i for i, w in enumerate(words) if w.casefold() in CREDITS_RUN_WORDS and i + 1 < len(words)
                and words[i + 1][:1].isupper()]
    return len(credited) >= 2 and credited[0] == 0 and len(words) <= MAX_CREDITS_RUN_WORDS


def _outlet_and_agency(text: str) -> bool:
    """A site's name and the agency it took the story from, in brackets: "(L'essentiel/afp)"."""
    inner = text.strip()
    if not (inner.startswith("(") and inner.endswith(")")) or "/" not in inner:
        return False
    parts = [normal_line(part) for part in inner[1:-1].split("/")]
    return parts[-1] in AGENCIES and all(0 < len(part.split()) <= MAX_OUTLET_WORDS for part in parts)


def _agency_and_place(text: str) -> bool:
    """A known agency and the place it wrote from, in capitals, alone on a line: "Reuters, SEOUL"; or a writer,
    a picture's source or a place, then the agency: "Jane Roe, The Canadian Press", "NASA, AFP", "Gal ROMA, AFP"."""
    first, _, last = text.strip().rpartition(", ")
    last = normal_line(last)
    if last in AGENCIES or last.removeprefix("the ") in AGENCIES:
        named = first.split()
        return 0 < len(named) <= MAX_PLACE_WORDS and all(word[:1].isupper() for word in named)
    agency, _, place = text.strip().partition(", ")
    return normal_line(agency) in AGENCIES and place.isupper() and 0 < len(place.split()) <= MAX_PLACE_WORDS


def _initials_and_agency(text: str) -> bool:
    """A writer's initials, a slash and a known agency (INITIALS_AND_AGENCY)."""
    initials = INITIALS_AND_AGENCY.match(text.strip())
    return bool(initials) and normal_line(initials.group("agency")) in AGENCIES


def _names_an_agency(text: str) -> bool:
    """The credit names a news agency, whatever words describe it ("Zdroj: Teraz.sk, portál agentúry TASR")."""
    return any(word.strip(",.()").casefold() in AGENCIES for word in text.split(":", 1)[-1].split())


def _names(text: str) -> bool:
    """What follows the credit word names someone (see MAX_CREDIT_LOWER_WORDS); after "Pictures:", which also
    heads a gallery's headline ("Pictures: HMS Queen Elizabeth arrives in Portsmouth"), with no verb's lower case."""
    word, colon, named = text.partition(":")
    lower = [w for w in (named if colon else text).split() if w[:1].islower()]
    if colon and word.strip("([ ").casefold() == "pictures":
        return all(w in CREDIT_JOINERS for w in lower)
    return len(lower) <= MAX_CREDIT_LOWER_WORDS
