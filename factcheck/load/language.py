"""Which of the four supported languages a text is written in.

Every later stage (numeral grammar, scale words, hedges) is chosen per language,
so a wrong guess here silently loses claims. lingua is accurate on short texts;
we restrict it to our four languages so it never answers with one we cannot
parse, and we let a cheap Han-character count decide Chinese before it.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from factcheck.errors import ConfigError
from factcheck.models import LANGUAGES

if TYPE_CHECKING:
    from lingua import LanguageDetector

SUPPORTED_LANGUAGES: tuple[str, ...] = LANGUAGES

# How much text detection looks at: the opening of an article says enough, and a
# bound keeps a 1 MB input as cheap as a short one.
_SAMPLE_CHARS = 4000
_SCAN_CHARS = 20_000
# Chinese news quotes Latin brand names ("OpenAI", "GPU") freely; a modest share
# of Han characters among the letters is already decisive.
_HAN_SHARE = 0.15

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_SPACE = re.compile(r"\s+")
# A BCP 47-like tag: a short primary code plus region/script subtags ("zh-Hans-CN").
_TAG = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{1,8})+")

# Names people and tools use for our languages, beyond the ISO 639-1 codes.
_ALIASES: dict[str, str] = {
    "en": "en", "eng": "en", "english": "en", "englisch": "en", "engels": "en",
    "de": "de", "deu": "de", "ger": "de", "german": "de", "deutsch": "de", "duits": "de",
    "nl": "nl", "nld": "nl", "dut": "nl", "dutch": "nl", "nederlands": "nl",
    "niederländisch": "nl", "flemish": "nl", "vlaams": "nl",
    "zh": "zh", "zho": "zh", "chi": "zh", "cmn": "zh", "chinese": "zh", "cn": "zh",
    "chinesisch": "zh", "chinees": "zh", "中文": "zh", "汉语": "zh", "漢語": "zh",
}  # fmt: skip


def normalise_language(code: str) -> str:
    """Map a user-typed language ("EN", "de-DE", "nl_NL", "zh-Hans", "german") to our code.

    Region and script subtags are dropped because the numeral grammar does not
    differ between them; anything else is a configuration error naming the choices.
    """
    key = code.strip().lower().replace("_", "-")
    if key in _ALIASES:
        return _ALIASES[key]
    if _TAG.fullmatch(key) and key.split("-", 1)[0] in _ALIASES:
        return _ALIASES[key.split("-", 1)[0]]
    raise ConfigError(
        f"unsupported language {code!r}; expected one of {', '.join(SUPPORTED_LANGUAGES)}"
    )


def detect_language(text: str) -> str:
    """Guess the language of `text`: one of en, de, nl, zh ("en" when there is nothing to go on).

    Only a bounded opening sample is read, with whitespace runs collapsed so that
    layout (blank lines, masked markup) does not eat the sample.
    """
    sample = _SPACE.sub(" ", text[:_SCAN_CHARS]).strip()[:_SAMPLE_CHARS]
    letters = sum(1 for ch in sample if ch.isalpha())
    if letters == 0:
        return "en"
    if len(_HAN.findall(sample)) > _HAN_SHARE * letters:
        return "zh"
    found = _detector().detect_language_of(sample)
    if found is None:
        return "en"
    return found.iso_code_639_1.name.lower()


@cache
def _detector() -> LanguageDetector:
    """Build the lingua detector once: loading its models is the expensive part."""
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(
        Language.ENGLISH, Language.GERMAN, Language.DUTCH, Language.CHINESE
    ).build()
