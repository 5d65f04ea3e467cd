"""A picture's credit glued to the end of its caption, for the chrome step (flows/stages/chrome.py): "... on the
picket line. Picture: PA", "... outside court (Jane Roe/PA)", "... in Jezero crater. (Photo: AFP/Getty Images)",
"... a Budapest hotel © MTI / Jane Roe", after the caption's stop "... August 27, 2017. REUTERS/Jane Roe". The
credit is chrome; the caption, a sentence about the picture, is the article's and stays. Only the credit's own
shapes are read, at the very end of a line that holds a caption's words before them: a sentence never ends in
"Picture: PA" or "© MTI", and a bracket of its own ("(EU/UK)", "(Penguin Books/Random House)") names no picture
agency after its slash.
"""

from __future__ import annotations

import re

from flows.stages.shapes import AGENCY_AND_PHOTOGRAPHER, AGENCY_PIC, SLASHED_AGENCY
from flows.stages.vocabulary import AGENCIES, UPPER

# The credit's word and its colon, then the photographer or the agency: "Photo: Reuters", "Picture: PA",
# "Pic: Jane Roe", "Fotó: Jane Roe/MTI/MTVA", "Photograph: Jane Roe", "(Credit: Example Police)", German captions'
# "Quelle: Jane Roe/dpa"; short, with initials' stops at most.
# Romanian "Sursa foto: Facebook/ Example", a chart's "Screendump: Example"; the Polish "Fot. Jane Roe / Agency"
# has a stop, not a colon; India Today's "| Photo from REUTERS" a bar; "Bildrechte: ...", "(Crédits : Example)", a
# bar before the credit ("... (España). | Fuente: EFE/AFP"); "Source:" only with a picture's slash ("... in Manila
# Source: JANE ROE/AFP/Getty Images", the Polish "Źródło: Jane Roe/example.pl"), as a timeline's "... 2017: Roam
# like at Home Source: European Commission" is the article's.
WORDED = (r"(?:[|/]\s?)?(?:(?i:Photo|Photograph|Picture|Pic|Foto|Fotó|Kuva|Image|Bild|Photo credit|Picture credit"
          r"|Image credit|Credit|Quelle|Sursa foto|Screendump|Bildrechte|Crédits?|Fuente)\s?:|(?i:Fot)\."
          r"|\|\s?(?i:photo|image|picture) from:?|(?:Photo|Picture|Video) /)"  # round 92's NZ "... Photo / Supplied"
          # round 99's: the agency in brackets after the photographer ("Foto: Jane Roe (Keystone)"); round 110's
          # agency in lower case ("(Foto: dpa)")
          rf"\s?(?:[{UPPER}\d][^!?:;()]{{1,60}}(?:\s?\([{UPPER}][\w .'’/-]{{1,30}}\))?|dpa\b)")
# In brackets: the same ("(Photo: AFP/Getty Images)"), an outlet's photo ("(Reuters Photo)", "(Express
# photo/Jane Roe)"), a photographer "by" ("(Photo by Jane Roe/Getty Images)", "(Photo credit should read ...)"),
# a name and the picture's outlet after a slash ("(Jane Roe/PA)", "(JANE ROE/AFP/Getty Images)"), or a source via
# an agency ("(Example Satellite via AP)", round 91's "(Court TV via AP, Pool)", round 113's "(API vía AP)"), the agency
# before its photographer (round 91's "(REUTERS/Jane Roe)"), the outlet (group "outlet") checked against the agencies.
# Round 110's: the copyright sign and its holder in brackets ("(©Jane Roe - AFP)"), dpa's picture library ("(picture
# alliance / Jane Roe / dpa)").
BRACKETED = (rf"\((?:{WORDED}|[©Ⓒ]\s?[{UPPER}][^()©]{{1,60}}|(?i:picture alliance)\s?/[^()]{{2,80}}"
             # round 112's Boursorama, spaces inside its brackets: "( AFP / JANE ROE )", "( Example Office / Handout )"
             r"|\s(?:AFP|AP|EPA|REUTERS|Reuters|[A-Z][\w ]{2,30}\s/\sHandout)(?:\s/\s[A-Z][^()/]{2,40})?\s"
             rf"|[{UPPER}][\w'’.-]*(?: (?i:file))? (?i:photo|image|pic|foto)"
             # round 103's Indian Express: "(Express photo: Jane Roe)", "(Express File photo by Jane Roe)"
             rf"(?:\s?[/:]\s?[{UPPER}][^()]{{1,60}}| by [{UPPER}][^()]{{1,60}})?"
             rf"|(?:Photo|Picture|Image) by [{UPPER}][^()]{{1,60}}|Photo credit should read [{UPPER}][^()]{{1,60}}"
             r"|(?i:foto|imagen|imagem)\s?:\s?(?:captura|archivo|arquivo|cortesía|especial)\b[^()]{0,40}"  # round 99's
             rf"|[{UPPER}][\w'’.-]*(?: [{UPPER}][\w'’.-]*){{0,3}} v[ií]a (?:AP|AFP|Reuters|Getty Images|PA)(?:, Pool)?"
             rf"|(?:REUTERS|Reuters|AFP|EFE|EPA|ANSA|AP|Télam|TÉLAM)\s?/\s?"
             rf"[{UPPER}][\w'’.-]+(?: [{UPPER}][\w'’.-]+){{1,3}}"
             rf"|[{UPPER}][\w'’.-]*(?: [{UPPER}][\w'’.-]*){{1,3}}\s?/\s?(?P<outlet>[{UPPER}][^()]{{1,60}}))\)")
# The copyright sign and its holder: "© MTI / Jane Roe", "© Jane Roe/LUSA".
COPYRIGHT = rf"[©Ⓒ]\s?[{UPPER}][^©Ⓒ!?]{{1,60}}"  # the circled letter too: "... gerestaureerd. Ⓒ ANP"
# After the caption's stop: an agency and its photographer ("... August 27, 2017. REUTERS/Jane Roe"), a
# photographer "by" ("... on Monday. Photo by Jane Roe/UPI").
# The Dutch papers' "... poorten. Beeld EPA", the Spanish "... medallas. Imagen EFE",
# NRC's "... vitrine. Foto Jane Roe / ANP", dpa's photographer first: "... Fähler". Jane Roe/dpa/Archivbild", a
# Canadian magazine's "... on April 29. Photo, Jane Roe/AFP/Getty Images.".
AFTER_STOP = (rf"(?<=[.!?”\"])\s+(?:{AGENCY_AND_PHOTOGRAPHER}|Photo by [{UPPER}][^!?]{{2,50}}"
              rf"|Beeld [{UPPER}][^.!?]{{1,60}}|Imagen (?:EFE|AFP|EP|Europa Press|Reuters)"
              rf"|Foto [{UPPER}][^.!?:]{{1,50}}|Photo, [{UPPER}][^!?/]{{2,40}}/[^!?]{{2,50}}"
              r"|(?i:keystone)(?:\s?/\s?[^.!?]{2,40})?"  # the Swiss agency: "... in Bern. KEYSTONE/JANE ROE"
              rf"|[{UPPER}][\w'’-]+ [{UPPER}][\w'’-]+/(?i:dpa|afp|ap|epa|ansa|efe|anp)"
              r"(?:/[\w-]{2,20}){0,2})")
# After a dash, as Malaysian sites credit: "... on September 27, 2020. ― Picture by Jane Roe", "... — Picture via
# Twitter/@example", "... — Bernama pic".
# Brazilian sites' handout or reproduction: "... em Brasília - Divulgação/Jane Roe".
DASHED_BY = (rf"\s[-–—―]\s?(?:(?:Picture|Photo|Photograph|Pic) (?:by|via) [{UPPER}][^!?]{{2,50}}"
             rf"|{AGENCY_PIC}"
             r"|(?:Divulgação|Reprodução)(?:\s?/\s?[^!?]{2,50})?)")
SOURCE_SLASHED = rf"(?:Source|Źródło)\s?:\s?[{UPPER}][^!?:;()/]{{1,40}}/[^!?:;()]{{1,40}}"
GLUED_CREDIT = re.compile(rf"(?:(?<=\S)\s+(?:{WORDED}|{BRACKETED}|{COPYRIGHT}|{SOURCE_SLASHED})|{SLASHED_AGENCY}"
                          rf"|{AFTER_STOP}|{DASHED_BY})\.?$")
# The outlets of pictures besides the news agencies (AGENCIES): the picture desks and broadcasters whose credit
# follows a photographer's name in brackets.
PICTURE_OUTLETS = frozenset({"getty images", "pa wire", "pa media", "pa", "the canadian press", "radio-canada", "cbc",
                             "nurphoto", "sopa images", "zuma press", "zuma wire", "bloomberg", "handout", "ap photo",
                             "afp via getty images", "reuters photo", "epa-efe", "anadolu agency", "xinhua"})
MIN_CAPTION_WORDS = 4  # what stands before the credit is a caption of a few words at least, not a credit's label
MAX_CREDIT_WORDS = 10


def glued_credit(line: str) -> str:
    """The credit glued to the end of the caption on `line`, with the space before it, or ""."""
    text = line.rstrip()
    match = GLUED_CREDIT.search(text)
    if match is None or len(match.group(0).split()) > MAX_CREDIT_WORDS \
            or len(text[:match.start()].split()) < MIN_CAPTION_WORDS:
        return ""
    outlet = match.group("outlet")
    if outlet and not _picture_outlet(outlet):
        return ""
    return line[match.start():]


def _picture_outlet(outlet: str) -> bool:
    """Does the part after a name's slash name where pictures come from ("AFP/Getty Images", "NBC via Getty
    Images"), not a pair of the sentence's own names ("Random House")?"""
    parts = [part.strip() for part in outlet.casefold().split("/")]
    return not AGENCIES.union(PICTURE_OUTLETS).isdisjoint(parts) or " via " in parts[-1]
