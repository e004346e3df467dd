from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta

from samarinda_common.auth import Principal
from samarinda_console.domain import usage_view
from samarinda_console.domain.sessions import MAX_TRACKED_UPLOADS, SessionStore, same_token
from samarinda_console.domain.wording import WORDING, failure_reason, plain_reason, status_label
from samarinda_console.live import StatusFeed, opd_of

DISDIK = Principal(opd="DISDIK", is_admin=False, token_id="t")


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 2, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def test_sessions_end_when_idle_too_long_or_too_old() -> None:
    clock = Clock()
    store = SessionStore(idle=timedelta(minutes=30), lifetime=timedelta(hours=2), capacity=10, clock=clock)
    session = store.open("tok", DISDIK)
    clock.now += timedelta(minutes=29)
    assert store.get(session.session_id) is session
    clock.now += timedelta(minutes=31)
    assert store.get(session.session_id) is None
    old = store.open("tok", DISDIK)
    for _ in range(5):  # kept busy, but past its lifetime all the same
        clock.now += timedelta(minutes=25)
        store.get(old.session_id)
    assert store.get(old.session_id) is None


def test_the_least_recently_used_session_goes_when_full() -> None:
    store = SessionStore(idle=timedelta(hours=1), lifetime=timedelta(hours=1), capacity=2, clock=Clock())
    first, second = store.open("a", DISDIK), store.open("b", DISDIK)
    store.get(first.session_id)
    store.open("c", DISDIK)
    assert store.get(second.session_id) is None and store.get(first.session_id) is first
    assert first.session_id != second.session_id and len(first.csrf) >= 40


def test_a_session_follows_its_latest_uploads_only() -> None:
    session = SessionStore(
        idle=timedelta(hours=1), lifetime=timedelta(hours=1), capacity=2, clock=Clock()
    ).open("a", DISDIK)
    for index in range(MAX_TRACKED_UPLOADS + 5):
        session.track_upload(f"doc-{index}")
    session.track_upload("doc-10")
    assert len(session.uploads) == MAX_TRACKED_UPLOADS and session.uploads[0] == "doc-5"


def test_csrf_tokens_compare_exactly() -> None:
    assert same_token("abc", "abc")
    assert not same_token("abc", "abd") and not same_token("abc", None) and not same_token("abc", "")


def test_codes_are_said_in_plain_words() -> None:
    assert status_label("indexed").startswith("Selesai")
    assert plain_reason("ZIP_BOMB").startswith("Arsip ZIP ditolak")
    assert plain_reason("SOMETHING_NEW", "the service's message") == "the service's message"
    assert failure_reason("UNREADABLE: file could not be read (KeyError)") == "Isi berkas tidak dapat dibaca."
    assert failure_reason("something odd") == "something odd"
    assert WORDING.version


def test_the_chart_shows_six_months_scaled_to_the_largest() -> None:
    periods = usage_view.last_periods(date(2026, 2, 10), 6)
    assert periods == ["2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02"]
    bars = usage_view.month_bars([("2026-01", 0), ("2026-02", 500), ("2026-03", 1000)])
    assert [b.label for b in bars] == ["Jan 26", "Feb 26", "Mar 26"]
    assert bars[2].height == 2 * bars[1].height and bars[0].height == 1.0
    assert bars[2].y < bars[1].y  # taller bars start higher
    assert usage_view.month_bars([]) == []


def test_usage_is_summed_per_operation_costliest_first() -> None:
    rows = usage_view.by_operation(
        [("ocr_page", 3, 1, 300), ("parse_page", 10, 2, 0), ("ocr_page", 2, 1, 200)]
    )
    assert [(r.operation, r.units, r.events, r.cost_idr) for r in rows] == [
        ("ocr_page", 5, 2, 500),
        ("parse_page", 10, 2, 0),
    ]


async def test_the_feed_wakes_waiters_of_the_event_opd_only() -> None:
    feed = StatusFeed()
    disdik = asyncio.create_task(feed.wait("DISDIK", 0, 5.0))
    dinkes = asyncio.create_task(feed.wait("DINKES", 0, 0.3))
    await asyncio.sleep(0.05)
    await feed.record("DISDIK")
    assert await disdik == 1
    assert await dinkes == 0  # timed out: nothing for DINKES


def test_events_name_their_opd_and_garbage_is_ignored() -> None:
    assert opd_of(b'{"opd": "DISDIK", "document_id": "doc-1"}') == "DISDIK"
    assert opd_of(b"\xff not json") is None and opd_of(b"[1, 2]") is None and opd_of(b'{"opd": 5}') is None
