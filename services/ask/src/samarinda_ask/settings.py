"""Settings of the ask service: the shared ``SAMARINDA_*`` ones plus ``SAMARINDA_ASK_*``."""

from __future__ import annotations

from pydantic_settings import SettingsConfigDict
from samarinda_common.settings import CommonSettings, own_settings

_own = own_settings("ask")


class AskSettings(CommonSettings):
    model_config = SettingsConfigDict(env_prefix="SAMARINDA_", extra="ignore", frozen=True)

    service_name: str = "ask"
    # The embedding service's chunk index (SAMARINDA_EMBEDDING_CHUNKS_INDEX), read, never written.
    chunks_index: str = _own("chunks", "chunks_index")
    # Passages retrieved per question before reranking (a search page shows 10).
    candidates: int = _own(40, "candidates", ge=5, le=100)
    consumer_group: str = _own("ask", "consumer_group")
