"""A small synchronous client for Streamlit's websocket protocol: the app driven as a crafted
client would drive it, with no browser and none of the widgets' limits.

    with StreamlitClient(url) as client:
        run = client.run(page="data", query="lang=en")
        table = run.widget(key="table")
        run = client.run(widgets={table.id: "no_such_table"})   # a value outside the options
        assert not run.exceptions

The protocol, as Streamlit 1.67 speaks it (streamlit/web/server/starlette/starlette_websocket.py,
streamlit/runtime/app_session.py, streamlit/runtime/state/session_state.py):

- One websocket at ``ws://HOST:PORT/_stcore/stream``. The ``Sec-WebSocket-Protocol`` header
  carries "streamlit", then an XSRF token, then a session id to reconnect to; a client that
  sends no ``Origin`` header is accepted without the XSRF token (only the sign-in cookie is
  then ignored), so anything that can open a socket can drive the app. Headers named in
  ``server.trustedUserHeaders`` are read from this same request: a client that reaches the
  server without the proxy sets them itself.
- Every frame is binary: one ``BackMsg`` from the client, one ``ForwardMsg`` from the server.
  Text frames close the socket.
- Nothing runs until the client sends ``BackMsg.rerun_script``, a ``ClientState``:
  ``query_string`` (the URL's query, without ``?``), ``page_name`` (the URL path of an
  ``st.navigation`` page, "" for the default page), ``page_script_hash`` ("" to resolve the page
  by name; afterwards the hash the server named in its ``navigation`` message) and
  ``widget_states``: every widget's value, each a ``WidgetState`` with the widget's id and one
  typed field (``string_value`` for selectboxes, text inputs and the data editor's JSON
  edits, ``double_array_value`` for sliders, ``string_array_value`` for pills and date inputs,
  ``trigger_value`` for buttons and form submit buttons). The server checks only the frame
  size (``server.maxWidgetStateSize``, 25 MB): which widget ids exist, which field is set
  and whether the value is one the widget offered are the app's business.
- ``cached_message_hashes`` is left empty, so the server sends every element in full rather
  than a ``ref_hash`` to one the browser cached.
- A run answers with ``new_session`` (its start), ``navigation`` (the pages and the resolved
  page's hash), ``page_not_found`` for an unknown page, ``page_info_changed`` when the script
  rewrites the query string, ``delta`` messages (``new_element`` or ``add_block`` at
  ``metadata.delta_path``; a later delta at the same path replaces the element, as a spinner
  is replaced) and ``script_finished``. ``FINISHED_EARLY_FOR_RERUN`` (``st.rerun``) is followed
  by another ``new_session``; a run is over at any other status.
- ``BackMsg.clear_cache`` empties ``st.cache_data`` and ``st.cache_resource`` for every
  session and this session's state; the server answers nothing.
- Widget values persist like the browser's: each run sends the last value of every widget
  still on the page, including values the script set (``set_value`` with ``value``,
  ``raw_value`` or ``raw_values`` in the widget's element); trigger values (buttons) are
  sent once. A widget the client never sent keeps the server's value for it.
"""

from __future__ import annotations

import io
import json
import socket
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ClientState_pb2 import ClientState
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

__all__ = ["Element", "Json", "Run", "StreamlitClient", "StreamlitTimeout", "Trigger"]

# where a widget carries the value the script gave it (``set_value``), and the WidgetState
# field the browser sends it back in
_SET_VALUE_FIELDS = {
    "button_group": ("raw_values", "string_array_value"), "multiselect": ("raw_values", "string_array_value"),
    "radio": ("raw_value", "string_value"), "selectbox": ("raw_value", "string_value"),
    "slider": ("value", "double_array_value"), "checkbox": ("value", "bool_value"),
    "number_input": ("value", "double_value"), "text_input": ("value", "string_value"),
    "text_area": ("value", "string_value"), "color_picker": ("value", "string_value"),
    "time_input": ("value", "string_value"), "date_input": ("value", "string_array_value"),
    "date_time_input": ("value", "string_array_value"),
}

_FINISHED = {ForwardMsg.FINISHED_SUCCESSFULLY: "finished", ForwardMsg.FINISHED_WITH_COMPILE_ERROR: "compile_error",
             ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY: "finished"}


class StreamlitTimeout(AssertionError):
    """The server did not finish a run in time."""


class Trigger:
    """A button press (``trigger_value``): sent with one run, never repeated."""


@dataclass(frozen=True)
class Json:
    """A value sent as ``json_value`` (encoded here); the data editor's edits go as a string instead."""

    value: Any


def widget_state(widget_id: str, value: Any) -> WidgetState:
    """``value`` in the field its Python type suggests; a ready ``WidgetState`` is taken as it is."""
    if isinstance(value, WidgetState):
        return value
    state = WidgetState(id=widget_id)
    if value is Trigger or isinstance(value, Trigger):
        state.trigger_value = True
    elif isinstance(value, Json):
        state.json_value = json.dumps(value.value)
    elif isinstance(value, bool):
        state.bool_value = value
    elif isinstance(value, int):
        state.int_value = value
    elif isinstance(value, float):
        state.double_value = value
    elif isinstance(value, str):
        state.string_value = value
    elif isinstance(value, bytes):
        state.bytes_value = value
    elif isinstance(value, dict):  # the data editor: {"edited_rows": {...}, "added_rows": [...], ...}
        state.string_value = json.dumps(value)
    elif isinstance(value, (list, tuple)):
        if all(isinstance(v, str) for v in value):
            state.string_array_value.data.extend(value)
        elif all(isinstance(v, int) and not isinstance(v, bool) for v in value):
            state.int_array_value.data.extend(value)
        else:
            state.double_array_value.data.extend(float(v) for v in value)
    else:
        raise TypeError(f"no WidgetState field for {type(value).__name__}; pass a WidgetState")
    return state


@dataclass
class Element:
    """One element the server drew: its proto type, where, and what a visitor would read."""

    type: str  # the Element oneof: "markdown", "alert", "exception", "selectbox", "button", "dataframe", ...
    path: tuple[int, ...]
    proto: Any  # the element's own message (e.g. Selectbox)
    level: str = ""  # alerts: "error", "warning", "info", "success"

    @property
    def id(self) -> str:
        return getattr(self.proto, "id", "") if _has_field(self.proto, "id") else ""

    @property
    def key(self) -> str:
        """The user key: Streamlit's ids read ``$$ID-<hash>-<key>``, ``-None`` when there is no key."""
        parts = self.id.split("-", 2)
        return parts[2] if len(parts) == 3 and parts[0] == "$$ID" and parts[2] != "None" else ""

    @property
    def label(self) -> str:
        return self.proto.label if _has_field(self.proto, "label") else ""

    @property
    def text(self) -> str:
        if self.type == "exception":
            return "\n".join([self.proto.type, self.proto.message, *self.proto.stack_trace])
        if self.type == "code":
            return self.proto.code_text
        for name in ("body", "label"):
            if _has_field(self.proto, name):
                return getattr(self.proto, name)
        return ""

    def table(self):
        """A dataframe or data editor's data as a pandas DataFrame."""
        import pyarrow as pa

        return pa.ipc.open_stream(io.BytesIO(self.proto.arrow_data.data)).read_pandas()

    def set_value(self) -> WidgetState | None:
        """The value the script set on this widget, as the browser would send it back; else None."""
        if self.type not in _SET_VALUE_FIELDS or not self.proto.set_value:
            return None
        source, target = _SET_VALUE_FIELDS[self.type]
        state = WidgetState(id=self.id)
        value = getattr(self.proto, source)
        if target.endswith("_array_value"):
            getattr(state, target).data.extend(value)
        else:
            setattr(state, target, value)
        return state

    def __repr__(self) -> str:
        detail = self.label or self.text[:60]
        return f"<{self.type}{'/' + self.level if self.level else ''} {self.id or ''} {detail!r}>"


def _has_field(message: Any, name: str) -> bool:
    return name in message.DESCRIPTOR.fields_by_name


@dataclass
class Run:
    """What one run of the page drew, in page order, and how it ended."""

    elements: list[Element]
    status: str
    page_script_hash: str = ""
    page_not_found: bool = False
    query_string: str = ""
    messages: list[ForwardMsg] = field(default_factory=list, repr=False)

    def of_type(self, type_: str) -> list[Element]:
        return [e for e in self.elements if e.type == type_]

    @property
    def exceptions(self) -> list[Element]:
        return self.of_type("exception")

    def alerts(self, level: str | None = None) -> list[str]:
        return [e.text for e in self.of_type("alert") if level in (None, e.level)]

    @property
    def texts(self) -> list[str]:
        return [e.text for e in self.elements if e.text]

    def widget(self, label: str | None = None, *, key: str | None = None, type_: str | None = None) -> Element:
        """The one widget with this label (exact) or user key; fails listing the widgets there are."""
        found = [e for e in self.elements if e.id and (type_ is None or e.type == type_)
                 and (label is None or e.label == label) and (key is None or e.key == key)]
        if len(found) != 1:
            shown = "\n  ".join(f"{e.type} key={e.key!r} label={e.label!r}" for e in self.elements if e.id)
            raise LookupError(f"{len(found)} widgets match label={label!r} key={key!r} type={type_!r}; "
                              f"the page has:\n  {shown}")
        return found[0]


class StreamlitClient:
    """One session on a running Streamlit server, driven run by run."""

    def __init__(self, base_url: str, timeout: float = 120.0, as_host: str | None = None,
                 origin: str | None = None):
        """``as_host``: connect to ``base_url``'s address but name this host (and its port) in the request, as a
        browser does for a site whose name was made to resolve to it; ``origin``: the page's origin to send."""
        self.url = base_url.replace("http://", "ws://").replace("https://", "wss://").rstrip("/") + "/_stcore/stream"
        self._address = None
        if as_host:
            parsed = urlsplit(self.url)
            self._address = (parsed.hostname, parsed.port)
            self.url = parsed._replace(netloc=f"{as_host}:{parsed.port}").geturl()
        self._origin = origin
        self.timeout = timeout
        self._ws = None
        self._page_name = ""
        self._page_script_hash = ""
        self._query = ""
        self._widgets: dict[str, WidgetState] = {}

    def __enter__(self) -> StreamlitClient:
        # no Origin header unless asked, as a script would send; ``proxy=None``: never through an environment's proxy
        sock = socket.create_connection(self._address) if self._address else None
        headers = {"Origin": self._origin} if self._origin else None
        self._ws = connect(self.url, sock=sock, subprotocols=["streamlit"], max_size=None, proxy=None, open_timeout=30,
                           additional_headers=headers).__enter__()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._ws is not None:
            self._ws.__exit__(None, None, None)
            self._ws = None

    def send(self, message: BackMsg) -> None:
        self._ws.send(message.SerializeToString())

    def send_clear_cache(self) -> None:
        self.send(BackMsg(clear_cache=True))

    def run(self, page: str | None = None, query: str | None = None, widgets: dict[str, Any] | None = None,
            timeout: float | None = None) -> Run:
        """Ask for a run (another page, query string or widget values) and wait for its end.

        ``page`` is the URL path ("data", "analyze"; "" for the default page); ``widgets`` maps
        widget ids to values (see :func:`widget_state`), sent with the last values of the others.
        """
        if page is not None:  # widgets on every page (the sidebar's) keep their values, as in the browser
            self._page_name, self._page_script_hash = page, ""
        if query is not None:
            self._query = query.lstrip("?")
        once = []
        for widget_id, value in (widgets or {}).items():
            state = widget_state(widget_id, value)
            if state.WhichOneof("value") in ("trigger_value", "json_trigger_value", "string_trigger_value"):
                once.append(state)
            else:
                self._widgets[widget_id] = state
        client_state = ClientState(query_string=self._query, page_name=self._page_name,
                                   page_script_hash=self._page_script_hash)
        client_state.widget_states.widgets.extend([*self._widgets.values(), *once])
        message = BackMsg()
        message.rerun_script.CopyFrom(client_state)
        self.send(message)
        return self._collect_run(timeout or self.timeout)

    def _collect_run(self, timeout: float) -> Run:
        deadline = time.monotonic() + timeout
        drawn: dict[tuple[int, ...], Element] = {}
        messages: list[ForwardMsg] = []
        not_found = False
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                kinds = [m.WhichOneof("type") for m in messages[-8:]]
                raise StreamlitTimeout(f"no script_finished from {self.url} within {timeout:.0f} s "
                                       f"(page {self._page_name!r}); last messages: {kinds}")
            try:
                raw = self._ws.recv(timeout=remaining)
            except TimeoutError:
                continue
            except ConnectionClosed as closed:
                raise ConnectionError(f"server closed the websocket: code {closed.rcvd.code if closed.rcvd else None} "
                                      f"{closed.rcvd.reason if closed.rcvd else ''}") from closed
            message = ForwardMsg()
            message.ParseFromString(raw)
            messages.append(message)
            kind = message.WhichOneof("type")
            if kind == "new_session":  # a run starts: what the last one drew is replaced
                drawn.clear()
                not_found = False
            elif kind == "navigation":
                self._page_script_hash = message.navigation.page_script_hash
            elif kind == "page_not_found":
                not_found = True
            elif kind == "page_info_changed":
                self._query = message.page_info_changed.query_string
            elif kind == "delta" and message.delta.WhichOneof("type") == "new_element":
                element = message.delta.new_element
                type_ = element.WhichOneof("type")
                proto = getattr(element, type_)
                level = proto.Format.Name(proto.format).lower() if type_ == "alert" else ""
                drawn[tuple(message.metadata.delta_path)] = Element(type_, tuple(message.metadata.delta_path), proto, level)
            elif kind == "delta" and message.delta.WhichOneof("type") == "add_block":
                drawn.pop(tuple(message.metadata.delta_path), None)  # a container replaces an element there
            elif kind == "script_finished" and message.script_finished in _FINISHED:
                elements = [drawn[path] for path in sorted(drawn)]
                live = {e.id for e in elements if e.id}
                self._widgets = {k: v for k, v in self._widgets.items() if k in live}
                # the browser takes a value the script set and sends it with later runs
                self._widgets.update((e.id, state) for e in elements if (state := e.set_value()) is not None)
                return Run(elements, _FINISHED[message.script_finished], self._page_script_hash, not_found,
                           self._query, messages)
