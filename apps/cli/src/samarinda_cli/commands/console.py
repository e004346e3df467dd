"""``samarinda console [--port N]``: the web console over ``SAMARINDA_DATA_DIR``, no servers.

The embedded pipeline opens the local data (what ``samarinda demo`` produced), serves the upload,
review and billing gRPC APIs over it on a loopback port, and the console talks to them exactly as
it talks to a cluster. Files uploaded through the console are processed in this process too.
Local only: it listens on 127.0.0.1, and with no API tokens configured anyone signs in as admin.
"""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path
from typing import Annotated

import typer
from samarinda_common.auth import TokenAuthenticator
from samarinda_common.grpc.server import build_server
from samarinda_common.logging import configure_logging
from samarinda_common.settings import CommonSettings, Mode
from samarinda_console.api import ConsoleSettings, GrpcPlatform, build_app, build_console, serve_console

from samarinda_cli.pipeline import EmbeddedPipeline

# How often uploads made through the console are carried through extraction and indexing.
PIPELINE_TICK_SECONDS = 1.0
DEFAULT_PORT = 8000


async def _keep_processing(pipeline: EmbeddedPipeline) -> None:
    while True:
        await pipeline.run_until_idle()
        await asyncio.sleep(PIPELINE_TICK_SECONDS)


async def _serve(settings: CommonSettings, host: str, port: int) -> None:
    async with EmbeddedPipeline(settings) as pipeline:
        servicers = pipeline.grpc_servicers()
        server = build_server(
            settings,
            [(add, servicer) for add, servicer, _ in servicers],
            [name for _, _, name in servicers],
            authenticator=TokenAuthenticator.from_settings(settings),
            port=0,
            host="127.0.0.1",
        )
        await server.start()
        address = f"127.0.0.1:{server.port}"
        console_settings = ConsoleSettings(
            **settings.model_dump(exclude={"service_name"}),
            http_host=host,
            http_port=port,
            upload_server=address,
            review_server=address,
            billing_server=address,
            secure_cookies=False,  # plain http on this machine
            live_status=False,
        )
        platform = GrpcPlatform(settings, upload=address, review=address, billing=address)
        app = build_app(build_console(console_settings, platform, None, local_data=str(settings.data_dir)))
        worker = asyncio.create_task(_keep_processing(pipeline))
        typer.echo(f"Konsol Samarinda.AI: http://{host}:{port}/ (data: {settings.data_dir}); Ctrl+C to stop")
        try:
            await serve_console(console_settings, app)
        finally:
            worker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await worker
            await platform.close()
            await server.stop(1)


def console_command(
    port: Annotated[int, typer.Option("--port", help="HTTP port on 127.0.0.1")] = DEFAULT_PORT,
    host: Annotated[str, typer.Option("--host", help="address to listen on")] = "127.0.0.1",
    data_dir: Annotated[
        Path | None,
        typer.Option("--data-dir", envvar="SAMARINDA_DATA_DIR", help="the embedded data (samarinda demo's)"),
    ] = None,
) -> None:
    """The web console over the local data (SAMARINDA_DATA_DIR): no servers, no internet."""
    configure_logging("samarinda-console", "WARNING", json=False)
    overrides: dict[str, object] = {"mode": Mode.EMBEDDED}
    if data_dir is not None:
        overrides["data_dir"] = data_dir
    asyncio.run(_serve(CommonSettings(**overrides), host, port))


def register(app: typer.Typer) -> None:
    app.command("console")(console_command)
