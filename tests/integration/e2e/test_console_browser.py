"""The web console in a real browser (Debian's headless Chromium) against the running cluster:
sign-in, upload of the sample documents with their live status, the documents and their pages,
the review page showing the sample RKA's labelled findings, downloads, credits, a foreign OPD's
page refused, sign-out; screenshots of every page on a laptop and a phone; labels, contrast and
keyboard navigation checked on every page."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from samarinda_local_cluster.launcher import LocalCluster
from selenium import webdriver
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

from .browser import (
    PHONE,
    as_phone,
    browser_missing,
    chromium,
    focused,
    horizontal_overflow,
    low_contrast,
    phone_screenshot,
    screenshot,
    unlabelled_fields,
)
from .documents import RKA_LABELS, RKA_XLSX, SAMPLES, SSH_XLSX

pytestmark = [pytest.mark.e2e, pytest.mark.integration]

OWN, OTHER = "DISDIK", "DINKES"
CHECKED_TYPES = {"OVERPRICED", "ARITHMETIC", "DUPLICATE"}
DOCUMENTS = sorted(p for p in (SAMPLES / "docs").iterdir() if p.is_file() and not p.name.endswith(".txt"))
# Upload to indexed on a shared 2-core machine: two photographed/scanned pages go through OCR.
INDEXED_WITHIN_SECONDS = 900


@pytest.fixture(scope="module")
def console(e2e_cluster: LocalCluster) -> str:
    missing = browser_missing()
    if missing:
        pytest.fail(missing)
    return e2e_cluster.client_env()["SAMARINDA_CONSOLE_URL"]


@pytest.fixture(scope="module")
def tokens(e2e_cluster: LocalCluster) -> dict[str, str]:
    config = e2e_cluster.config
    return {OWN: config.token_for(OWN), OTHER: config.token_for(OTHER), "publisher": config.publisher_token}


@pytest.fixture
def browser() -> Iterator[webdriver.Chrome]:
    with chromium() as driver:
        yield driver


def sign_in(driver: webdriver.Chrome, console: str, token: str) -> None:
    """With the keyboard only: the token field, then Enter."""
    driver.get(f"{console}/masuk")
    field = driver.find_element(By.ID, "token")
    field.send_keys(token)
    field.send_keys(Keys.ENTER)
    WebDriverWait(driver, 30).until(lambda d: "/masuk" not in d.current_url)


def check_page(driver: webdriver.Chrome, name: str) -> None:
    """Accessibility basics on the current page, then its screenshots (laptop, then phone)."""
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "id"
    assert unlabelled_fields(driver) == [], f"{name}: form fields without a label"
    assert low_contrast(driver) == [], f"{name}: text below WCAG AA contrast"
    screenshot(driver, name)
    with as_phone(driver):
        driver.refresh()
        assert driver.execute_script("return document.documentElement.clientWidth") == PHONE[0]
        assert horizontal_overflow(driver) <= 1, f"{name}: the page scrolls sideways on a phone"
        phone_screenshot(driver, f"{name}-telepon")
    driver.refresh()


def upload(driver: webdriver.Chrome, category: str, files: list[Path], year: str = "2026") -> None:
    Select(driver.find_element(By.ID, "kategori")).select_by_value(category)
    driver.find_element(By.ID, "tahun").clear()
    driver.find_element(By.ID, "tahun").send_keys(year)
    driver.find_element(By.ID, "berkas").send_keys("\n".join(str(f.resolve()) for f in files))


def statuses(driver: webdriver.Chrome) -> dict[str, str]:
    rows = driver.find_elements(By.CSS_SELECTOR, "#antrean tbody tr")
    return {
        r.find_elements(By.TAG_NAME, "td")[0].text: r.find_elements(By.TAG_NAME, "td")[2].text for r in rows
    }


def wait_for(driver: webdriver.Chrome, done: object, timeout: float, what: str) -> None:
    try:
        WebDriverWait(driver, timeout, poll_frequency=1.0).until(done)  # type: ignore[arg-type]
    except Exception as exc:
        screenshot(driver, f"gagal-{what.replace(' ', '-')}")
        raise AssertionError(f"{what}: not within {timeout:.0f}s; rows: {statuses(driver)}") from exc


def labelled(types: set[str]) -> set[tuple[str, str]]:
    labels: dict[str, list[str]] = json.loads(RKA_LABELS.read_text())["labels"]
    return {(line, kind) for line, kinds in labels.items() for kind in kinds if kind in types}


def test_the_catalogue_publisher_hands_in_the_ssh(
    browser: webdriver.Chrome, console: str, tokens: dict[str, str]
) -> None:
    sign_in(browser, console, tokens["publisher"])
    assert browser.current_url.endswith("/o/BPKAD/unggah")
    upload(browser, "ssh", [SSH_XLSX])
    wait_for(
        browser,
        lambda d: statuses(d).get(SSH_XLSX.name, "").startswith("Selesai"),
        INDEXED_WITHIN_SECONDS,
        "the SSH indexed",
    )


def test_an_operator_uploads_the_samples_and_reads_the_review(
    browser: webdriver.Chrome, console: str, tokens: dict[str, str], tmp_path: Path
) -> None:
    browser.get(f"{console}/masuk")
    check_page(browser, "01-masuk")
    sign_in(browser, console, tokens[OWN])
    assert browser.current_url.endswith(f"/o/{OWN}/unggah")

    # Refusals in plain words: a catalogue from an OPD, and an empty file.
    empty = tmp_path / "kosong.pdf"
    empty.write_bytes(b"")
    upload(browser, "ssh", [SSH_XLSX])
    wait_for(browser, lambda d: "Ditolak" in statuses(d).get(SSH_XLSX.name, ""), 60, "the SSH refused")
    assert "hanya boleh diunggah oleh BPKAD atau admin" in statuses(browser)[SSH_XLSX.name]
    upload(browser, "laporan", [empty])
    wait_for(browser, lambda d: "Ditolak" in statuses(d).get(empty.name, ""), 60, "the empty file refused")
    assert "kosong" in statuses(browser)[empty.name].lower()

    # Many files at once, each followed live from upload to indexed.
    upload(browser, "laporan", DOCUMENTS, year="")  # of several years: none is named
    upload(browser, "rka", [RKA_XLSX])
    names = [p.name for p in [*DOCUMENTS, RKA_XLSX]]
    wait_for(
        browser,
        lambda d: all(statuses(d).get(n, "").startswith("Selesai") for n in names),
        INDEXED_WITHIN_SECONDS,
        "every sample indexed",
    )
    check_page(browser, "02-unggah")
    keyboard_reaches_everything(browser)

    browser.get(f"{console}/o/{OWN}/dokumen")
    listed = browser.find_element(By.CSS_SELECTOR, "table.tabel").text
    assert all(name in listed for name in names)
    check_page(browser, "03-dokumen")

    scan = next(p for p in DOCUMENTS if "scan" in p.name)
    browser.find_element(By.PARTIAL_LINK_TEXT, scan.name).click()
    assert browser.find_element(By.ID, "halaman-1").text.strip()
    check_page(browser, "04-dokumen-pindaian")
    picture = browser.find_element(By.PARTIAL_LINK_TEXT, "Lihat gambar halaman 1").get_attribute("href")
    assert picture
    session = {"samarinda_sesi": browser.get_cookie("samarinda_sesi")["value"]}  # type: ignore[index]
    image = httpx.get(picture, cookies=session, timeout=60)
    assert image.status_code == 200 and image.headers["content-type"] == "image/png"

    # The review of the uploaded RKA: the labelled findings, flagged lines first.
    deadline = time.monotonic() + 300
    while True:
        browser.get(f"{console}/o/{OWN}/telaah")
        links = browser.find_elements(By.CSS_SELECTOR, "table.tabel a")
        if links or time.monotonic() > deadline:
            break
        time.sleep(3)
    assert links, "no review listed for DISDIK"
    review_page = str(links[0].get_attribute("href"))
    check_page(browser, "05-telaah")
    browser.get(review_page)
    found = set()
    for row in browser.find_elements(By.CSS_SELECTOR, "tr[data-baris]"):
        for finding in row.find_elements(By.CSS_SELECTOR, ".temuan[data-jenis]"):
            found.add((row.get_attribute("data-baris"), finding.get_attribute("data-jenis")))
    assert labelled(CHECKED_TYPES) <= found, labelled(CHECKED_TYPES) - found
    assert "Rujukan SSH" in browser.page_source and "dipertanyakan" in browser.page_source
    check_page(browser, "06-telaah-rka")
    for kind, magic in (("html", b"<!"), ("xlsx", b"PK")):
        href = browser.find_element(By.LINK_TEXT, kind.upper()).get_attribute("href")
        report = httpx.get(str(href), cookies=session, timeout=120)
        assert report.status_code == 200 and report.content.lstrip()[:2].upper() == magic.upper(), kind

    browser.get(f"{console}/o/{OWN}/kredit")
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg rect.batang")) == 6
    check_page(browser, "07-kredit")

    # A question over the OPD's own documents: the answer cites pages the console can open.
    browser.get(f"{console}/o/{OWN}/tanya")
    box = browser.find_element(By.ID, "pertanyaan")
    # Answered by the sample realisation table (realisasi_belanja_2025.csv), as in `make demo`.
    box.send_keys("Berapa realisasi belanja laptop tahun 2025?")
    box.submit()
    WebDriverWait(browser, 180).until(lambda d: d.find_elements(By.ID, "judul-jawaban"))
    screenshot(browser, "08-tanya")
    cited = [a.get_attribute("href") or "" for a in browser.find_elements(By.CSS_SELECTOR, ".sumber a")]
    assert cited, browser.find_element(By.CSS_SELECTOR, ".jawaban").text
    assert all(f"/o/{OWN}/dokumen/doc-" in href for href in cited), cited
    check_page(browser, "08-tanya")
    browser.get(f"{console}/o/{OWN}/kinerja")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Kinerja"
    assert "belum tersedia" not in browser.page_source
    check_page(browser, "09-kinerja")

    # Another OPD's page: refused, nothing of it shown.
    browser.get(f"{console}/o/{OTHER}/dokumen")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Akses ditolak"
    check_page(browser, "10-opd-lain-ditolak")

    browser.find_element(By.CSS_SELECTOR, "form.keluar button").click()
    WebDriverWait(browser, 30).until(lambda d: d.current_url.endswith("/masuk"))
    browser.get(f"{console}/o/{OWN}/dokumen")
    assert "/masuk" in browser.current_url


def keyboard_reaches_everything(driver: webdriver.Chrome) -> None:
    """From the top of the upload page, Tab first reaches the skip link, then the menu, the sign
    out button and every field of the form; each focused control shows a focus outline."""
    driver.execute_script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)")
    # Keys go to the page as a person types them (send_keys on a file input would name a file).
    ActionChains(driver).send_keys(Keys.TAB).perform()
    first = focused(driver)
    assert first["text"] == "Langsung ke isi", first
    seen = []
    for _ in range(16):
        state = focused(driver)
        seen.append(state)
        if state["tag"] in ("A", "BUTTON", "SELECT") or (state["tag"] == "INPUT" and state["href"] is None):
            visible = state["outline"] != "none" and state["width"] >= 2
            hidden_picker = state["tag"] == "INPUT" and "tersembunyi" in (
                driver.switch_to.active_element.get_attribute("class") or ""
            )
            assert visible or hidden_picker, f"no visible focus on {state}"
        ActionChains(driver).send_keys(Keys.TAB).perform()
    texts = {s["text"] for s in seen}
    assert {"Unggah", "Dokumen", "Telaah RKA", "Tanya", "Kinerja", "Kredit", "Keluar"} <= texts, texts
    assert sum(1 for s in seen if s["tag"] in ("SELECT", "INPUT")) >= 3, seen


def test_a_foreign_opd_cannot_open_an_opds_pages(
    browser: webdriver.Chrome, console: str, tokens: dict[str, str]
) -> None:
    sign_in(browser, console, tokens[OTHER])
    for page in ("unggah", "dokumen", "telaah", "tanya", "kinerja", "kredit"):
        browser.get(f"{console}/o/{OWN}/{page}")
        assert browser.find_element(By.TAG_NAME, "h1").text == "Akses ditolak", page
        assert "Anda tidak berhak" in browser.page_source
