"""Bytes to text: byte order marks, strict UTF-8, then charset detection.

Old archives come in legacy code pages (cp1252 German and Dutch, GBK and Big5
Chinese); detection is charset-normalizer's job, not a hand-written guesser. A file
that is not text at all is refused with an `InputError` naming it, so the caller can
skip it and say why.
"""

from __future__ import annotations

import codecs
import re

from factcheck.errors import InputError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Our languages are written in Western European or Chinese encodings. charset_normalizer
# on its own often names a look-alike code page (cp1250, mac_latin2) whose decoding of
# Dutch or German accents differs, so these are tried first; the full search is the fallback.
_PREFERRED = ["utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be", "cp1252", "gb18030", "big5"]
_WIDE = ["utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be"]
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_SAMPLE = 65_536
_CONTROL_SHARE = 0.01
# Valid UTF-8 is rare in binaries, so a scrape with a NUL per line is still text.
_STRAY_NUL_SHARE = 0.05
_DEFAULT_CHAOS = 0.2  # charset_normalizer's own default threshold
_CHINESE_CODECS = frozenset({"gb18030", "gbk", "gb2312", "big5", "big5hkscs", "cp950", "hz"})
_IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")

Decoded = tuple[str, str]  # (text, codec name)


def decode_bytes(data: bytes, path: str) -> Decoded:
    """Decode a file's bytes to (text, encoding name), refusing files that are not text.

    A byte order mark is trusted first, then strict UTF-8 (the common case, and
    unambiguous), then charset_normalizer. NUL bytes only occur in text encoded as
    UTF-16/32, so elsewhere they mark a binary file, unless they are a few stray
    ones in valid UTF-8.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                reason = f"cannot decode: invalid {encoding} after its byte order mark"
                raise InputError(path, reason) from None
            name = "utf-8-sig" if bom == codecs.BOM_UTF8 else encoding
            return _require_text(text, path), name
    if b"\x00" in data:
        found = _detect(data, _WIDE) or _stray_nul(data)
        if found is None:
            raise InputError(path, "cannot decode: not a text file (contains NUL bytes)")
    else:
        try:
            found = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            found = _detect(data, _PREFERRED, any_chaos=True) or _detect(data, None)
        if found is None:
            raise InputError(path, "cannot decode: not a text file (no text encoding fits)")
    text, encoding = found
    return _require_text(text.removeprefix("\ufeff"), path), encoding


def _stray_nul(data: bytes) -> Decoded | None:
    """Valid UTF-8 with a few NUL bytes is a text damaged in transit, not a binary.

    Each NUL becomes U+FFFD, one character for one, so offsets still match the file
    and "5\\x006" cannot read as the number 56.
    """
    if data.count(b"\x00") > _STRAY_NUL_SHARE * len(data):
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text.replace("\x00", "\ufffd"), "utf-8"


def _detect(data: bytes, isolation: list[str] | None, any_chaos: bool = False) -> Decoded | None:
    """charset_normalizer's best plausible decoding among `isolation` (None: all).

    With `any_chaos` even candidates that look messy are ranked: a short Dutch text
    such as "één 5" scores as chaotic in cp1252, and is then left with only the
    Chinese misreadings that `_plausible` rejects.
    """
    import charset_normalizer  # only for a file that is not UTF-8: most never load it

    threshold = 1.0 if any_chaos else _DEFAULT_CHAOS
    for match in charset_normalizer.from_bytes(data, cp_isolation=isolation, threshold=threshold):
        try:
            decoded = data.decode(match.encoding), codecs.lookup(match.encoding).name
        except (UnicodeDecodeError, LookupError):
            continue
        if _plausible(*decoded):
            return decoded
    return None


def _plausible(text: str, encoding: str) -> bool:
    """False for a Chinese decoding of Western text, which the detector cannot rule out.

    In GBK or Big5 every pair of accented Latin-1 bytes is one ideograph, so Dutch
    "één" reads "澭n" without a single invalid byte. A Chinese article is written
    mostly in ideographs; a Chinese decoding that scatters a few ideographs among
    more Latin letters is such a misreading. (German written in GB18030 decodes to
    Latin letters only and stays plausible.)
    """
    if encoding not in _CHINESE_CODECS:
        return True
    sample = text[:_SAMPLE]
    ideographs = len(_IDEOGRAPH.findall(sample))
    return ideographs == 0 or ideographs > len(_LATIN_LETTER.findall(sample))


def _require_text(text: str, path: str) -> str:
    """Reject decoded text full of control characters: some binaries decode without error."""
    sample = text[:_SAMPLE]
    if "\x00" in sample:
        raise InputError(path, "cannot decode: not a text file (contains NUL characters)")
    if len(_CONTROL.findall(sample)) > _CONTROL_SHARE * len(sample):
        raise InputError(path, "cannot decode: not a text file (control characters)")
    return text
