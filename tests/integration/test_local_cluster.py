"""The local cluster's set-up against the real MinIO: the shared ingest bucket exists after it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from minio import Minio
from samarinda_local_cluster.launcher import INGEST_BUCKET, connection_settings, ensure_ingest_bucket

pytestmark = pytest.mark.integration


def test_cluster_up_creates_the_shared_ingest_bucket_and_may_run_again(
    infra_env: dict[str, str], require_server: Callable[[str], str]
) -> None:
    endpoint = require_server("SAMARINDA_S3_ENDPOINT")
    servers = connection_settings(infra_env)

    ensure_ingest_bucket(servers)
    ensure_ingest_bucket(servers)  # a second `up` finds it and leaves it alone

    client = Minio(
        endpoint,
        access_key=servers["SAMARINDA_S3_ACCESS_KEY"],
        secret_key=servers["SAMARINDA_S3_SECRET_KEY"],
        secure=False,
    )
    assert client.bucket_exists(INGEST_BUCKET)
