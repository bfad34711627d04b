"""Helpers for driving the real LkjApp in the reliability checks: toast capture and settling."""

from __future__ import annotations

from typing import Any


def record_toasts(app: Any) -> list[tuple[str, str]]:
    """Capture every toast as (message, severity) while still showing it."""
    toasts: list[tuple[str, str]] = []
    notify = app.notify

    def record(message: str, **kwargs: Any) -> None:
        toasts.append((message, str(kwargs.get("severity", "information"))))
        notify(message, **kwargs)

    app.notify = record
    return toasts


async def settle(app: Any, pilot: Any, rounds: int = 3) -> None:
    """Let workers finish and the screen catch up."""
    for _ in range(rounds):
        await app.workers.wait_for_complete()
        await pilot.pause()
