from __future__ import annotations

import os
import ssl

import pytest
from faststream.security import SASLScram512
from pydantic import SecretStr
from samarinda_common.messaging import (
    KafkaSecurityMisconfigured,
    build_broker,
    kafka_client_options,
    kafka_security,
)
from samarinda_common.settings import CommonSettings


@pytest.fixture(autouse=True)
def _no_kafka_identity_from_the_shell(monkeypatch: pytest.MonkeyPatch) -> None:
    # `make test` sources .infra/env (SASL credentials); these cases set every value themselves.
    for name in [n for n in os.environ if n.startswith("SAMARINDA_KAFKA_")]:
        monkeypatch.delenv(name)


def settings(**values: object) -> CommonSettings:
    return CommonSettings.model_validate({"kafka_bootstrap": "kafka:9092", **values})


def test_plaintext_by_default_for_the_embedded_demo_and_unit_tests() -> None:
    assert kafka_security(settings()) is None
    assert kafka_client_options(settings()) == {"bootstrap_servers": "kafka:9092"}


def test_scram_credentials_reach_faststream_and_aiokafka() -> None:
    scram = settings(
        kafka_security_protocol="SASL_PLAINTEXT", kafka_username="upload", kafka_password=SecretStr("rahasia")
    )
    security = kafka_security(scram)
    assert isinstance(security, SASLScram512) and not security.use_ssl
    assert kafka_client_options(scram) == {
        "bootstrap_servers": "kafka:9092",
        "security_protocol": "SASL_PLAINTEXT",
        "sasl_mechanism": "SCRAM-SHA-512",
        "sasl_plain_username": "upload",
        "sasl_plain_password": "rahasia",
        "ssl_context": None,
    }


def test_sasl_ssl_verifies_the_broker_with_the_system_or_given_ca() -> None:
    options = kafka_client_options(
        settings(kafka_security_protocol="SASL_SSL", kafka_username="u", kafka_password=SecretStr("p"))
    )
    assert options["security_protocol"] == "SASL_SSL"
    context = options["ssl_context"]
    assert isinstance(context, ssl.SSLContext) and context.verify_mode == ssl.CERT_REQUIRED


@pytest.mark.parametrize(
    "values",
    [
        {"kafka_security_protocol": "SASL_PLAINTEXT"},
        {"kafka_security_protocol": "SASL_SSL", "kafka_username": "upload"},
        {"kafka_security_protocol": "SASL_PLAINTEXT", "kafka_password": SecretStr("p")},
        {"kafka_security_protocol": "SASL_PLAINTEXT", "kafka_username": "u", "kafka_password": SecretStr("")},
    ],
    ids=["nothing", "no-password", "no-username", "empty-password"],
)
def test_a_sasl_listener_without_credentials_fails_closed(values: dict[str, object]) -> None:
    with pytest.raises(KafkaSecurityMisconfigured, match="refusing to connect without an identity"):
        build_broker(settings(**values), client_id="upload")
    with pytest.raises(KafkaSecurityMisconfigured):
        kafka_client_options(settings(**values))


@pytest.mark.parametrize(
    "values",
    [
        {"kafka_security_protocol": "SASL_TLS"},
        {"kafka_security_protocol": "SASL_PLAINTEXT", "kafka_sasl_mechanism": "PLAIN", "kafka_username": "u"},
    ],
)
def test_unknown_protocols_and_mechanisms_are_refused(values: dict[str, object]) -> None:
    with pytest.raises(KafkaSecurityMisconfigured, match="is not one of"):
        kafka_security(settings(**values))
