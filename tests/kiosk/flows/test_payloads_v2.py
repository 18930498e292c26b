"""Every journey that queues a submission builds version 2 of its kind's typed payload."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from api_client.outbox.files import ensure_key, open_outbox
from api_client.schemas import PAYLOAD_VERSION, parse_submission
from devices.idnumber import make_id_number
from kiosk.flows.consultation import Article, request_lawyer_callback
from kiosk.flows.feedback import submit_callback, submit_rating
from kiosk.flows.identity import Identity, IdMethod
from kiosk.flows.legal_aid import QUESTIONS, LegalAidForm


def test_each_journey_queues_a_valid_version_2_payload(tmp_path: Path) -> None:
    ensure_key(tmp_path)
    store = open_outbox(tmp_path, "DEV001")
    number = make_id_number("150102", date(1962, 8, 15), 31)
    form = LegalAidForm(identity=Identity(IdMethod.TYPED_NUMBER, number))
    for question in QUESTIONS:
        form.answer(question.id, True)
    form.phone, form.description = "0471-661 2345", " 工资被拖欠三个月 "
    form.submit(store)
    request_lawyer_callback(store, Article(3, "欠薪怎么办？", "……", "labour"), "138 0013 8000")
    submit_callback(store, "13600136000", "labour")
    submit_rating(store, "legal_aid", 4, "好", request=form.tracking_number)
    items = store.due(now=1e12)
    store.close()
    assert [i.kind for i in items] == ["legal_aid", "consultation", "callback", "rating"]
    for item in items:
        assert item.payload["version"] == PAYLOAD_VERSION and "tracking_number" not in item.payload
        sent = parse_submission(
            {
                "idempotency_key": item.idempotency_key,
                "kind": item.kind,
                "tracking_number": item.tracking_number,
                "submitted_at": datetime.now(UTC),
                "payload": item.payload,
            }
        )
        assert sent.payload.model_dump(mode="json", exclude_none=True) == item.payload
    aid = items[0].payload["applicant"]
    assert aid == {
        "name": "",
        "phone": "04716612345",
        "id_number": number,
        "address": "",
        "identified_by": "typed_number",
    }
