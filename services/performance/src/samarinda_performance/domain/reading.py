"""Reading indicator records out of an extracted document: its tables first, then the lines and
sentences of pages without a usable table. Pure functions over :class:`ExtractedDocument`.

Stages (each a function tested alone): classify the document → find each table's header and what
its columns mean → read its rows with the programme / kegiatan / sub-kegiatan they sit under →
read unruled tables and sentences from page text → drop repeats. Every value keeps its citation.

This module is the entry point (:func:`read_indicators`, :class:`Source`); the stages live in
``document_kind``, ``table_headers`` and ``tables``, ``text_tables``, ``prose_sentences`` and
``prose``, and ``repeats``, over ``reading_state`` (the reading's state and record emission),
``polarity`` and ``indicator_names``.
"""

from __future__ import annotations

from dataclasses import replace

from samarinda_common.extracted import ExtractedDocument, ExtractionMethod

from samarinda_performance.domain.document_kind import classify_document, document_year, is_multi_year_plan
from samarinda_performance.domain.indicator_names import indicator_key
from samarinda_performance.domain.model import DocumentType, Indicator
from samarinda_performance.domain.ocr_text import ascii_borders_blanked, repair_percent
from samarinda_performance.domain.polarity import negative_mark, negative_names
from samarinda_performance.domain.prose import named_revisions, read_prose
from samarinda_performance.domain.reading_state import Reading, Source
from samarinda_performance.domain.repeats import checked_by_line, known, without_recaps, without_repeats
from samarinda_performance.domain.table_headers import Column
from samarinda_performance.domain.tables import pages_of, read_table
from samarinda_performance.domain.text_tables import read_text_table
from samarinda_performance.domain.vocabulary import VOCABULARY, Vocabulary

__all__ = ["Source", "read_indicators"]


def read_indicators(
    document: ExtractedDocument, source: Source, vocabulary: Vocabulary = VOCABULARY
) -> list[Indicator]:
    """Every indicator and budget line the document states, each value with its citation."""
    text = document.text
    if classify_document(text, source.filename, vocabulary) is DocumentType.NOT_REPORT:
        return []
    reading = Reading(
        source=source,
        doc_type=classify_document(text, source.filename, vocabulary),
        year=document_year(text, source.filename, source.fiscal_year),
        vocabulary=vocabulary,
        multi_year=is_multi_year_plan(text, source.filename),
        negative_mark=negative_mark(text, vocabulary),
        negative_names=negative_names(text, vocabulary),
        ocr_pages=frozenset(p.number for p in document.pages if p.method is ExtractionMethod.OCR),
    )
    pages_with_tables: set[int | str] = set()
    previous: list[Column] | None = None
    for table in document.tables:
        columns = read_table(table, reading, previous)
        if columns is not None:
            previous = columns
            pages_with_tables.update(pages_of(table))
    from_tables = {indicator_key(r.indicator) for r in reading.records}
    for page in document.pages:
        where: int | str = page.sheet or page.number
        if not page.text.strip() or page.sheet:
            continue  # a sheet's text is its table again
        page_text = page.text
        if where in reading.ocr_pages:
            page_text = repair_percent(ascii_borders_blanked(page.text), vocabulary)
        before = len(reading.records)
        if where not in pages_with_tables:
            read_text_table(page_text, where, reading)
        elif page.method is ExtractionMethod.OCR:
            # An OCR'd table can lose rows the page's text still has: take those, not the table's again.
            lines = replace(reading, records=[])  # the same document and context, its own records
            read_text_table(page_text, where, lines)
            reading.records[:] = [checked_by_line(r, lines.records) for r in reading.records]
            reading.records.extend(
                r for r in lines.records if not known(indicator_key(r.indicator), from_tables)
            )
        if len(reading.records) == before:
            # Sentences beside a table may state other indicators; the table's own stay the table's.
            prose = replace(reading, records=[])
            read_prose(page_text, where, prose, beside_table=where in pages_with_tables)
            reading.records.extend(r for r in prose.records if indicator_key(r.indicator) not in from_tables)
    return without_repeats(without_recaps(named_revisions(reading.records, text, vocabulary)))
