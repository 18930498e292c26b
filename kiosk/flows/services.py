"""The services a terminal offers on its home screen, in the order residents see them."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.flows import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Service:
    id: str
    title: str  # translated by the screen in context "Services"
    subtitle: str


SERVICES: tuple[Service, ...] = (
    Service(
        "consultation",
        QT_TRANSLATE_NOOP("Services", "Legal consultation"),
        QT_TRANSLATE_NOOP("Services", "Ask a legal question and hear the answer"),
    ),
    Service(
        "legal_aid",
        QT_TRANSLATE_NOOP("Services", "Legal aid application"),
        QT_TRANSLATE_NOOP("Services", "Apply for free legal help"),
    ),
    Service(
        "documents",
        QT_TRANSLATE_NOOP("Services", "Document self-service"),
        QT_TRANSLATE_NOOP("Services", "Fill in and print legal documents"),
    ),
    Service(
        "notary_mediation",
        QT_TRANSLATE_NOOP("Services", "Notarisation and mediation"),
        QT_TRANSLATE_NOOP("Services", "Book an appointment or a video session"),
    ),
    Service(
        "progress",
        QT_TRANSLATE_NOOP("Services", "Progress query"),
        QT_TRANSLATE_NOOP("Services", "See how your application is going"),
    ),
    Service(
        "hotline",
        QT_TRANSLATE_NOOP("Services", "12348 legal hotline"),
        QT_TRANSLATE_NOOP("Services", "Call or ask the hotline to call you back"),
    ),
)


# Not a tile: a button under the tiles (a seventh tile would not fit the screens in Mongolian,
# and only a person holding an invitation slip needs it).
MEDIATION_INVITE = Service(
    "mediation_invite",
    QT_TRANSLATE_NOOP("Services", "I was invited to a mediation"),
    QT_TRANSLATE_NOOP("Services", "Join a mediation call with the code on your slip"),
)


def service_by_id(service_id: str) -> Service:
    for service in (*SERVICES, MEDIATION_INVITE):
        if service.id == service_id:
            return service
    raise KeyError(service_id)
