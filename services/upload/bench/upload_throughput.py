"""Upload throughput over gRPC vs. raw MinIO puts of the same files, on this machine.

    .venv/bin/python services/upload/bench/upload_throughput.py [--rounds 3] [--concurrency 4]

Needs the local servers (infra/local/up.sh; reads .infra/env). Starts the UploadService in this
process against real MinIO + FerretDB + Kafka (validation isolated in child processes, as in
production), uploads distinct text files of 1 KB, 1 MB and 20 MB, then puts the same files straight
into MinIO with the minio SDK. Prints the median over rounds of uploads/s and MB/s, and the ratio.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import secrets
import statistics
import string
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

import grpc
from minio import Minio
from samarinda.upload.v1 import upload_service_pb2 as pb
from samarinda.upload.v1 import upload_service_pb2_grpc as pb_grpc
from samarinda_common.auth import TokenAuthenticator
from samarinda_common.grpc.server import build_server
from samarinda_common.infra import build_infra
from samarinda_common.logging import configure_logging
from samarinda_common.messaging import KafkaEventPublisher, build_broker, ensure_topics
from samarinda_common.topics import ALL_TOPICS
from samarinda_upload.bootstrap import build_deps
from samarinda_upload.client import call_metadata, upload_requests
from samarinda_upload.entrypoints.grpc_api import SERVICE_NAME, UploadServicer
from samarinda_upload.service_layer.handlers import TENANCY, ensure_storage
from samarinda_upload.settings import UploadSettings

KB = 1024
MB = 1024 * KB
SIZES = ((1 * KB, "1 KB", 200), (1 * MB, "1 MB", 40), (20 * MB, "20 MB", 6))  # size, label, files per round
TOKEN = secrets.token_hex(16)  # this run only
OPD = "BENCH"
_ALPHABET = (string.ascii_letters + string.digits + " ,;\n").encode()


def load_infra_env() -> None:
    env_file = Path(__file__).resolve().parents[3] / ".infra" / "env"
    if not env_file.exists():
        return
    for line in env_file.read_text().splitlines():
        if line.startswith("export "):
            name, _, value = line.removeprefix("export ").partition("=")
            os.environ.setdefault(name, value)


def text_file(directory: Path, size: int) -> Path:
    """Distinct text content (so nothing dedups), the kind of file validation reads to the end."""
    table = bytes(_ALPHABET[b % len(_ALPHABET)] for b in range(256))
    path = directory / f"{uuid.uuid4().hex}.txt"
    path.write_bytes(secrets.token_bytes(size).translate(table))
    return path


@dataclass
class Round:
    files: int
    bytes_total: int
    seconds: float

    @property
    def per_second(self) -> float:
        return self.files / self.seconds

    @property
    def mb_per_second(self) -> float:
        return self.bytes_total / MB / self.seconds


async def timed(paths: list[Path], concurrency: int, send: Callable[[Path], Awaitable[None]]) -> Round:
    queue: asyncio.Queue[Path] = asyncio.Queue()
    for path in paths:
        queue.put_nowait(path)

    async def worker() -> None:
        while not queue.empty():
            await send(queue.get_nowait())

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return Round(len(paths), sum(p.stat().st_size for p in paths), time.perf_counter() - started)


def median(rounds: list[Round], attribute: str) -> float:
    return statistics.median(getattr(r, attribute) for r in rounds)


async def main(rounds: int, concurrency: int) -> None:
    load_infra_env()
    configure_logging("upload-bench", "WARNING", json=True)
    # The minio SDK warns whenever more threads than its pool size put at once; that is the load we want.
    logging.getLogger("urllib3.connectionpool").setLevel(logging.ERROR)
    run = uuid.uuid4().hex[:8]
    settings = UploadSettings(
        mode="real",
        mongo_db=f"bench_upload_{run}",
        s3_bucket=f"bench-upload-{run}",
        relay_interval_seconds=3600,
    )
    await ensure_topics(settings.kafka_bootstrap, ALL_TOPICS)
    infra = build_infra(settings, TENANCY)
    broker = build_broker(settings, client_id="upload-bench")
    await broker.start()
    deps = build_deps(settings, infra, KafkaEventPublisher(broker))
    await ensure_storage(deps)
    server = build_server(
        settings,
        [(pb_grpc.add_UploadServiceServicer_to_server, UploadServicer(deps, settings.max_upload_bytes))],
        [SERVICE_NAME],
        authenticator=TokenAuthenticator({TOKEN: OPD}),
        port=0,
        host="127.0.0.1",
    )
    await server.start()
    raw = Minio(
        settings.s3_endpoint,
        settings.s3_access_key.get_secret_value(),
        settings.s3_secret_key.get_secret_value(),
        secure=settings.s3_secure,
        region=settings.s3_region,
    )
    raw_bucket = f"bench-raw-{run}"
    raw.make_bucket(raw_bucket)

    print(f"concurrency {concurrency}, {rounds} rounds, median per round; validation in child processes")
    print(f"{'size':>6} | {'gRPC uploads/s':>14} {'gRPC MB/s':>10} | ", end="")
    print(f"{'MinIO puts/s':>12} {'MinIO MB/s':>10} | ratio")
    try:
        async with grpc.aio.insecure_channel(
            f"127.0.0.1:{server.port}", options=[("grpc.max_send_message_length", 16 * MB)]
        ) as channel:
            stub = pb_grpc.UploadServiceStub(channel)

            async def via_grpc(path: Path) -> None:
                metadata = pb.DocumentMetadata(opd=OPD, category="lainnya", filename=path.name)
                await stub.UploadDocument(upload_requests(path, metadata), metadata=call_metadata(TOKEN))

            async def via_minio(path: Path) -> None:
                await asyncio.to_thread(raw.fput_object, raw_bucket, path.name, str(path))

            for size, label, count in SIZES:
                grpc_rounds: list[Round] = []
                raw_rounds: list[Round] = []
                for _ in range(rounds):
                    with tempfile.TemporaryDirectory(prefix="bench-") as directory:
                        paths = [text_file(Path(directory), size) for _ in range(count)]
                        grpc_rounds.append(await timed(paths, concurrency, via_grpc))
                        raw_rounds.append(await timed(paths, concurrency, via_minio))
                grpc_mb, raw_mb = median(grpc_rounds, "mb_per_second"), median(raw_rounds, "mb_per_second")
                print(
                    f"{label:>6} | {median(grpc_rounds, 'per_second'):>14.1f} {grpc_mb:>10.2f} | "
                    f"{median(raw_rounds, 'per_second'):>12.1f} {raw_mb:>10.2f} | {grpc_mb / raw_mb:.2f}"
                )
    finally:
        await server.stop(0)
        await broker.stop()
        await infra.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=4)
    arguments = parser.parse_args()
    asyncio.run(main(arguments.rounds, arguments.concurrency))
