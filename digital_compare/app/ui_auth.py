"""Streamlit side of sign-in and roles: who is asking, on every script run, and the sidebar account box.

The rules live in digital_compare.workspace.auth; this module only gathers what Streamlit
knows about the request (``st.user`` from ``st.login``, the request headers, the address
the server listens on) and shows the result.
"""

from __future__ import annotations

import os

import streamlit as st

from digital_compare.app.i18n import label, t
from digital_compare.app.ui import md_escape
from digital_compare.workspace.auth import Actor, AuthSettings, resolve_actor, writing_off_reason

__all__ = ["auth_settings", "current_actor", "sidebar_account", "writing_off_message"]


def _secrets() -> dict:
    """The parts of the Streamlit secrets that decide sign-in ({} when there is no secrets file)."""
    try:
        if not st.secrets.load_if_toml_exists():
            return {}
        return {key: st.secrets[key].to_dict() for key in ("auth", "digital_compare")
                if key in st.secrets and hasattr(st.secrets[key], "to_dict")}
    except (OSError, ValueError):  # a secrets file Streamlit cannot parse: no sign-in configured
        return {}


def auth_settings() -> AuthSettings:
    return AuthSettings.from_sources(os.environ, _secrets())


def _request_headers() -> dict[str, str]:
    headers = st.context.headers
    # a header sent twice keeps both values (joined as RFC 9110 does), so a client's own copy
    # of the proxy's identity header cannot hide behind the first-value lookup
    return {key: ", ".join(headers.get_all(key)) for key in headers}


def current_actor(settings: AuthSettings | None = None) -> Actor:
    """Who sent this script run. Computed afresh on every run, on the server: never kept in session state."""
    settings = settings or auth_settings()
    user = st.user.to_dict() if settings.oidc_configured else None
    return resolve_actor(user, _request_headers(), settings, st.get_option("server.address"))


def writing_off_message(actor: Actor, lang: str, settings: AuthSettings | None = None) -> str | None:
    """Why ``actor`` may not add to the dashboard, as Markdown-safe text; None when they may."""
    key = writing_off_reason(actor, settings or auth_settings())
    return md_escape(t(key, lang, name=actor.name, port=st.get_option("server.port"))) if key else None


def _provider_label(provider: str, lang: str, providers: tuple[str, ...]) -> str:
    if provider == "default" or len(providers) == 1:
        return t("auth_sign_in", lang)
    return t("auth_sign_in_with", lang, provider=provider)


def sidebar_account(lang: str) -> Actor:
    """The signed-in name and role, with sign-in / sign-out buttons when OpenID Connect is configured."""
    settings = auth_settings()
    actor = current_actor(settings)
    box = st.sidebar.container(key="account")
    if actor.signed_in:
        box.markdown(md_escape(t("auth_signed_in_as", lang, name=actor.name)))
    elif actor.via == "loopback":
        box.markdown(md_escape(t("auth_local_user", lang, name=actor.name)))
    box.caption(md_escape(t("auth_role", lang, role=label("role", actor.role, lang))))
    if not settings.oidc_configured:
        return actor
    if actor.via == "oidc":
        if box.button(t("auth_sign_out", lang), key="sign_out", icon=":material/logout:"):
            st.logout()
    else:
        for provider in settings.oidc_providers:
            if box.button(_provider_label(provider, lang, settings.oidc_providers), key=f"sign_in_{provider}",
                          icon=":material/login:"):
                st.login(provider)
    return actor
