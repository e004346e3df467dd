"""LLM providers (the ``LLM`` port): the review's second opinion, the ask service's answers.

Gemini through google-genai with structured JSON output; any OpenAI-compatible endpoint (vLLM,
llama.cpp server, Ollama...) through httpx for the city's own GPUs. Both take a base URL, which is
how tests point them at a local HTTP server. Both stream too: Gemini through google-genai's
``generate_content_stream``, the OpenAI-compatible endpoint through server-sent events.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator
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

    @staticmethod
    def _config(system: str, schema: dict[str, Any]) -> types.GenerateContentConfig:
        return types.GenerateContentConfig(
            system_instruction=system,
            response_mime_type="application/json",
            response_json_schema=schema,
            temperature=0.1,
        )

    def _result(
        self, text: str | None, usage: types.GenerateContentResponseUsageMetadata | None
    ) -> LlmResult:
        return LlmResult(
            data=_parse(text, self.provider),
            input_tokens=(usage.prompt_token_count or 0) if usage else 0,
            output_tokens=(usage.candidates_token_count or 0) if usage else 0,
            provider=self.provider,
            model=self.model,
        )

    async def generate_json(self, *, system: str, prompt: str, schema: dict[str, Any]) -> LlmResult:
        try:
            response = await self._client.aio.models.generate_content(
                model=self.model, contents=prompt, config=self._config(system, schema)
            )
        except (httpx.TransportError, TimeoutError) as exc:
            raise DependencyUnavailable(f"gemini unreachable: {exc}") from exc
        return self._result(response.text, response.usage_metadata)

    async def stream_json(
        self, *, system: str, prompt: str, schema: dict[str, Any]
    ) -> AsyncGenerator[str | LlmResult]:
        parts: list[str] = []
        usage = None
        try:
            chunks = await self._client.aio.models.generate_content_stream(
                model=self.model, contents=prompt, config=self._config(system, schema)
            )
            async for chunk in chunks:
                # Usage comes with the last chunk (each chunk's is the running total).
                usage = chunk.usage_metadata or usage
                if chunk.text:
                    parts.append(chunk.text)
                    yield chunk.text
        except (httpx.TransportError, TimeoutError) as exc:
            raise DependencyUnavailable(f"gemini unreachable: {exc}") from exc
        yield self._result("".join(parts), usage)


class OpenAICompatibleLlm:
    provider = "openai-compatible"

    def __init__(
        self, base_url: str, model: str, api_key: str | None = None, timeout_s: float = 60.0
    ) -> None:
        self.model = model
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.AsyncClient(base_url=base_url.rstrip("/"), headers=headers, timeout=timeout_s)

    def _body(self, system: str, prompt: str, schema: dict[str, Any]) -> dict[str, Any]:
        return {
            "model": self.model,
            "messages": [{"role": "system", "content": system}, {"role": "user", "content": prompt}],
            "response_format": {"type": "json_schema", "json_schema": {"name": "answer", "schema": schema}},
            "temperature": 0.1,
        }

    def _result(self, content: str | None, usage: dict[str, Any]) -> LlmResult:
        return LlmResult(
            data=_parse(content, self.provider),
            input_tokens=int(usage.get("prompt_tokens", 0)),
            output_tokens=int(usage.get("completion_tokens", 0)),
            provider=self.provider,
            model=self.model,
        )

    async def generate_json(self, *, system: str, prompt: str, schema: dict[str, Any]) -> LlmResult:
        try:
            response = await self._client.post("/chat/completions", json=self._body(system, prompt, schema))
            response.raise_for_status()
        except httpx.TransportError as exc:
            raise DependencyUnavailable(f"LLM endpoint unreachable: {exc}") from exc
        payload = response.json()
        return self._result(payload["choices"][0]["message"]["content"], payload.get("usage") or {})

    async def stream_json(
        self, *, system: str, prompt: str, schema: dict[str, Any]
    ) -> AsyncGenerator[str | LlmResult]:
        # include_usage: the server adds a last event with the whole answer's token counts.
        body = {
            **self._body(system, prompt, schema),
            "stream": True,
            "stream_options": {"include_usage": True},
        }
        parts: list[str] = []
        usage: dict[str, Any] = {}
        try:
            async with self._client.stream("POST", "/chat/completions", json=body) as response:
                response.raise_for_status()
                async for line in response.aiter_lines():
                    if not line.startswith("data:"):
                        continue  # blank separators, comments, "event:" lines
                    data = line.removeprefix("data:").strip()
                    if data == "[DONE]":
                        break
                    event = _parse(data, self.provider)
                    usage = event.get("usage") or usage
                    for choice in event.get("choices") or ():
                        text = (choice.get("delta") or {}).get("content")
                        if text:
                            parts.append(text)
                            yield text
        except httpx.TransportError as exc:
            raise DependencyUnavailable(f"LLM endpoint unreachable: {exc}") from exc
        yield self._result("".join(parts), usage)

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
