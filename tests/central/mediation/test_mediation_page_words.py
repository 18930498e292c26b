"""The mediation page as the mediator reads it, in Chromium: codes the service keeps (the
invitation's delivery and state, how a participant was identified, who is in the side talk) are
shown as words, Chinese first, never as the raw code or a participant id. The side talk needs a
call (the namespace tests'), so the page is rendered from a state as the service builds it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from api_client.schemas.mediation import (
    InvitationOut,
    MediationState,
    ParticipantShown,
    SideTalkShown,
)
from central.sessions.mediation.console_html import page
from tests.helpers.browser import launch_chromium, require_chromium, screenshots_dir

NOW = datetime(2026, 12, 7, 6, 0, tzinfo=UTC)


def _state() -> MediationState:
    def who(pid: str, role: str, name: str, joined: str, side: bool) -> ParticipantShown:
        return ParticipantShown.model_validate(
            {"participant_id": pid, "role": role, "display_name": name, "joined_by": joined,
             "consented_at": NOW, "present": True, "muted": False, "in_side_talk": side}
        )  # fmt: skip

    def invited(number: int, delivery: str, state: str) -> InvitationOut:
        return InvitationOut.model_validate(
            {"invitation_id": f"inv_0000000000000000{number}", "delivery": delivery,
             "state": state, "display_name": "李*", "expires_at": NOW + timedelta(hours=1),
             "attempts_left": 5}
        )  # fmt: skip

    return MediationState(
        session_id="VS-20261207-ABCDEF12",
        you="mediator-1",
        participants=[
            who("mediator-1", "mediator", "赵*", "staff_login", True),
            who("resident-9f3a", "resident", "王*", "id_card", True),
            who("other_party-77c1", "other_party", "李*", "code_and_id_last4", False),
        ],
        side_talk=SideTalkShown(with_participant="resident-9f3a", started_at=NOW, recorded=True),
        your_rooms=["main", "side"],
        invitations=[invited(1, "sms", "redeemed"), invited(2, "kiosk_print", "sent")],
    )


def test_codes_on_the_mediation_page_are_words(tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    require_chromium()
    html = page(_state(), "mia", ZoneInfo("Asia/Shanghai"))
    with sync_playwright() as driver:
        browser = launch_chromium(driver)
        try:
            view = browser.new_page(viewport={"width": 1100, "height": 1400})
            view.set_content(html)
            shown = view.inner_text("body")
            view.screenshot(
                path=str(screenshots_dir(tmp_path) / "mediation-page-words.png"), full_page=True
            )
        finally:
            browser.close()
    # THEN the side talk names the party by name and role, not by participant id
    assert "单独谈话中" in shown and "王* (申请人" in shown and "resident-9f3a" not in shown
    # THEN deliveries and states are words in both languages, not codes
    for words in ("短信", "一体机打印", "kiosk print", "已加入", "已发送", "邀请码和身份证后四位"):
        assert words in shown
    for code in ("kiosk_print", "code_and_id_last4", "staff_login", "redeemed"):
        assert code not in shown
