from samarinda_performance.domain.model import Citation, DocumentType, Indicator
from samarinda_performance.domain.scorecard import is_met, scorecards


def record(name: str, year: int, opd: str = "DLH", **values: object) -> Indicator:
    return Indicator.model_validate(
        {
            "opd": opd,
            "fiscal_year": year,
            "document_type": values.pop("doc_type", DocumentType.REPORT),
            "indicator": name,
            "citation": Citation(document_id=f"{opd}{year}", document="x.pdf", page=1),
            **values,
        }
    )


def test_met_respects_polarity() -> None:
    assert is_met(record("a", 2025, target=80, realisation=81))
    assert not is_met(record("a", 2025, target=80, realisation=79))
    assert is_met(record("b", 2025, target=0.7, realisation=0.6, lower_is_better=True))
    assert is_met(record("c", 2025, target=None, realisation=None)) is None


def test_cards_per_opd_city_and_trend() -> None:
    records = [
        record("a", 2024, target=80, realisation=70, pagu=100, budget_realisation=80),
        record("b", 2024, target=80, realisation=90),
        record("a", 2025, target=80, realisation=85, pagu=100, budget_realisation=95),
        record("b", 2025, target=80, realisation=90),
        record("a", 2025, doc_type=DocumentType.PLAN, target=80),  # plans never count
        record("z", 2025, opd="DISDIK", target=10, realisation=5),
    ]
    cards = {(c.opd, c.fiscal_year): c for c in scorecards(records, [])}
    dlh = cards[("DLH", 2025)]
    assert (dlh.indicators, dlh.met, dlh.not_met) == (2, 2, 0)
    assert dlh.absorption_pct == 95
    assert dlh.met_share_change == 50  # 100% met against 50% the year before
    assert dlh.absorption_change == 15
    city = cards[("", 2025)]
    assert (city.indicators, city.met, city.not_met) == (3, 2, 1)
