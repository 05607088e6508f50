"""Synthetic news corpora with planted problems: `python -m benchmarks corpus`.

`generate(folder, articles, seed)` writes the articles and `manifest.json`;
`score(report, manifest)` (in `benchmarks.corpus.score`) says which planted
problems a report found.
"""

from benchmarks.corpus.generator import Summary, generate

__all__ = ["Summary", "generate"]
