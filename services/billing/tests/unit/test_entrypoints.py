from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import grpc
import pytest
from samarinda.billing.v1 import billing_service_pb2 as pb
from samarinda.billing.v1 import billing_service_pb2_grpc as pb_grpc
from samarinda_billing.entrypoints.grpc_api import SERVICE_NAME, BillingServicer
from samarinda_billing.entrypoints.kafka import usage_subscription
from samarinda_billing.settings import BillingSettings
from samarinda_common.auth import AuditLog, TokenAuthenticator
from samarinda_common.events import UsageOperation, UsageRecorded
from samarinda_common.grpc import build_server
from samarinda_common.topics import HEADER_DLQ_REASON, Topic

from .conftest import Harness

MARCH = datetime.fromisoformat("2026-03-15T09:00:00+08:00")


async def test_worker_dead_letters_bad_events_and_charges_the_rest(harness: Harness) -> None:
    harness.bus.subscribe(usage_subscription(harness.billing, "billing"))
    good = UsageRecorded(
        event_id="evt-good0001",
        opd="DISDIK",
        operation=UsageOperation.LLM_INPUT_TOKENS,
        provider="gemini",
        units=1_000_000,
        occurred_at=MARCH,
    )
    await harness.bus.publish_raw(Topic.USAGE_RECORDED, b'{"event_id": "evt-bad00001", "opd": "DISDIK"}')
    unpriced = good.model_copy(update={"event_id": "evt-unpriced", "provider": "acme-ai"})
    await harness.bus.publish(unpriced)
    await harness.bus.publish(good)
    await harness.bus.publish(good)
    await harness.bus.run_until_idle()
    dead = harness.bus.dead_letters(Topic.USAGE_RECORDED)
    assert [d.headers[HEADER_DLQ_REASON].split(":")[0] for d in dead] == ["invalid_event", "NO_TARIFF"]
    assert (await harness.billing.balance("DISDIK", "2026-03"))[0].spent_idr == 4_890


@pytest.fixture
async def stub(harness: Harness) -> AsyncIterator[pb_grpc.BillingServiceStub]:
    settings = BillingSettings(mode="real")
    authenticator = TokenAuthenticator({"admin-token": "*", "disdik-token": "DISDIK"})
    server = build_server(
        settings,
        [
            (
                pb_grpc.add_BillingServiceServicer_to_server,
                BillingServicer(harness.billing, AuditLog(harness.store)),
            )
        ],
        [SERVICE_NAME],
        authenticator=authenticator,
        port=0,
        host="127.0.0.1",
    )
    await server.start()
    async with grpc.aio.insecure_channel(f"127.0.0.1:{server.port}") as channel:
        yield pb_grpc.BillingServiceStub(channel)
    await server.stop(0)


ADMIN = (("authorization", "Bearer admin-token"),)
DISDIK = (("authorization", "Bearer disdik-token"),)


async def test_grpc_admin_manages_credits_and_opds_see_only_their_own(
    harness: Harness, stub: pb_grpc.BillingServiceStub
) -> None:
    top_up = await stub.TopUp(pb.TopUpRequest(request_id="r1", amount_idr=3_000_000), metadata=ADMIN)
    assert top_up.applied and top_up.pool.available_idr == 3_000_000
    with pytest.raises(grpc.aio.AioRpcError) as denied:
        await stub.TopUp(pb.TopUpRequest(request_id="r2", amount_idr=1), metadata=DISDIK)
    assert denied.value.code() is grpc.StatusCode.PERMISSION_DENIED

    await stub.SetAllocation(
        pb.SetAllocationRequest(opd="DISDIK", monthly_idr=9_780, hard_limit=True), metadata=ADMIN
    )
    for opd in ("DISDIK", "DINKES"):
        await harness.billing.on_usage_recorded(
            UsageRecorded(
                event_id=f"evt-grpc-{opd}",
                opd=opd,
                operation=UsageOperation.LLM_INPUT_TOKENS,
                provider="gemini",
                units=1_000_000,
                occurred_at=MARCH,
            )
        )
    own = await stub.GetUsage(pb.GetUsageRequest(period="2026-03"), metadata=DISDIK)
    assert [(line.opd, line.cost_idr) for line in own.lines] == [("DISDIK", 4_890)]
    everyone = await stub.GetUsage(pb.GetUsageRequest(period="2026-03"), metadata=ADMIN)
    assert everyone.total_cost_idr == 2 * 4_890
    with pytest.raises(grpc.aio.AioRpcError) as other:
        await stub.GetBalance(pb.GetBalanceRequest(opd="DINKES"), metadata=DISDIK)
    assert other.value.code() is grpc.StatusCode.PERMISSION_DENIED

    balance = await stub.GetBalance(pb.GetBalanceRequest(opd="DISDIK"), metadata=DISDIK)
    assert (balance.balance.state, balance.balance.threshold_percent) == (pb.QUOTA_STATE_WARNING, 50)
    assert balance.balance.remaining_idr == 4_890 and balance.pool.spent_idr == 2 * 4_890

    statement = await stub.ExportStatement(
        pb.ExportStatementRequest(period="2026-03", format=pb.STATEMENT_FORMAT_CSV), metadata=DISDIK
    )
    assert b"DINKES" not in statement.content and b"DISDIK" in statement.content
    with pytest.raises(grpc.aio.AioRpcError) as bad_period:
        await stub.GetUsage(pb.GetUsageRequest(period="March"), metadata=ADMIN)
    assert bad_period.value.code() is grpc.StatusCode.INVALID_ARGUMENT


async def test_grpc_forecast_full_use(stub: pb_grpc.BillingServiceStub) -> None:
    result = await stub.Forecast(pb.ForecastRequest(scenario="full-use"), metadata=DISDIK)
    assert 180 < float(result.total_usd) < 220
    assert result.rent_vs_own.cheaper == "rent"
    custom = await stub.Forecast(
        pb.ForecastRequest(
            volumes=[
                pb.PlannedVolume(
                    opd="DISDIK", operation="llm_input_tokens", provider="gemini", units=1_000_000
                )
            ]
        ),
        metadata=DISDIK,
    )
    assert custom.total_idr == 4_890
