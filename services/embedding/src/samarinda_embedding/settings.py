"""Settings of the embedding service: the shared ``SAMARINDA_*`` ones plus ``SAMARINDA_EMBEDDING_*``."""

from __future__ import annotations

from pydantic_settings import SettingsConfigDict
from samarinda_common.settings import CommonSettings, own_settings

from samarinda_embedding.domain.chunking import ChunkingPolicy

_own = own_settings("embedding")


class EmbeddingSettings(CommonSettings):
    model_config = SettingsConfigDict(env_prefix="SAMARINDA_", extra="ignore", frozen=True)

    service_name: str = "embedding"
    chunk_tokens: int = _own(256, "chunk_tokens", ge=16, le=2048)
    overlap_tokens: int = _own(32, "overlap_tokens", ge=0)
    table_rows_per_chunk: int = _own(1, "table_rows_per_chunk", ge=1, le=50)
    embed_batch_size: int = _own(32, "embed_batch_size", ge=1, le=256)
    gemini_dimension: int = _own(768, "gemini_dimension", ge=64, le=3072)
    chunks_index: str = _own("chunks", "chunks_index")
    price_references_index: str = _own("price_references", "price_references_index")
    consumer_group: str = _own("embedding", "consumer_group")

    def chunking_policy(self) -> ChunkingPolicy:
        return ChunkingPolicy(
            chunk_tokens=self.chunk_tokens,
            overlap_tokens=self.overlap_tokens,
            table_rows_per_chunk=self.table_rows_per_chunk,
        )
