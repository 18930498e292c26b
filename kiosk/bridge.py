"""Carries events from the network thread and device workers onto the Qt main thread."""

from __future__ import annotations

from kiosk.qt import QObject, Signal


class ThreadBridge(QObject):
    """Emit these from any thread; connected slots on main-thread objects run queued."""

    link_changed = Signal(object)  # kiosk.flows.connectivity.Link
    devices_changed = Signal()
    device_event = Signal(object)  # devices.xfs.DeviceEvent
    outbox_changed = Signal(object)  # api_client.outbox.store.OutboxStatus
