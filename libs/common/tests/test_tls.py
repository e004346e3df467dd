"""TLS from the settings: gRPC and HTTP serve it, internal clients trust the internal CA, and a
client CA turns it into mTLS. Certificates are made here with ``cryptography``; servers are real."""

from __future__ import annotations

import datetime as dt
import ssl
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import grpc
import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from grpc_health.v1 import health_pb2, health_pb2_grpc
from samarinda_common.auth import TokenAuthenticator
from samarinda_common.grpc.channel import internal_channel
from samarinda_common.grpc.server import GrpcServer, build_server, ops_server
from samarinda_common.observability import HealthChecks, HealthServer, build_health_app
from samarinda_common.settings import CommonSettings
from samarinda_common.tls import client_ssl_context, uvicorn_tls_options


@dataclass
class Pki:
    ca: Path
    server_cert: Path
    server_key: Path
    client_cert: Path
    client_key: Path


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _write_key(key: ec.EllipticCurvePrivateKey, path: Path) -> Path:
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return path


def _issue(
    ca_key: ec.EllipticCurvePrivateKey, ca_name: x509.Name, cn: str, path: Path, *, is_ca: bool = False
) -> tuple[ec.EllipticCurvePrivateKey, Path]:
    key = ca_key if is_ca else ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(cn))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=1))
        .not_valid_after(now + dt.timedelta(hours=1))
        .add_extension(x509.BasicConstraints(ca=is_ca, path_length=None), critical=True)
    )
    if not is_ca:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.DNSName(cn)]), critical=False
        )
    path.write_bytes(builder.sign(ca_key, hashes.SHA256()).public_bytes(serialization.Encoding.PEM))
    return key, path


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    root = tmp_path_factory.mktemp("pki")
    ca_key = ec.generate_private_key(ec.SECP256R1())
    _, ca = _issue(
        ca_key, _name("samarinda-internal-ca"), "samarinda-internal-ca", root / "ca.crt", is_ca=True
    )
    server_key, server_cert = _issue(
        ca_key, _name("samarinda-internal-ca"), "embedding-api", root / "server.crt"
    )
    client_key, client_cert = _issue(
        ca_key, _name("samarinda-internal-ca"), "rka-review", root / "client.crt"
    )
    return Pki(
        ca,
        server_cert,
        _write_key(server_key, root / "server.key"),
        client_cert,
        _write_key(client_key, root / "client.key"),
    )


async def _serving(server: GrpcServer, client: CommonSettings) -> bool:
    async with internal_channel(f"localhost:{server.port}", client) as channel:
        try:
            reply = await health_pb2_grpc.HealthStub(channel).Check(
                health_pb2.HealthCheckRequest(), timeout=5
            )
        except grpc.aio.AioRpcError:
            return False
        return bool(reply.status == health_pb2.HealthCheckResponse.SERVING)


@pytest.fixture
async def tls_server(pki: Pki, request: pytest.FixtureRequest) -> AsyncIterator[GrpcServer]:
    settings = CommonSettings(
        tls_cert_file=pki.server_cert,
        tls_key_file=pki.server_key,
        tls_client_ca_file=pki.ca if getattr(request, "param", False) else None,
    )
    server = build_server(settings, [], [], authenticator=TokenAuthenticator({}), port=0, host="127.0.0.1")
    await server.start()
    yield server
    await server.stop(grace_seconds=0)


async def test_grpc_serves_tls_that_clients_trusting_the_internal_ca_accept(
    pki: Pki, tls_server: GrpcServer
) -> None:
    assert await _serving(tls_server, CommonSettings(ca_file=pki.ca))
    assert not await _serving(tls_server, CommonSettings())  # plaintext client: no
    assert not await _serving(tls_server, CommonSettings(ca_file=pki.client_cert))  # another CA: no


@pytest.mark.parametrize("tls_server", [True], indirect=True)
async def test_a_client_ca_makes_the_server_require_client_certificates(
    pki: Pki, tls_server: GrpcServer
) -> None:
    assert not await _serving(tls_server, CommonSettings(ca_file=pki.ca))
    with_cert = CommonSettings(ca_file=pki.ca, tls_cert_file=pki.client_cert, tls_key_file=pki.client_key)
    assert await _serving(tls_server, with_cert)


async def test_http_serves_tls_with_the_same_settings(pki: Pki) -> None:
    settings = CommonSettings(tls_cert_file=pki.server_cert, tls_key_file=pki.server_key)
    http = HealthServer(
        build_health_app(HealthChecks()), 0, host="127.0.0.1", tls=uvicorn_tls_options(settings)
    )
    await http.start()
    try:
        async with httpx.AsyncClient(verify=client_ssl_context(pki.ca)) as client:
            assert (await client.get(f"https://localhost:{http.port}/health")).status_code == 200
        async with httpx.AsyncClient(verify=ssl.create_default_context()) as public_only:
            with pytest.raises(httpx.ConnectError):
                await public_only.get(f"https://localhost:{http.port}/health")
    finally:
        await http.stop()


def test_the_client_context_keeps_the_public_cas_and_adds_the_internal_one(pki: Pki) -> None:
    public = len(ssl.create_default_context().get_ca_certs())
    context = client_ssl_context(pki.ca)
    subjects = [dict(x[0] for x in cert["subject"]) for cert in context.get_ca_certs()]
    assert {"commonName": "samarinda-internal-ca"} in subjects
    assert len(subjects) == public + 1


async def test_api_processes_serve_metrics_and_readiness_on_the_metrics_port(tls_server: GrpcServer) -> None:
    ops = ops_server(CommonSettings(metrics_port=0), tls_server)
    await ops.start()
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{ops.port}") as client:
            ready = await client.get("/ready")
            assert ready.status_code == 200 and ready.json()["checks"] == {"grpc": True}
            assert "samarinda_grpc_requests_total" in (await client.get("/metrics")).text
            await tls_server.stop(grace_seconds=0)
            assert (await client.get("/ready")).status_code == 503  # draining: out of the endpoints
    finally:
        await ops.stop()
