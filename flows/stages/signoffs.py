"""A wire's sign-off glued to the end of the article, for the chrome step (flows/stages/chrome.py): "... he said.
– Bernama", "... at London brokerage PVM.— AFP", "... bremsen. (dpa/jW)", "... wirksam sein./sk/DP/he" (dpa-AFX's
editors' initials), "... (©NPK)", "... Derby County. EFE-EPA", "... reconduite. TF1 | Reportage J. Roe". The
sign-off credits the text and is chrome; the sentence before it is the article's and stays. Only the article's last
line is read, and only after its final stop: inside a body "(Reuters)" may close a video's caption that the source
keeps (the second corpus holds one), and a line's end elsewhere is the article's.
"""

from __future__ import annotations

import re

from flows.document import Document, Removal
from flows.stages.vocabulary import AGENCIES

_AGENCY = "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True))
# After the stop: a dash and the agency, one or two ("– Bernama", "-Bernama", "— AFP/Reuters", "― Bernama"); the
# agency in brackets with its editors' initials or its copyright sign ("(dpa/jW)", "(©NPK)", "(AFP)"); dpa-AFX's
# initials ("/sk/DP/he": the writer's, the desk's, the editor's). An agency alone after the stop only in its
# capitals: "... Derby County. EFE-EPA". Not APA's dated sign-off, "(APA, 4.10.2015)": dev's Austrian sources keep
# it as text.
SIGN_OFF = re.compile(rf"(?<=[.!?\"”’)])\s?(?:[-–—―]\s?(?i:{_AGENCY})(?:\s?/\s?(?i:{_AGENCY}))?"
                      # the agency in brackets after its dash ("... al merito. - (PRIMAPRESS)"), the source's site run
                      # into the closing quote ("... what I'll do.”example.com", an aggregator's; after a stop it may be
                      # the sentence's own "www.example.com."), the source after a list's last bracket ("...
                      # (Shakhtar Donetsk)Fonte: Example")
                      rf"|[-–—]\s?\((?i:{_AGENCY})\)|(?<=[\"”’])[a-z0-9-]{{3,40}}\.(?:com|org|net)"
                      r"|(?i:fonte|fuente|source|quelle)\s?:\s?[A-Z][\w .-]{1,30}"
                      # a republisher's source glued on ("... as normal.__The Nation", "... in Texas.www.example.com"),
                      # a video's pointer ("... 700 MT daily. Watch the video for more."), a writer's initials alone
                      # after a live story's note ("Die Meldung wird aktualisiert. (ag)"; not "(sic)"), or with its
                      # capital ("(Rpi)", Agenzia Nova's), a German desk's "red" (its Redaktion) after the last stop
                      r"|(?<=[.!?\"”’])(?:_{2}[A-Z][\w .]{2,30}|www\.[a-z0-9-]{2,40}\.(?:com|org|net))"
                      r"|Watch the video for (?:more|details)|\((?!sic\))[A-Za-z][a-z]{1,2}\)|(?<=[.!?\"”] )red"
                      # a republisher's link to its source, a broadcaster's courtesy, a picture's credit closing the
                      # text ("... zweiter Wahlgang statt. © Foto: Jane Roe")
                      r"|(?i:source|fonte|fuente|quelle)\s?:\s?https?://\S+|\((?i:courtesy) [A-Z][\w .]{1,30}\)"
                      r"|©\s?(?i:foto|photo|bild):\s?[A-Z][\w .-]{1,30}"
                      # The Week's sources: "... Research. [The Wall Street Journal, CNBC]"
                      r"|\[[A-Z][\w.' ]{1,40}(?:, [A-Z][\w.' ]{1,40}){0,4}\]"
                      rf"|\((?:©\s?)?(?i:{_AGENCY})(?:\s?/\s?[\w.-]{{1,12}}){{0,3}}\)"
                      r"|/[a-z]{2,3}(?:/[A-Za-z]{2,3}){1,3}"
                      # a wire's writers in brackets ("(Rédigé par Jane Roe et John Doe)"), a TV news desk's report
                      # credit ("TF1 | Reportage J. Roe, J. Doe"), the agencies in capitals alone ("EFE-EPA", "AFP")
                      r"|\((?i:rédigé|écrit|édité) par [^()]{2,120}\)|[A-Z0-9][\w+]{1,10} \| Reportage [^|]{2,80}"
                      # round 109's Reuters French desk: "(Jane Roe version française John Doe)"
                      r"|\([A-Z][^()]{2,60} version française [A-Z][^()]{2,120}\)"
                      # a wire's credits in brackets (round 86's): "(Reporting by Jane Roe; Editing by John Doe)"
                      r"|\((?i:reporting|additional reporting|writing|editing|compiled) by [^()]{2,160}\)"
                      # round 87's: a Brazilian story's sources ("(Com informações da Associated Press)"), a live
                      # story's note run into its last sentence ("... da República.Em atualização")
                      r"|\((?i:com|con) informa(?:ções|ciones) d[aoe]s? [^()]{2,80}\)"
                      r"|(?i:em atualização|en actualización)|\((?i:habrá ampliación)\)"  # round 102's EP note
                      r"|(?-i:AFP|AP|EFE|EPA|ANSA|DPA|APA|PAP|ANP)(?:[-/](?-i:AFP|AP|EFE|EPA|ANSA|DPA))?"
                      # a paper's desk and the agencies ("(Tsp, dpa, Reuters)"), the newsroom ("(La redazione)",
                      # round 109's "(Rédaction de Paris)"), an Italian paper's rights ("© RIPRODUZIONE RISERVATA")
                      rf"|\((?:[A-Z][a-z]{{1,4}}, )?(?i:{_AGENCY})(?:, (?i:{_AGENCY})){{1,3}}\)"
                      r"|\((?i:la )?(?i:redazione|redacción|rédaction|redação)(?: de [A-Z][\w-]+)?\)"
                      r"|©\s?(?i:riproduzione riservata)"
                      r"|\.?Per approfondire(?::\s?[^.!?]{5,150})?|\((?i:reportagem|reportaje|reporte) de [^()]{2,60}\)"
                      # EFE's editors' initials after its name ("... urnas. EFE,alr/agc"), a link's bid ("Veja aqui.")
                      r"|(?-i:EFE|AFP|EP),\s?[a-z]{2,4}(?:/[a-z]{2,4}){0,3}"
                      r"|(?i:veja aqui|leia aqui|saiba mais aqui|veja o vídeo)|Com Lusa"  # and round 78's agency
                      r"|/[a-z0-9-]{2,30}\.(?:al|com|net|org|it|gr|ro|bg|hr|rs|mk|si|cz|sk|hu|pl)"
                      r"|/(?:ats|sda|apa|afp)-[a-z]{2,4}"  # the Swiss agency's "... genevois./ats-sbe"
                      # or its writer's initials before it ("... in Silverstone. (pre/sda)")
                      r"|\([^\W\d_]{2,4}/(?i:sda|ats|apa|dpa|afp)\)"
                      # the writer and the agency in brackets: "... entschuldigt. (Jane Roe, dpa)"
                      r"|\([A-Z][\w'’-]+ [A-Z][\w'’-]+, (?i:dpa|afp|apa|ap|reuters|efe|ansa)\))\.?[ \t]*$"
                      # TF1's note on the report's broadcast: "... Ce sujet a été diffusé dans le journal télévisé de
                      # 20H du 04/06/2019 présenté par ... sur TF1. Vous retrouverez au programme ..."
                      r"|(?<=[.!?\"”»])\s?Ce sujet a été diffusé dans le (?:journal télévisé|JT) de \d{1,2}H\b.{0,700}$"
                      # an aggregator's link to its source, with or without a stop before it ("... Leggi su example")
                      r"|\sLeggi su [a-z0-9]{3,30}[ \t]*$")
MIN_SENTENCE_WORDS = 4  # what stands before the sign-off is a sentence, not a credit line of its own


def sign_off(line: str) -> str:
    """The sign-off glued to the end of the article's last line, with the space before it, or ""."""
    match = SIGN_OFF.search(line)
    if match is None or len(line[:match.start()].split()) < MIN_SENTENCE_WORDS:
        return ""
    return line[match.start():]



def cut_sign_off(doc: Document, kept: list[str], ends: list[tuple[int, int]]) -> bool:
    """Cut the sign-off from the article's last line and record it in `doc.removed`; `kept` are the body's
    paragraphs as the chrome step keeps them, `ends` each one's place in the body as it came and its last kept
    line's (a "tail" stands where its line stood: `restore` appends it again). Whether there was one."""
    k = next((k for k in range(len(kept) - 1, -1, -1) if kept[k].strip()), None)
    lines = kept[k].split("\n") if k is not None else [""]
    credit = sign_off(lines[-1])
    if credit:
        lines[-1] = lines[-1][:-len(credit)]
        kept[k] = "\n".join(lines)
        doc.removed.append(Removal("credit", "tail", *ends[k], credit))
    return bool(credit)
