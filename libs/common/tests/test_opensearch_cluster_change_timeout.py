"""Creating an index waits on the cluster (a state update, shard allocation): on a busy node it
outlasts a search's timeout, so it gets its own bound (a local stand-in that answers slowly)."""

import asyncio
from collections.abc import AsyncIterator

import pytest
from aiohttp import web
from samarinda_common.adapters.opensearch_vectors import OpenSearchVectorIndex
from samarinda_common.errors import DependencyUnavailable

CREATE_SECONDS = 1.5


@pytest.fixture
async def slow_cluster() -> AsyncIterator[str]:
    async def no_alias(_: web.Request) -> web.Response:
        return web.json_response({}, status=404)

    async def slow_create(_: web.Request) -> web.Response:
        await asyncio.sleep(CREATE_SECONDS)
        return web.json_response({"acknowledged": True, "shards_acknowledged": True})

    app = web.Application()
    app.router.add_route("HEAD", "/_alias/{name}", no_alias)
    app.router.add_route("GET", "/_alias/{name}", no_alias)
    app.router.add_put("/{index}", slow_create)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    yield f"http://127.0.0.1:{port}"
    await runner.cleanup()


async def test_a_slow_index_creation_outlasts_the_search_timeout(slow_cluster: str) -> None:
    index = OpenSearchVectorIndex(
        slow_cluster, timeout_seconds=0.5, cluster_change_timeout_seconds=5, max_retries=0
    )
    await index.ensure_index("chunks", 4)
    await index.close()


async def test_the_cluster_change_timeout_still_bounds_it(slow_cluster: str) -> None:
    index = OpenSearchVectorIndex(
        slow_cluster, timeout_seconds=0.5, cluster_change_timeout_seconds=0.5, max_retries=0
    )
    with pytest.raises(DependencyUnavailable):
        await index.ensure_index("chunks", 4)
    await index.close()
