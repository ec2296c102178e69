"""The served app's pages say where the server is (digital_compare.app.ui_asgi): no detour through
/<page>/_stcore/health, nothing else of the server's answers changed, and a server under a base path still found."""

from __future__ import annotations

import asyncio
import concurrent.futures

import pytest

from digital_compare.app.i18n import t
from digital_compare.app.navigation import page_url_paths
from digital_compare.app.ui_asgi import ServerAddressInPage, address_script, with_address_script
from digital_compare.tools.screenshots import wait_for_page
from digital_compare.tools.serve import running_app

PAGE = b'<html><head><script>window.prerenderReady = false</script><script type="module" src="./x.js"></script></head></html>'
SCRIPT = address_script(page_url_paths())


@pytest.mark.parametrize("html, expected", [
    (PAGE, PAGE.replace(b'<script type="module"', SCRIPT + b'<script type="module"', 1)),
    (PAGE.replace(b'type="module"', b'TYPE="module"'), PAGE.replace(b'<script type="module"', SCRIPT + b'<script TYPE="module"', 1)),
    (b"<html><body>no script</body></html>", None),  # not Streamlit's page: left alone
    (b"", None),
])
def test_the_script_goes_before_the_first_module_script(html, expected):
    assert with_address_script(html, SCRIPT) == expected


def _app(status: int, headers: list[tuple[bytes, bytes]], chunks: list[bytes]):
    seen = {}

    async def app(scope, receive, send):
        seen["scope"] = scope
        await send({"type": "http.response.start", "status": status, "headers": headers})
        for index, chunk in enumerate(chunks):
            await send({"type": "http.response.body", "body": chunk, "more_body": index < len(chunks) - 1})
    return app, seen


def _call(app, method: str = "GET", accept: bytes = b"text/html,application/xhtml+xml", extra=()):
    sent = []

    async def send(message):
        sent.append(message)

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    scope = {"type": "http", "method": method, "path": "/compare",
             "headers": [(b"accept", accept), (b"accept-encoding", b"gzip"), (b"if-none-match", b'"x"'), *extra]}
    # on a thread of its own: in the whole suite a browser fixture's event loop is running on this one
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, ServerAddressInPage(app, page_paths=page_url_paths())(scope, receive, send)).result()
    return sent


HTML = [(b"content-type", b"text/html; charset=utf-8"), (b"content-length", str(len(PAGE)).encode()),
        (b"etag", b'"abc"'), (b"cache-control", b"no-cache")]


def test_a_page_gets_the_script_and_its_true_length():
    app, seen = _app(200, HTML, [PAGE[:40], PAGE[40:]])
    start, body = _call(app)
    headers = dict(start["headers"])
    assert SCRIPT in body["body"] and body["body"].replace(SCRIPT, b"") == PAGE
    assert int(headers[b"content-length"]) == len(body["body"])
    assert b"etag" not in headers and headers[b"cache-control"] == b"no-cache"
    # asked uncompressed and unconditionally: a 304 or a gzipped body could not be rewritten
    asked = dict(seen["scope"]["headers"])
    assert b"accept-encoding" not in asked and b"if-none-match" not in asked


@pytest.mark.parametrize("method, accept, headers", [
    ("GET", b"*/*", HTML),  # a script's or a picture's request
    ("POST", b"text/html", HTML),
    ("GET", b"text/html", [(b"content-type", b"application/json")]),
    ("GET", b"text/html", [*HTML, (b"content-encoding", b"gzip")]),
])
def test_other_answers_pass_unchanged(method, accept, headers):
    app, seen = _app(200, headers, [PAGE])
    start, body = _call(app, method, accept)
    assert start["headers"] == headers and body["body"] == PAGE
    if accept == b"*/*" or method == "POST":
        assert dict(seen["scope"]["headers"])[b"accept-encoding"] == b"gzip"


def _visit(browser, url: str, path: str, page_name: str) -> tuple[list[str], str | None, str]:
    """The health requests a visit of ``path`` makes, the server address its page was given, and the page's title."""
    page = browser.new_page()
    asked = []
    page.on("request", lambda request: asked.append(request.url) if "_stcore/health" in request.url else None)
    page.goto(f"{url}{path}")
    wait_for_page(page, page_name, timeout_ms=180_000)
    given = page.evaluate("() => (window.__streamlit || {}).BACKEND_BASE_URL || null")
    title = page.title()
    page.close()
    return asked, given, title


@pytest.mark.browser
@pytest.mark.parametrize("path, page_name, given", [
    ("/compare?lang=en", "compare", "/"),
    ("/china/?lang=en", "china", "/"),
    ("/?lang=en", "overview", None),  # the overview: Streamlit's own search finds the server at once
])
def test_a_page_finds_the_server_at_once(browser, app_url, path, page_name, given):
    asked, got, title = _visit(browser, app_url, path, page_name)
    assert asked and all(url == f"{app_url}/_stcore/health" for url in asked), asked
    assert got == (None if given is None else f"{app_url}{given}")
    assert title.startswith(t(f"nav_{page_name}", "en"))


@pytest.mark.browser
def test_a_server_under_a_base_path_is_found_on_every_page(browser):
    with running_app(base_url_path="data") as url:
        # "data" is also a page's name: the base path itself is the overview, not the data page
        for path, page_name in (("/data/compare?lang=en", "compare"), ("/data/?lang=en", "overview"),
                                ("/data/data?lang=en", "data")):
            asked, _, title = _visit(browser, url, path, page_name)
            assert asked and all(request == f"{url}/data/_stcore/health" for request in asked), (path, asked)
            assert title.startswith(t(f"nav_{page_name}", "en")), (path, title)
