"""Console page render under load: 100 concurrent signed-in sessions on loopback, bounded.

    .venv/bin/python services/console/bench/page_load.py --sessions 100 --rounds 5

Two processes, as in a cluster: a backend serving the upload, review and billing gRPC APIs over a
local data folder (the embedded pipeline's stores; ``--data-dir``, by default ``.data/demo``,
what ``make demo`` leaves; run it first), and the console itself (``python -m samarinda_console
web``) talking to it. Each session signs in, then ``--rounds`` times fetches the documents list, a
document with its extracted pages, the RKA review and the credits page (in that order, one request
at a time per session, all sessions at once). Prints p50/p95 per page and overall, the sign-in
page (no backend call) as the baseline in the same run, requests per second, and the console
process's resident memory (idle, peak, after). Loopback only; nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import httpx
from samarinda_common.testing.listen_ports import free_listen_port

REPO = Path(__file__).resolve().parents[3]
PYTHON = sys.executable


def cpu_seconds(pid: int) -> float:
    """User + system CPU time ``pid`` has used, from /proc (independent of other load)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_kib(pid: int) -> tuple[int, int]:
    """(current, peak) resident set size of ``pid`` in KiB, from /proc."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0])
    return values["VmRSS"], values["VmHWM"]


async def serve_backend(data_dir: Path, port: int) -> None:
    """The gRPC APIs over the local data, as ``samarinda console`` serves them in-process."""
    from samarinda_cli.pipeline import EmbeddedPipeline
    from samarinda_common.auth import TokenAuthenticator
    from samarinda_common.grpc.server import build_server
    from samarinda_common.logging import configure_logging
    from samarinda_common.settings import CommonSettings, Mode

    configure_logging("console-bench-backend", "WARNING", json=False)

    settings = CommonSettings(mode=Mode.EMBEDDED, data_dir=data_dir)
    async with EmbeddedPipeline(settings) as pipeline:
        servicers = pipeline.grpc_servicers()
        server = build_server(
            settings,
            [(add, servicer) for add, servicer, _ in servicers],
            [name for _, _, name in servicers],
            authenticator=TokenAuthenticator.from_settings(settings),
            port=port,
            host="127.0.0.1",
        )
        await server.start()
        print("backend ready", flush=True)
        await asyncio.Event().wait()


def wait_ready(url: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:  # noqa: S310 (loopback)
                if answer.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise SystemExit(f"not ready: {url}")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def discover(client: httpx.AsyncClient, opd: str) -> list[tuple[str, str]]:
    """The pages one round fetches: documents, a document with pages, a review, the credits."""
    listing = (await client.get(f"/o/{opd}/dokumen")).text
    documents = re.findall(rf'href="(/o/{opd}/dokumen/doc-[^"]+)"', listing)
    reviews = re.findall(rf'href="(/o/{opd}/telaah/rv-[^"]+)"', (await client.get(f"/o/{opd}/telaah")).text)
    if not documents or not reviews:
        raise SystemExit(f"no documents or review of {opd} in the data folder: run `make demo` first")
    return [
        ("documents", f"/o/{opd}/dokumen"),
        ("document", documents[0]),
        ("review", reviews[0]),
        ("credits", f"/o/{opd}/kredit"),
    ]


async def sign_in(client: httpx.AsyncClient) -> None:
    page = await client.get("/masuk")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert csrf, "no CSRF field on the sign-in page"
    answer = await client.post("/masuk", data={"token": "", "csrf": csrf.group(1)})
    assert answer.status_code == 303, answer.text


async def session(
    base: str, pages: list[tuple[str, str]], rounds: int, timings: dict[str, list[float]]
) -> None:
    limits = httpx.Limits(max_connections=1)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=120, follow_redirects=False) as client:
        started = time.perf_counter()
        await client.get("/masuk")
        timings["sign-in page (baseline)"].append(time.perf_counter() - started)
        await sign_in(client)
        for _ in range(rounds):
            for name, path in pages:
                started = time.perf_counter()
                answer = await client.get(path)
                timings[name].append(time.perf_counter() - started)
                if answer.status_code != 200:
                    raise SystemExit(f"{path}: {answer.status_code}")


async def load(base: str, sessions: int, rounds: int, pid: int, opd: str) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=120) as probe:
        await sign_in(probe)
        pages = await discover(probe, opd)
    idle_rss, _ = rss_kib(pid)
    cpu_before = cpu_seconds(pid)
    timings: dict[str, list[float]] = {
        name: [] for name in ["sign-in page (baseline)", *(n for n, _ in pages)]
    }
    started = time.perf_counter()
    await asyncio.gather(*(session(base, pages, rounds, timings) for _ in range(sessions)))
    elapsed = time.perf_counter() - started
    rss, peak = rss_kib(pid)
    cpu = cpu_seconds(pid) - cpu_before
    requests = sum(len(v) for v in timings.values())
    pages_only = [t for name, values in timings.items() if name != "sign-in page (baseline)" for t in values]
    baseline = statistics.median(timings["sign-in page (baseline)"])
    print(
        f"{sessions} concurrent sessions x {rounds} rounds x {len(pages)} pages on loopback: "
        f"{requests} requests in {elapsed:.1f} s ({requests / elapsed:.1f} req/s)"
    )
    print(f"{'page':<26}{'n':>6}{'p50 ms':>10}{'p95 ms':>10}")
    for name, values in timings.items():
        p50, p95 = 1000 * statistics.median(values), 1000 * percentile(values, 0.95)
        print(f"{name:<26}{len(values):>6}{p50:>10.1f}{p95:>10.1f}")
    print(
        f"{'all pages':<26}{len(pages_only):>6}{1000 * statistics.median(pages_only):>10.1f}"
        f"{1000 * percentile(pages_only, 0.95):>10.1f}"
    )
    print(f"pages p50 / sign-in page p50: {statistics.median(pages_only) / baseline:.1f}x")
    load_average = os.getloadavg()[0]
    print(
        f"console CPU: {1000 * cpu / requests:.1f} ms per request ({cpu:.1f} s in all); "
        f"load average {load_average:.1f} on {os.cpu_count()} CPUs"
    )
    print(
        f"console RSS: idle {idle_rss / 1024:.0f} MiB, after {rss / 1024:.0f} MiB, peak {peak / 1024:.0f} MiB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sessions", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--opd", default="DISDIK")
    parser.add_argument("--data-dir", type=Path, default=REPO / ".data" / "demo")
    parser.add_argument("--serve-backend", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_backend:
        asyncio.run(serve_backend(args.data_dir, args.serve_backend))
        return
    if not args.data_dir.is_dir():
        raise SystemExit(f"{args.data_dir} does not exist: run `make demo` first")
    grpc_port, http_port, health_port = free_listen_port(), free_listen_port(), free_listen_port()
    quiet = {"SAMARINDA_LOG_LEVEL": "WARNING"}
    backend = subprocess.Popen(
        [PYTHON, __file__, "--serve-backend", str(grpc_port), "--data-dir", str(args.data_dir)],
        env={**os.environ, **quiet, "SAMARINDA_MODE": "embedded"},
        stdout=subprocess.PIPE,
        text=True,
    )
    address = f"127.0.0.1:{grpc_port}"
    console_env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("SAMARINDA_")},
        **quiet,
        "SAMARINDA_MODE": "embedded",  # no tokens: the local sign-in, as `samarinda console`
        "SAMARINDA_DATA_DIR": str(args.data_dir),
        "SAMARINDA_HEALTH_PORT": str(health_port),
        "SAMARINDA_CONSOLE_HTTP_HOST": "127.0.0.1",
        "SAMARINDA_CONSOLE_HTTP_PORT": str(http_port),
        "SAMARINDA_CONSOLE_SECURE_COOKIES": "false",
        "SAMARINDA_CONSOLE_UPLOAD_SERVER": address,
        "SAMARINDA_CONSOLE_REVIEW_SERVER": address,
        "SAMARINDA_CONSOLE_BILLING_SERVER": address,
    }
    console: subprocess.Popen[bytes] | None = None
    try:
        assert backend.stdout is not None
        for line in backend.stdout:  # its log lines come first; EOF means it died
            if line.strip() == "backend ready":
                break
        else:
            raise SystemExit("the backend did not start")
        console = subprocess.Popen([PYTHON, "-m", "samarinda_console", "web"], env=console_env)
        wait_ready(f"http://127.0.0.1:{health_port}/ready", 60)
        asyncio.run(load(f"http://127.0.0.1:{http_port}", args.sessions, args.rounds, console.pid, args.opd))
    finally:
        for process in (console, backend):
            if process is not None:
                process.terminate()
                process.wait(timeout=60)


if __name__ == "__main__":
    main()
