from __future__ import annotations

import httpx
from samarinda_common.observability import HealthChecks, HealthServer, build_health_app


async def healthy() -> bool:
    return True


async def broken() -> bool:
    raise ConnectionError("mongo unreachable")


async def test_readiness_is_503_when_any_check_fails_and_health_stays_200() -> None:
    checks = HealthChecks()
    checks.add("kafka", healthy)
    checks.add("mongo", broken)
    app = build_health_app(checks)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://api") as client:
        ready = await client.get("/ready")
        assert ready.status_code == 503
        assert ready.json()["checks"] == {"kafka": True, "mongo": False}
        assert (await client.get("/health")).status_code == 200
        assert (await client.get("/nope")).status_code == 404


async def test_health_server_serves_metrics_over_http() -> None:
    checks = HealthChecks()
    checks.add("kafka", healthy)
    server = HealthServer(build_health_app(checks), port=0, host="127.0.0.1")
    await server.start()
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{server.port}") as client:
            assert (await client.get("/ready")).json() == {"status": "ok", "checks": {"kafka": True}}
            assert "samarinda_grpc_requests_total" in (await client.get("/metrics")).text
    finally:
        await server.stop()
