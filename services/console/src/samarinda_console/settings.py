"""Settings of the console: the shared ``SAMARINDA_*`` ones plus ``SAMARINDA_CONSOLE_*``."""

from __future__ import annotations

from collections.abc import Collection

from pydantic_settings import SettingsConfigDict
from samarinda_common.settings import CommonSettings, Needs, own_settings

_own = own_settings("console")


class ConsoleSettings(CommonSettings):
    model_config = SettingsConfigDict(env_prefix="SAMARINDA_", extra="ignore", frozen=True)

    service_name: str = "console"
    http_port: int = _own(8000, "http_port", ge=0, le=65535)
    http_host: str = _own("0.0.0.0", "http_host")  # noqa: S104 (a pod listens on its own address)
    # The gRPC APIs the console is a client of (host:port, or dns:/// for a headless Service).
    upload_server: str = _own("", "upload_server")
    review_server: str = _own("", "review_server")
    billing_server: str = _own("", "billing_server")
    # Optional: without them the ask and kinerja pages say the service is not available here.
    ask_server: str = _own("", "ask_server")
    performance_server: str = _own("", "performance_server")
    # Cookies are marked Secure (sent over HTTPS only); only a loopback development run turns it off.
    secure_cookies: bool = _own(True, "secure_cookies")
    session_idle_minutes: int = _own(30, "session_idle_minutes", ge=1, le=24 * 60)
    session_max_hours: int = _own(12, "session_max_hours", ge=1, le=7 * 24)
    max_sessions: int = _own(10_000, "max_sessions", ge=1)
    # One file per request; the upload service refuses more than its own 100 MiB anyway.
    max_upload_bytes: int = _own(100 * 1024 * 1024, "max_upload_bytes", ge=1)
    # The OPDs an admin can pick ("DISDIK=Dinas Pendidikan,DINKES"); empty: those the tokens name.
    opds: str = _own("", "opds")
    # Live status: a consumer group of its own per replica (every replica must see every event).
    consumer_group_prefix: str = _own("console-live", "consumer_group_prefix")
    live_status: bool = _own(True, "live_status")
    call_timeout_seconds: float = _own(30.0, "call_timeout_seconds", gt=0, le=600)

    def backend_servers(self) -> dict[str, str]:
        return {
            "SAMARINDA_CONSOLE_UPLOAD_SERVER": self.upload_server,
            "SAMARINDA_CONSOLE_REVIEW_SERVER": self.review_server,
            "SAMARINDA_CONSOLE_BILLING_SERVER": self.billing_server,
        }

    def missing_servers(self) -> list[str]:
        return [name for name, value in self.backend_servers().items() if not value]

    def startup_problems(self, needs: Collection[Needs]) -> list[str]:
        """The console is a client of the four APIs in every mode: each address must be named."""
        return [*super().startup_problems(needs), *(f"{name} is not set" for name in self.missing_servers())]
