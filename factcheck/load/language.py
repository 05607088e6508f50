"""Which of the four supported languages a text is written in, and how sure that is.

Every later stage (numeral grammar, scale words, hedges) is chosen per language,
so a wrong guess silently produces wrong numbers: read as German, "50 billion"
is 5 x 10^13. Detection therefore says when it is not sure, and names the
languages the text may be in, so a caller can read it in each and keep only what
they agree on.

The evidence, cheapest first: a Han-character share decides Chinese; function,
number and news words (`lexicon/language_cues.yaml`) decide most other texts
without loading any model; only what they leave open goes to lingua's confidence
values, weighed together with the cues. Loading lingua's short-text models costs
about half a second, which the command line should not pay for clear cases.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from factcheck.errors import ConfigError
from factcheck.load.language_cues import CueCounts, count_cues
from factcheck.models import LANGUAGES

if TYPE_CHECKING:
    from lingua import LanguageDetector

SUPPORTED_LANGUAGES: tuple[str, ...] = LANGUAGES
# The languages written in Latin script, which the cues and lingua tell apart.
LATIN_LANGUAGES: tuple[str, ...] = ("en", "de", "nl")

# How much text detection looks at: the opening of an article says enough, and a
# bound keeps a 1 MB input as cheap as a short one.
_SAMPLE_CHARS = 4000
_SCAN_CHARS = 20_000
# Chinese news quotes Latin brand names ("OpenAI", "GPU") freely; a modest share
# of Han characters among the letters is already decisive.
_HAN_SHARE = 0.15
# Cues alone decide when a language has this many words no other language lists
# and at most one word against it per this many of its own: a short sentence must
# be unanimous, a page may quote a foreign name or two.
_OWN_CUES = 2
_OWN_PER_AGAINST = 4
# With lingua: each cue word multiplies a language's odds by this much, and the
# weighed share that makes an answer sure (it also needs a cue of its own and
# none against it: lingua alone takes short English headlines for German).
_CUE_ODDS = 16.0
_SURE_SHARE = 0.9
# An unsure answer names every language with at least this share (two at least).
_CANDIDATE_SHARE = 0.02

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")  # one ideograph
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


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """What detection concluded: the best guess, whether it is sure, and when it is
    not, the languages the text may be in (best first, the guess among them).

    Sure answers have one candidate, their language; unsure ones at least two, so a
    caller can read the text in each and keep what the readings agree on.
    """

    language: str
    sure: bool
    candidates: tuple[str, ...]

    def __post_init__(self) -> None:
        if not self.candidates or self.candidates[0] != self.language:
            raise ValueError(f"{self.language!r} must head the candidates {self.candidates!r}")
        if self.sure != (len(self.candidates) == 1):
            raise ValueError("a sure guess has exactly one candidate, an unsure one several")

    @classmethod
    def certain(cls, language: str) -> LanguageGuess:
        return cls(language, True, (language,))

    @classmethod
    def among(cls, candidates: tuple[str, ...]) -> LanguageGuess:
        return cls(candidates[0], False, candidates)


def detect_language(text: str) -> str:
    """The best guess at the language of `text`, sure or not ("en" when there is
    nothing to go on); `identify_language` also says how sure it is."""
    return identify_language(text).language


def identify_language(text: str) -> LanguageGuess:
    """The language of `text` with how sure detection is (see `LanguageGuess`).

    Only a bounded opening sample is read, with whitespace runs collapsed so that
    layout (blank lines, masked markup) does not eat the sample. A text without
    letters (figures only) could be any Latin-script language.
    """
    sample = _SPACE.sub(" ", text[:_SCAN_CHARS]).strip()[:_SAMPLE_CHARS]
    letters = sum(1 for ch in sample if ch.isalpha())
    if letters == 0:
        return LanguageGuess.among(LATIN_LANGUAGES)
    if len(HAN.findall(sample)) > _HAN_SHARE * letters:
        return LanguageGuess.certain("zh")
    cues = count_cues(sample)
    return _by_cues(cues) or _by_confidence(sample, cues)


def configured_or_detected(text: str, lang: str | None) -> LanguageGuess:
    """A configured language (any spelling) is sure by definition; else detect."""
    return LanguageGuess.certain(normalise_language(lang)) if lang else identify_language(text)


def _by_cues(cues: CueCounts) -> LanguageGuess | None:
    """The language the cue words alone settle, if they do."""
    best = max(LATIN_LANGUAGES, key=lambda lang: (cues.own[lang], cues.listed[lang]))
    own = cues.own[best]
    if own >= _OWN_CUES and cues.against[best] * _OWN_PER_AGAINST <= own:
        return LanguageGuess.certain(best)
    return None


def _by_confidence(sample: str, cues: CueCounts) -> LanguageGuess:
    """lingua's confidence values weighed with the cue words: sure only when the
    weighed share is high and the cues back the answer without contradiction."""
    shares = _weighed_shares(_confidences(sample), cues)
    ranked = sorted(LATIN_LANGUAGES, key=lambda lang: -shares[lang])
    top = ranked[0]
    if shares[top] >= _SURE_SHARE and cues.own[top] > 0 and cues.against[top] == 0:
        return LanguageGuess.certain(top)
    plausible = [lang for lang in ranked if shares[lang] >= _CANDIDATE_SHARE]
    return LanguageGuess.among(tuple(ranked[: max(2, len(plausible))]))


def _weighed_shares(confidences: dict[str, float], cues: CueCounts) -> dict[str, float]:
    """Each language's share once its cue words weigh in (computed in logarithms:
    a page holds hundreds of cues). Languages lingua rules out keep a share of 0."""
    logs = {
        lang: math.log(confidences[lang]) + cues.listed[lang] * math.log(_CUE_ODDS)
        for lang in LATIN_LANGUAGES
        if confidences.get(lang, 0.0) > 0.0
    }
    if not logs:
        return dict.fromkeys(LATIN_LANGUAGES, 1 / len(LATIN_LANGUAGES))
    peak = max(logs.values())
    odds = {lang: math.exp(value - peak) for lang, value in logs.items()}
    total = sum(odds.values())
    return {lang: odds.get(lang, 0.0) / total for lang in LATIN_LANGUAGES}


def _confidences(sample: str) -> dict[str, float]:
    """lingua's confidence in each Latin-script language for `sample`."""
    values = _detector().compute_language_confidence_values(sample)
    return {value.language.iso_code_639_1.name.lower(): value.value for value in values}


@cache
def _detector() -> LanguageDetector:
    """Build the lingua detector once, for the Latin-script languages only (the Han
    share decides Chinese). Its models load on first use: the expensive part."""
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(
        Language.ENGLISH, Language.GERMAN, Language.DUTCH
    ).build()
