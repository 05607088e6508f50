"""Which script a Chinese text is written in: Traditional (Hong Kong, Taiwan, Macau)
or Simplified (the mainland, Singapore), told by the characters only one of the two
has (hanzidentifier's tables). Whose "元" a bare amount is follows from it: a
mainland outlet's 元 is the yuan even in a story that names Hong Kong dollars."""

from __future__ import annotations

import hanzidentifier

HAN = range(0x4E00, 0xA000)  # the CJK unified ideographs


def in_traditional_script(text: str) -> bool:
    """Whether more of the text's distinct characters are Traditional only than are
    Simplified only ("們", "這" against "们", "这"); characters both scripts share
    ("的", "元") count for neither."""
    traditional = simplified = 0
    for char in {c for c in text if ord(c) in HAN}:
        is_traditional = hanzidentifier.is_traditional(char)
        if is_traditional != hanzidentifier.is_simplified(char):
            traditional += is_traditional
            simplified += not is_traditional
    return traditional > simplified
