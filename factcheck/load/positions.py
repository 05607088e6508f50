"""From claim offsets to the places an editor looks at: file offsets, lines, columns.

Claim offsets point into a document's decoded text. For plain text and Markdown
(masked in place) that is the file itself; for HTML it is the extracted visible
text, which the document's source map takes back to the markup. Lines and
columns are 1-based and counted in characters, as editors and SARIF expect.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import NamedTuple

from factcheck.load import map_offset
from factcheck.models import Claim, Document


class Position(NamedTuple):
    """A span in a file: offsets into its decoded text and where they start and end."""

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True)
class Locator:
    """Maps spans of one document's text to positions in its file."""

    line_starts: tuple[int, ...]
    source_map: tuple[tuple[int, int], ...] = ()

    @classmethod
    def of(cls, source: str, source_map: tuple[tuple[int, int], ...] = ()) -> Locator:
        starts = [0]
        index = source.find("\n")
        while index >= 0:
            starts.append(index + 1)
            index = source.find("\n", index + 1)
        return cls(tuple(starts), source_map)

    def span(self, start: int, end: int) -> Position:
        file_start = map_offset(self.source_map, start)
        file_end = map_offset(self.source_map, end - 1) + 1 if end > start else file_start
        line, column = self.line_column(file_start)
        end_line, end_column = self.line_column(file_end)
        return Position(file_start, file_end, line, column, end_line, end_column)

    def line_column(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    def line_of(self, offset: int) -> int:
        """The 1-based line of a file offset (not a text offset)."""
        return bisect_right(self.line_starts, offset)


def locator_for(document: Document) -> Locator:
    return Locator.of(document.source, document.source_map)


def placed(claim: Claim, position: Position) -> dict[str, object]:
    """The fields of a `PlacedClaim`: the claim's figure at its place in the file."""
    return {
        "file": claim.file or "",
        "line": position.line,
        "column": position.column,
        "end_line": position.end_line,
        "end_column": position.end_column,
        "start": position.start,
        "end": position.end,
        "text": claim.text,
        "value": claim.value,
        "low": claim.low,
        "high": claim.high,
        "unit": claim.unit,
        "approx": claim.approx,
        "bound": claim.bound,
        "subject": claim.subject,
        "attribute": claim.attribute,
        "time": claim.time,
    }
