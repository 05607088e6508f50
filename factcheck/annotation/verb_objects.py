"""Objects by word order: German and Dutch keep the subject before the object, so of
two names with only a verb between them the second is the object."""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.annotation.roles import Mention

# German and Dutch keep the subject before the object: of two names with only a verb
# between them ("BYD schlägt Tesla", "Nvidia verslaat Apple"), or none after an
# inverted verb ("2023 überholte BYD Tesla"), the second is the object. German
# capitalises nouns, so a lower-case word there is the verb.
VERB_OBJECT_LANGUAGES = frozenset({"de", "nl"})
_VERB = r"[a-zäöüßàáèéëïíóòúç]+"
ONE_VERB = re.compile(rf"[ \t]+{_VERB}[ \t]+")
INVERTED = re.compile(rf"(?<![\w-]){_VERB}[ \t]+\Z")  # "überholte |BYD| Tesla"


def verb_objects(mentions: list[Mention], text: str, lang: str) -> list[Mention]:
    """The mentions with a name right after "name verb" marked as an object."""
    if lang not in VERB_OBJECT_LANGUAGES:
        return mentions
    kept: list[Mention] = []
    for mention in mentions:
        before = kept[-1] if kept else None
        if (
            before is not None
            and before.direct
            and mention.direct
            and (
                ONE_VERB.fullmatch(text, before.end, mention.start)
                or (
                    text[before.end : mention.start] == " "
                    and INVERTED.search(text, max(0, before.start - 30), before.start)
                )
            )
        ):
            mention = replace(mention, oblique=True)
        kept.append(mention)
    return kept
