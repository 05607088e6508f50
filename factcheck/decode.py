"""Bytes to text: byte order marks, strict UTF-8, then charset detection.

Old archives come in legacy code pages (cp1252 German and Dutch, GBK and Big5
Chinese); detection is charset-normalizer's job, not a hand-written guesser. A file
that is not text at all is refused with an `InputError` naming it, so the caller can
skip it and say why.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

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
_CONTROL_SAMPLE = 65_536
_CONTROL_SHARE = 0.01


def decode_bytes(data: bytes, path: str) -> tuple[str, str]:
    """Decode a file's bytes to (text, encoding name), refusing files that are not text.

    A byte order mark is trusted first, then strict UTF-8 (the common case, and
    unambiguous), then charset_normalizer. NUL bytes only occur in text encoded as
    UTF-16/32, so elsewhere they mark a binary file.
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
        found = _detect(data, _WIDE)
        if found is None:
            raise InputError(path, "cannot decode: not a text file (contains NUL bytes)")
    else:
        try:
            found = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            found = _detect(data, _PREFERRED) or _detect(data, None)
        if found is None:
            raise InputError(path, "cannot decode: not a text file (no text encoding fits)")
    text, encoding = found
    return _require_text(text.removeprefix("\ufeff"), path), encoding


def _detect(data: bytes, isolation: list[str] | None) -> tuple[str, str] | None:
    """charset_normalizer's best guess among `isolation` (None: all), decoded strictly."""
    best = charset_normalizer.from_bytes(data, cp_isolation=isolation).best()
    if best is None:
        return None
    try:
        return data.decode(best.encoding), codecs.lookup(best.encoding).name
    except (UnicodeDecodeError, LookupError):
        return None


def _require_text(text: str, path: str) -> str:
    """Reject decoded text full of control characters: some binaries decode without error."""
    sample = text[:_CONTROL_SAMPLE]
    if "\x00" in sample:
        raise InputError(path, "cannot decode: not a text file (contains NUL characters)")
    if len(_CONTROL.findall(sample)) > _CONTROL_SHARE * len(sample):
        raise InputError(path, "cannot decode: not a text file (control characters)")
    return text
