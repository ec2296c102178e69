"""Roles: who is an analyst, for every way of signing in and every address the server listens on."""

from __future__ import annotations

import getpass

import pytest

from digital_compare.workspace.auth import (
    Actor,
    AuthSettings,
    cli_actor,
    is_loopback_only,
    oidc_providers,
    resolve_actor,
    writing_off_reason,
)

ANN = {"is_logged_in": True, "sub": "sub-ann", "email": "ann@example.org", "name": "Ann"}
BOB = {"is_logged_in": True, "sub": "sub-bob", "email": "bob@example.org", "name": "Bob"}
OIDC = AuthSettings(analysts=frozenset({"ann@example.org"}), oidc_providers=("default",))
OIDC_ALL = AuthSettings(every_signed_in=True, oidc_providers=("default",))
PROXY = AuthSettings(analysts=frozenset({"ann@example.org"}), trusted_header="X-Forwarded-Email")
NONE = AuthSettings()
NONE_BUT_LISTED = AuthSettings(analysts=frozenset({"ann@example.org"}))


@pytest.mark.parametrize("address, loopback", [
    ("127.0.0.1", True),
    ("127.8.9.10", True),
    ("::1", True),
    ("[::1]", True),
    ("::ffff:127.0.0.1", True),
    ("localhost", True),
    ("LOCALHOST", True),
    (" 127.0.0.1 ", True),
    ("0.0.0.0", False),
    ("::", False),
    ("", False),
    (None, False),
    ("192.168.1.4", False),
    ("10.0.0.1", False),
    ("::ffff:10.0.0.1", False),
    ("example.org", False),
    ("localhost.example.org", False),
    ("128.0.0.1", False),
])
def test_loopback_only(address, loopback):
    assert is_loopback_only(address) is loopback


@pytest.mark.parametrize("case, user, headers, settings, address, expected", [
    # OpenID Connect: listed -> analyst, signed in but not listed -> a named visitor
    ("oidc listed by email", ANN, {}, OIDC, "0.0.0.0", ("oidc:sub-ann", "Ann", "analyst", "oidc")),
    ("oidc listed, email case differs", {**ANN, "email": "ANN@Example.ORG"}, {}, OIDC, "0.0.0.0",
     ("oidc:sub-ann", "Ann", "analyst", "oidc")),
    ("oidc listed by subject", BOB, {}, AuthSettings(analysts=frozenset({"sub-bob"}), oidc_providers=("g",)), "",
     ("oidc:sub-bob", "Bob", "analyst", "oidc")),
    ("oidc not listed", BOB, {}, OIDC, "0.0.0.0", ("oidc:sub-bob", "Bob", "visitor", "oidc")),
    ("oidc not listed, even on loopback", BOB, {}, OIDC, "127.0.0.1", ("oidc:sub-bob", "Bob", "visitor", "oidc")),
    ("oidc '*' lists every signed-in user", BOB, {}, OIDC_ALL, "0.0.0.0", ("oidc:sub-bob", "Bob", "analyst", "oidc")),
    ("oidc unverified e-mail is not matched", {**ANN, "email_verified": False}, {}, OIDC, "0.0.0.0",
     ("oidc:sub-ann", "Ann", "visitor", "oidc")),
    ("oidc without a name shows the e-mail", {"is_logged_in": True, "sub": "s", "email": "ann@example.org"}, {}, OIDC,
     "", ("oidc:s", "ann@example.org", "analyst", "oidc")),
    ("oidc not signed in", {"is_logged_in": False}, {}, OIDC, "0.0.0.0", ("anonymous", "", "visitor", "none")),
    ("oidc not signed in, on loopback: sign-in is configured", {"is_logged_in": False}, {}, OIDC, "127.0.0.1",
     ("anonymous", "", "visitor", "none")),
    ("a user mapping is ignored when OIDC is not configured", ANN, {}, NONE_BUT_LISTED, "0.0.0.0",
     ("anonymous", "", "visitor", "none")),
    # the trusted proxy header, only when configured
    ("header listed", None, {"X-Forwarded-Email": "ann@example.org"}, PROXY, "0.0.0.0",
     ("header:ann@example.org", "ann@example.org", "analyst", "header")),
    ("header name is case-insensitive", None, {"x-forwarded-email": "Ann@Example.org"}, PROXY, "0.0.0.0",
     ("header:Ann@Example.org", "Ann@Example.org", "analyst", "header")),
    ("header not listed", None, {"X-Forwarded-Email": "bob@example.org"}, PROXY, "0.0.0.0",
     ("header:bob@example.org", "bob@example.org", "visitor", "header")),
    ("header sent twice (the client's beside the proxy's)", None,
     {"X-Forwarded-Email": "ann@example.org, bob@example.org"}, PROXY, "0.0.0.0", ("anonymous", "", "visitor", "none")),
    ("header empty", None, {"X-Forwarded-Email": "  "}, PROXY, "0.0.0.0", ("anonymous", "", "visitor", "none")),
    ("header missing", None, {}, PROXY, "127.0.0.1", ("anonymous", "", "visitor", "none")),
    ("header ignored when not configured", None, {"X-Forwarded-Email": "ann@example.org"}, NONE_BUT_LISTED,
     "0.0.0.0", ("anonymous", "", "visitor", "none")),
    # no sign-in configured: loopback alone, and not through a proxy
    ("none, 0.0.0.0", None, {}, NONE, "0.0.0.0", ("anonymous", "", "visitor", "none")),
    ("none, unset address = every interface", None, {}, NONE, None, ("anonymous", "", "visitor", "none")),
    ("none, LAN address", None, {}, NONE, "192.168.1.4", ("anonymous", "", "visitor", "none")),
    ("none, loopback but forwarded by a proxy", None, {"X-Forwarded-For": "203.0.113.9"}, NONE, "127.0.0.1",
     ("anonymous", "", "visitor", "not-direct")),
    ("none, loopback but Forwarded", None, {"Forwarded": "for=203.0.113.9"}, NONE, "127.0.0.1",
     ("anonymous", "", "visitor", "not-direct")),
    # a browser on this machine asked by another site's page: the page is not the person at the keyboard
    ("none, loopback, DNS rebinding (the site's own name as Host)", None,
     {"Host": "rebind.attacker.example:8501", "Origin": "http://rebind.attacker.example:8501"}, NONE, "127.0.0.1",
     ("anonymous", "", "visitor", "not-direct")),
    ("none, loopback, a page of another local server", None,
     {"Host": "localhost:8501", "Origin": "http://localhost:3000"}, NONE, "127.0.0.1",
     ("anonymous", "", "visitor", "not-direct")),
    ("none, loopback, Origin another loopback name", None,
     {"Host": "127.0.0.1:8501", "Origin": "http://localhost:8501"}, NONE, "127.0.0.1",
     ("anonymous", "", "visitor", "not-direct")),
    ("none, loopback, the machine's LAN address as Host", None,
     {"Host": "192.0.2.2:8501", "Origin": "http://192.0.2.2:8501"}, NONE, "127.0.0.1",
     ("anonymous", "", "visitor", "not-direct")),
    ("none, loopback, Host 0.0.0.0", None, {"Host": "0.0.0.0:8501"}, NONE, "127.0.0.1",
     ("anonymous", "", "visitor", "not-direct")),
    ("none, loopback, Origin null", None, {"Host": "127.0.0.1:8501", "Origin": "null"}, NONE, "127.0.0.1",
     ("anonymous", "", "visitor", "not-direct")),
    ("none, loopback, Host sent twice", None, {"Host": "127.0.0.1:8501, evil.example"}, NONE, "127.0.0.1",
     ("anonymous", "", "visitor", "not-direct")),
    ("none, loopback, this machine's browser at 127.0.0.1", None,
     {"Host": "127.0.0.1:8501", "Origin": "http://127.0.0.1:8501"}, NONE, "127.0.0.1",
     ("local", getpass.getuser(), "analyst", "loopback")),
    ("none, loopback, this machine's browser at localhost", None,
     {"Host": "localhost:8501", "Origin": "http://localhost:8501"}, NONE, "localhost",
     ("local", getpass.getuser(), "analyst", "loopback")),
    ("none, loopback, this machine's browser at [::1]", None,
     {"Host": "[::1]:8501", "Origin": "http://[::1]:8501"}, NONE, "::1",
     ("local", getpass.getuser(), "analyst", "loopback")),
    ("none, loopback, a program here (no Host)", None, {}, NONE, "127.0.0.1",
     ("local", getpass.getuser(), "analyst", "loopback")),
])
def test_resolve_actor(case, user, headers, settings, address, expected):
    actor = resolve_actor(user, headers, settings, address)
    assert (actor.id, actor.name, actor.role, actor.via) == expected, case
    assert actor.can_write is (expected[2] == "analyst")


@pytest.mark.parametrize("address", ["127.0.0.1", "::1", "localhost"])
def test_local_user_on_loopback_is_the_analyst(address):
    actor = resolve_actor(None, {"Host": "127.0.0.1:8501"}, NONE, address)
    assert (actor.id, actor.role, actor.via, actor.can_write) == ("local", "analyst", "loopback", True)
    assert actor.name == getpass.getuser()


@pytest.mark.parametrize("actor, settings, reason", [
    (Actor("oidc:1", "Ann", "analyst", "oidc"), OIDC, None),
    (Actor("local", "me", "analyst", "loopback"), NONE, None),
    (Actor("oidc:2", "Bob", "visitor", "oidc"), OIDC, "auth_off_not_analyst"),
    (Actor("header:bob", "bob", "visitor", "header"), PROXY, "auth_off_not_analyst"),
    (Actor("anonymous", "", "visitor", "none"), OIDC, "auth_off_sign_in"),
    (Actor("anonymous", "", "visitor", "none"), PROXY, "auth_off_no_proxy_identity"),
    (Actor("anonymous", "", "visitor", "none"), NONE, "auth_off_not_local"),
    (Actor("anonymous", "", "visitor", "not-direct"), NONE, "auth_off_not_direct"),
])
def test_writing_off_reason(actor, settings, reason):
    assert writing_off_reason(actor, settings) == reason


def test_every_reason_is_translated():
    from digital_compare.app.i18n import STRINGS

    for key in ("auth_off_not_analyst", "auth_off_sign_in", "auth_off_no_proxy_identity", "auth_off_not_local",
                "auth_off_not_direct"):
        th, en = STRINGS[key]
        assert th and en and th != en


AUTH = {"redirect_uri": "http://127.0.0.1:8501/oauth2callback", "cookie_secret": "x" * 32}
PROVIDER = {"client_id": "app", "client_secret": "s", "server_metadata_url": "http://127.0.0.1:9/.well-known/openid-configuration"}


@pytest.mark.parametrize("environ, secrets, analysts, every, header, providers", [
    ({}, {}, set(), False, None, ()),
    ({"DIGITAL_COMPARE_ANALYSTS": " Ann@Example.org ,, sub-7 "}, {}, {"ann@example.org", "sub-7"}, False, None, ()),
    ({"DIGITAL_COMPARE_ANALYSTS": "*"}, {}, set(), True, None, ()),
    ({"DIGITAL_COMPARE_TRUSTED_HEADER": "X-Forwarded-Email"}, {}, set(), False, "X-Forwarded-Email", ()),
    ({"DIGITAL_COMPARE_TRUSTED_HEADER": "  "}, {}, set(), False, None, ()),
    ({}, {"digital_compare": {"analysts": ["a@x.org", "B@x.org"], "trusted_header": "X-User"}},
     {"a@x.org", "b@x.org"}, False, "X-User", ()),
    # the environment wins over the secrets, even when it empties the list
    ({"DIGITAL_COMPARE_ANALYSTS": ""}, {"digital_compare": {"analysts": "a@x.org"}}, set(), False, None, ()),
    ({}, {"auth": {**AUTH, **PROVIDER}}, set(), False, None, ("default",)),
    ({}, {"auth": {**AUTH, "okta": PROVIDER, "bad_name": PROVIDER}}, set(), False, None, ("okta",)),
    ({}, {"auth": {**AUTH, "client_id": "app"}}, set(), False, None, ()),  # incomplete: Streamlit would refuse it
    ({}, {"auth": {**PROVIDER, "cookie_secret": "x"}}, set(), False, None, ()),  # no redirect_uri
])
def test_settings_from_sources(environ, secrets, analysts, every, header, providers):
    settings = AuthSettings.from_sources(environ, secrets)
    assert (set(settings.analysts), settings.every_signed_in, settings.trusted_header, settings.oidc_providers) == (
        analysts, every, header, providers)
    assert settings.oidc_providers == oidc_providers(secrets.get("auth"))


def test_cli_actor_is_the_os_user_and_an_analyst():
    actor = cli_actor()
    assert actor == Actor(f"os:{getpass.getuser()}", getpass.getuser(), "analyst", "cli")
    assert actor.can_write and not actor.signed_in


def test_the_project_config_listens_on_loopback_alone():
    """`make run` must keep adding open for the one analyst on the laptop, and closed to the network."""
    import tomllib

    from digital_compare.paths import APP_DIR

    config = tomllib.loads((APP_DIR / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert is_loopback_only(config["server"]["address"])
