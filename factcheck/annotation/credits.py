"""Picture credits: "(Foto: dpa)", "Photo: Reuters/Annegret Hilse", "（德州克尔郡警长办公室脸书
图片）". The names there took or published the picture; read as mentions, a credit's
"脸书" (Facebook) made Meta the subject of the toll in the next paragraph. Words in
`lexicon/furniture.yaml` (`photo_credits`)."""

from __future__ import annotations

import re
from functools import cache

from factcheck.extraction.patterns import phrase_trie
from factcheck.lexicon import by_language, load_table

CREDIT_REACH = 80  # characters a credit's bracket or line holds
OPENERS, CLOSERS = "(（[", ")）]"


@cache
def _credit_words(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A credit's opening words and colon, and its closing words."""
    table = load_table("furniture")["photo_credits"]
    han = lang == "zh"
    before = phrase_trie(by_language(table["before"], lang), word_edges=not han, ignore_case=True)
    after = phrase_trie(by_language(table["after"], lang), word_edges=not han, ignore_case=True)
    return (
        re.compile(rf"\s*(?:{before})\s*[:：/]", re.IGNORECASE),
        re.compile(rf"(?:{after})\s*$", re.IGNORECASE),
    )


def in_photo_credit(text: str, start: int, end: int, lang: str) -> bool:
    """Whether text[start:end] stands in a picture's credit: a bracket on its line that
    opens with a credit's words and colon or closes with them, or a short line that
    opens with them."""
    opening, closing = _credit_words(lang)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    opened = max(text.rfind(c, line_start, start) for c in OPENERS)
    if opened >= 0 and start - opened <= CREDIT_REACH:
        closed = min((i for c in CLOSERS if (i := text.find(c, end, line_end)) >= 0), default=-1)
        if closed >= 0 and closed - opened <= CREDIT_REACH:
            inside = text[opened + 1 : closed]
            return bool(opening.match(inside) or closing.search(inside))
    return line_end - line_start <= CREDIT_REACH and opening.match(text, line_start) is not None
