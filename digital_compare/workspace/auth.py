"""Who is asking (placeholder until sign-in lands): the command line's operator."""

from __future__ import annotations

import getpass
from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    role: str
    via: str

    @property
    def can_write(self) -> bool:
        return self.role == "analyst"


def cli_actor() -> Actor:
    user = getpass.getuser()
    return Actor(id=f"cli:{user}", name=user, role="analyst", via="cli")
