"""Both LLM adapters streaming against a local HTTP server that speaks each provider's SSE shape."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any, ClassVar

import pytest
from samarinda_common.adapters.llm import GeminiLlm, OpenAICompatibleLlm
from samarinda_common.errors import InvalidInput
from samarinda_common.ports import LlmResult

SCHEMA = {"type": "object", "properties": {"answer": {"type": "string"}}, "required": ["answer"]}
ANSWER = {"answer": "Realisasi belanja Dinas Pendidikan 2025 Rp 412.500.000.000."}
TEXT = json.dumps(ANSWER)
PIECES = [TEXT[i : i + 9] for i in range(0, len(TEXT), 9)]


class _Handler(BaseHTTPRequestHandler):
    paths: ClassVar[list[str]] = []
    broken: ClassVar[bool] = False

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        type(self).paths.append(self.path)
        if ":streamGenerateContent" in self.path:
            # Gemini: each event a GenerateContentResponse; usage totals ride on every chunk.
            events: list[Any] = [
                {
                    "candidates": [{"content": {"role": "model", "parts": [{"text": piece}]}}],
                    "usageMetadata": {"promptTokenCount": 21, "candidatesTokenCount": n + 1},
                }
                for n, piece in enumerate(PIECES)
            ]
        else:
            events = [{"choices": [{"index": 0, "delta": {"content": piece}}]} for piece in PIECES]
            events.append({"choices": [], "usage": {"prompt_tokens": 17, "completion_tokens": 12}})
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        for event in events:
            data = "{not json" if type(self).broken else json.dumps(event)
            self.wfile.write(f"data: {data}\r\n\r\n".encode())
            self.wfile.flush()
        if ":streamGenerateContent" not in self.path:
            self.wfile.write(b"data: [DONE]\n\n")

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    _Handler.paths.clear()
    _Handler.broken = False
    httpd = HTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


async def test_gemini_streams_through_generate_content_stream(server: str) -> None:
    llm = GeminiLlm("test-key", "gemini-2.5-flash", base_url=server)
    *fragments, result = [e async for e in llm.stream_json(system="s", prompt="p", schema=SCHEMA)]
    assert fragments == PIECES
    assert isinstance(result, LlmResult) and result.data == ANSWER
    # The last chunk's usage is the whole answer's, counted once.
    assert (result.input_tokens, result.output_tokens, result.provider) == (21, len(PIECES), "gemini")
    assert ":streamGenerateContent" in _Handler.paths[0] and "alt=sse" in _Handler.paths[0]


async def test_openai_compatible_streams_server_sent_events(server: str) -> None:
    llm = OpenAICompatibleLlm(server + "/v1", "qwen2.5-7b-instruct")
    try:
        *fragments, result = [e async for e in llm.stream_json(system="s", prompt="p", schema=SCHEMA)]
    finally:
        await llm.close()
    assert fragments == PIECES
    assert isinstance(result, LlmResult) and result.data == ANSWER
    assert (result.input_tokens, result.output_tokens) == (17, 12)


async def test_a_garbled_event_is_a_typed_error(server: str) -> None:
    _Handler.broken = True
    llm = OpenAICompatibleLlm(server + "/v1", "m")
    try:
        with pytest.raises(InvalidInput):
            [e async for e in llm.stream_json(system="s", prompt="p", schema=SCHEMA)]
    finally:
        await llm.close()
