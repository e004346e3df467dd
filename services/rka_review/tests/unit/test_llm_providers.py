"""The LLM providers against a local HTTP server that speaks their REST shapes."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any, ClassVar

import pytest
from samarinda_common.adapters.llm import GeminiLlm, OpenAICompatibleLlm

SCHEMA = {"type": "object", "properties": {"narrative": {"type": "string"}}, "required": ["narrative"]}


class _Handler(BaseHTTPRequestHandler):
    requests: ClassVar[list[tuple[str, dict[str, Any]]]] = []

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append((self.path, body))
        answer = json.dumps({"narrative": "Anggaran wajar."})
        if ":generateContent" in self.path:
            payload: dict[str, Any] = {
                "candidates": [
                    {"content": {"role": "model", "parts": [{"text": answer}]}, "finishReason": "STOP"}
                ],
                "usageMetadata": {"promptTokenCount": 11, "candidatesTokenCount": 7, "totalTokenCount": 18},
            }
        else:
            payload = {
                "choices": [{"message": {"role": "assistant", "content": answer}}],
                "usage": {"prompt_tokens": 13, "completion_tokens": 5},
            }
        data = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    _Handler.requests.clear()
    httpd = HTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


async def test_gemini_provider_asks_for_structured_json(server: str) -> None:
    llm = GeminiLlm("test-key", "gemini-2.5-flash", base_url=server)
    result = await llm.generate_json(system="Anda penelaah.", prompt="Telaah RKA", schema=SCHEMA)
    assert result.data == {"narrative": "Anggaran wajar."}
    assert (result.input_tokens, result.output_tokens, result.provider) == (11, 7, "gemini")
    path, body = _Handler.requests[0]
    assert path.endswith("models/gemini-2.5-flash:generateContent")
    config = body["generationConfig"]
    assert config["responseMimeType"] == "application/json"
    assert config["responseJsonSchema"] == SCHEMA
    assert body["systemInstruction"]["parts"][0]["text"] == "Anda penelaah."


async def test_openai_compatible_provider(server: str) -> None:
    llm = OpenAICompatibleLlm(server + "/v1", "qwen2.5-7b-instruct", api_key="k")
    try:
        result = await llm.generate_json(system="s", prompt="p", schema=SCHEMA)
    finally:
        await llm.close()
    assert result.data == {"narrative": "Anggaran wajar."}
    assert (result.input_tokens, result.output_tokens) == (13, 5)
    path, body = _Handler.requests[0]
    assert path == "/v1/chat/completions"
    assert body["response_format"]["json_schema"]["schema"] == SCHEMA
