"""The console's fake platform behind the real app (fixtures), for the unit tests."""

from __future__ import annotations

import pytest
from console_fakes import NOW, TOKENS, FakePlatform
from samarinda_common.auth import TokenAuthenticator
from samarinda_console.bootstrap import build_console
from samarinda_console.settings import ConsoleSettings
from samarinda_console.web.app import build_app
from starlette.testclient import TestClient


@pytest.fixture
def platform() -> FakePlatform:
    return FakePlatform()


@pytest.fixture
def client(platform: FakePlatform) -> TestClient:
    settings = ConsoleSettings(
        api_tokens=",".join(f"{t}={s}" for t, s in TOKENS.items()),
        secure_cookies=False,  # the test client speaks plain http
        upload_server="x:1",
        review_server="x:2",
        billing_server="x:3",
    )
    console = build_console(
        settings, platform, None, authenticator=TokenAuthenticator(TOKENS), clock=lambda: NOW
    )
    return TestClient(build_app(console), base_url="http://konsol.test", follow_redirects=False)
