"""Shortcuts for the request tests: organisations, members, terminals, requests over HTTP."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from api_client.tracking import make_tracking_number
from central.clock import utcnow
from tests.central.support import Central

ID_NUMBER = "150102199003281234"  # a valid number (its check character holds) ending 1234
PHONE = "13800138000"


@dataclass
class Bureau:
    """GIVEN root (150000) with two offices below it, east (150100) and west (150200), a
    hotline operator and a clerk in east, a clerk in west and a supervisor at root."""

    central: Central
    operator: dict[str, str]
    east_clerk: dict[str, str]
    west_clerk: dict[str, str]
    supervisor: dict[str, str]

    @property
    def client(self) -> Any:
        return self.central.client

    def create(self, headers: dict[str, str] | None = None, **fields: Any) -> Any:
        body = call_body(**fields)
        return self.client.post("/api/v1/requests", json=body, headers=headers or self.operator)

    def new(self, **fields: Any) -> str:
        reply = self.create(**fields)
        assert reply.status_code == 201, reply.text
        return str(reply.json()["tracking_number"])

    def do(self, number: str, action: str, headers: dict[str, str], **body: Any) -> Any:
        return self.client.post(f"/api/v1/requests/{number}/{action}", json=body, headers=headers)

    def get(self, number: str, headers: dict[str, str] | None = None) -> Any:
        return self.client.get(f"/api/v1/requests/{number}", headers=headers or self.operator)

    def transfer(self, number: str, to: str = "west", headers: dict[str, str] | None = None) -> Any:
        body = {"to_organisation": to, "reason": "属地管辖", "deadline_days": 3}
        return self.do(number, "transfer", headers or self.operator, **body)

    def answer(
        self, transfer_id: int, accept: bool, headers: dict[str, str], reason: str = ""
    ) -> Any:
        path = f"/api/v1/transfers/{transfer_id}/{'accept' if accept else 'return'}"
        body = {"note": reason} if accept else {"reason": reason}
        return self.client.post(path, json=body, headers=headers)


def bureau(central: Central) -> Bureau:
    central.add_org("east", "150100", parent="root")
    central.add_org("west", "150200", parent="root")
    return Bureau(
        central,
        operator=central.staff("hotline_operator", org="east"),
        east_clerk=central.staff("clerk", org="east"),
        west_clerk=central.staff("clerk", org="west"),
        supervisor=central.staff("supervisor", org="root"),
    )


def call_body(**fields: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "idempotency_key": str(uuid.uuid4()),
        "kind": "consultation",
        "channel": "hotline",
        "applicant": {"name": "王小明", "phone": PHONE, "id_number": ID_NUMBER},
        "summary": "工资拖欠三个月，老板不接电话",
    }
    body.update(fields)
    return body


def submission(terminal_id: str, seq: int, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
    return {
        "idempotency_key": str(uuid.uuid4()),
        "kind": kind,
        "tracking_number": make_tracking_number(terminal_id, date(2026, 11, 29), seq),
        "submitted_at": datetime.now(UTC).isoformat(),
        "payload": payload,
    }


LEGAL_AID = {
    "applicant": {
        "name": "测试申请人",
        "id_number": ID_NUMBER,
        "identified_by": "id_card",
        "phone": PHONE,
        "address": "呼和浩特市赛罕区",
    },
    "eligibility": {"low_income": True, "local_matter": True, "no_lawyer": True},
    "description": "工地拖欠工资两万元",
}


def tomorrow_nine() -> datetime:
    return (utcnow() + timedelta(days=1)).replace(hour=1, minute=0, second=0, microsecond=0)


def booking(slot_id: int, seq: int, terminal: str = "K001", kind: str = "notarisation") -> dict:
    return {
        "idempotency_key": str(uuid.uuid4()),
        "tracking_number": make_tracking_number(terminal, date(2026, 11, 29), seq),
        "slot_id": slot_id,
        "kind": kind,
        "applicant": {"name": "赵六", "phone": PHONE, "id_number": ID_NUMBER},
        "summary": "房屋继承公证",
    }
