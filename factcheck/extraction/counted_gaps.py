"""What may stand between a number and the noun it counts (`counted_gap` in
lexicon/units.yaml): "120,000 of the company's newest accelerators", "200.000 der
begehrten Chips", "5 万块最新的芯片", and the total of a part ("35 of the 150 seats")."""

from __future__ import annotations

import re

from factcheck.extraction.patterns import alternation
from factcheck.lexicon import load_table, words

SPACE = r"[ \t\u00a0\u2009\u202f]"


def counted_gap(table: dict, lang: str) -> str:
    """One word that may stand between a number and the noun it counts."""
    listed = [w for w in words(table.get("words") or {}, lang)]
    suffixes = [w for w in words(table.get("suffixes") or {}, lang)]
    if lang == "zh":  # "5 万块最新的芯片", "1.5万颗英伟达H100芯片"
        return (
            rf"[\u4e00-\u9fff]{{1,6}}的"
            rf"|[\u4e00-\u9fff]{{1,4}}(?={SPACE}*[A-Z])"
        )
    options = [rf"(?i:{alternation(listed)})"] if listed else []
    if suffixes:
        options.append(rf"[a-zà-ÿ][\w'’-]*(?:{'|'.join(re.escape(x) for x in suffixes)})(?![\w])")
    options.extend(rf"(?:{form})(?![\w])" for form in words(table.get("participles") or {}, lang))
    if lang == "de":  # German nouns are capitalised: any lowercase word is a modifier
        options.append(r"[a-zäöüß][\w-]*")
    stops = [*words(table.get("stops") or {}, lang), *number_words(lang)]
    never = rf"(?!(?i:{alternation(stops)}))" if stops else ""
    return rf"{SPACE}+{never}(?:{'|'.join(options)})" if options else "(?!)"


def of_total(table: dict, lang: str) -> str:
    """The words between a part and its total: "35 of the 150 seats", "ten of its 15"."""
    linking = words(table.get("of_total") or {}, lang)
    return rf"(?i:{alternation(linking)})" if linking else "(?!)"


def total_number(lang: str) -> str:
    """The total's number of "35 of the 150 seats", with the hedge and scale word it
    may carry: "10,5 miljoen van de bijna 13,5 miljoen kiesgerechtigden"."""
    hedges = words(load_table("hedges").get("before") or {}, lang)
    scales = [w for row in load_table("scales") for w in words(row, lang) if not row.get("tight")]
    hedge = rf"(?:(?i:{alternation(hedges)}){SPACE}+)?" if hedges else ""
    scale = rf"(?:{SPACE}+(?i:{alternation(scales)})(?![\w-]))?" if scales else ""
    return rf"{hedge}\d[\d.,]*{scale}"


def one_modifier(table: dict, lang: str) -> str:
    """Any one lowercase word right before the counted noun: "19,656 blank votes",
    "vijf zware aardbevingen" (German needs none: its gap takes any lowercase word)."""
    if lang not in ("en", "nl"):
        return ""
    function_words = words(load_table("units").get("bare_before") or {}, lang)
    stops = [*words(table.get("stops") or {}, lang), *function_words, *number_words(lang)]
    never = rf"(?!(?i:{alternation(stops)})(?![\w'’-]))" if stops else ""
    return rf"(?:{SPACE}+{never}[a-zà-ÿ][\w'’-]*)?"


def number_words(lang: str) -> list[str]:
    """Number words: no word between a number and its noun is one ("vijf brandweermannen
    en drie bewoners" counts firemen and residents apart)."""
    table = load_table("number_words")
    return [w for row in table["cardinals"] for w in words(row, lang) if not row.get("article")]
