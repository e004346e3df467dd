"""Settings of the performance service: the shared ``SAMARINDA_*`` ones plus ``SAMARINDA_PERFORMANCE_*``."""

from __future__ import annotations

from pydantic_settings import SettingsConfigDict
from samarinda_common.settings import CommonSettings, own_settings

_own = own_settings("performance")


class PerformanceSettings(CommonSettings):
    model_config = SettingsConfigDict(env_prefix="SAMARINDA_", extra="ignore", frozen=True)

    service_name: str = "performance"
    consumer_group: str = _own("performance", "consumer_group")
    # Most rows a ListIndicators / ListFindings answer carries (the client pages beyond).
    max_page_size: int = _own(1000, "max_page_size", ge=1, le=10_000)
