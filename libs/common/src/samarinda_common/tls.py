"""TLS material from the settings: what clients trust and what servers present.

Inside the cluster the stores and the gRPC APIs use certificates from the platform's internal CA
(cert-manager in prod). Clients trust that CA *besides* the public ones (``SAMARINDA_CA_FILE``),
so a store on a public endpoint keeps working; servers present ``SAMARINDA_TLS_CERT_FILE`` and,
with ``SAMARINDA_TLS_CLIENT_CA_FILE``, require client certificates signed by it (mTLS).
"""

from __future__ import annotations

import ssl
from pathlib import Path

import grpc

from samarinda_common.settings import CommonSettings


def client_ssl_context(ca_file: Path | None) -> ssl.SSLContext:
    """The public CAs plus ``ca_file`` (the internal CA), hostname checking on."""
    context = ssl.create_default_context()
    if ca_file is not None:
        context.load_verify_locations(cafile=str(ca_file))
    return context


def grpc_server_credentials(settings: CommonSettings) -> grpc.ServerCredentials | None:
    """None for a plaintext server (no certificate configured)."""
    if settings.tls_cert_file is None or settings.tls_key_file is None:
        return None
    client_ca = settings.tls_client_ca_file.read_bytes() if settings.tls_client_ca_file else None
    return grpc.ssl_server_credentials(
        [(settings.tls_key_file.read_bytes(), settings.tls_cert_file.read_bytes())],
        root_certificates=client_ca,
        require_client_auth=client_ca is not None,
    )


def grpc_channel_credentials(settings: CommonSettings) -> grpc.ChannelCredentials | None:
    """For internal gRPC clients: None (plaintext) unless an internal CA is configured; then the
    CA is trusted and this process's own certificate, if any, is presented for mTLS."""
    if settings.ca_file is None:
        return None
    own_cert = settings.tls_cert_file.read_bytes() if settings.tls_cert_file else None
    own_key = settings.tls_key_file.read_bytes() if settings.tls_key_file else None
    return grpc.ssl_channel_credentials(
        root_certificates=settings.ca_file.read_bytes(),
        private_key=own_key if own_cert else None,
        certificate_chain=own_cert if own_key else None,
    )


def uvicorn_tls_options(settings: CommonSettings) -> dict[str, object]:
    """``uvicorn.Config`` keyword arguments serving HTTPS (and mTLS) like the gRPC server."""
    if settings.tls_cert_file is None:
        return {}
    options: dict[str, object] = {
        "ssl_certfile": str(settings.tls_cert_file),
        "ssl_keyfile": str(settings.tls_key_file) if settings.tls_key_file else None,
    }
    if settings.tls_client_ca_file is not None:
        options |= {"ssl_ca_certs": str(settings.tls_client_ca_file), "ssl_cert_reqs": ssl.CERT_REQUIRED}
    return options
