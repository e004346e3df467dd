"""A local OpenAI-compatible chat-completions server that replays recorded answers.

    python services/ask/bench/llm_stub.py --recordings services/ask/bench/devset/llm_recordings.json

A recording is keyed by the question the prompt carries ("Pertanyaan: …"); its ``response`` is
the JSON object the model returned, sent back as the message content. A question without a
recording gets the answer of a deliberately simple copying model: the first passage's first
sentence that carries a figure, quoted and cited, or "not found" when no passage has one. That
exercises the whole LLM path (prompt, schema, grounding check, metering) without a GPU; it is
not a measure of a real model's quality. Standard library only, so tests and benches share it.

A request with ``"stream": true`` gets the same content as server-sent events, a few characters
per event the way a model emits tokens, then a usage event and ``[DONE]``.
"""

from __future__ import annotations

import argparse
import json
import re
import threading
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

_QUESTION = re.compile(r"^Pertanyaan: (?P<q>.+)$", re.MULTILINE)
_PASSAGE = re.compile(r'<dokumen nomor="(?P<n>\d+)"[^>]*>\n(?P<text>.*?)\n</dokumen>', re.DOTALL)
_FIGURE_SENTENCE = re.compile(r"[^.\n]*\d[^.\n]*")
# Characters per streamed event: small enough that an answer arrives in many pieces.
STREAM_CHUNK_CHARS = 7


def copying_answer(prompt: str) -> dict[str, Any]:
    for match in _PASSAGE.finditer(prompt):
        sentence = _FIGURE_SENTENCE.search(match["text"])
        if sentence:
            quote = sentence.group(0).strip()
            return {
                "found": True,
                "answer": quote,
                "citations": [{"passage": int(match["n"]), "quote": quote}],
            }
    return {"found": False, "answer": "tidak ditemukan dalam data OPD", "citations": []}


class LlmStub:
    """The server on a free local port; ``requests`` keeps every prompt it was sent."""

    def __init__(self, recordings: Mapping[str, Mapping[str, Any]] | None = None) -> None:
        self.recordings = dict(recordings or {})
        self.requests: list[dict[str, Any]] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                stub.requests.append(body)
                prompt = body["messages"][-1]["content"]
                question = _QUESTION.search(prompt)
                recorded = stub.recordings.get(question["q"].strip()) if question else None
                content = json.dumps(recorded["response"] if recorded else copying_answer(prompt))
                usage = {"prompt_tokens": len(prompt) // 4, "completion_tokens": 60}
                if body.get("stream"):
                    self._stream(content, usage)
                    return
                payload = {
                    "choices": [{"message": {"role": "assistant", "content": content}}],
                    "usage": usage,
                }
                data = json.dumps(payload).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _stream(self, content: str, usage: dict[str, int]) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()  # HTTP/1.0: the body ends when the connection closes
                events: list[dict[str, Any]] = [
                    {"choices": [{"index": 0, "delta": {"content": content[i : i + STREAM_CHUNK_CHARS]}}]}
                    for i in range(0, len(content), STREAM_CHUNK_CHARS)
                ]
                events.append({"choices": [], "usage": usage})
                for event in events:
                    self.wfile.write(f"data: {json.dumps(event)}\n\n".encode())
                    self.wfile.flush()
                self.wfile.write(b"data: [DONE]\n\n")

            def log_message(self, format: str, *args: Any) -> None:
                return

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def __enter__(self) -> LlmStub:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def load_recordings(path: Path | None) -> dict[str, Any]:
    if path is None or not path.exists():
        return {}
    return {r["question"]: r for r in json.loads(path.read_text(encoding="utf-8"))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--recordings", type=Path)
    args = parser.parse_args()
    with LlmStub(load_recordings(args.recordings)) as stub:
        print(stub.base_url, flush=True)
        threading.Event().wait()


if __name__ == "__main__":
    main()
