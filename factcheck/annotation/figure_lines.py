"""The lines around a figure, read as a key-figure block: a figure alone on its line
under a short label line ("Unit sales" above "1.8 million") is what the label names."""

from __future__ import annotations

import re

from factcheck.extraction.patterns import is_han

DIGIT = re.compile(r"\d")
LABEL_WORDS = 4  # words of a key-figure block's label line ("Employees worldwide")
HAN_LABEL = 6  # characters of such a label in Chinese ("息税前利润")
# A figure's line: a currency sign or code, the number, a scale word, a sign after it.
FIGURE_LINE = re.compile(
    r"\s*(?:[^\w\s]{1,3}|[A-Z]{2,3}\$?)?\s?\d[\d.,]*\s?(?:[^\W\d_]+\.?)?\s?[^\w\s]{0,3}\s*"
)


class FigureLines:
    """The lines around a figure, to read a key-figure block: figures alone on their
    lines and short label lines ("Unit sales"), one after the other."""

    def __init__(self, text: str, span: tuple[int, int]) -> None:
        self.text, self.span = text, span
        self.start = text.rfind("\n", 0, span[0]) + 1
        end = text.find("\n", span[1])
        self.end = len(text) if end < 0 else end

    def alone(self) -> bool:
        """Whether the figure stands alone on its line."""
        text, (lo, hi) = self.text, self.span
        return not (text[self.start : lo].strip() or text[hi : self.end].strip())

    def below(self) -> tuple[int, int]:
        end = self.text.find("\n", self.end + 1)
        return self.end + 1, len(self.text) if end < 0 else end

    def above(self) -> tuple[int, int]:
        return self._line_before(self.start)

    def labelled(self, line: tuple[int, int]) -> bool:
        return line[0] < line[1] and self._label(*line)

    def opens_with_a_figure(self) -> bool:
        """Whether the block of label and figure lines above opens with a figure."""
        line, figure_line = self.above(), True
        while line[1] > 0:
            if self._label(*line):
                figure_line = False
            elif self._figure(*line):
                figure_line = True
            else:
                break
            line = self._line_before(line[0])
        return figure_line

    def _line_before(self, start: int) -> tuple[int, int]:
        """The line that ends right before the one starting at `start`."""
        end = max(0, start - 1)
        return self.text.rfind("\n", 0, end) + 1, end

    def _label(self, lo: int, hi: int) -> bool:
        line = self.text[lo:hi].strip()
        if not line or DIGIT.search(line):
            return False
        if any(is_han(ch) for ch in line):
            return len(line) <= HAN_LABEL
        return len(line.split()) <= LABEL_WORDS

    def _figure(self, lo: int, hi: int) -> bool:
        """A line holding one figure alone ("€145.6 billion", "145,6 Mrd. €", "1456亿欧元"),
        not a heading with a year ("Key figures 2024")."""
        return FIGURE_LINE.fullmatch(self.text, lo, hi) is not None
