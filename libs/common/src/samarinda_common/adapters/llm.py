"""LLM providers (the ``LLM`` port): the review's second opinion, the ask service's answers.

Gemini through google-genai with structured JSON output; any OpenAI-compatible endpoint (vLLM,
llama.cpp server, Ollama...) through httpx for the city's own GPUs. Both take a base URL, which is
how tests point them at a local HTTP server.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
from google import genai
from google.genai import types

from samarinda_common.errors import DependencyUnavailable, InvalidInput
from samarinda_common.ports import LLM, LlmResult
from samarinda_common.settings import CommonSettings


def _parse(text: str | None, provider: str) -> dict[str, Any]:
    try:
        data = json.loads(text or "")
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"{provider} returned invalid JSON", field="llm") from exc
    if not isinstance(data, dict):
        raise InvalidInput(f"{provider} returned JSON that is not an object", field="llm")
    return data


class GeminiLlm:
    provider = "gemini"

    def __init__(
        self, api_key: str, model: str, base_url: str | None = None, timeout_ms: int = 60_000
    ) -> None:
        self.model = model
        options = (
            types.HttpOptions(base_url=base_url, timeout=timeout_ms)
            if base_url
            else types.HttpOptions(timeout=timeout_ms)
        )
        self._client = genai.Client(api_key=api_key, http_options=options)

    async def generate_json(self, *, system: str, prompt: str, schema: dict[str, Any]) -> LlmResult:
        try:
            response = await self._client.aio.models.generate_content(
                model=self.model,
                contents=prompt,
                config=types.GenerateContentConfig(
                    system_instruction=system,
                    response_mime_type="application/json",
                    response_json_schema=schema,
                    temperature=0.1,
                ),
            )
        except (httpx.TransportError, TimeoutError) as exc:
            raise DependencyUnavailable(f"gemini unreachable: {exc}") from exc
        usage = response.usage_metadata
        return LlmResult(
            data=_parse(response.text, self.provider),
            input_tokens=(usage.prompt_token_count or 0) if usage else 0,
            output_tokens=(usage.candidates_token_count or 0) if usage else 0,
            provider=self.provider,
            model=self.model,
        )


class OpenAICompatibleLlm:
    provider = "openai-compatible"

    def __init__(
        self, base_url: str, model: str, api_key: str | None = None, timeout_s: float = 60.0
    ) -> None:
        self.model = model
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.AsyncClient(base_url=base_url.rstrip("/"), headers=headers, timeout=timeout_s)

    async def generate_json(self, *, system: str, prompt: str, schema: dict[str, Any]) -> LlmResult:
        body = {
            "model": self.model,
            "messages": [{"role": "system", "content": system}, {"role": "user", "content": prompt}],
            "response_format": {"type": "json_schema", "json_schema": {"name": "answer", "schema": schema}},
            "temperature": 0.1,
        }
        try:
            response = await self._client.post("/chat/completions", json=body)
            response.raise_for_status()
        except httpx.TransportError as exc:
            raise DependencyUnavailable(f"LLM endpoint unreachable: {exc}") from exc
        payload = response.json()
        usage = payload.get("usage") or {}
        return LlmResult(
            data=_parse(payload["choices"][0]["message"]["content"], self.provider),
            input_tokens=int(usage.get("prompt_tokens", 0)),
            output_tokens=int(usage.get("completion_tokens", 0)),
            provider=self.provider,
            model=self.model,
        )

    async def close(self) -> None:
        await self._client.aclose()


def build_llm(settings: CommonSettings) -> LLM | None:
    """The provider ``SAMARINDA_LLM_PROVIDER`` names; ``None`` when offline (no LLM)."""
    if settings.llm_provider == "offline":
        return None
    if settings.llm_provider == "gemini":
        if settings.gemini_api_key is None:
            raise ValueError("SAMARINDA_GEMINI_API_KEY is required for llm_provider=gemini")
        return GeminiLlm(
            settings.gemini_api_key.get_secret_value(), settings.gemini_model, settings.gemini_base_url
        )
    if settings.llm_provider == "openai-compatible":
        if not settings.openai_base_url:
            raise ValueError("SAMARINDA_OPENAI_BASE_URL is required for llm_provider=openai-compatible")
        key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
        return OpenAICompatibleLlm(settings.openai_base_url, settings.openai_model, key)
    raise ValueError(f"unknown llm_provider {settings.llm_provider!r}")
