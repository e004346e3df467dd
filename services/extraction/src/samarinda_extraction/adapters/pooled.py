"""Runs the CPU-bound extraction off the event loop: parsing in a thread, OCR in a process pool."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from concurrent.futures import Executor, ProcessPoolExecutor

from samarinda_common.extracted import ExtractedDocument

from samarinda_extraction.extract import archive_members, extract_bytes
from samarinda_extraction.options import ExtractionOptions


def _single_threaded_tesseract() -> None:
    # One Tesseract per core: its own OpenMP threads would only fight the other pool workers.
    os.environ["OMP_THREAD_LIMIT"] = "1"


def ocr_process_pool(workers: int) -> ProcessPoolExecutor:
    # forkserver: the worker process runs threads (asyncio, Kafka client) that fork must not copy.
    return ProcessPoolExecutor(
        max_workers=workers,
        initializer=_single_threaded_tesseract,
        mp_context=multiprocessing.get_context("forkserver"),
    )


class PooledExtractor:
    """``Extractor`` for the worker; without an executor, OCR runs in the calling thread."""

    def __init__(self, options: ExtractionOptions, ocr_executor: Executor | None = None) -> None:
        self._options = options
        self._ocr_executor = ocr_executor

    async def extract(self, data: bytes, filename: str, detected_type: str | None) -> ExtractedDocument:
        return await asyncio.to_thread(
            extract_bytes, data, filename, detected_type, options=self._options, executor=self._ocr_executor
        )

    async def archive_members(self, data: bytes) -> list[tuple[str, bytes]]:
        return await asyncio.to_thread(archive_members, data, self._options)

    def close(self) -> None:
        if self._ocr_executor is not None:
            self._ocr_executor.shutdown(wait=True, cancel_futures=True)
