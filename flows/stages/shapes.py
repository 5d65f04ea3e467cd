"""The shapes a page's first lines take: datelines, captions, places, a live blog's entry times, kickers,
sentence ends, title case.

Pure patterns and predicates on one line, with nothing decided: the lead step
(flows/stages/lead.py) weighs them to tell a headline from the article's first
sentence, a caption, a label or a dateline, and the layout phase
(flows/corpus/layout.py) counts sentences with them. Each pattern comes from pages
read (README, "Headline or first sentence"; docs/real-pages.md).
"""

from __future__ import annotations

import re

from flows.stages.vocabulary import PHOTO_CREDIT_WORDS, UPPER

# A dateline's place on its own line: a place and its country or region, capitalised, nothing else.
PLACE = re.compile(rf"^[{UPPER}][\w'’-]+(?: [{UPPER}][\w'’-]+){{0,2}}, [{UPPER}][\w'’-]+(?: [{UPPER}][\w'’-]+)?$")
# A two-word place alone on its line, a dateline: "Den Haag", "Bad Segeberg" (not "New": "New Rules" may head).
# A dateline alone, its place in capitals, maybe its day, and its source in brackets: "MILANO (Finanza.com)",
# "LONDON (Reuters)", "MADRID, 16 (CHANCE)", "SAN JUAN, Puerto Rico(AP )".
PLACE_AND_SOURCE = re.compile(rf"^[{UPPER}][{UPPER}'’. -]{{1,30}}(?:, [{UPPER}][\w'’.-]+(?: [{UPPER}][\w'’.-]+)?)?,?"
                              r"(?: \d{1,2}(?: [A-Za-z]{3,4}\.?)?)? ?"
                              r"\([\w.&' -]{2,30}\)\s*[-–—:]?$")  # "CIUDAD DE MÉXICO(El Universal)" too
TWO_WORD_PLACE = re.compile(rf"^(?:Den|Le|La|Les|Los|Las|El|San|Santa|Santo|São|Saint|St\.|Sankt|Bad|Port|Fort|"
                            rf"Porto|Rio) [{UPPER}][\w'’-]+$")
# A match's result as a results page or a live ticker heads it: "SCHALKE - DORTMUND 0:0 (0:0)", "Molde – Haugesund
# 3-1 (2-1)". A result, not a headline: the report under it may have its own. ("Leicester 1-0 Chelsea", the
# score between the teams, is a headline's shape, and stays one.)
# So is a score after each team, as Irish and British papers head a match report ("England 15 Ireland 24", "Cork 1-12
# Kerry 0-13 (after extra time)", a club's county in brackets), or one team's hurling score alone ("Limerick 1-31").
_TEAM = r"[A-Z][\w'’.-]*(?: (?:\([^()]{2,20}\)|[\w'’.-]+)){0,4}"
_SCORE = r"(?:\d{1,2}-\d{1,2}|\d{1,3})"
SCORE_LINE = re.compile(r"^[^\d\n]{2,40}\s[-–]\s[^\d\n]{2,40}:?\s\d{1,2}[:–-]\d{1,2}"
                        r"(?:\s*\(\d{1,2}[:–-]\d{1,2}(?:,\s?\d{1,2}[:–-]\d{1,2}){0,4}\))?$"  # and each period's
                        rf"|^(?:FT: |HT: )?{_TEAM} {_SCORE} {_TEAM} {_SCORE}(?: \([^()]{{3,30}}\))?$"
                        r"|^[A-Z][\w'’.-]*(?: [\w'’.]+){0,3} \d{1,2}[-–]\d{1,2}$")  # "Napoli-Juventus 5-1"
INITIALS_END = re.compile(r", (?:[A-Z]\.){2,3}$")  # a place's state in initials ("Kamloops, B.C."), not a stop
TERMINAL = re.compile(r"[.!?…。！？][\"'”’»)\]」』]*$")
# Chinese and Japanese write no spaces between words: their characters are counted, two to a word
# (a 20-character headline is about ten words long), and "。！？" end their sentences.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
CJK_END = re.compile(r"[。！？][」』）)]*(?=\S)")
OPEN_END = re.compile(r"[,;:–—-]$")
# "City –", "CITY (Agency) -", "(CNN)", "Madrid, 18 abril (EFE).-", "Praha - ": the article has begun. A
# hyphen glued to a word is a compound's ("Gewerkschaft, Wirtschafts- und Arbeiterkammer ..."), no dateline's.
# A place in capitals and a colon opens a sentence too ("SINGAPORE: A man was charged ..."), as Singapore's and
# India's outlets write it; the kickers a headline may open with in capitals, in the corpus's languages, are no
# place ("URGENTE: Barragem ...", "EILMELDUNG: ...").
KICKER_WORDS = ("BREAKING|WATCH|EXCLUSIVE|UPDATE|UPDATED|VIDEO|VIDEOS|LIVE|OPINION|ANALYSIS|PHOTOS?|LISTEN|READ|"
                "EDITORIAL|REVIEW|INTERVIEW|COMMENT|EXPLAINER|EXPLAINED|NEW|JUST IN|POLL|QUIZ|WARNING|ALERT|URGENT|"
                "FLASH|REVEALED|PICTURED|REPORT|FACT CHECK|FACT-CHECK|OFFICIAL|CONFIRMED|UPDATES|BREAKING NEWS|"
                "URGENTE|ÚLTIMA HORA|EXCLUSIVO|EXCLUSIVA|EXCLUSIF|EXKLUSIV|ESCLUSIVO|AO VIVO|EN VIVO|EN DIRECT|"
                "EN DIRECTO|DIRETO|DIRECTO|EILMELDUNG|AKTUELL|VÍDEO|VÍDEOS|VIDÉO|FOTOS|OPINIÃO|OPINIÓN|ENTREVISTA|"
                "KOMMENTAR|ANALYSE|ANÁLISIS|ANÁLISE|ATUALIZADO|ACTUALIZADO|ALERTA|POLÊMICA|POLÉMICA|TRIBUNE|ÉDITO|"
                "REPORTAGE|INFO|ULTIM'ORA|ULTIMA ORA|URGENT|BOMBA|VEJA|ASSISTA|MIRA|ATENÇÃO|ATENCIÓN|ACHTUNG|"
                "FAKE|FALSO|VERDADE|MENTIRA|NOTA|AVISO")
DATELINE = re.compile(
    r"^(?:\((?:CNN|AP|AFP|Reuters|dpa|EFE|ANSA)\)|\d{4} [–—] "
    rf"|[{UPPER}][\w.'’-]*(?:[ /][{UPPER}][\w.'’-]*){{0,3}}"
    r"(?:, [\w. ]{1,25})?(?: \([\w./ -]{2,20}\))?(?:\.-+|\.?\s?[–—]+|\.?\s-+) )")
# Only where a first line opens on it: under a first line, a caption's kicker in capitals looks the same
# ("NEW MURAL: Jane Roe stands in front of ...").
COLON_DATELINE = re.compile(rf"^(?!(?:{KICKER_WORDS}):)[{UPPER}]{{3,}}(?: [{UPPER}]{{2,}}){{0,2}}: (?=[{UPPER}])")
# A photo caption carries its credit: "... Boris Johnson. Photo: Bloomberg", "(AP Photo)", "Efrem Lukatsky/AP",
# or, without a colon, the credit word, the photographer and the outlet to end the line: "... in Den Haag.
# Beeld Anna Smit / de Volkskrant", "Foto Marco Rossi / Ansa", or the photographer and the outlet in brackets
# to end it: "... in Galveston. (Jane Roe/The Daily Star via AP)".
WIRE_CAPTION_DATE = (r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+)?"
                     r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                     r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+\d{1,2},\s+(?:19|20)\d\d")
# A wire's picture credit, its agency and the photographer after a slash ("REUTERS/Jane Roe", "EPA-EFE/JANE ROE"),
# as it closes a caption after its stop (CAPTION here; flows/stages/captions.py cuts it off).
# The Spanish and Catalan agencies a caption names after a slash ("... Barcelona / Europa Press", "... / ACN"): a
# caption's credit unless a stop comes before it, where dev's wire copy signs off ("... segundo o relatório. / EFE").
SLASHED_AGENCY = r"(?<![\s.!?”\"»])\s+/\s(?:Europa Press|EFE|ACN|Agencias)"
# A Malaysian caption's agency and its picture after a dash ("... 19 December 2021. — Bernama pic", round 99's), as
# CAPTION here and captions.glued_credit read it.
AGENCY_PIC = r"(?:Bernama|AFP|Reuters|AP|EPA|Bernama file|AFP file|File) pic"
AGENCY_AND_PHOTOGRAPHER = (r"(?:EFE/EPA|EPA-EFE|EFE-EPA|EPA-EPA|EPA|EFE|AFP|AP|ANSA|XINHUA|Xinhua|REUTERS|Reuters|"
                           rf"dpa|THE CANADIAN PRESS|THE ASSOCIATED PRESS)/\s?[{UPPER}][\w .'’-]{{2,40}}"
                           r"(?:/(?:Archivo|Arquivo|Archiv|File))?")  # round 111's "EFE/Jane Roe/Archivo"
CAPTION = re.compile(r"(?:\b(?:" + "|".join(f"{w.capitalize()}|{w.upper()}" for w in PHOTO_CREDIT_WORDS) + r")\s*:\s*\S"
                     # "(foto: X)", "(Express photo: X)"
                     r"|\((?:[A-Z][\w]+ )?(?i:foto|photo|bild|beeld|image|imagen|imagem|archieffoto|archiefbeeld)\s*:"
                     # a picture library's credit in capitals to end it: "... in Paris on June 28 GETTY IMAGES"
                     r"|\s(?:GETTY IMAGES|ALAMY|REX FEATURES|SHUTTERSTOCK)$"
                     # or its source after its stop: "... declares victory. Source: AP"
                     r"|[.!?]\s+Source:\s?(?:AP|AAP|AFP|Reuters|Getty Images|EPA|SBS News|SBS)(?:\s?/\s?[^/]{2,40})*$"
                     # a source in brackets to end it, "... on May 21, 2020. (Source: Reuters)"
                     r"|[.!?]\s\((?i:source|image source|photo source)\s?:\s?[^()]{2,40}\)\s*$"
                     # a caption's own label ("caption ... source Reuters", "Legende: ...", "Agrandir Les vents ...")
                     rf"|^caption\s.{{3,200}}\ssource\s\S|^Legende:\s|^(?:Agrandir|Vergrößern|Enlarge|Ampliar)\s+[{UPPER}]"
                     r"|^(?i:image copyright)"  # the BBC's credit run into its caption: "image copyrightPA Media ..."
                     # a photographer's name in brackets after the caption's stop: "... geimpft werden. (Jane Roe)"
                     rf"|[.!?]\s\([{UPPER}][\w'’-]+(?: [{UPPER}][\w'’-]+){{1,2}}\)$"
                     r"|\b[Ff]ile photo\s*:\s*\S|\scrédit photo\s?:\s?\S"  # "... File photo: AP", Boursorama's
                     # round 109's caption that says what the picture is: "File photo of the Pope presiding ..."
                     r"|^(?:An? )?(?:[Ff]ile|[Aa]rchive|[Ss]tock) (?:photo|picture|image)s? of\s"
                     r"|\s\|\s?(?i:photo|image|picture) from:?\s\S"  # India Today's "... district | Photo from REUTERS"
                     # "... June 17, 2020. Jane Roe/Pool via REUTERS"; a Brazilian credit first: "Reprodução/redes
                     # sociais Ônibus queimado ..."
                     r"|\svia (?:REUTERS|Reuters|AP|AFP|Getty Images)$"
                     r"|\s\((?:Alamy|Getty Images|Shutterstock|iStock|imago images)\)$"  # round 114's "... (Alamy)"
                     r"|\s•\s(?:Reuters|AP|AFP|ČTK|Profimedia|Getty Images|EPA|Shutterstock)$"  # round 79's, iSport's
                     rf"|{SLASHED_AGENCY}$"  # round 92's
                     # round 95's "... Jane Roe | EUROPAPRESS", round 105's Japan Times "... Shinzo Abe. | BLOOMBERG"
                     r"|\s\|\s(?:EUROPAPRESS|EUROPA PRESS|EFE|AFP|REUTERS|BLOOMBERG|KYODO|JIJI|AFP-JIJI)$"
                     # round 73's: a French credit after a dash ("... des Pyrénées. - Jane Roe/SIPA"), Europa Press's
                     # archive caption ("Archivo - ... - EUROPA PRESS - Archivo"), the AP's with its mark ("(AP
                     # Photo/Jane Roe) AP")
                     r"|\s[-–—]\s[A-Z][\w'’ .-]{1,30}/(?:SIPA|AFP|AP|MAXPPP|Belga|ANP|Reuters)$"
                     r"|^Archivo - .{5,200} - EUROPA PRESS"
                     r"|\([^()]{2,60}(?:/| via )[^()]{2,60}\) AP$"
                     r"|^(?:Reprodução|Divulgação)(?:\s?/\s?[\w ]{2,30}?)?\s(?=[^\W\d_])"
                     r"|©|Ⓒ|/\s?(?:AP|AAP|AAPIMAGE|AFP|Reuters|Getty Images|EPA|dpa|ANP|EFE|Bloomberg|PAP|AOP|ČTK|CTK|"
                     r"NTB|COURTESY|Lehtikuva|ANSA|Belga|APA|Keystone|Agerpres|MTI|TASR|Shutterstock|Alamy|iStock|iStockphoto)\b"
                     r"|\((?:AP|AFP|Reuters|Getty Images|EPA|dpa|DPA|EFE)(?: Photo)?\)\s*$"
                     # the credit first ("Getty Images Special counsel ..."); a German picture's note at the end, and
                     # round 130's Danish and Dutch archive marks ("... 1. oktober. (Arkivfoto)")
                     r"|^(?:[A-Z]\w+ via )?Getty Images [A-Z]"  # round 117's: "NurPhoto via Getty Images Una ..."
                     # round 123's: Business Insider's agency and photographer after the caption ("... nach.
                     # picture alliance / Jane Roe | John Doe"), 20 Minutes' after a dash ("... - J. Roe / Example")
                     r"|[.!?]\spicture alliance\s?/\s?[^/|]{2,40}(?:\s\|\s[^/|]{2,40})?$"
                     r"|\s[-–—]\s[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,2}\s/\s(?:[A-Z][\w-]+ )?(?:Presse|Press|TV Globo|"
                     r"Globo|Photos?|Fotos?|Images|Agency|Agência|Agencia|Divulgação|Reprodução)$"
                     r"|\((?:künstliche Darstellung|Symbolbild|Archivbild|Archivfoto|Archiv|Arkivfoto|Arkivbild|"
                     r"Arkivbilde|Archieffoto)\)\.?$"
                     # the agency first, then the subject's name alone: "(Afp) John Elkann"
                     r"|^\((?i:afp|ap|ansa|efe|dpa|epa|reuters|lapresse)\) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}$"
                     r"|\([A-Z][\w ]{1,20}\)\s?/\s?(?i:vídeo|video|foto):\s?\S{2,30}$"  # "J. ROE (EFE) / VÍDEO: EFE"
                     rf"|\(\s?[{UPPER}][^()/]{{1,40}}/\s?[{UPPER}][^()]{{1,60}}\)\s*$"  # "( AFP / Jane Roe )" too
                     rf"|\((?:dpa|afp|epa|apa)\s?/\s?[{UPPER}][^()]{{1,60}}\)\s*$"  # "(dpa/ Jane Roe)"
                     # "(imago images/Jane Roe)", "(picture alliance/dpa)"
                     r"|\((?:imago images|imago-images|imago|picture alliance|picture-alliance)\s?/[^()]{1,60}\)\s*$"
                     # an agency and its photographer after the caption's stop: "... 2018. EPA-EFE/JANE ROE"
                     rf"|(?:[.!?]|\d{{4}})\s+{AGENCY_AND_PHOTOGRAPHER}$"  # or "REUTERS/Jane Roe"
                     # the Dutch papers' credit after the caption: "... Beeld Guus Dubbelman/de Volkskrant"
                     r"|[.!?]\s+Beeld\s+[A-Z][^.!?]{1,60}$"
                     # Brazilian sites' credit "Reprodução" run into the caption, before it or after a slash; an
                     # Italian caption's label, "In foto: ...", "Nella foto: ..."
                     r"|^Reprodução\s+[A-ZÀ-Ý]|[a-zà-ú]\s?Reprodução$|/\s?Reprodução\b|^(?i:in foto|nella foto):\s"
                     r"|[a-zà-ú'’](?:Divulgação|Reprodução)/[A-Z]"  # "... em PantanalDivulgação/Globo"
                     r"|\bvia (?:AP|AFP|Reuters|Getty Images)\)\s*$|[.!?]\s+(?:Foto|Fotos|Photo|Bild)\s*$"
                     r"|(?:[.!?]\s+(?:[•|]\s*)?|\s[•|]\s*)[Ff]ot\.\s+[A-Z]"  # Polish: ". • Fot. Jan Roe"
                     # The Times' credit in capitals ("... walk out tomorrow TIMES PHOTOGRAPHER JANE ROE"), the
                     # Indian Express's file picture ("... in L Ward, comprising Kurla. (File)")
                     r"|\s(?:TIMES )?PHOTOGRAPHER [A-Z]+(?: [A-Z]+){1,2}$|\s\(File(?: photo)?\)$"
                     r"|\s[-–]\sANP$"  # the Dutch agency's picture after a dash: "Ravage na de rellen - ANP"
                     # a French or Italian caption's people and their day, no verb: "Jane et John Roe, le 29 juin 2020"
                     r"|^[^.!?:]{3,80}, (?:le|il) \d{1,2}(?:er)? (?i:janvier|février|mars|avril|mai|juin|juillet|août|"
                     r"septembre|octobre|novembre|décembre|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|"
                     r"settembre|ottobre|novembre|dicembre) \d{4}\.?$"
                     # "... 57-22. Source / Sky Sport", "... golden thread (pic: Jane Roe)"; a Taiwanese site's caption,
                     # "▲川普在臉書 ...。(圖/達志影像/美聯社)"
                     r"|[.!?]\s+(?:Source|Photo|Photos|Video|Picture)\s*/\s*[A-Z]|\((?:pic|pics|picture)\s*:\s*[A-Z][^()]{1,40}\)\s*$|^▲"
                     r"|\((?:圖|图)[/／][^()]{1,40}\)\s*$"
                     # a credit in brackets to end it: "... (City of Prince Rupert photo)", "(Source: example.vn)"
                     r"|\([^()]{1,50}\s(?i:photo|foto|photograph)\)\s*$"
                     r"|\((?i:photo|foto) (?:courtesy|by)\b[^()]{0,60}\)\s*$"
                     r"|\((?i:source|nguồn|fuente|fonte|quelle|bron|źródło|zdroj)\s*:\s*[^()]{2,60}\)\s*$"
                     # Brazilian and Kenyan credits: "... - Divulgação/Jane Roe", "(crédito: Jane Roe/CB)",
                     # "Photos/ Jane Roe"
                     r"|\s-\s(?:Divulgação|Reprodução|Arquivo)\b[^.]{0,80}$"
                     # an agency alone after the stop, or a date and the outlet: "... de The Beatles. EFE",
                     # "... del ranquin. 16.09.2021, Sputnik Mundo"
                     r"|[.!?]\s+(?:EFE|AFP|EPA|ANSA|REUTERS|Reuters)$"
                     # a photographer and the agency after a dash: "... à Damas — JOSEPH EID AFP"
                     rf"|\s—\s(?:[{UPPER}][{UPPER}.'’ /-]+\s)?(?:AFP|AP|SIPA|MAXPPP|Reuters)$"
                     rf"|[.!?]\s+\d{{1,2}}\.\d{{1,2}}\.\d{{4}},\s+[{UPPER}][\w'’-]+(?: [{UPPER}][\w'’-]+){{0,2}}$"
                     r"|\((?i:crédito|credito|crédit)\s*:\s*[^()]{2,80}\)\s*$"
                     rf"|\b(?:Photos?|Fotos?)/ ?[{UPPER}][\w'’-]+(?: [{UPPER}][\w'’-]+){{0,3}}$"
                     # a picture agency in capitals closes it, after the caption's own words: "... a shared
                     # interest and purpose GETTY IMAGES", as The Times prints one
                     r"|[a-z.,;)]\s+(?:GETTY IMAGES|ALAMY|ALAMY STOCK PHOTO|SHUTTERSTOCK|REX FEATURES|PA WIRE|"
                     r"PA MEDIA)$"
                     # or the photographer's name in capitals, after its full stop: "... en su memoria. JANE ROE"
                     rf"|[a-zà-ÿ]\.\s+[{UPPER}]{{2,}}(?: [{UPPER}'’-]{{2,}}){{1,2}}$"
                     # a photographer and the picture's owner close it: "... em ação pelo Flamengo Marcelo
                     # Cortes/Flamengo"
                     rf"|[a-zà-ÿ]\s+[{UPPER}][\w'’-]+(?: [{UPPER}][\w'’-]+){{1,2}} ?/ ?[{UPPER}][\w.]+"
                     rf"(?: [{UPPER}][\w.]+)?$"  # or after a dash: "... Recopa Gaúcha 2023 - Jane Roe/Grêmio"
                     rf"|\w\s[-–—]\s[{UPPER}][\w'’-]+(?: [{UPPER}][\w'’-]+){{1,2}} ?/ ?[{UPPER}][\w.]+"
                     rf"(?: [{UPPER}][\w.]+)?$"
                     # a wire picture's caption closes on its place and date: "... in New York City, U.S.,
                     # December 12, 2023.", "... in Edmonton, Alberta, Monday, Jan. 30, 2017."
                     rf"|(?<!day),\s+{WIRE_CAPTION_DATE}\.\s*$"
                     # an archive or stock picture's mark: "... en særlig hilsen i forruden. Arkivfoto"
                     r"|[.!?]\s+(?:Arkivfoto|Archivfoto|Archivbild|Arkivbild|Arkivbilde|Symbolfoto|Symbolbild|"
                     r"Genrefoto|File photo|Archive photo)\s*$"
                     # an archive picture's credit, the credit word compounded: "... offentligheden. Arkivfoto:
                     # Allan Nørregaard"; a credit after a dash: "... Foto – LETA", "... 2021. — Picture by Jane Roe"
                     r"|\b(?:Arkivfoto|Archivfoto|Archivbild|Arkivbild|Arkivbilde|Symbolfoto|Symbolbild|Pressefoto)\s*:\s*\S"
                     rf"|[.!?]\s+(?:Foto|Photo|Bild|Fotó)\s*[–—-]\s*[{UPPER}][\w.]*(?: [\w.]+){{0,3}}$"
                     rf"|\s[–—―-]\s*(?:Picture|Photo|Photograph|Pic|Image)s? (?:by|via) [{UPPER}][\w.'’/@-]+"
                     rf"(?: [{UPPER}][\w.'’-]+){{0,3}}$"
                     rf"|\s[–—―]\s*{AGENCY_PIC}$"
                     # "... en Den Haag. Beeld ANP", "... le Bordelais. — SERGE POUZET/SIPA"
                     rf"|[.!?]\s+(?:Beeld|Foto|Photo|Bild) [{UPPER}][\w.'’-]*(?: [{UPPER}][\w.'’-]*){{0,2}}$"
                     rf"|\s[–—]\s*[{UPPER}][{UPPER} .'’-]+/[{UPPER}][\w.]+$"
                     rf"|\b(?:Photo|Foto|Bild|Beeld) [{UPPER}][\w.'’-]+(?: [\w.'’-]+){{1,4}} / [\w.'’ -]{{2,30}}$"
                     # a photo's enlarge button, glued to its caption: "Een stembiljet gaat in de stembus. vergroot"
                     r"|[.!?]\s+(?:vergroot|enlarge|vergrößern|agrandir|ampliar|ingrandisci|powiększ)$)")
# A sentence ends at . ! ? before a capital, not after an initial, a day number ("am 5. Juli") or an
# abbreviation ("Mr.", "proc.").
SENTENCE_END = re.compile(rf"[.!?…][\"'”’»)]*\s+(?=[\"'“‘«(]?[{UPPER}0-9])")
NOT_AN_END = re.compile(rf"(?:^|[\s(])(?:[{UPPER}]|\d{{1,2}}|"
                        r"Mr|Mrs|Ms|Dr|Dra|Drs|St|Jr|Sr|Sra|Srta|No|Nr|vs|bzw|ca|proc|ul|Sen|Gen|Gov|Prof|Ing|Lic|"
                        r"etc|EE\.UU|z\.B|u\.a|S\.A)$")
# A live blog's entry opens with its time ("•7:00 Polls open", "6.58 Uhr: Ergebnis in Bayern", "22:00 horas."):
# such a first line is the blog's latest entry, never its headline.
ENTRY_TIME = re.compile(r"^[•·*–-]?\s*(?:\d{1,2}[:.h]\d{2}|\d{1,2} heures \d{2})"  # "20 heures 45 :", round 80's
                        r"(?:\s*(?:uhr|h|horas|hrs|am|pm|ist|gmt|bst|cet))?\s*"
                        r"(?:[:.|–-]\s*|\s+)\S", re.I)
# An embedded post as the dump keeps it: its picture's address, or its signature ("— PSG Officiel (@PSG_inside)
# 31 août 2017"). Text someone posted, quoted by the article, never the article's headline.
EMBEDDED_POST = re.compile(r"\bpic\.twitter\.com/\w|[—–-]\s*[^()\n]{1,60}\(@\w{1,15}\)\s*\w")
# A question or exclamation of at most five words opening a line: a headline's kicker ("Free at last? ...").
KICKER = re.compile(r"^\S+(?: \S+){0,4}?[!?]\s")
# Title case ("Mata Ratón El Árbol Que Cura El Covid19.") and capitals ("BILL GATES DETENIDO POR ...") set a
# line as a headline in any language with capitals: prose capitalises names, not its verbs and common words.
# A line is in title case when it has MIN_TITLE_CASE_WORDS longer words (4 letters or more), all of them
# capitalised, and fewer than a third of all its words in lower case: its small words ("de", "of", "in")
# only. A short sentence of names ("Real Madrid won the Champions League.") has a third in lower case, and
# German, which capitalises its nouns, passes only when its verbs and adjectives are capitalised too.
MIN_TITLE_CASE_WORDS = 3
MAX_LOWER_SHARE = 1 / 3
LONGER_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")
ANY_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def sentences(line: str) -> int:
    """How many sentences a line holds."""
    text = line.strip()
    ends = [m for m in SENTENCE_END.finditer(text) if not NOT_AN_END.search(text[:m.start()])]
    return len(ends) + len(CJK_END.findall(text)) + 1


def word_count(line: str) -> int:
    """Words of a line: its space-separated tokens, plus half its Chinese and Japanese characters."""
    return len(line.split()) + len(CJK.findall(line)) // 2


def starts_with_dateline(line: str) -> bool:
    return bool(DATELINE.match(line.strip()))


# Round 91's: a wire's dateline with no dash, its place in capitals and its outlet in brackets ("BERGEN (VG) Ifølge
# VGs opplysninger ...", as the Norwegian papers open).
BRACKETED_DATELINE = re.compile(rf"^[{UPPER}]{{3,}}(?:[ /-][{UPPER}]{{2,}}){{0,2}} \([\w./ -]{{2,20}}\) (?=[{UPPER}])")


def opens_on_a_dateline(line: str) -> bool:
    """The article's first paragraph, opening on its dateline, dashed or bracketed."""
    return starts_with_dateline(line) or bool(BRACKETED_DATELINE.match(line.strip()))


def opens_on_colon_dateline(line: str) -> bool:
    return bool(COLON_DATELINE.match(line.strip()))


BRACKETED = re.compile(r"\s*\([^()]*\)")


def plain_dateline(line: str) -> bool:
    """A dateline no headline is taken for: one word or capitals ("BERLIN –", "Wien –"), as a news round-up's
    items open, each with its own. Several capitalised words before a dash may be a German headline's nouns
    ("Gegen Slowaken Klizan – Mögliche zweite Runde ...")."""
    match = DATELINE.match(line.strip())
    head = BRACKETED.sub("", match.group(0)).rstrip(" –—-.") if match else ""  # "Berne (Niedersachsen) –"
    return bool(head) and (len(head.split()) == 1 or head.isupper())


def title_cased(candidate: str) -> bool:
    """Every longer word capitalised (function words like "of", "de", "la" may stay small), or the whole
    line in capitals: a headline's setting, not a sentence's."""
    longer, words = LONGER_WORD.findall(candidate), ANY_WORD.findall(candidate)
    return (len(longer) >= MIN_TITLE_CASE_WORDS and all(w[:1].isupper() for w in longer)
            and sum(w[:1].islower() for w in words) < MAX_LOWER_SHARE * len(words))


def mid_text(candidate: str) -> bool:
    """Signs that the line starts inside a text or glues two together: a closing quote never opened
    ('Erraram no beabá do direito constitucional".'), a doubled stop ("..", "?."), or a list's bullet or a
    dialogue's dash before it ("- Confirmados mais oito casos ...": a bulleted standfirst's first point)."""
    text = candidate.strip()
    opened = any(q in text[:-2] for q in "\"“«„")
    closes = bool(re.search(r"[\"”»][.!?]?$", text))
    return (closes and not opened) or bool(re.search(r"(?:\.\.|[?!]\.)$", text)) or text[:2] in ("- ", "• ", "– ")


def starts_mid_sentence(candidate: str) -> bool:
    """A line that opens on a stop, taken from inside a sentence (". Il fiume Po in secca ..."). One in lower
    case may still be a headline: some sources write theirs so ("el final de los juicios de Núremberg")."""
    return candidate.strip()[:1] in (".", ",", ";", "…")


# A line without final punctuation this long is a dek or a paragraph cut short, not a headline.
MAX_BARE_HEADLINE_WORDS = 25
# Short questions and exclamations are headlines ("What's next for next-gen consoles?"); few
# articles open with one.
MAX_ASKING_WORDS = 15


def headline_shaped(candidate: str, words: int) -> bool:
    """No final stop (or a short question or exclamation), and short. A place's state in initials after it ends a
    headline without a stop (round 117's "... injured in Kamloops, B.C."); "in the U.S." may end a sentence."""
    text = candidate.rstrip("\"'”’»)")
    if text.endswith(("?", "!")) and words <= MAX_ASKING_WORDS:
        return True
    stop = TERMINAL.search(candidate) and not INITIALS_END.search(candidate.rstrip())
    return not stop and not OPEN_END.search(candidate) and words <= MAX_BARE_HEADLINE_WORDS
