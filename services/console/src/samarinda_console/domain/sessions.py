"""Signed-in sessions kept on the server, and their CSRF tokens.

The browser holds only a random session id (cookie: HttpOnly, Secure, SameSite=Strict); the API
token a person signed in with stays in this process and is sent to the gRPC services on each call.
A session ends after ``idle`` without use, after ``lifetime`` in any case, or at logout. Every
state-changing request carries the session's CSRF token (synchronizer token pattern), compared in
constant time. Sessions live in one process: a restart signs everyone out (see the README).
"""

from __future__ import annotations

import hmac
import secrets
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from samarinda_common.auth import Principal

SESSION_ID_BYTES = 32
CSRF_BYTES = 32
# The most recent uploads a session follows live on the upload page.
MAX_TRACKED_UPLOADS = 200


@dataclass
class Session:
    session_id: str
    token: str
    principal: Principal
    csrf: str
    created_at: datetime
    last_seen: datetime
    uploads: list[str] = field(default_factory=list)

    def track_upload(self, document_id: str) -> None:
        if document_id not in self.uploads:
            self.uploads.append(document_id)
            del self.uploads[:-MAX_TRACKED_UPLOADS]


def new_token(length: int = CSRF_BYTES) -> str:
    return secrets.token_urlsafe(length)


def same_token(expected: str, presented: str | None) -> bool:
    return bool(presented) and hmac.compare_digest(expected.encode(), (presented or "").encode())


class SessionStore:
    """At most ``capacity`` sessions; the least recently used goes first when full."""

    def __init__(
        self, *, idle: timedelta, lifetime: timedelta, capacity: int, clock: Callable[[], datetime]
    ) -> None:
        self._sessions: OrderedDict[str, Session] = OrderedDict()
        self._idle = idle
        self._lifetime = lifetime
        self._capacity = capacity
        self._clock = clock

    def __len__(self) -> int:
        return len(self._sessions)

    def open(self, token: str, principal: Principal) -> Session:
        now = self._clock()
        session = Session(new_token(SESSION_ID_BYTES), token, principal, new_token(), now, now)
        self._sessions[session.session_id] = session
        while len(self._sessions) > self._capacity:
            self._sessions.popitem(last=False)
        return session

    def get(self, session_id: str | None) -> Session | None:
        if not session_id:
            return None
        session = self._sessions.get(session_id)
        if session is None:
            return None
        now = self._clock()
        if now - session.last_seen > self._idle or now - session.created_at > self._lifetime:
            del self._sessions[session_id]
            return None
        session.last_seen = now
        self._sessions.move_to_end(session_id)
        return session

    def close(self, session_id: str | None) -> None:
        if session_id:
            self._sessions.pop(session_id, None)
