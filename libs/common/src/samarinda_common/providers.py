"""AI providers that cost nothing per use because they run on the city's own machines.

Billing prices them at zero (its tariff book names this set ``@zero-rated``) and the quota guard
lets an OPD whose credits are spent keep using them. Both read this one set, so a provider can
never be free for one and refused by the other.
"""

from __future__ import annotations

ZERO_RATED_PROVIDERS = frozenset({"local", "offline", "tesseract", "self-hosted", "openai-compatible"})
