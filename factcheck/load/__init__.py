"""Files and folders in, `Document`s out: finding inputs and reading each one.

Every claim offset points into `Document.text`, so nothing here rewrites text:
decoding (`decode`) keeps newlines as they are, HTML extraction (`htmltext`)
records where each text character came from, and Markdown masking (`markdown`)
blanks syntax with spaces instead of deleting it. A `Document` keeps its decoded
file and the file's sha256, so no later stage reads the file again. Inputs that
cannot be read become `Skipped` records so one bad file does not stop a batch,
and the reason is never dropped silently.

`inputs` walks folders; `documents` reads files; `language` and `pubdate` say
what language a text is in and when it was published; `positions` turns text
offsets into file lines and columns. This package re-exports what callers need.
"""

from factcheck.load.decode import decode_bytes
from factcheck.load.documents import Reading, failed, load_documents, load_input, read_document
from factcheck.load.htmltext import SourceMap, html_to_text, map_offset
from factcheck.load.inputs import (
    HTML_SUFFIXES,
    MARKDOWN_SUFFIXES,
    TEXT_SUFFIXES,
    InputItem,
    iter_input_files,
    iter_inputs,
    os_reason,
)
from factcheck.load.markdown import mask_markdown
from factcheck.load.pubdate import find_publication_date

__all__ = [
    "HTML_SUFFIXES",
    "MARKDOWN_SUFFIXES",
    "TEXT_SUFFIXES",
    "InputItem",
    "Reading",
    "SourceMap",
    "decode_bytes",
    "failed",
    "find_publication_date",
    "html_to_text",
    "iter_input_files",
    "iter_inputs",
    "load_documents",
    "load_input",
    "map_offset",
    "mask_markdown",
    "os_reason",
    "read_document",
]
