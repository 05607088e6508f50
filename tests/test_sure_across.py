"""A disagreement between articles is sure only when a figure sure of its subject and
period stands on each side in different articles: one article's sure figures held
against another article's unsure one (a subject guessed from the article) make none."""

from __future__ import annotations

from factcheck.checks.compare import Comparison
from factcheck.checks.context import CheckContext
from factcheck.checks.sides import Sides
from factcheck.checks.value_conflict import _sure_across
from factcheck.models import Attribute, ReportClaim, Subject


def _claim(index: int, value: float, file: str, sure: bool = True) -> ReportClaim:
    return ReportClaim(
        id=f"c{index}",
        file=file,
        start=index,
        end=index + 1,
        text=f"{value:g}%",
        value=value,
        low=value,
        high=value,
        unit="percent",
        lang="en",
        sentence=(index, index + 1),
        time="2023",
        subject=Subject(["Huawei"]),
        subject_sure=sure,
        attribute=Attribute(name="revenue_change"),
    )


def _sides(*claims: ReportClaim, left: int) -> tuple[CheckContext, Sides]:
    context = CheckContext({c.id: c for c in claims})
    comparison = Comparison("conflict", 1.8)
    return context, Sides(list(claims[:left]), list(claims[left:]), comparison, False, False)


def test_sure_figures_of_one_article_against_an_unsure_one_are_not_sure() -> None:
    """bnnbreaking's 9.6 % and its consumer unit's 17.3 % (both sure) against
    computerweekly's 17.3 % (unsure): only one article is sure of both sides."""
    context, sides = _sides(
        _claim(1, 9.6, "a.txt"), _claim(2, 17.3, "a.txt"), _claim(3, 17.3, "b.txt", sure=False),
        left=1,
    )  # fmt: skip
    assert not _sure_across(context, sides)


def test_sure_figures_of_two_articles_are_sure() -> None:
    context, sides = _sides(_claim(1, 9.6, "a.txt"), _claim(2, 17.3, "b.txt"), left=1)
    assert _sure_across(context, sides)


def test_one_articles_figures_alone_are_left_to_the_within_rules() -> None:
    context, sides = _sides(_claim(1, 9.6, "a.txt"), _claim(2, 17.3, "a.txt"), left=1)
    assert _sure_across(context, sides)
