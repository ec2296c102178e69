"""Who is asking, and may they write? Roles decided from a real sign-in, never from a password table.

Visitors read everything and may analyse a text; only analysts add, correct, review or remove.
An analyst is a signed-in person listed in the analysts setting:

- signed in through OpenID Connect (Streamlit's ``st.login``, when ``[auth]`` is in the secrets);
- or named by a header that an authenticating proxy sets (``DIGITAL_COMPARE_TRUSTED_HEADER``).
  Only safe when the proxy removes that header from every client request and the app is
  reachable through the proxy alone: anyone who can reach the app directly can send it.

With no sign-in configured at all, the person at the keyboard is an analyst only while the
server listens on loopback alone, the request did not come through a proxy, and the browser
addressed the server as this machine (not a page of another site, :func:`addressed_from_this_machine`):
then nobody else can reach it. Everything here is pure (no Streamlit), so the app decides this on the
server for every script run, and the command line and the tests share the same rules.
"""

from __future__ import annotations

import getpass
import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass

__all__ = [
    "ANALYST",
    "VISITOR",
    "Actor",
    "AuthSettings",
    "addressed_from_this_machine",
    "cli_actor",
    "is_loopback_only",
    "resolve_actor",
    "writing_off_reason",
]

ANALYST = "analyst"
VISITOR = "visitor"

#: environment variables (they win over the ``[digital_compare]`` section of the Streamlit secrets)
ANALYSTS_ENV = "DIGITAL_COMPARE_ANALYSTS"
TRUSTED_HEADER_ENV = "DIGITAL_COMPARE_TRUSTED_HEADER"
SECRETS_SECTION = "digital_compare"

#: headers a reverse proxy adds: a request carrying one came from somewhere else, even to a loopback server
PROXY_HEADERS = ("forwarded", "x-forwarded-for", "x-forwarded-host", "x-real-ip")


@dataclass(frozen=True)
class Actor:
    """The person behind one request: a stable id for the history, a name to show, a role, and how we know."""

    id: str
    name: str
    role: str  # "visitor" | "analyst"
    via: str  # "oidc" | "header" | "loopback" | "cli" | "none"

    @property
    def can_write(self) -> bool:
        return self.role == ANALYST

    @property
    def signed_in(self) -> bool:
        return self.via in ("oidc", "header")


ANONYMOUS = Actor(id="anonymous", name="", role=VISITOR, via="none")
#: the history's id of the person at a loopback server's computer, and the prefix of the command line's user's
LOCAL_ID, COMMAND_LINE_PREFIX = "local", "os:"
#: a visitor to a server on loopback alone whose request came through a proxy or on behalf of another site's page
NOT_DIRECT = Actor(id="anonymous", name="", role=VISITOR, via="not-direct")


@dataclass(frozen=True)
class AuthSettings:
    """How this deployment signs people in and who among them are analysts.

    ``analysts`` holds lower-cased e-mails or subjects; ``every_signed_in`` is the ``*`` entry.
    ``oidc_providers`` are the names to pass to ``st.login`` ("default" for a provider
    configured directly in ``[auth]``); empty when OpenID Connect is not configured.
    """

    analysts: frozenset[str] = frozenset()
    every_signed_in: bool = False
    trusted_header: str | None = None
    oidc_providers: tuple[str, ...] = ()

    @property
    def oidc_configured(self) -> bool:
        return bool(self.oidc_providers)

    @property
    def sign_in_configured(self) -> bool:
        return self.oidc_configured or self.trusted_header is not None

    def is_analyst(self, *identities: str | None) -> bool:
        if self.every_signed_in:
            return any(identities)
        return any(i and i.strip().lower() in self.analysts for i in identities)

    @classmethod
    def from_sources(cls, environ: Mapping[str, str] | None = None,
                     secrets: Mapping | None = None) -> AuthSettings:
        """Settings from the environment and the Streamlit secrets (as a plain mapping).

        :Example:

            >>> s = AuthSettings.from_sources({"DIGITAL_COMPARE_ANALYSTS": "Ann@Example.org, sub-7"}, {})
            >>> sorted(s.analysts), s.oidc_configured
            (['ann@example.org', 'sub-7'], False)
        """
        environ = os.environ if environ is None else environ
        secrets = secrets or {}
        ours = secrets.get(SECRETS_SECTION) or {}
        listed = environ.get(ANALYSTS_ENV)
        if listed is None:
            listed = ours.get("analysts", "")
        entries = _entries(listed)
        header = environ.get(TRUSTED_HEADER_ENV)
        if header is None:
            header = ours.get("trusted_header")
        header = str(header).strip() if header else ""
        return cls(analysts=frozenset(e.lower() for e in entries if e != "*"), every_signed_in="*" in entries,
                   trusted_header=header or None, oidc_providers=oidc_providers(secrets.get("auth")))


def _entries(listed) -> list[str]:
    items = listed.split(",") if isinstance(listed, str) else list(listed or ())
    return [str(item).strip() for item in items if str(item).strip()]


def oidc_providers(auth: Mapping | None) -> tuple[str, ...]:
    """Provider names ``st.login`` accepts with this ``[auth]`` section (the keys Streamlit itself requires).

    :Example:

        >>> base = {"redirect_uri": "http://127.0.0.1:8501/oauth2callback", "cookie_secret": "s"}
        >>> oidc_providers({**base, "client_id": "a", "client_secret": "b", "server_metadata_url": "u"})
        ('default',)
        >>> oidc_providers({**base, "google": {"client_id": "a", "client_secret": "b", "server_metadata_url": "u"}})
        ('google',)
        >>> oidc_providers({"client_id": "a", "client_secret": "b", "server_metadata_url": "u"})
        ()
    """
    if not isinstance(auth, Mapping) or not auth.get("redirect_uri") or not auth.get("cookie_secret"):
        return ()
    required = ("client_id", "client_secret", "server_metadata_url")
    names = [name for name, section in auth.items()
             if isinstance(section, Mapping) and "_" not in name and all(section.get(k) for k in required)]
    if all(auth.get(k) for k in required):
        names.insert(0, "default")
    return tuple(names)


def is_loopback_only(server_address: str | None) -> bool:
    """True when a server bound to ``server_address`` can be reached from this machine alone.

    Streamlit binds every interface when the address is unset; a host name other than
    ``localhost`` may resolve anywhere, so it counts as reachable from outside.

    :Example:

        >>> [is_loopback_only(a) for a in ("127.0.0.1", "::1", "localhost", "0.0.0.0", "", None, "10.0.0.5")]
        [True, True, True, False, False, False, False]
    """
    address = (server_address or "").strip().lower().strip("[]")
    if address in ("localhost", "localhost."):
        return True
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_loopback


def _header(headers: Mapping[str, str], name: str) -> str:
    """A header's value by case-insensitive name, stripped; "" when absent.
    A header sent several times arrives as its values joined by ", " (RFC 9110)."""
    wanted = name.lower()
    for key, value in headers.items():
        if str(key).lower() == wanted:
            return str(value).strip()
    return ""


def _proxied(headers: Mapping[str, str]) -> bool:
    return any(_header(headers, name) for name in PROXY_HEADERS)


def _host_and_port(netloc: str) -> tuple[str, str] | None:
    """``("127.0.0.1", "8501")`` from ``"127.0.0.1:8501"``, ``("::1", "8501")`` from ``"[::1]:8501"``."""
    netloc = netloc.strip().lower()
    if netloc.startswith("["):
        host, bracket, rest = netloc[1:].partition("]")
        if not bracket or (rest and not rest.startswith(":")):
            return None
        return host, rest[1:]
    host, _, port = netloc.partition(":")
    return (host, port) if ":" not in port else None


def addressed_from_this_machine(headers: Mapping[str, str]) -> bool:
    """Whether a browser's request names this machine as itself: its ``Host`` a loopback address or
    ``localhost``, and its ``Origin``, when sent, that very address and port.

    A server on loopback alone is still reached by this machine's browser on behalf of any page it shows:
    a site whose name is made to resolve to 127.0.0.1 (DNS rebinding) sends its own name as ``Host``, and
    a page served by another program here (``http://localhost:3000``) its own ``Origin``. Neither is the
    person at this computer. A request without ``Host`` comes from a program on this machine, not a browser.

    :Example:

        >>> [addressed_from_this_machine(h) for h in ({"Host": "127.0.0.1:8501", "Origin": "http://127.0.0.1:8501"},
        ...     {"Host": "rebind.example:8501", "Origin": "http://rebind.example:8501"},
        ...     {"Host": "localhost:8501", "Origin": "http://localhost:3000"}, {})]
        [True, False, False, True]
    """
    host_header = _header(headers, "host")
    if not host_header:
        return True
    host = _host_and_port(host_header)
    if host is None or "," in host_header or not is_loopback_only(host[0]):
        return False
    origin = _header(headers, "origin")
    if not origin:
        return True
    scheme, separator, netloc = origin.partition("://")
    if not separator or scheme.lower() not in ("http", "https") or "," in origin:
        return False
    netloc = netloc.rstrip("/")
    origin_host = _host_and_port(netloc)
    default_port = "443" if scheme.lower() == "https" else "80"
    return (origin_host is not None and origin_host[0] == host[0]
            and (origin_host[1] or default_port) == (host[1] or default_port))


def resolve_actor(user: Mapping | None, headers: Mapping[str, str], settings: AuthSettings,
                  server_address: str | None) -> Actor:
    """The actor for one request: ``user`` is ``st.user`` as a mapping, ``headers`` the request's.

    :Example:

        >>> s = AuthSettings(analysts=frozenset({"ann@example.org"}), oidc_providers=("default",))
        >>> resolve_actor({"is_logged_in": True, "sub": "1", "email": "ann@example.org", "name": "Ann"}, {}, s, "0.0.0.0")
        Actor(id='oidc:1', name='Ann', role='analyst', via='oidc')
    """
    user = user or {}
    if settings.oidc_configured and user.get("is_logged_in"):
        subject = str(user.get("sub") or "").strip()
        email = str(user.get("email") or "").strip()
        # an address the provider has not verified may belong to someone else: match the subject only
        trusted_email = email if email and user.get("email_verified", True) not in (False, "false") else ""
        if subject or email:
            name = str(user.get("name") or email or subject)
            role = ANALYST if settings.is_analyst(subject, trusted_email) else VISITOR
            return Actor(id=f"oidc:{subject or email}", name=name, role=role, via="oidc")
    if settings.trusted_header:
        identity = _header(headers, settings.trusted_header)
        # a comma means two values (a client's own header beside the proxy's): trust neither
        if identity and "," not in identity:
            role = ANALYST if settings.is_analyst(identity) else VISITOR
            return Actor(id=f"header:{identity}", name=identity, role=role, via="header")
    if not settings.sign_in_configured and is_loopback_only(server_address):
        if not _proxied(headers) and addressed_from_this_machine(headers):
            return Actor(id=LOCAL_ID, name=_os_user(), role=ANALYST, via="loopback")
        return NOT_DIRECT
    return ANONYMOUS


def writing_off_reason(actor: Actor, settings: AuthSettings) -> str | None:
    """Why ``actor`` may not write, as an i18n key (``name`` to fill in); None when they may.

    :Example:

        >>> writing_off_reason(Actor("anonymous", "", "visitor", "none"), AuthSettings())
        'auth_off_not_local'
    """
    if actor.can_write:
        return None
    if actor.signed_in:
        return "auth_off_not_analyst"
    if settings.oidc_configured:
        return "auth_off_sign_in"
    if settings.trusted_header:
        return "auth_off_no_proxy_identity"
    if actor.via == "not-direct":
        return "auth_off_not_direct"
    return "auth_off_not_local"


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a bare container)
        return f"uid {os.getuid()}" if hasattr(os, "getuid") else "local user"


def cli_actor() -> Actor:
    """The command line's actor: the OS user, an analyst (the CLI runs on the machine holding the data)."""
    name = _os_user()
    return Actor(id=f"{COMMAND_LINE_PREFIX}{name}", name=name, role=ANALYST, via="cli")
