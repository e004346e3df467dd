"""Settings of the RKA review service: the shared ``SAMARINDA_*`` ones plus ``SAMARINDA_RKA_REVIEW_*``."""

from __future__ import annotations

from collections.abc import Collection
from decimal import Decimal

from pydantic import SecretStr
from pydantic_settings import SettingsConfigDict
from samarinda_common.settings import CommonSettings, Mode, Needs, own_settings

_own = own_settings("rka_review")


class RkaReviewSettings(CommonSettings):
    model_config = SettingsConfigDict(env_prefix="SAMARINDA_", extra="ignore", frozen=True)

    service_name: str = "rka_review"
    consumer_group: str = _own("rka-review", "consumer_group")
    overprice_tolerance_percent: Decimal = _own(Decimal(0), "overprice_tolerance_percent", ge=0)
    capitalisation_threshold: int = _own(1_000_000, "capitalisation_threshold", ge=0)
    match_threshold: float = _own(0.55, "match_threshold", ge=0, le=1)
    # A price this many times the matched row's means the match is wrong, not the price: see
    # ReviewPolicy.implausible_price_ratio.
    implausible_price_ratio: Decimal = _own(Decimal(4), "implausible_price_ratio", gt=1)
    # Semantic matching with the local embedder (slower start, better on unseen wording).
    use_embedder: bool = _own(False, "use_embedder")
    second_opinion: bool = _own(True, "second_opinion")  # ask the LLM when a provider is configured
    # Evidence from the OPD's own documents: the embedding service's SearchService (a gRPC target,
    # dns:///embedding-api-headless:50051 in the cluster for client-side round robin);
    # empty means the in-process chunk index in embedded mode and no evidence in real mode.
    search_target: str = _own("", "search_target")
    search_token: SecretStr | None = _own(None, "search_token")  # an admin token: any OPD's documents
    search_timeout_seconds: float = _own(2.0, "search_timeout_seconds", gt=0, le=30)
    # The embedding service's chunk index (SAMARINDA_EMBEDDING_CHUNKS_INDEX), read in embedded mode.
    chunks_index: str = _own("chunks", "chunks_index")

    def startup_problems(self, needs: Collection[Needs]) -> list[str]:
        # The embedder is used only for semantic matching; second opinion only when switched on.
        unused = {Needs.EMBEDDER} if not self.use_embedder else set()
        if not self.second_opinion:
            unused.add(Needs.LLM)
        problems = super().startup_problems(set(needs) - unused)
        if self.mode is Mode.REAL and self.search_target and not self.search_token:
            problems.append(
                "SAMARINDA_RKA_REVIEW_SEARCH_TOKEN is not set "
                "(needed with SAMARINDA_RKA_REVIEW_SEARCH_TARGET)"
            )
        return problems
