"""A person's name in the shapes a page gives it outside a sentence: alone ("Jane Roe"), with an initial, as a letter's
signature with the writer's town, or in the writer's note that closes an article. Patterns with nothing decided: where a
name stands says whether it is a byline (flows/stages/positions.py) or over the article (flows/stages/openers.py).
"""

from __future__ import annotations

import re

from flows.stages.vocabulary import UPPER

# A person's name alone, two or three words ("Jane Hunt", "Michael Percha", "Anne de Vries"): a byline only where
# the page says so, over the article's date stamp or right under its headline (flows/stages/positions.py); alone
# it may be a subhead.
NAME_ALONE = re.compile(rf"^[{UPPER}][\w'’-]+(?: (?:de|da|do|dos|van|von|der|den|di|del|la|le|ul|ud|al|el|bin|ibn|"
                        rf"[{UPPER}]\.))?"
                        rf"(?: [{UPPER}][\w'’-]+){{1,2}}$")
# A letter's signature, closing it: the writer's name and town on the last two lines ("Jane Roe" / "North
# Albany"), or a first name and an initial alone ("Giovanni M."). A name alone ends a quotation as often
# ("Nelson Mandela" under his words), and stays.
SIGNATURE_PLACE = re.compile(rf"^[{UPPER}][\w'’.-]+(?: [{UPPER}][\w'’.-]+){{0,2}}"
                             rf"(?:, [{UPPER}][\w'’.-]+(?: [{UPPER}][\w'’.-]+)?)?$")  # "Fryeburg, Maine"
NAME_AND_INITIAL = re.compile(rf"^[{UPPER}][\w'’-]+ [{UPPER}]\.$")
# A letter's signature on one line: the writer's name, the town, maybe the state ("Jane Roe, Catonsville, Md.",
# "Jane Roe • Vandalia, Ill.", "John Doe Jr., New York"); a letters page signs each of its letters so.
LETTER_SIGNATURE = re.compile(rf"^[{UPPER}][\w'’-]+(?: (?:[{UPPER}]\.|de|van|von|[{UPPER}][\w'’.-]+)){{1,3}}"
                              rf"\s?[,•]\s?[{UPPER}][\w'’.-]+(?: [{UPPER}][\w'’.-]+){{0,2}}"
                              r"(?:, (?:[A-Z][a-z]{0,3}\.(?:[A-Z]\.)?|[A-Z]{2}))?$")
# The writer's note that closes an article: "Jane Roe covers health and higher education." Further up such a line
# is the article's own ("Angus Young covers politics for Hull's local newspaper and said ...").
WRITER_NOTE = re.compile(rf"^[{UPPER}][\w'’-]+(?: [{UPPER}]\.)?(?: [{UPPER}][\w'’-]+){{1,2}} "
                         r"(?:covers|writes about|reports on"  # round 94's: "Jane Roe is a Tribune-Review staff writer"
                         r"|is an? (?:[\w'’-]+ ){0,3}(?:staff writer|staff reporter|reporter|correspondent))\b")
MAX_WRITER_NOTE_WORDS = 15
# A guest writer's note ("Guest columnist Jane Roe is a comedian and writer"): the article's writer, introduced.
# ("The writer was a regular at the café" may be a report about a writer: only a columnist's note counts.)
GUEST_WRITER_NOTE = re.compile(r"^(?i:guest columnist|guest writer|guest contributor|columnist)\s"
                               r"[^.]{2,60}?\bis (?:an? |the )")
MAX_GUEST_NOTE_WORDS = 30
# A writer's box, as F.A.Z. prints it under the article: "Jane Roe Korrespondentin für Sport in Berlin." A sentence
# puts a comma or an article between a name and its post ("Jane Roe, Korrespondentin ...").
WRITER_BOX = re.compile(rf"^[{UPPER}][\w'’-]+(?: [{UPPER}][\w'’-]+){{1,2}} "
                        r"(?:Korrespondent|Redakteur|Herausgeber)(?:in)?\b.{0,80}$")
# A writer's picture and its alt text run together: "Jane Roe by Jane Roe".
NAME_BY_ITSELF = re.compile(rf"^(?P<name>[{UPPER}][\w'’-]+(?: [{UPPER}][\w'’-]+){{1,2}}) by (?P=name)$")
