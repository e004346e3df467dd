from samarinda_performance.domain.checks import (
    Elsewhere,
    check_all,
    check_record,
    figures_differ,
    stated_decimals,
)
from samarinda_performance.domain.model import Citation, DocumentType, FindingType, Indicator
from samarinda_performance.domain.polarity import is_lower_better


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


def test_only_the_known_directions_formulas_count() -> None:
    # Higher is better (nothing says otherwise): target ÷ realisation is a wrong figure.
    assert kinds(check_record(record(target=210, realisation=188, achievement_pct=111.7))) == [
        FindingType.ACHIEVEMENT_MISMATCH
    ]
    # Lower is better: realisation ÷ target is a wrong figure too.
    lower = record(target=210, realisation=188, achievement_pct=89.52, lower_is_better=True)
    assert kinds(check_record(lower)) == [FindingType.ACHIEVEMENT_MISMATCH]


def test_tolerance_follows_the_stated_precision() -> None:
    # 84,2 / 90 = 93,555…: "93,56", "93,6" and "94" are that figure rounded; "93,3" and "92" are not.
    for stated in (93.56, 93.6, 94):
        assert check_record(record(target=90, realisation=84.2, achievement_pct=stated)) == [], stated
    for stated in (93.3, 92, 96.5):
        assert kinds(check_record(record(target=90, realisation=84.2, achievement_pct=stated))) == [
            FindingType.ACHIEVEMENT_MISMATCH
        ], stated
    # A small realisation's rounding moves the quotient, but a few points off is still found.
    assert kinds(
        check_record(record(target=0.35, realisation=0.32, achievement_pct=106.37, lower_is_better=True))
    ) == [FindingType.ACHIEVEMENT_MISMATCH]
    assert stated_decimals(95.6) == 1 and stated_decimals(96.0) == 0 and stated_decimals(1 / 3) == 4


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


def test_realisation_without_target_only_when_the_target_is_missing() -> None:
    missing = FindingType.REALISATION_WITHOUT_TARGET
    assert kinds(check_record(record(realisation=58.7, target_text="-"))) == [missing]
    assert kinds(check_record(record(realisation=58.7, target_text="n/a"))) == [missing]
    assert kinds(check_record(record(realisation=58.7, target_text=""))) == [missing]  # a blank cell
    assert check_record(record(realisation=1, target_text="Tersedia")) == []  # a target in words
    # No target cell at all (a realisation table): only when no document states a target.
    assert kinds(check_record(record(realisation=58.7))) == [missing]
    assert check_record(record(realisation=58.7), elsewhere=Elsewhere(any_target=True)) == []


def test_a_target_in_another_table_of_the_same_report_is_used() -> None:
    agreement = record("Jumlah Penumpang Angkutan Umum", target=410_000)
    realisation = record(
        "Jumlah Penumpang Angkutan Umum", realisation=434_960, achievement_pct=94.3, target_text=None
    )
    realisation = realisation.model_copy(
        update={"citation": realisation.citation.model_copy(update={"page": 2})}
    )
    [finding] = check_all([agreement, realisation])
    # no REALISATION_WITHOUT_TARGET; the achievement is checked against the other table's target
    assert finding.type is FindingType.ACHIEVEMENT_MISMATCH and "106,09" in finding.message
    assert [c.page for c in finding.citations] == [2, 1]


def test_a_direction_stated_in_one_document_holds_in_the_others() -> None:
    with_column = record(
        "Jumlah Pengaduan Belum Selesai",
        target=12,
        realisation=12.62,
        achievement_pct=94.83,
        lower_is_better=True,
    )
    without = record(
        "Jumlah Pengaduan Belum Selesai",
        document="tw4.docx",
        target=12,
        realisation=12.62,
        achievement_pct=94.83,
    )
    assert check_all([with_column, without]) == []
    assert kinds(check_all([without])) == [FindingType.ACHIEVEMENT_MISMATCH]


def test_the_same_indicator_worded_differently_in_two_documents() -> None:
    lkjip = record("Persentase Jalan Kota dalam Kondisi Mantap", unit="%", target=78, realisation=72.7)
    tw4 = record(
        "Persentase Panjang Jalan Kota Kondisi Mantap",
        document="tw4.docx",
        unit="%",
        target=78,
        realisation=76.1,
    )
    assert kinds(check_all([lkjip, tw4])) == [FindingType.CROSS_DOCUMENT_CONFLICT]
    # Another indicator with a close name, or another unit: no conflict.
    bridges = record(
        "Persentase Jembatan dalam Kondisi Baik", document="tw4.docx", unit="%", target=78, realisation=76.1
    )
    assert check_all([lkjip, bridges]) == []
    in_km = tw4.model_copy(update={"unit": "km"})
    assert check_all([lkjip, in_km]) == []


def test_figures_differ_beyond_rounding_only() -> None:
    assert not figures_differ(93.08, 93.1)  # the same figure to one decimal fewer
    assert not figures_differ(92, 92.3)  # a measured figure rounded to whole
    assert figures_differ(5, 5.5, set_figure=True)  # a target written whole is exact
    assert figures_differ(1.2, 1.15, set_figure=True)  # and one written with decimals too
    assert not figures_differ(1.2, 1.20, set_figure=True)
    assert figures_differ(188.8, 196.85)
    plan = record(document="renja.docx", doc_type=DocumentType.PLAN, target=5.5)
    assert kinds(check_all([plan, record(target=5, realisation=5.34)])) == [FindingType.TARGET_CHANGED]


def test_a_scans_figure_that_a_misreading_explains_is_no_finding() -> None:
    # "5,4" read as "54" (the comma lost): the achievement would be off, but the scan cannot tell.
    scanned = record(
        "Tingkat Pengangguran Terbuka",
        target=54,
        realisation=5.72,
        achievement_pct=94.07,
        lower_is_better=True,
        read_by_ocr=True,
    )
    assert check_record(scanned) == []
    assert kinds(check_record(scanned.model_copy(update={"read_by_ocr": False}))) == [
        FindingType.ACHIEVEMENT_MISMATCH
    ]
    # "100,8" read as "100,3" in a scan of the same report: no conflict; a real difference is one.
    typed = record("Jumlah Peserta Pelatihan", target=1200, realisation=1210, achievement_pct=100.8)
    scan = record(
        "Jumlah Peserta Pelatihan",
        document="tw4.png",
        target=1200,
        realisation=1210,
        achievement_pct=100.3,
        read_by_ocr=True,
    )
    assert check_all([typed, scan]) == []
    other = scan.model_copy(update={"realisation": 1260.0, "achievement_pct": 105.0})
    assert kinds(check_all([typed, other])) == [FindingType.CROSS_DOCUMENT_CONFLICT]
    # A planted mismatch a few points off is still found on a scan.
    assert kinds(
        check_record(record(target=90, realisation=84.2, achievement_pct=96.4, read_by_ocr=True))
    ) == [FindingType.ACHIEVEMENT_MISMATCH]


def test_a_target_the_agreement_table_gives_as_n_a() -> None:
    agreement = record("Persentase Simpang Bersinyal Baik", target_text="n/a")
    realisation = record("Persentase Simpang Bersinyal Baik", realisation=88.6)
    plan = record(
        "Persentase Simpang Bersinyal Baik", document="renja.docx", doc_type=DocumentType.PLAN, target=90
    )
    assert kinds(check_all([agreement, realisation, plan])) == [FindingType.REALISATION_WITHOUT_TARGET]
    assert check_all([realisation, plan]) == []  # the plan's target stands for the missing table


def test_an_achievement_capped_at_the_reports_ceiling_is_no_mismatch() -> None:
    # 130 / 100 gives 130 %; reports that cap write 100 % or 120 %.
    for cap in (100, 120):
        assert check_record(record(target=100, realisation=130, achievement_pct=cap)) == []
    # A ceiling above what the formula gives is no cap: 95 / 100 stated as 100 % is wrong.
    assert kinds(check_record(record(target=100, realisation=95, achievement_pct=100))) == [
        FindingType.ACHIEVEMENT_MISMATCH
    ]
    # Nor is a figure between ceilings.
    assert kinds(check_record(record(target=100, realisation=130, achievement_pct=115))) == [
        FindingType.ACHIEVEMENT_MISMATCH
    ]


def test_a_name_whose_direction_nothing_settles_accepts_either_directions_formula() -> None:
    # "Jumlah Pengaduan Izin yang Diproses" names no direction; the report used the inverted one.
    name = "Rata-rata Biaya Pengurusan Izin"
    inverted = (2 * 444 - 422) / 444 * 100
    assert check_record(record(name, target=444, realisation=422, achievement_pct=round(inverted, 2))) == []
    assert check_record(record(name, target=444, realisation=422, achievement_pct=95.05)) == []
    assert kinds(check_record(record(name, target=444, realisation=422, achievement_pct=99.0))) == [
        FindingType.ACHIEVEMENT_MISMATCH
    ]
    # A name that opens as higher-is-better keeps its one formula ("Cakupan ... kasus").
    assert kinds(
        check_record(record("Cakupan Penemuan Kasus TB", target=90, realisation=80, achievement_pct=111.11))
    ) == [FindingType.ACHIEVEMENT_MISMATCH]


def test_lower_is_better_names_of_time_and_unfinished_work() -> None:
    for name in ("Rata-rata Waktu Tempuh Koridor Utama", "Rata-rata Lama Proses Izin Usaha"):
        lower = is_lower_better(name)  # as the reader marks the record
        assert lower, name
        stated = round((2 * 34 - 36) / 34 * 100, 2)
        row = record(name, target=34, realisation=36, lower_is_better=lower)
        assert check_record(row.model_copy(update={"achievement_pct": stated})) == [], name
        # the higher-is-better figure is the wrong one for them
        assert kinds(check_record(row.model_copy(update={"achievement_pct": 105.88}))) == [
            FindingType.ACHIEVEMENT_MISMATCH
        ], name


def test_rounded_stated_figures_zero_targets_and_realisations_in_words() -> None:
    # 85,5 stated where 470 / 550 = 85,4545...: rounding, not a mismatch.
    assert check_record(record(target=550, realisation=470, achievement_pct=85.5)) == []
    # A target of 0 (zero cases) gives no quotient to hold the stated figure against.
    assert check_record(record("Jumlah Kasus Gizi Buruk", target=0, realisation=0, achievement_pct=100)) == []
    # A realisation stated in words ("Tersedia") has no figure: nothing to compute.
    assert check_record(record(target=1, target_text="1", achievement_pct=100)) == []


def test_a_scanned_budget_realisation_without_a_readable_pagu_is_no_finding() -> None:
    born_digital = record(budget_realisation=968_714_000)
    assert kinds(check_record(born_digital)) == [FindingType.REALISATION_WITHOUT_TARGET]
    scanned = record(budget_realisation=968_714_000, read_by_ocr=True)
    assert check_record(scanned) == []


def test_two_documents_that_differ_only_in_the_achievement_one_divided_wrongly() -> None:
    right = record(target=40, realisation=36, achievement_pct=90)
    wrong = record(document="b.xlsx", target=40, realisation=36, achievement_pct=93)
    assert kinds(check_all([right, wrong])) == [FindingType.ACHIEVEMENT_MISMATCH]
    # another realisation too: the documents do conflict
    other = record(document="b.xlsx", target=40, realisation=37.2, achievement_pct=93)
    assert FindingType.CROSS_DOCUMENT_CONFLICT in kinds(check_all([right, other]))


def test_a_scanned_achievement_no_report_would_write_is_a_misreading() -> None:
    # "10420" for "104,20": a lost decimal comma and another digit slip together
    scanned = record(target=500, realisation=541, achievement_pct=10420, read_by_ocr=True)
    assert check_all([scanned]) == []
    typed = record(target=500, realisation=541, achievement_pct=10420)
    assert kinds(check_all([typed])) == [FindingType.ACHIEVEMENT_MISMATCH]


def _in_table(row: Indicator, document: str, table: int, number: int) -> Indicator:
    citation = Citation(document_id=document, document=document, page=1, table=table, row=number)
    return row.model_copy(update={"citation": citation})


def test_two_rows_of_one_table_are_two_indicators_whatever_their_names_share() -> None:
    # The plan lists both the narrow and the wider indicator; the report too. Each report row
    # meets its own plan row: no changed target, no conflict between the two.
    narrow, wide = "Luas Hutan Kota yang Ditanami", "Luas Hutan Kota dan Taman yang Ditanami"
    plan = [
        _in_table(record(narrow, doc_type=DocumentType.PLAN, target=40), "renja.docx", 0, 1),
        _in_table(record(wide, doc_type=DocumentType.PLAN, target=95), "renja.docx", 0, 2),
    ]
    report = [
        _in_table(record(wide, target=95, realisation=90, achievement_pct=94.74), "lkjip.pdf", 0, 1),
        _in_table(record(narrow, target=40, realisation=38, achievement_pct=95.0), "lkjip.pdf", 0, 2),
    ]
    assert check_all([*plan, *report]) == []
    # A report naming only the wider one still meets the plan's narrow row when nothing tells
    # them apart: one table with the narrow name alone.
    alone = _in_table(record(wide, target=41, realisation=38), "tw4.pdf", 0, 1)
    assert kinds(check_all([plan[0], alone])) == [FindingType.TARGET_CHANGED]


def test_a_scanned_target_the_plans_target_explains_is_a_misreading() -> None:
    # The scan read the target "14" as "4"; its own achievement is realisation ÷ the plan's 14.
    plan = record("Jumlah Posyandu Aktif Baru", document="renja.docx", doc_type=DocumentType.PLAN, target=14)
    scan = record(
        "Jumlah Posyandu Aktif Baru",
        document="scan.pdf",
        target=4,
        realisation=12,
        achievement_pct=85.71,
        read_by_ocr=True,
    )
    assert check_all([plan, scan]) == []
    # Typed, the same row is a changed target and a wrong achievement.
    typed = scan.model_copy(update={"read_by_ocr": False})
    assert sorted(kinds(check_all([plan, typed]))) == sorted(
        [FindingType.ACHIEVEMENT_MISMATCH, FindingType.TARGET_CHANGED]
    )
    # A scanned row consistent with its own other target changed it: the plan cannot explain it.
    changed = scan.model_copy(update={"target": 16.0, "achievement_pct": 75.0})
    assert kinds(check_all([plan, changed])) == [FindingType.TARGET_CHANGED]


def test_a_name_of_what_failed_leaves_the_direction_open() -> None:
    name = "Persentase Saluran Irigasi Tidak Berfungsi"
    assert check_record(record(name, target=12, realisation=13.5, achievement_pct=88.89)) == []
    assert kinds(check_record(record(name, target=12, realisation=13.5, achievement_pct=95.0))) == [
        FindingType.ACHIEVEMENT_MISMATCH
    ]


def test_a_name_counting_what_a_service_reached_keeps_its_direction_despite_a_word_of_failure() -> None:
    name = "Jumlah Jembatan Tidak Layak yang Ditangani"
    assert kinds(check_record(record(name, target=30, realisation=32, achievement_pct=93.75))) == [
        FindingType.ACHIEVEMENT_MISMATCH
    ]
    assert check_record(record(name, target=30, realisation=32, achievement_pct=106.67)) == []


def test_a_risk_or_a_complaint_count_without_a_mark_may_be_counted_either_way() -> None:
    # lower is better by nature, yet unmarked: an achievement of target ÷ realisation is no error
    risk = record("Tingkat risiko kebakaran lahan", target=50, realisation=40, achievement_pct=125)
    complaints = record("Jumlah aduan parkir liar", target=30, realisation=24, achievement_pct=125)
    assert check_all([risk]) == [] and check_all([complaints]) == []


def test_a_problem_count_qualified_by_a_passive_clause_may_be_counted_either_way() -> None:
    # cases a service acted on (more is better) or cases merely recorded (fewer is better)
    name = "Jumlah kasus pencurian ternak yang dilimpahkan"
    assert not is_lower_better(name)
    row = record(name, target=40, realisation=46, lower_is_better=is_lower_better(name))
    assert check_record(row.model_copy(update={"achievement_pct": 115.0})) == []
    assert check_record(row.model_copy(update={"achievement_pct": 85.0})) == []
    assert kinds(check_record(row.model_copy(update={"achievement_pct": 101.0}))) == [
        FindingType.ACHIEVEMENT_MISMATCH
    ]
    # without the clause the name is the problem itself: fewer is better, one direction only
    bare = "Jumlah kasus pencurian ternak"
    assert is_lower_better(bare)
    plain = record(bare, target=40, realisation=46, achievement_pct=115.0, lower_is_better=True)
    assert kinds(check_record(plain)) == [FindingType.ACHIEVEMENT_MISMATCH]
    # a place after "di" is no clause
    assert is_lower_better("Jumlah kasus pencurian ternak yang di kecamatan pesisir")


def test_a_target_cell_of_a_mark_alone_states_no_target() -> None:
    # a dash OCR read as a colon or a full stop
    for written in (":", ".", "'"):
        assert kinds(check_record(record(realisation=41, target_text=written))) == [
            FindingType.REALISATION_WITHOUT_TARGET
        ]


def test_a_report_leaving_out_a_target_its_plan_set_reports_against_that_one() -> None:
    plan = record(document="renja.xlsx", doc_type=DocumentType.PLAN, target=72)
    report = record(realisation=70.5, target_text="-")
    assert check_all([plan, report]) == []
    assert kinds(check_all([report])) == [FindingType.REALISATION_WITHOUT_TARGET]


def test_a_target_change_one_report_explains_is_explained_for_the_opds_other_reports() -> None:
    plan = record(document="renja.xlsx", doc_type=DocumentType.PLAN, target=60)
    explaining = record(document="lkjip.pdf", target=48, realisation=47, target_revised_from=60)
    quarterly = record(document="tw4.pdf", target=48, realisation=47)
    assert check_all([plan, explaining, quarterly]) == []
    other = record(document="tw4.pdf", target=52, realisation=47)  # a target the note never gave
    assert kinds(check_all([plan, explaining, other])) == [
        FindingType.CROSS_DOCUMENT_CONFLICT,
        FindingType.TARGET_CHANGED,
    ]


def test_a_direction_one_document_divides_by_settles_it_for_the_opds_other_documents() -> None:
    name = "Jumlah kejadian pohon tumbang di jalan kota"  # "kejadian": the name leaves it open
    inverse = record(name, document="lkjip.pdf", unit="kali", target=8, realisation=6, achievement_pct=133.33)
    straight = record(name, document="tw4.pdf", unit="kali", target=8, realisation=6, achievement_pct=75)
    assert check_all([inverse]) == []
    assert kinds(check_all([inverse, straight])) == [FindingType.ACHIEVEMENT_MISMATCH]
    # with no document dividing one way only, either direction's formula is no finding
    assert check_all([straight]) == []


def test_a_scans_target_and_realisation_another_document_states_alike_are_no_misreading() -> None:
    # Alone, the scanned row's 120% could be a misread target ("4" read as "14") against a capped
    # achievement; the typed report's same target and realisation leave only a misstatement.
    scanned = record("Jumlah Kader Terlatih", document="tw4.png", target=14, realisation=10, read_by_ocr=True)
    scanned = scanned.model_copy(update={"achievement_pct": 120.0})
    assert check_all([scanned]) == []
    typed = record("Jumlah Kader Terlatih", target=14, realisation=10, achievement_pct=71.43)
    assert [(f.type, f.citations[0].document) for f in check_all([typed, scanned])] == [
        (FindingType.ACHIEVEMENT_MISMATCH, "tw4.png")
    ]
