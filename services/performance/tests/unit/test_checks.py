from samarinda_performance.domain.checks import check_all, check_record
from samarinda_performance.domain.model import Citation, DocumentType, FindingType, Indicator


def record(
    name: str = "Persentase Jalan Mantap",
    *,
    document: str = "a.pdf",
    doc_type: DocumentType = DocumentType.REPORT,
    year: int = 2025,
    opd: str = "DPUPR",
    **values: object,
) -> Indicator:
    return Indicator.model_validate(
        {
            "opd": opd,
            "fiscal_year": year,
            "document_type": doc_type,
            "indicator": name,
            "citation": Citation(document_id=document, document=document, page=1, table=0, row=1),
            **values,
        }
    )


def kinds(findings: list) -> list[FindingType]:
    return [f.type for f in findings]


def test_achievement_equal_to_realisation_over_target_within_rounding() -> None:
    assert check_record(record(target=78, realisation=74.6, achievement_pct=95.64)) == []
    assert check_record(record(target=78, realisation=74.6, achievement_pct=96)) == []  # rounded
    [finding] = check_record(record(target=12.5, realisation=11.8, achievement_pct=102.3))
    assert finding.type is FindingType.ACHIEVEMENT_MISMATCH
    assert "94,4" in finding.message and finding.citations[0].document == "a.pdf"


def test_lower_is_better_accepts_either_inverted_formula() -> None:
    both = [(2 * 210 - 188) / 210 * 100, 210 / 188 * 100]
    for stated in both:
        assert (
            check_record(record(target=210, realisation=188, achievement_pct=stated, lower_is_better=True))
            == []
        )
    assert kinds(
        check_record(record(target=210, realisation=188, achievement_pct=121.5, lower_is_better=True))
    ) == [FindingType.ACHIEVEMENT_MISMATCH]
    # Polarity read wrongly from a name: a figure one of the formulas gives is no inaccuracy.
    assert check_record(record(target=210, realisation=188, achievement_pct=110.48)) == []


def test_absorption_over_100_stated_or_computed() -> None:
    assert kinds(check_record(record(pagu=100, budget_realisation=105))) == [FindingType.ABSORPTION_OVER_100]
    assert kinds(check_record(record(absorption_pct=100.5))) == [FindingType.ABSORPTION_OVER_100]
    assert check_record(record(pagu=100, budget_realisation=100, absorption_pct=100)) == []


def test_realisation_without_target() -> None:
    assert kinds(check_record(record(realisation=71.5))) == [FindingType.REALISATION_WITHOUT_TARGET]
    assert check_record(record(target=None, realisation=None)) == []
    # A plan states targets only: nothing to check on its own.
    assert check_record(record(doc_type=DocumentType.PLAN, realisation=3)) == []


def test_conflict_between_two_documents_cites_both() -> None:
    findings = check_all(
        [record(target=82, realisation=79.64), record(document="b.xlsx", target=82, realisation=80.15)]
    )
    [finding] = findings
    assert finding.type is FindingType.CROSS_DOCUMENT_CONFLICT
    assert {c.document for c in finding.citations} == {"a.pdf", "b.xlsx"}
    # The same figures, other OPD or other year: no conflict.
    assert check_all([record(realisation=1, target=1), record(document="b", realisation=1, target=1)]) == []
    assert (
        check_all([record(realisation=1, target=1), record(document="b", opd="X", realisation=2, target=1)])
        == []
    )


def test_target_changed_from_the_plan() -> None:
    plan = record(document="renja.docx", doc_type=DocumentType.PLAN, target=97)
    report = record(target=95, realisation=92.3, achievement_pct=97.16)
    [finding] = check_all([plan, report])
    assert finding.type is FindingType.TARGET_CHANGED
    assert [c.document for c in finding.citations] == ["renja.docx", "a.pdf"]
    assert check_all([plan, record(target=97, realisation=92.3, achievement_pct=95.15)]) == []


def test_ocr_slip_in_a_name_is_still_the_same_indicator() -> None:
    findings = check_all(
        [
            record("Persentase Rumah Tangga Akses Air Minum Layak", realisation=93.4, target=92),
            record(
                "Persentase Rumah Tangga Akses Air.Minum Layak",
                document="scan.png",
                realisation=91.4,
                target=92,
            ),
        ]
    )
    assert kinds(findings) == [FindingType.CROSS_DOCUMENT_CONFLICT]


def test_the_same_finding_in_a_report_and_its_scan_is_one_finding_citing_both() -> None:
    values = {"target": 12.5, "realisation": 11.8, "achievement_pct": 102.3}
    [finding] = check_all([record(**values), record(document="scan.png", **values)])
    assert finding.type is FindingType.ACHIEVEMENT_MISMATCH
    assert [c.document for c in finding.citations] == ["a.pdf", "scan.png"]
