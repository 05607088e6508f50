"""A wildfire's measures (held-out batch 9, the Maui fires): the land it burned is no
floor area, buildings "被毁" were destroyed, 幢 and 栋 count buildings, a toll in an
article that names no place it knows is no company's (a podcast app's "谷歌播客" in
the page's footer made Google the subject of every count), and "more than 1,000
dead" against "逾千所房屋被毁" is no unit slip."""

from __future__ import annotations

import pytest

from factcheck.models import ReportClaim
from factcheck.runs.reporting import report_texts
from tests.annotating import annotated_claims


def _claim(text: str, lang: str, figure: str) -> ReportClaim:
    return next(c for c in annotated_claims(text, lang) if c.text == figure)


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "In the United States, over 2,100 acres (850 hectares) burned.", "over 2,100 acres"),
        ("de", "In Amerika brannten mehr als 850 Hektar Land.", "mehr als 850 Hektar"),
        ("nl", "In de Verenigde Staten is 850 hectare afgebrand.", "850 hectare"),
        ("zh", "美国官员指出,野火擴散面積已達1000英畝。", "1000英畝"),
        ("zh", "美国有9平方公里的土地被烧焦。", "9平方公里"),
    ],
)  # fmt: skip
def test_the_land_a_fire_burned_is_its_own_measure(lang: str, text: str, figure: str) -> None:
    claim = _claim(text, lang, figure)
    assert claim.attribute is not None and claim.attribute.name == "burned_area"
    assert claim.subject == ("United States",)


@pytest.mark.parametrize(
    ("text", "figure", "unit", "measure"),
    [
        ("美国拉海纳有超过2200座建筑物被毁。", "超过2200座建筑", "building", "buildings_damaged"),
        ("美国当局指拉海纳有超過2200幢建築物焚毀或受損。", "超過2200幢", "building",
         "buildings_damaged"),
        ("地震已造成超过500人死亡,逾千所房屋被毁。", "逾千", "home", "buildings_damaged"),
    ],
)  # fmt: skip
def test_buildings_destroyed_and_counted_in_chinese(
    text: str, figure: str, unit: str, measure: str
) -> None:
    claim = _claim(text, "zh", figure)
    assert (claim.unit, claim.attribute and claim.attribute.name) == (unit, measure)


def test_a_toll_where_no_place_is_known_is_no_companys() -> None:
    text = (
        "州长表示,拉海纳有超过2200座建筑物被毁。死亡人数上升到96人。"
        "欢迎通过苹果播客、谷歌播客随时收听。"
    )
    claim = _claim(text, "zh", "96人")
    assert claim.attribute is not None and claim.attribute.name == "death_toll"
    assert claim.subject is None


def test_a_bound_toll_and_a_bound_count_of_homes_are_no_unit_slip() -> None:
    report = report_texts(
        [
            ("a.txt", "In Iran more than 1,000 people died in the earthquake.", "en"),
            ("b.txt", "伊朗地震已造成超过500人死亡,逾千所房屋被毁。", "zh"),
        ]
    )
    assert [f.kind for f in report.findings if f.kind == "unit-mismatch"] == []
