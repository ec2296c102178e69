"""The dashboard as an ASGI app (``st.App``, run by ``digital-compare serve``): Streamlit's server, whose pages say
where the server is before Streamlit's page script looks for it.

Streamlit's page script does not know the server's address below the host: on /compare it asks
/compare/_stcore/health first, is refused (404), waits 100 ms and asks /_stcore/health. Under load (10 browsers,
2 cores) that detour held every visit of a page other than the overview 0.5–0.65 s before the page's script run
began. The page's HTML now names the address (``window.__streamlit.BACKEND_BASE_URL``, Streamlit's own setting
for pages served from elsewhere), taken from the page's own address less its page name, so that a prefix a proxy
adds is kept as Streamlit's own search kept it.

``streamlit run dashboard.py`` works as before, with the detour.
"""

from __future__ import annotations

import json
import re

import streamlit as st
from starlette.middleware import Middleware

from digital_compare.app.navigation import page_url_paths
from digital_compare.paths import APP_DIR

__all__ = ["ServerAddressInPage", "address_script", "app", "with_address_script"]

#: Streamlit's index.html loads its page script as a module; a classic script before it runs first
_FIRST_MODULE_SCRIPT = re.compile(rb"<script\s+type=\"module\"", re.IGNORECASE)


def address_script(page_paths: list[str], base_url_path: str = "") -> bytes:
    """The classic ``<script>`` that sets ``window.__streamlit.BACKEND_BASE_URL`` on a page's address that ends in
    a page name (one of ``page_paths``): the address less that name, so /compare and /dc/compare give / and /dc/.
    Elsewhere (the overview, an unknown address, and ``base_url_path`` itself, the server's
    ``server.baseUrlPath``, whatever its last word) Streamlit's own search is left as it is.

    :Example:

        >>> b"BACKEND_BASE_URL" in address_script(["china", "compare"])
        True
    """
    names = "|".join(re.escape(path) for path in page_paths if path)
    own = "/" + base_url_path.strip("/") if base_url_path.strip("/") else ""
    return (
        "<script>(() => {"
        "const path = location.pathname.replace(/\\/+$/, '');"
        f"if (path === {json.dumps(own)}) return;"
        f"const base = path.replace(new RegExp({json.dumps('/(?:' + names + ')$')}), '');"
        "if (base === path) return;"
        "window.__streamlit = Object.assign({}, window.__streamlit,"
        " {BACKEND_BASE_URL: location.origin + base + '/'});"
        "})();</script>"
    ).encode()


def with_address_script(html: bytes, script: bytes) -> bytes | None:
    """``html`` with ``script`` just before its first module script; None if it has none (not Streamlit's page)."""
    found = _FIRST_MODULE_SCRIPT.search(html)
    if found is None:
        return None
    return html[: found.start()] + script + html[found.start():]


def _is_page_request(scope) -> bool:
    """A browser's visit of a page (it accepts HTML): the only responses read and rewritten."""
    if scope["type"] != "http" or scope["method"] != "GET":
        return False
    accept = next((value for name, value in scope["headers"] if name == b"accept"), b"")
    return b"text/html" in accept


class ServerAddressInPage:
    """Pure ASGI middleware: each page's HTML gets :func:`address_script`. Other responses pass untouched.

    A page request is asked for without compression (Streamlit's own gzip sits inside this middleware, and an
    8 kB page is not worth compressing to rewrite); its ETag and Last-Modified are dropped, since the page differs
    from the file they describe (Streamlit sends it with ``no-cache``, so a browser asks again each visit)."""

    def __init__(self, app, page_paths: list[str] | None = None) -> None:
        self.app = app
        self.page_paths = page_paths
        self._script: bytes | None = None

    @property
    def script(self) -> bytes:
        if self._script is None:
            if self.page_paths is None:
                # the addresses alone: importing the pages' module here held the first visit's page (and the
                # server's event loop) until pandas and Plotly were imported
                self.page_paths = page_url_paths()
            self._script = address_script(self.page_paths, st.get_option("server.baseUrlPath") or "")
        return self._script

    async def __call__(self, scope, receive, send) -> None:
        if not _is_page_request(scope):
            await self.app(scope, receive, send)
            return
        scope = dict(scope, headers=[(name, value) for name, value in scope["headers"]
                                     if name not in (b"accept-encoding", b"if-none-match", b"if-modified-since")])
        start: dict | None = None
        body: list[bytes] = []

        async def send_rewritten(message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                headers = dict(message.get("headers", []))
                if headers.get(b"content-type", b"").startswith(b"text/html") and b"content-encoding" not in headers:
                    start = message
                    return
                await send(message)
                return
            if start is None or message["type"] != "http.response.body":
                await send(message)
                return
            body.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            html = b"".join(body)
            page = with_address_script(html, self.script) or html
            headers = [(name, value) for name, value in start.get("headers", [])
                       if name not in (b"content-length", b"etag", b"last-modified")]
            await send({**start, "headers": [*headers, (b"content-length", str(len(page)).encode())]})
            await send({"type": "http.response.body", "body": page})

        await self.app(scope, receive, send_rewritten)


app = st.App(str(APP_DIR / "dashboard.py"), middleware=[Middleware(ServerAddressInPage)])
