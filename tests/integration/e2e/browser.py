"""Headless Chromium for the console's end-to-end tests, and the accessibility checks they run.

The browser and its driver are Debian's (``scripts/browser.sh`` installs them); Selenium is given
both paths, so it never looks for or downloads a browser build. Screenshots go to
``.artifacts/console/`` (git-ignored), one per page and viewport.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

REPO_ROOT = Path(__file__).resolve().parents[3]
SCREENSHOTS = REPO_ROOT / ".artifacts" / "console"
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
LAPTOP = (1280, 900)
PHONE = (390, 844)


def browser_missing() -> str | None:
    for path in (CHROMIUM, CHROMEDRIVER):
        if not Path(path).exists() and shutil.which(Path(path).name) is None:
            return f"{path} is missing: run scripts/browser.sh (Debian's chromium and chromium-driver)"
    return None


@contextmanager
def chromium(size: tuple[int, int] = LAPTOP) -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--lang=id",
    ):
        options.add_argument(argument)
    options.add_argument(f"--window-size={size[0]},{size[1]}")
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(120)
    try:
        yield driver
    finally:
        driver.quit()


def _page_height(driver: webdriver.Chrome) -> int:
    return min(max(int(driver.execute_script("return document.documentElement.scrollHeight")), 600), 8000)


def screenshot(driver: webdriver.Chrome, name: str) -> Path:
    """The whole page on a laptop-sized window (not only the first screen)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    width = driver.get_window_size()["width"]
    driver.set_window_size(width, _page_height(driver))
    driver.save_screenshot(str(path))
    driver.set_window_size(width, LAPTOP[1])
    return path


def _emulate_phone(driver: webdriver.Chrome, height: int) -> None:
    metrics = {"width": PHONE[0], "height": height, "deviceScaleFactor": 2, "mobile": True}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)


@contextmanager
def as_phone(driver: webdriver.Chrome) -> Iterator[None]:
    """A phone's viewport (390 px wide, touch metrics) through Chromium's device emulation: a
    desktop window cannot be made that narrow."""
    _emulate_phone(driver, PHONE[1])
    try:
        yield
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def phone_screenshot(driver: webdriver.Chrome, name: str) -> Path:
    """The whole page as a phone shows it (call inside :func:`as_phone`)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    _emulate_phone(driver, _page_height(driver))
    driver.save_screenshot(str(path))
    _emulate_phone(driver, PHONE[1])
    return path


# Unlabelled form fields: an input, select or textarea a screen reader cannot name.
_UNLABELLED = """
return [...document.querySelectorAll('input, select, textarea')]
  .filter(e => e.type !== 'hidden')
  .filter(e => !(e.labels && e.labels.length))
  .filter(e => !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
  .map(e => e.outerHTML.slice(0, 120));
"""

# WCAG 2.1 contrast of every element that shows text of its own: < 4.5:1 (3:1 for large text).
_LOW_CONTRAST = """
function rgb(value) { const m = value.match(/[\\d.]+/g); return m ? m.map(Number) : [0, 0, 0, 0]; }
function lum(c) {
  const [r, g, b] = c.slice(0, 3).map(v => {
    v /= 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function background(e) {
  for (let n = e; n; n = n.parentElement) {
    const c = rgb(getComputedStyle(n).backgroundColor);
    if (c.length < 4 || c[3] > 0) return c;
  }
  return [255, 255, 255, 1];
}
const bad = [];
for (const e of document.querySelectorAll('body *')) {
  const own = [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
  if (!own || e.closest('svg') || !e.getClientRects().length) continue;
  const style = getComputedStyle(e);
  if (style.visibility === 'hidden' || parseFloat(style.opacity) === 0) continue;
  const fg = lum(rgb(style.color)), bg = lum(background(e));
  const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
  const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
  const needed = (size >= 24 || (bold && size >= 18.66)) ? 3 : 4.5;
  if (ratio < needed) bad.push(`${ratio.toFixed(2)} ${e.tagName} ${e.textContent.trim().slice(0, 40)}`);
}
return bad;
"""

_OVERFLOW = "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"

_FOCUSED = """
const e = document.activeElement;
const style = getComputedStyle(e);
return {tag: e.tagName, text: (e.textContent || e.value || '').trim().slice(0, 40),
        href: e.getAttribute('href'), outline: style.outlineStyle, width: parseFloat(style.outlineWidth)};
"""


def unlabelled_fields(driver: webdriver.Chrome) -> list[str]:
    result: list[str] = driver.execute_script(_UNLABELLED)
    return result


def low_contrast(driver: webdriver.Chrome) -> list[str]:
    result: list[str] = driver.execute_script(_LOW_CONTRAST)
    return result


def horizontal_overflow(driver: webdriver.Chrome) -> int:
    return int(driver.execute_script(_OVERFLOW))


def focused(driver: webdriver.Chrome) -> dict[str, Any]:
    result: dict[str, Any] = driver.execute_script(_FOCUSED)
    return result
