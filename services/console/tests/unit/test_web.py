from __future__ import annotations

import pytest
from console_fakes import TOKENS, FakePlatform, csrf_in, sign_in
from samarinda.review.v1 import review_service_pb2 as review_pb
from samarinda.upload.v1 import upload_service_pb2 as upload_pb
from samarinda_console.platform import ServiceError
from samarinda_console.web.app import SESSION_COOKIE
from starlette.testclient import TestClient


def test_pages_need_a_session(client: TestClient) -> None:
    answer = client.get("/o/DISDIK/dokumen")
    assert answer.status_code == 303 and answer.headers["location"].startswith(
        "/masuk?lanjut=/o/DISDIK/dokumen"
    )
    assert client.post("/o/DISDIK/unggah").status_code == 401


def test_sign_in_sets_a_strict_http_only_cookie_and_lands_on_the_opd(client: TestClient) -> None:
    page = client.get("/masuk")
    answer = client.post("/masuk", data={"token": "tok-disdik", "csrf": csrf_in(page.text)})
    assert answer.status_code == 303 and answer.headers["location"] == "/o/DISDIK/unggah"
    cookie = next(c for c in answer.headers.get_list("set-cookie") if c.startswith(SESSION_COOKIE))
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert "tok-disdik" not in cookie


def test_secure_cookies_by_default(platform: FakePlatform) -> None:
    from samarinda_common.auth import TokenAuthenticator
    from samarinda_console.bootstrap import build_console
    from samarinda_console.settings import ConsoleSettings
    from samarinda_console.web.app import build_app

    console = build_console(
        ConsoleSettings(), platform, None, authenticator=TokenAuthenticator({"t": "DISDIK"})
    )
    client = TestClient(build_app(console), base_url="https://konsol.test", follow_redirects=False)
    page = client.get("/masuk")
    answer = client.post("/masuk", data={"token": "t", "csrf": csrf_in(page.text)})
    assert "Secure" in next(c for c in answer.headers.get_list("set-cookie") if c.startswith(SESSION_COOKIE))


def test_a_wrong_token_or_a_missing_login_csrf_is_refused(client: TestClient) -> None:
    page = client.get("/masuk")
    wrong = client.post("/masuk", data={"token": "palsu", "csrf": csrf_in(page.text)})
    assert wrong.status_code == 401 and "Token tidak dikenal" in wrong.text
    assert SESSION_COOKIE not in wrong.cookies
    client.cookies.clear()
    forged = client.post("/masuk", data={"token": "tok-disdik", "csrf": "tebakan"})
    assert forged.status_code == 403


def test_an_opd_sees_only_its_own_pages(client: TestClient, platform: FakePlatform) -> None:
    platform.documents["doc-x"] = upload_pb.Document(document_id="doc-x", opd="DISDIK", filename="a.pdf")
    sign_in(client, "tok-dinkes")
    for path in (
        "/o/DISDIK/unggah",
        "/o/DISDIK/dokumen",
        "/o/DISDIK/telaah",
        "/o/DISDIK/kredit",
        "/o/semua/dokumen",
    ):
        answer = client.get(path)
        assert answer.status_code == 403, path
        assert "Anda tidak berhak" in answer.text
        assert 'href="/o/DINKES/dokumen"' in answer.text and "/o/semua/" not in answer.text  # its own menu
    # Its own path, another OPD's document id: exactly like an unknown id.
    foreign = client.get("/o/DINKES/dokumen/doc-x")
    unknown = client.get("/o/DINKES/dokumen/doc-tidak-ada")
    assert foreign.status_code == unknown.status_code == 404
    assert "DISDIK" not in foreign.text


def test_an_admin_picks_an_opd_or_the_whole_city(client: TestClient, platform: FakePlatform) -> None:
    platform.documents["doc-a"] = upload_pb.Document(
        document_id="doc-a", opd="DISDIK", filename="a.pdf", title="Laporan A"
    )
    platform.documents["doc-b"] = upload_pb.Document(
        document_id="doc-b", opd="DINKES", filename="b.pdf", title="Laporan B"
    )
    sign_in(client, "tok-admin")
    choose = client.get("/pilih-opd")
    assert (
        "/o/DISDIK/unggah" in choose.text
        and "/o/DINKES/unggah" in choose.text
        and "/o/semua/dokumen" in choose.text
    )
    city = client.get("/o/semua/dokumen")
    assert "Laporan A" in city.text and "Laporan B" in city.text
    one = client.get("/o/DINKES/dokumen")
    assert "Laporan B" in one.text and "Laporan A" not in one.text
    # The whole city has no single OPD to file an upload under.
    csrf = csrf_in(choose.text)
    refused = client.post(
        "/o/semua/unggah", files={"berkas": ("a.csv", b"x")}, headers={"x-csrf-token": csrf}
    )
    assert refused.status_code == 400


def test_upload_streams_the_file_to_the_service_and_follows_its_status(
    client: TestClient, platform: FakePlatform
) -> None:
    csrf = sign_in(client, "tok-disdik")
    answer = client.post(
        "/o/DISDIK/unggah",
        data={"kategori": "realisasi", "tahun": "2025"},
        files={"berkas": ("realisasi.csv", b"No;Uraian\n1;Laptop\n", "text/csv")},
        headers={"x-csrf-token": csrf, "accept": "application/json"},
    )
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["status"] == "accepted" and body["label"].startswith("Diterima")
    metadata, data = platform.uploaded[0]
    assert (metadata.opd, metadata.category, metadata.fiscal_year, data) == (
        "DISDIK",
        "realisasi",
        2025,
        b"No;Uraian\n1;Laptop\n",
    )

    platform.documents[body["document_id"]].status = upload_pb.DOCUMENT_STATUS_FAILED
    platform.documents[body["document_id"]].status_reason = "PDF_ENCRYPTED: the PDF is encrypted"
    status = client.get(
        f"/o/DISDIK/unggah/status?ids={body['document_id']},doc-asing", headers={"accept": "application/json"}
    )
    rows = status.json()["dokumen"]
    assert [r["document_id"] for r in rows] == [body["document_id"]]  # only this session's uploads
    assert rows[0]["status"] == "failed" and rows[0]["selesai"]
    assert rows[0]["alasan"] == "PDF dikunci kata sandi; kirim PDF tanpa kata sandi."


def test_a_refused_upload_says_why_in_plain_words(client: TestClient, platform: FakePlatform) -> None:
    csrf = sign_in(client, "tok-disdik")
    platform.refuse_upload = ServiceError("INVALID_ARGUMENT", "EXECUTABLE_CONTENT", "macro found")
    answer = client.post(
        "/o/DISDIK/unggah", files={"berkas": ("makro.docm", b"PK")}, headers={"x-csrf-token": csrf}
    )
    assert answer.status_code == 422
    assert answer.json()["pesan"].startswith("Berkas berisi program atau makro")


def test_state_changes_need_the_session_csrf_token(client: TestClient, platform: FakePlatform) -> None:
    sign_in(client, "tok-disdik")
    no_token = client.post("/o/DISDIK/unggah", files={"berkas": ("a.csv", b"x")})
    wrong = client.post(
        "/o/DISDIK/unggah", files={"berkas": ("a.csv", b"x")}, headers={"x-csrf-token": "salah"}
    )
    assert no_token.status_code == wrong.status_code == 403
    assert platform.uploaded == []
    assert client.post("/keluar", data={"csrf": "salah"}).status_code == 403


def test_logout_ends_the_session(client: TestClient) -> None:
    csrf = sign_in(client, "tok-disdik")
    cookie = client.cookies.get(SESSION_COOKIE)
    answer = client.post("/keluar", data={"csrf": csrf})
    assert answer.status_code == 303 and answer.headers["location"] == "/masuk"
    client.cookies.set(SESSION_COOKIE, cookie or "")
    assert client.get("/o/DISDIK/dokumen").status_code == 303  # the old cookie is worth nothing


def test_document_page_shows_text_and_tables_with_their_page(
    client: TestClient, platform: FakePlatform
) -> None:
    platform.documents["doc-p"] = upload_pb.Document(
        document_id="doc-p", opd="DISDIK", filename="penawaran.png", status=upload_pb.DOCUMENT_STATUS_INDEXED
    )
    platform.extractions["doc-p"] = upload_pb.Extraction(
        document_id="doc-p",
        complete=True,
        pages=[
            upload_pb.ExtractedPage(
                number=1,
                text="PENAWARAN HARGA <b>CV Mahakam</b>",
                method="ocr",
                confidence=88.0,
                has_image=True,
            )
        ],
        tables=[
            upload_pb.ExtractedTable(
                page=1,
                index=0,
                header_row=0,
                rows=[
                    upload_pb.TableRow(cells=["Uraian", "Harga"]),
                    upload_pb.TableRow(cells=["Laptop", "15000000"]),
                ],
            )
        ],
    )
    sign_in(client, "tok-disdik")
    page = client.get("/o/DISDIK/dokumen/doc-p")
    assert page.status_code == 200
    assert 'id="halaman-1"' in page.text and "&lt;b&gt;CV Mahakam&lt;/b&gt;" in page.text  # escaped
    assert "Tabel 1 di halaman 1" in page.text and '<th scope="col">Uraian</th>' in page.text
    assert "/o/DISDIK/dokumen/doc-p/halaman/1" in page.text
    image = client.get("/o/DISDIK/dokumen/doc-p/halaman/1")
    assert image.status_code == 200 and image.headers["content-type"] == "image/png"


def _review() -> review_pb.Review:
    reference = review_pb.PriceReference(
        kind="SSH",
        kode="1.1.7",
        uraian="Laptop",
        harga=12_000_000,
        satuan="Unit",
        citation="ssh_2026.xlsx hal. 1",
    )
    return review_pb.Review(
        review_id="rv-1",
        rka_id="doc-rka",
        opd="DISDIK",
        fiscal_year=2026,
        summary=review_pb.Summary(
            lines=3,
            flagged_lines=2,
            amount_at_stake=6_000_000,
            total=40_000_000,
            findings_by_type={"OVERPRICED": 2},
        ),
        findings=[
            review_pb.Finding(
                line_id="1",
                sub_kegiatan="1.01",
                type="OVERPRICED",
                severity="SEDANG",
                message="Sedikit di atas SSH",
                amount_at_stake=1_000_000,
                reference=reference,
            ),
            review_pb.Finding(
                line_id="3",
                sub_kegiatan="1.01",
                type="OVERPRICED",
                severity="TINGGI",
                message="Jauh di atas SSH",
                amount_at_stake=5_000_000,
                reference=reference,
                evidence=[
                    review_pb.Evidence(
                        kind="document",
                        text="Penawaran CV Mahakam Rp 11.500.000",
                        document_id="doc-p",
                        page=2,
                    )
                ],
            ),
        ],
        rka=review_pb.Rka(
            opd="DISDIK",
            sub_kegiatan=[
                review_pb.SubKegiatan(
                    kode="1.01",
                    nama="Pengadaan Sarana",
                    lines=[
                        review_pb.RkaLine(line_id="1", uraian="Laptop guru", jumlah=13_000_000),
                        review_pb.RkaLine(line_id="2", uraian="Kertas HVS", jumlah=500_000),
                        review_pb.RkaLine(line_id="3", uraian="Laptop kepala sekolah", jumlah=17_000_000),
                    ],
                )
            ],
        ),
    )


def test_review_page_flags_first_with_rupiah_reference_and_evidence_links(
    client: TestClient, platform: FakePlatform
) -> None:
    platform.reviews["rv-1"] = _review()
    sign_in(client, "tok-disdik")
    page = client.get("/o/DISDIK/telaah/rv-1").text
    assert page.index("Laptop kepala sekolah") < page.index("Laptop guru") < page.index("Kertas HVS")
    assert "Rp 5.000.000" in page and "Rujukan SSH 1.1.7: Laptop" in page
    assert 'href="/o/DISDIK/dokumen/doc-p#halaman-2"' in page
    assert "1 baris tanpa temuan" in page
    listing = client.get("/o/DISDIK/telaah").text
    assert "/o/DISDIK/telaah/rv-1" in listing


def test_review_downloads_come_from_the_review_service(client: TestClient, platform: FakePlatform) -> None:
    platform.reviews["rv-1"] = _review()
    sign_in(client, "tok-disdik")
    html = client.get("/o/DISDIK/telaah/rv-1/unduh/html")
    assert html.status_code == 200 and "attachment" in html.headers["content-disposition"]
    xlsx = client.get("/o/DISDIK/telaah/rv-1/unduh/xlsx")
    assert xlsx.content.startswith(b"PK")
    assert client.get("/o/DISDIK/telaah/rv-1/unduh/exe").status_code == 404
    client.cookies.clear()
    sign_in(client, "tok-dinkes")
    assert client.get("/o/DINKES/telaah/rv-1").status_code == 404
    assert client.get("/o/DINKES/telaah/rv-1/unduh/html").status_code == 404


def test_credits_page_shows_balance_alert_chart_and_forecast(client: TestClient) -> None:
    sign_in(client, "tok-disdik")
    page = client.get("/o/DISDIK/kredit").text
    assert "melewati 80%" in page
    assert page.count("<rect") == 6  # six months
    assert "Des 26" in page and "Jul 26" in page
    assert "OCR halaman pindaian" in page and "Telaah baris RKA" in page
    assert "Rp 12.000" in page and "Rp 6.000" not in page  # only this OPD's forecast


@pytest.mark.parametrize("path", ["/masuk", "/o/DISDIK/dokumen"])
def test_every_answer_carries_the_security_headers(client: TestClient, path: str) -> None:
    sign_in(client, "tok-disdik")
    headers = client.get(path).headers
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"


def test_a_withdrawn_token_ends_the_session(client: TestClient, platform: FakePlatform) -> None:
    sign_in(client, "tok-disdik")
    del TOKENS["tok-disdik"]
    try:
        answer = client.get("/o/DISDIK/dokumen")
        assert answer.status_code == 303 and answer.headers["location"] == "/masuk"
    finally:
        TOKENS["tok-disdik"] = "DISDIK"


def test_the_ask_page_answers_with_clickable_citations(client: TestClient, platform: FakePlatform) -> None:
    csrf = sign_in(client, "tok-disdik")
    page = client.get("/o/DISDIK/tanya")
    assert page.status_code == 200 and '<label for="pertanyaan">' in page.text
    answer = client.post("/o/DISDIK/tanya", data={"csrf": csrf, "pertanyaan": "Berapa harga laptop?"})
    assert answer.status_code == 200
    assert "Rp 11.500.000" in answer.text and 'href="/o/DISDIK/dokumen/doc-p#halaman-1"' in answer.text
    assert list(platform.questions[0].filters.opd) == ["DISDIK"]
    unknown = client.post("/o/DISDIK/tanya", data={"csrf": csrf, "pertanyaan": "Bagaimana cuaca besok?"})
    assert "Tidak ditemukan dalam data OPD DISDIK" in unknown.text
    assert client.post("/o/DISDIK/tanya", data={"csrf": "salah", "pertanyaan": "x"}).status_code == 403
    assert client.get("/o/DINKES/tanya").status_code == 403


def test_the_kinerja_page_shows_scorecards_and_findings(client: TestClient, platform: FakePlatform) -> None:
    sign_in(client, "tok-disdik")
    page = client.get("/o/DISDIK/kinerja").text
    assert 'id="kartu-skor"' in page and "Rp 5.000.000.000" in page and "92.0%" in page
    assert "Serapan anggaran di atas 100%: 1" in page
    assert 'href="/o/DISDIK/dokumen/doc-lk#halaman-7"' in page
    assert client.get("/o/DINKES/kinerja").status_code == 403


def test_ask_and_kinerja_say_so_when_their_services_are_not_configured(
    client: TestClient, platform: FakePlatform
) -> None:
    platform.answers_questions = platform.reads_performance = False
    sign_in(client, "tok-disdik")
    for path in ("/o/DISDIK/tanya", "/o/DISDIK/kinerja"):
        assert "belum tersedia" in client.get(path).text


def test_past_months_are_read_once_a_minute_the_current_one_every_time(
    client: TestClient, platform: FakePlatform
) -> None:
    calls: list[str] = []
    original = platform.get_usage

    async def counted(token: str, opd: str, period: str):  # type: ignore[no-untyped-def]
        calls.append(period)
        return await original(token, opd, period)

    platform.get_usage = counted  # type: ignore[method-assign]
    sign_in(client, "tok-disdik")
    client.get("/o/DISDIK/kredit")
    client.get("/o/DISDIK/kredit")
    assert len(calls) == 6 + 1 and calls.count("2026-12") == 2


def test_a_catalogue_from_an_opd_is_refused_before_it_is_sent(
    client: TestClient, platform: FakePlatform
) -> None:
    csrf = sign_in(client, "tok-disdik")
    answer = client.post(
        "/o/DISDIK/unggah",
        data={"kategori": "ssh"},
        files={"berkas": ("ssh_2026.xlsx", b"PK")},
        headers={"x-csrf-token": csrf},
    )
    assert (
        answer.status_code == 403 and "hanya boleh diunggah oleh BPKAD atau admin" in answer.json()["pesan"]
    )
    assert platform.uploaded == []
