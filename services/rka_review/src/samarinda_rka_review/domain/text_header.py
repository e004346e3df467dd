"""A column header the table reader left in the page text.

On a scanned page the extraction may find the table's body but read its header line as text above
it (``No Uraian Satuan Harga Satuan Jumlah``): one line of labels, one per column, with no cell
boundaries. Split into the longest known labels, a line that is nothing but labels, exactly as many
as the table has columns, is that table's header row."""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Set

from samarinda_common.price_catalogue import normalise_label

_LONGEST_LABEL_WORDS = 4


def split_label_line(line: str, labels: Set[str]) -> list[str] | None:
    """The line as a run of known labels, longest first at each word; None if a word is no label's."""
    words = line.split()
    found: list[str] = []
    start = 0
    while start < len(words):
        for end in range(min(len(words), start + _LONGEST_LABEL_WORDS), start, -1):
            candidate = " ".join(words[start:end])
            if normalise_label(candidate) in labels:
                found.append(candidate)
                start = end
                break
        else:
            return None
    return found


def header_in_text(
    page_text: str, columns: Mapping[str, Set[str]], width: int, required: Sequence[str]
) -> list[str] | None:
    """The last line of ``page_text`` that splits into ``width`` labels naming every required field."""
    labels = {label for names in columns.values() for label in names}
    for line in reversed(page_text.splitlines()):
        split = split_label_line(line, labels)
        if split is None or len(split) != width:
            continue
        named = {
            field for field, names in columns.items() for label in split if normalise_label(label) in names
        }
        if set(required) <= named:
            return split
    return None
