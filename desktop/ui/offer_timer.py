"""Unanswered offers expire by themselves: at the program's start and every hour the window asks
core to expire the sent offers whose reply deadline has passed (consequence, next candidate).

The composition root starts it once per main window:

    start_expiry_timer(window.context, window, on_expired=window.statusBar().showMessage ...)

The work runs as a background write; a problem (e.g. the database is locked by another
workstation) is logged and tried again at the next hour, without a message box.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from desktop.core.errors import UserError
from desktop.core.offers.expiry import expire_overdue, expired_message

__all__ = ["ExpiryTimer", "expired_message", "start_expiry_timer"]

log = logging.getLogger(__name__)

HOUR_MS = 60 * 60 * 1000


class ExpiryTimer(QTimer):
    """Runs `expire_overdue` now and then every `interval_ms` (one run at a time)."""

    def __init__(
        self,
        context: Any,
        parent: QWidget | None,
        *,
        on_expired: Callable[[list[int]], None] | None = None,
        interval_ms: int = HOUR_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("offer_expiry_timer")
        self.context = context
        self.owner = parent
        self.on_expired = on_expired
        self.task: Any = None
        self.runs = 0
        self.setInterval(interval_ms)
        self.timeout.connect(self.run_now)

    def run_now(self) -> None:
        if self.task is not None and self.task.is_running:
            return
        ws = self.context.workspace
        self.runs += 1
        self.task = self.context.tasks.write(
            lambda: expire_overdue(ws),
            on_done=self._done,
            on_error=self._failed,
            parent=self.owner,
        )

    def _done(self, expired: list[int]) -> None:
        if expired:
            log.info("expired %d offer(s): %s", len(expired), expired)
            if self.on_expired is not None:
                self.on_expired(expired)

    def _failed(self, error: UserError) -> None:
        log.warning("expiring offers failed, tried again in an hour: %s", error.message)


def start_expiry_timer(
    context: Any,
    parent: QWidget | None = None,
    *,
    on_expired: Callable[[list[int]], None] | None = None,
    interval_ms: int = HOUR_MS,
) -> ExpiryTimer:
    """Expire overdue offers now (as soon as the event loop runs) and every hour after.

    `context` is the window's `PageContext` (workspace and task runner); `parent` owns the
    timer (the main window: the timer stops with it)."""
    timer = ExpiryTimer(context, parent, on_expired=on_expired, interval_ms=interval_ms)
    timer.start()
    QTimer.singleShot(0, timer, timer.run_now)
    return timer
