"""Sign-in and roles in the real app, in headless Chromium, against a real OpenID Connect provider.

The provider is oidc-provider-mock (a Flask/Authlib provider with a login form) on a free
loopback port in this process; the app is ``digital-compare serve`` with an ``[auth]``
secrets file (outside the repository) pointing at it.
"""

from __future__ import annotations

import contextlib
import json
import re
import secrets
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from digital_compare.tools.screenshots import wait_for_page
from digital_compare.tools.serve import free_port, running_app

pytestmark = pytest.mark.browser

ANALYST = {"sub": "ann", "email": "ann@example.org", "name": "Ann Analyst"}
NOT_LISTED = {"sub": "bob", "email": "bob@example.org", "name": "Bob Reader"}
#: Thai text with two figures, so the labels editor (and for analysts the add form) appears
TEXT = "เศรษฐกิจดิจิทัลของเวียดนามโต ร้อยละ 12 ในปี 2566 และมี 62 เป้าหมาย"
#: nothing from the developer's own environment decides the roles in these tests
NO_ROLES_ENV = {"DIGITAL_COMPARE_ANALYSTS": "", "DIGITAL_COMPARE_TRUSTED_HEADER": ""}


@pytest.fixture(scope="module")
def oidc_provider():
    """The provider's issuer URL; its users carry the e-mail and name claims the app reads."""
    from oidc_provider_mock import run_server_in_thread

    with run_server_in_thread(port=0) as server:
        issuer = f"http://localhost:{server.server_port}"
        for user in (ANALYST, NOT_LISTED):
            claims = {k: v for k, v in user.items() if k != "sub"}
            request = urllib.request.Request(f"{issuer}/users/{urllib.parse.quote(user['sub'])}", method="PUT",
                                             data=json.dumps(claims).encode(), headers={"Content-Type": "application/json"})
            with urllib.request.urlopen(request, timeout=10) as response:
                assert response.status == 204
        yield issuer


@contextlib.contextmanager
def app_signing_in_with(issuer: str, folder: Path, env: dict | None = None):
    """The dashboard with st.login configured against the provider at ``issuer`` (its secrets file
    written into ``folder``); only Ann is an analyst. ``env`` adds to the server's environment."""
    port = free_port()
    secrets_file = folder / "secrets.toml"
    secrets_file.write_text(
        "[auth]\n"
        f'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
        f'cookie_secret = "{secrets.token_hex(32)}"\n'
        'client_id = "digital-compare-test"\n'
        f'client_secret = "{secrets.token_hex(16)}"\n'
        f'server_metadata_url = "{issuer}/.well-known/openid-configuration"\n', encoding="utf-8")
    env = {**NO_ROLES_ENV, "DIGITAL_COMPARE_ANALYSTS": ANALYST["email"], **(env or {})}
    with running_app(port=port, env=env, streamlit_args=["--secrets.files", str(secrets_file)]) as url:
        yield url


@pytest.fixture(scope="module")
def oidc_app(oidc_provider, tmp_path_factory):
    with app_signing_in_with(oidc_provider, tmp_path_factory.mktemp("oidc")) as url:
        yield url


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context
    context.close()


def _account(page):
    return page.locator(".st-key-account")


def _wait_for_account(page, *texts: str) -> None:
    for text in texts:
        _account(page).get_by_text(text, exact=True).wait_for(timeout=30_000)


def _analyse(page) -> None:
    page.get_by_label("Paste the article text").fill(TEXT)
    page.keyboard.press("Control+Enter")
    page.get_by_role("heading", name="Suggested labels").wait_for(timeout=60_000)


def _add_button(page):
    return page.get_by_role("button", name="Add to the dashboard")


def _sign_in(page, app_url: str, subject: str) -> None:
    page.goto(f"{app_url}/?lang=en")
    wait_for_page(page, "overview")
    _account(page).get_by_role("button", name="Sign in").click()
    # the provider's own login form
    page.locator("input[name=sub]").fill(subject)
    page.get_by_role("button", name="Authorize", exact=True).click()
    page.wait_for_url(re.compile(re.escape(app_url)), timeout=30_000)
    # Streamlit sends the browser back to the app's root, in the default language (Thai)
    wait_for_page(page, "overview")
    _wait_for_account(page, "บทบาท: นักวิเคราะห์" if subject == ANALYST["sub"] else "บทบาท: ผู้เยี่ยมชม")
    page.goto(f"{app_url}/?lang=en")
    wait_for_page(page, "overview")


def test_visitor_has_no_write_controls_and_is_offered_sign_in(context, oidc_app):
    page = context.new_page()
    page.goto(f"{oidc_app}/analyze?lang=en")
    wait_for_page(page, "analyze")
    _wait_for_account(page, "Role: Visitor")
    assert _account(page).get_by_role("button", name="Sign in").is_visible()
    page.get_by_text("Adding to the dashboard is for analysts: sign in from the sidebar.").wait_for()
    _analyse(page)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')")
    assert _add_button(page).count() == 0
    assert page.locator('[data-testid="stException"]').count() == 0


def test_listed_user_signs_in_as_analyst_and_out_again(context, oidc_app):
    page = context.new_page()
    _sign_in(page, oidc_app, ANALYST["sub"])
    _wait_for_account(page, "Signed in as Ann Analyst", "Role: Analyst")
    assert _account(page).get_by_role("button", name="Sign in").count() == 0

    page.goto(f"{oidc_app}/analyze?lang=en")
    wait_for_page(page, "analyze")
    _wait_for_account(page, "Role: Analyst")
    _analyse(page)
    _add_button(page).wait_for(timeout=30_000)
    assert page.get_by_text("Adding to the dashboard is", exact=False).count() == 0

    _account(page).get_by_role("button", name="Sign out").click()
    # the provider's end-session page, which sends the browser back to the app
    page.get_by_role("button", name="End session").click()
    page.wait_for_url(re.compile(re.escape(oidc_app)), timeout=30_000)
    page.goto(f"{oidc_app}/analyze?lang=en")
    wait_for_page(page, "analyze")
    _wait_for_account(page, "Role: Visitor")
    assert _account(page).get_by_role("button", name="Sign in").is_visible()
    assert _account(page).get_by_text("Ann Analyst").count() == 0


def test_signed_in_but_not_listed_stays_a_visitor(context, oidc_app):
    page = context.new_page()
    _sign_in(page, oidc_app, NOT_LISTED["sub"])
    _wait_for_account(page, "Signed in as Bob Reader", "Role: Visitor")
    page.goto(f"{oidc_app}/analyze?lang=en")
    wait_for_page(page, "analyze")
    page.get_by_text("You are signed in as Bob Reader but are not listed as an analyst").wait_for()
    _analyse(page)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')")
    assert _add_button(page).count() == 0


# None: the address of the project's .streamlit/config.toml, what `make run` listens on
@pytest.mark.parametrize("address, analyst", [("0.0.0.0", False), ("127.0.0.1", True), (None, True)])
def test_without_sign_in_only_a_loopback_server_lets_the_local_user_add(context, tmp_path, address, analyst):
    no_secrets = tmp_path / "secrets.toml"  # absent on purpose: no [auth] from the developer's own files
    with running_app(env=NO_ROLES_ENV, address=address, streamlit_args=["--secrets.files", str(no_secrets)]) as url:
        page = context.new_page()
        page.goto(f"{url}/analyze?lang=en")
        wait_for_page(page, "analyze")
        _wait_for_account(page, "Role: Analyst" if analyst else "Role: Visitor")
        assert _account(page).get_by_role("button", name="Sign in").count() == 0  # nothing to sign in with
        off = page.get_by_text("Adding to the dashboard is off: no sign-in is configured")
        _analyse(page)
        if analyst:
            _add_button(page).wait_for(timeout=30_000)
            assert off.count() == 0
        else:
            off.wait_for()
            page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')")
            assert _add_button(page).count() == 0
