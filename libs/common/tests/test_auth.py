from __future__ import annotations

import pytest
from pydantic import SecretStr
from samarinda_common.adapters.embedded_documents import EmbeddedDocumentStore
from samarinda_common.auth import (
    AUDIT_LOG_COLLECTION,
    AuditLog,
    Principal,
    TokenAuthenticator,
    authorize_opd,
    current_principal,
    parse_token_spec,
    principal_from_headers,
    use_principal,
)
from samarinda_common.errors import InvalidInput, PermissionDenied, Unauthenticated
from samarinda_common.settings import CommonSettings, Mode


def test_token_spec_parses_opd_and_admin_entries() -> None:
    assert parse_token_spec(" t1=DISDIK, t2=* ,") == {"t1": "DISDIK", "t2": "*"}


@pytest.mark.parametrize("spec", ["t1", "=DISDIK", "t1="])
def test_malformed_token_spec_is_rejected(spec: str) -> None:
    with pytest.raises(InvalidInput):
        parse_token_spec(spec)


def test_tokens_resolve_to_their_principal() -> None:
    auth = TokenAuthenticator({"t1": "DISDIK", "t2": "*"})
    disdik, admin = auth.authenticate("t1"), auth.authenticate("t2")
    assert (disdik.opd, disdik.is_admin) == ("DISDIK", False)
    assert (admin.opd, admin.is_admin) == (None, True)
    assert "t1" not in repr(disdik)  # the token itself is never kept on the principal
    assert len(disdik.token_id) == 12


@pytest.mark.parametrize("token", [None, "", "t3", "T1"])
def test_unknown_or_missing_tokens_are_refused(token: str | None) -> None:
    with pytest.raises(Unauthenticated):
        TokenAuthenticator({"t1": "DISDIK"}).authenticate(token)


def test_bearer_header_is_required_for_http_callers() -> None:
    auth = TokenAuthenticator({"t1": "DISDIK"})
    assert principal_from_headers(auth, {"authorization": "Bearer t1"}).opd == "DISDIK"
    with pytest.raises(Unauthenticated):
        principal_from_headers(auth, {"authorization": "Token t1"})
    with pytest.raises(Unauthenticated):
        principal_from_headers(auth, {})


def test_without_tokens_only_embedded_mode_lets_anonymous_callers_in() -> None:
    embedded = TokenAuthenticator.from_settings(CommonSettings(mode=Mode.EMBEDDED, api_tokens=SecretStr("")))
    assert embedded.authenticate(None).is_admin
    real = TokenAuthenticator.from_settings(CommonSettings(mode=Mode.REAL, api_tokens=SecretStr("")))
    with pytest.raises(Unauthenticated):
        real.authenticate(None)
    configured = TokenAuthenticator.from_settings(
        CommonSettings(mode=Mode.EMBEDDED, api_tokens=SecretStr("t1=DISDIK"))
    )
    with pytest.raises(Unauthenticated):
        configured.authenticate(None)


def test_an_opd_token_may_only_act_for_its_own_opd() -> None:
    disdik = Principal(opd="DISDIK", is_admin=False, token_id="x")
    authorize_opd(disdik, "DISDIK")
    authorize_opd(Principal(opd=None, is_admin=True, token_id="y"), "DINKES")
    with pytest.raises(PermissionDenied):
        authorize_opd(disdik, "DINKES")


def test_current_principal_follows_the_bound_context() -> None:
    with pytest.raises(Unauthenticated):
        current_principal()
    principal = Principal(opd="BAPPEDA", is_admin=False, token_id="z")
    with use_principal(principal):
        assert current_principal() is principal
    with pytest.raises(Unauthenticated):
        current_principal()


async def test_audit_log_records_who_did_what() -> None:
    store = EmbeddedDocumentStore()
    audit = AuditLog(store)
    with use_principal(Principal(opd="DISDIK", is_admin=False, token_id="abc")):
        await audit.record(action="upload", resource="document/doc-1", opd="DISDIK", outcome="ok")

    [entry] = await store.find(AUDIT_LOG_COLLECTION, {"action": "upload"})
    assert entry["principal"] == {"opd": "DISDIK", "is_admin": False, "token_id": "abc", "roles": []}
    assert (entry["resource"], entry["opd"], entry["outcome"]) == ("document/doc-1", "DISDIK", "ok")
    assert entry["at"] is not None


def test_a_scope_may_grant_the_catalogue_publisher_role() -> None:
    auth = TokenAuthenticator({"p": "BPKAD+catalogue-publisher", "o": "DINKES", "a": "*"})
    publisher, opd, admin = auth.authenticate("p"), auth.authenticate("o"), auth.authenticate("a")
    assert (publisher.opd, publisher.may_publish_catalogues) == ("BPKAD", True)
    assert not opd.may_publish_catalogues
    assert admin.may_publish_catalogues
    with pytest.raises(InvalidInput):
        parse_token_spec("t=BPKAD+raja")  # an unknown role is a configuration error, not ignored


def test_a_query_covers_the_callers_own_opd_or_what_an_admin_names() -> None:
    disdik = Principal(opd="DISDIK", is_admin=False, token_id="t")
    admin = Principal(opd=None, is_admin=True, token_id="a")
    assert disdik.opds_to_read((), "search documents") == ("DISDIK",)
    assert disdik.opds_to_read(("DISDIK",), "search documents") == ("DISDIK",)
    assert admin.opds_to_read((), "search documents") == ()
    assert admin.opds_to_read(("DINKES", "DISDIK"), "search documents") == ("DINKES", "DISDIK")
    with pytest.raises(PermissionDenied, match="not allowed to search documents of OPD DINKES"):
        disdik.opds_to_read(("DISDIK", "DINKES"), "search documents")
    with pytest.raises(PermissionDenied, match="not bound to an OPD"):
        Principal(opd=None, is_admin=False, token_id="n").opds_to_read((), "ask over documents")
