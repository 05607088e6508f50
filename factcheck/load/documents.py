"""Reading one input: bytes, decoded text, the text factcheck reads (HTML visible
text, Markdown masked), its language and publication date."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from factcheck.errors import InputError
from factcheck.load.decode import decode_bytes
from factcheck.load.htmltext import html_to_text
from factcheck.load.inputs import (
    HTML_SUFFIXES,
    MARKDOWN_SUFFIXES,
    InputItem,
    _walk_inputs,
    os_reason,
)
from factcheck.load.language import detect_language, normalise_language
from factcheck.load.markdown import mask_markdown
from factcheck.load.pubdate import find_publication_date
from factcheck.models import Document, Skipped

log = logging.getLogger("factcheck")


def read_document(path: Path, display: str, lang: str | None = None) -> Document:
    """Read, decode and prepare one file; `lang` (any spelling) overrides detection.

    HTML is reduced to its visible text with a map back to the file; Markdown is
    masked in place; anything else is taken as plain text.
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
    text, source_map = raw, ()
    if suffix in HTML_SUFFIXES:
        text, source_map = html_to_text(raw)
    elif suffix in MARKDOWN_SUFFIXES:
        text = mask_markdown(raw)
    return Document(
        path=display,
        lang=normalise_language(lang) if lang else detect_language(text),
        text=text,
        date=find_publication_date(raw if suffix in MARKDOWN_SUFFIXES else text),
        encoding=encoding,
        source_map=source_map,
        source=raw,
        sha256=hashlib.sha256(data).hexdigest(),
    )


def load_documents(
    paths: Iterable[str | Path], lang: str | None = None
) -> Iterator[Document | Skipped]:
    """Stream Documents for every input; unreadable or binary files become `Skipped`.

    A missing top-level path raises `InputError` before anything is read: that is
    a mistake in the command, not a property of one file.
    """
    lang = normalise_language(lang) if lang else None
    for item in _walk_inputs(paths):
        yield load_input(item, lang)


def load_input(item: InputItem, lang: str | None = None) -> Document | Skipped:
    """Read one walked input; a file that cannot be read becomes `Skipped`.
    `lang` must already be normalised (`normalise_language`)."""
    if isinstance(item, Skipped):
        return item
    path, display = item
    try:
        return read_document(path, display, lang)
    except InputError as exc:
        return Skipped(path=display, reason=exc.reason)
    except Exception as exc:  # a bug must cost one file, not the run
        return failed(display, exc)


def failed(display: str, exc: Exception) -> Skipped:
    """A file that broke factcheck itself: skipped with the error in one line.

    The traceback goes to the `factcheck` logger (the CLI shows it with --debug), so
    the other files are still read and the report says which one was lost and why.
    """
    log.debug("failed on %s", display, exc_info=exc)
    detail = " ".join(str(exc).split())[:200]
    return Skipped(path=display, reason=f"internal error: {type(exc).__name__}: {detail}")


def load_bytes(data: bytes, suffix: str, display: str, lang: str | None) -> Document | Skipped:
    """`load_input` for bytes the caller has read: a file that cannot be decoded (or
    breaks factcheck) becomes `Skipped`."""
    try:
        return document_from_bytes(data, suffix, display, lang)
    except InputError as exc:
        return Skipped(path=display, reason=exc.reason)
    except Exception as exc:  # a bug must cost one file, not the run
        return failed(display, exc)
