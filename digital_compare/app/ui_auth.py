"""Who is asking (placeholder until sign-in lands): the local user on a loopback-only server."""

from __future__ import annotations

import streamlit as st

from digital_compare.workspace.auth import Actor


def current_actor() -> Actor:
    address = (st.get_option("server.address") or "").strip()
    local = address in ("127.0.0.1", "localhost", "::1")
    return Actor(id="local", name="local", role="analyst" if local else "visitor", via="loopback" if local else "none")


def writing_off_message(actor: Actor, lang: str) -> str | None:
    if actor.can_write:
        return None
    return ("การเพิ่ม แก้ไข และลบบทความปิดอยู่: ต้องลงชื่อเข้าใช้ในฐานะผู้วิเคราะห์" if lang == "th" else
            "Adding, correcting and removing articles is off: sign in as an analyst.")
