"""The answer text of a model's JSON reply as it streams in.

The model answers with one JSON object (``{"found": …, "answer": "…", "citations": […]}``), so
the tokens it streams are JSON text. A reader shows people the ``answer`` string only: this pulls
that string's characters out of the fragments, decoded, as soon as each is complete, without
waiting for the object to close. Everything else (keys, other fields, nested citations) is skipped.
"""

from __future__ import annotations

import json

FIELD = "answer"
_HIGH_SURROGATES = range(0xD800, 0xDC00)


class AnswerDraft:
    """Feed the fragments in order; each ``feed`` returns the new characters of the answer field."""

    def __init__(self, field: str = FIELD) -> None:
        self._field = field
        self._depth = 0
        self._in_string = False
        self._escaped = False  # in a skipped string, the previous character was a backslash
        self._expect_key = False  # at the top level, the next string is a key
        self._key: list[str] = []  # the raw text of the top-level key being read
        self._last_key = ""
        self._reading_key = False
        self._streaming = False  # inside the answer field's string value
        self._escape = ""  # an escape sequence of the answer, until it is complete

    def feed(self, fragment: str) -> str:
        out: list[str] = []
        for char in fragment:
            if self._streaming:
                self._answer_char(char, out)
            elif self._in_string:
                self._skipped_char(char)
            else:
                self._structure_char(char)
        return "".join(out)

    def _structure_char(self, char: str) -> None:
        if char in "{[":
            self._depth += 1
            self._expect_key = self._depth == 1 and char == "{"
        elif char in "}]":
            self._depth -= 1
        elif self._depth == 1 and char == ",":
            self._expect_key = True
        elif self._depth == 1 and char == ":":
            self._expect_key = False
        elif char == '"':
            if self._depth == 1 and self._expect_key:
                self._reading_key, self._key = True, []
            elif self._depth == 1 and self._last_key == self._field:
                self._streaming = True
                return
            self._in_string = True

    def _skipped_char(self, char: str) -> None:
        if self._escaped:
            self._escaped = False
        elif char == "\\":
            self._escaped = True
        elif char == '"':
            self._in_string = False
            if self._reading_key:
                self._reading_key = False
                self._last_key = json.loads('"' + "".join(self._key) + '"')
                return
        if self._reading_key:
            self._key.append(char)

    def _answer_char(self, char: str, out: list[str]) -> None:
        if self._escape:
            self._escape += char
            self._finish_escape(out)
        elif char == "\\":
            self._escape = char
        elif char == '"':
            self._streaming = False
            self._last_key = ""  # a repeated key does not stream twice
        else:
            out.append(char)

    def _finish_escape(self, out: list[str]) -> None:
        escape = self._escape
        if escape[1] != "u":
            out.append(json.loads(f'"{escape}"'))
            self._escape = ""
            return
        if len(escape) == 6 and ord(json.loads(f'"{escape}"')) in _HIGH_SURROGATES:
            return  # half of a pair: wait for the low surrogate's escape
        if len(escape) == 7 and escape[6] != "\\":
            # A lone high surrogate: pass it through as JSON would, then read the character.
            out.append(json.loads(f'"{escape[:6]}"'))
            self._escape = ""
            self._answer_char(escape[6], out)
            return
        if len(escape) in (6, 12):
            out.append(json.loads(f'"{escape}"'))
            self._escape = ""
