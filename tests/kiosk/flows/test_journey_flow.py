"""Journey logic without a widget: what comes next, what an ending clears."""

from __future__ import annotations

from kiosk.flows.idle import IdleGuard, IdlePhase
from kiosk.flows.journey import ATTRACT, CONSULT, HOME, EndReason, Journey
from kiosk.flows.navigation import Navigator
from kiosk.flows.session import ResidentSession


def make_journey() -> tuple[Journey, list[str], list[str]]:
    nav = Navigator(ATTRACT)
    shown: list[str] = []
    langs: list[str] = []
    nav.changed.connect(shown.append)
    journey = Journey(nav, ResidentSession(), IdleGuard(90, 20, 10), default_lang="zh")
    journey.language_changed.connect(langs.append)
    return journey, shown, langs


def test_touch_opens_home_and_services_stack() -> None:
    journey, shown, _ = make_journey()
    journey.start(now=0)
    journey.open_service("consultation")
    journey.back()
    journey.back()  # the root is never popped
    assert shown == [HOME, CONSULT, HOME]
    assert journey.idle.phase is IdlePhase.ACTIVE


def test_end_wipes_the_resident_and_resets_language() -> None:
    journey, shown, langs = make_journey()
    journey.start(now=0)
    journey.choose_language("en")
    journey.session.put("name", "测试")
    ended: list[EndReason] = []
    journey.ended.connect(ended.append)
    journey.end(EndReason.IDLE)
    assert journey.session.empty
    assert journey.language == "zh"
    assert langs == ["en", "zh"]
    assert shown[-1] == ATTRACT
    assert ended == [EndReason.IDLE]
    assert journey.idle.phase is IdlePhase.DISARMED


def test_session_repr_hides_values() -> None:
    session = ResidentSession()
    session.put("id_number", "SYNTHETIC-000123")
    assert "000123" not in repr(session)


def test_documents_start_with_consent_and_continue_to_the_forms() -> None:
    """GIVEN the documents service WHEN the resident agrees and is identified THEN the list of
    forms follows (the identity pre-fills them)."""
    from kiosk.flows.identity import from_typed
    from kiosk.flows.journey import CONSENT, DOCS, IDENTIFY

    journey, shown, _ = make_journey()
    journey.start(now=0)
    journey.open_service("documents")
    journey.consent_given()
    journey.next_step()  # not identified yet: stays
    identity = from_typed("11010519491231002X")
    assert identity is not None
    journey.identified(identity)
    journey.next_step()
    assert shown == [HOME, CONSENT, IDENTIFY, DOCS]
