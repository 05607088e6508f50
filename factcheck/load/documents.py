"""Reading one input: bytes, decoded text, the text factcheck reads (HTML visible
text with its non-main lines as furniture, Markdown masked), its language and
publication date."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.errors import ConfigError, InputError
from factcheck.load.decode import decode_bytes
from factcheck.load.htmltext import html_to_text
from factcheck.load.inputs import (
    HTML_SUFFIXES,
    MARKDOWN_SUFFIXES,
    InputItem,
    _walk_inputs,
    os_reason,
)
from factcheck.load.language import configured_or_detected, normalise_language
from factcheck.load.maincontent import non_main_spans
from factcheck.load.manifest import Manifest, ManifestEntry
from factcheck.load.markdown import front_matter_language, mask_markdown
from factcheck.load.pubdate import find_html_date, find_publication_date
from factcheck.models import Document, Skipped

log = logging.getLogger("factcheck")


def read_document(path: Path, display: str, lang: str | None = None) -> Document:
    """Read, decode and prepare one file; `lang` (any spelling) overrides detection.

    HTML is reduced to its visible text with a map back to the file, the lines
    outside its main content marked as furniture; Markdown is masked in place;
    anything else is taken as plain text.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(display, os_reason(exc)) from None
    return document_from_bytes(data, path.suffix, display, lang)


def document_from_bytes(data: bytes, suffix: str, display: str, lang: str | None) -> Document:
    """The document of a file's bytes (read once, by the caller): decoded, its text
    prepared by kind (`suffix`), with its language, date and content hash."""
    raw, encoding = decode_bytes(data, display)
    suffix = suffix.lower()
    text, source_map, furniture = raw, (), ()
    date = None
    if suffix in HTML_SUFFIXES:
        text, source_map = html_to_text(raw)
        furniture = non_main_spans(raw, text)
        date = find_html_date(raw)  # the markup's date; else the visible text's
    elif suffix in MARKDOWN_SUFFIXES:
        text = mask_markdown(raw)
        lang = lang or _stated_language(raw, display)
    text = plain_hyphens(text)
    return Document(
        path=display,
        **language_fields(text, lang),
        text=text,
        date=date or find_publication_date(raw if suffix in MARKDOWN_SUFFIXES else text),
        encoding=encoding,
        source_map=source_map,
        furniture_spans=furniture,
        source=raw,
        sha256=hashlib.sha256(data).hexdigest(),
    )


def _stated_language(source: str, display: str) -> str | None:
    """The language a Markdown file's front matter states, checked here so that a bad
    value names the file and line."""
    stated = front_matter_language(source)
    if stated is None:
        return None
    value, line = stated
    try:
        return normalise_language(value)
    except ConfigError as exc:
        raise InputError(display, f"line {line}: front matter: {exc}") from None


def text_document(path: str, text: str, lang: str | None = None) -> Document:
    """A document of an in-memory text (rule examples, tests, the API): its language
    given (any spelling) or detected, with the candidates when detection is unsure, and
    its publication date found as in a file's text."""
    text = plain_hyphens(text)
    date = find_publication_date(text)
    return Document(path=path, text=text, date=date, **language_fields(text, lang))


# Typographic hyphens ("fiscal fourth‑quarter", U+2011), one character for one, so that
# every offset still points into the file: the tables write the ASCII hyphen.
HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def plain_hyphens(text: str) -> str:
    """The text with typographic hyphens written as "-"."""
    return text.translate(HYPHENS) if "\u2010" in text or "\u2011" in text else text


def language_fields(text: str, lang: str | None) -> dict[str, Any]:
    """`Document.lang` and `Document.lang_candidates` for `text`: a configured
    language wins; an unsure detection names every candidate, so extraction reads
    the text in each and keeps what they agree on."""
    guess = configured_or_detected(text, lang)
    return {"lang": guess.language, "lang_candidates": () if guess.sure else guess.candidates}


def load_documents(
    paths: Iterable[str | Path], lang: str | None = None
) -> Iterator[Document | Skipped]:
    """Stream Documents for every input; unreadable or binary files become `Skipped`.

    A missing top-level path raises `InputError` before anything is read: that is
    a mistake in the command, not a property of one file.
    """
    reading = Reading.of(lang)
    for item in _walk_inputs(paths):
        yield load_input(item, reading)


@dataclass(frozen=True)
class Reading:
    """How inputs are read: a language forced on all of them, and a sources manifest
    that gives each listed file its publication date (and language). Small and
    picklable: worker processes receive it with every batch."""

    lang: str | None = None
    manifest: Manifest | None = None

    @classmethod
    def of(cls, lang: str | None = None, manifest: Manifest | None = None) -> Reading:
        return cls(normalise_language(lang) if lang else None, manifest)


def load_input(item: InputItem, reading: Reading | None = None) -> Document | Skipped:
    """Read one walked input; a file that cannot be read becomes `Skipped`. A file the
    manifest lists takes its date, and its language when the manifest gives one."""
    if isinstance(item, Skipped):
        return item
    path, display = item
    reading = reading or Reading()
    entry = reading.manifest.entry_for(path) if reading.manifest else None
    try:
        document = read_document(path, display, (entry and entry.lang) or reading.lang)
        return dated(document, entry)
    except InputError as exc:
        return Skipped(path=display, reason=exc.reason)
    except Exception as exc:  # a bug must cost one file, not the run
        return failed(display, exc)


def dated(document: Document, entry: ManifestEntry | None) -> Document:
    """The document with the date its manifest entry gives, if it gives one."""
    if entry is None or entry.date is None:
        return document
    return document.model_copy(update={"date": entry.date})


def failed(display: str, exc: Exception) -> Skipped:
    """A file that broke factcheck itself: skipped with the error in one line.

    The traceback goes to the `factcheck` logger (the CLI shows it with --debug), so
    the other files are still read and the report says which one was lost and why.
    """
    log.debug("failed on %s", display, exc_info=exc)
    detail = " ".join(str(exc).split())[:200]
    return Skipped(path=display, reason=f"internal error: {type(exc).__name__}: {detail}")


def load_bytes(
    data: bytes,
    suffix: str,
    display: str,
    reading: Reading | None = None,
    entry: ManifestEntry | None = None,
) -> Document | Skipped:
    """`load_input` for bytes the caller has read (`entry`: the file's manifest entry):
    a file that cannot be decoded (or breaks factcheck) becomes `Skipped`."""
    lang = (entry and entry.lang) or (reading.lang if reading else None)
    try:
        document = document_from_bytes(data, suffix, display, lang)
        return dated(document, entry)
    except InputError as exc:
        return Skipped(path=display, reason=exc.reason)
    except Exception as exc:  # a bug must cost one file, not the run
        return failed(display, exc)
