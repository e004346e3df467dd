"""Field mappings of the two indexes, beyond the shared ones (opd, category, fiscal_year, ...).

The vector index adapter owns the rest of the template (``knn_vector`` with Lucene HNSW, the
``text`` field with OpenSearch's built-in ``indonesian`` analyzer, versioned index behind an
alias); these say which metadata are numbers, exact keywords or analysed Indonesian text.
"""

from __future__ import annotations

from typing import Any

_KEYWORD = {"type": "keyword"}
_INTEGER = {"type": "integer"}
_INDONESIAN_TEXT = {"type": "text", "analyzer": "indonesian"}

CHUNK_METADATA: dict[str, dict[str, Any]] = {
    "chunk_kind": _KEYWORD,
    "filename": _KEYWORD,
    "page": _INTEGER,
    "sheet": _KEYWORD,
    "heading": _INDONESIAN_TEXT,
    "table": _INTEGER,
    "first_row": _INTEGER,
    "last_row": _INTEGER,
    "position": _INTEGER,
    "embedding_model": _KEYWORD,
}

PRICE_REFERENCE_METADATA: dict[str, dict[str, Any]] = {
    "filename": _KEYWORD,
    "embedding_model": _KEYWORD,
    "price_reference": {
        "properties": {
            "id": _KEYWORD,
            "kode": _KEYWORD,
            "uraian": _INDONESIAN_TEXT,
            "spesifikasi": _INDONESIAN_TEXT,
            "satuan": _KEYWORD,
            "harga": {"type": "long"},
            "includes_ppn": {"type": "boolean"},
            "tahun": _INTEGER,
            "kind": _KEYWORD,
            "kelompok": _INDONESIAN_TEXT,
            "keterangan": _INDONESIAN_TEXT,
            "source_document": _KEYWORD,
            "page": _INTEGER,
            "sheet": _KEYWORD,
            "row": _INTEGER,
        }
    },
}
