"""Each screen's spoken prompt, named by its message id in the translation catalogue.

A prompt is spoken as the screen appears, unless the screen's controller already said something
more precise on entering it (an answer, a receipt), and again whenever the resident presses
"repeat". The id (context plus source text) travels with the speech call, so a recorded prompt
pack keyed by the same id can replace synthesis (issue #19).
"""

from __future__ import annotations

from devices.speech.prompts import MessageId
from kiosk.flows import journey as ids
from kiosk.flows.services import service_by_id
from kiosk.qt import QCoreApplication

__all__ = ["SCREEN_PROMPTS", "MessageId", "prompt_for", "translated"]


def translated(message: MessageId) -> str:
    """The message in the language the shell shows now."""
    return QCoreApplication.translate(message.context, message.source)


# Every prompt is a string some screen already shows (its title, mostly), so it is translated
# wherever the screen is.
SCREEN_PROMPTS: dict[str, MessageId] = {
    ids.ATTRACT: MessageId("Attract", "Touch here to start"),
    ids.HOME: MessageId("Home", "How can we help you?"),
    ids.CONSENT: MessageId("Consent", "Before we read your documents"),
    ids.IDENTIFY: MessageId("Identify", "Show who you are"),
    ids.FACE_CHECK: MessageId("FaceCheck", "Face check"),
    ids.AID_QUESTIONS: MessageId("LegalAid", "Apply for legal aid"),
    ids.AID_DETAILS: MessageId("LegalAid", "Your phone number and your case"),
    ids.AID_PHOTOS: MessageId("LegalAid", "Photos of your documents (optional)"),
    ids.AID_REVIEW: MessageId("LegalAid", "Check and submit"),
    ids.AID_RECEIPT: MessageId("Receipt", "Your application has been received"),
    ids.HOTLINE: MessageId("Hotline", "12348 public legal service hotline"),
    ids.RATING: MessageId("Rating", "How was our service today?"),
    ids.TAKE_CARD: MessageId("TakeCard", "Please take your ID card"),
    ids.PROGRESS: MessageId("Progress", "How is my application going?"),
    ids.BOOKING: MessageId("Appointments", "Book a notarisation or mediation appointment"),
    ids.BOOKING_DONE: MessageId("Appointments", "Your appointment is booked"),
    ids.CHECK_IN: MessageId("CheckIn", "Check in for your video appointment"),
    ids.CONSULT: MessageId("Consultation", "Ask a legal question"),
    ids.CONSULT_ANSWER: MessageId("Consultation", "Read it to me"),
    ids.LAWYER: MessageId("Consultation", "Talk to a lawyer"),
    ids.DOCS: MessageId("Documents", "Fill in and print a document"),
    ids.DOCS_FILL: MessageId("Documents", "Fill in and print a document"),
    ids.DOCS_PREVIEW: MessageId("Documents", "This is how your document will print"),
    ids.SESSION_CONSENT: MessageId("Session", "Before your video call"),
    ids.SESSION_WAIT: MessageId("Session", "Connecting the call…"),
    ids.SESSION_CALL: MessageId("Session", "Connecting the call…"),
    ids.SESSION_RATING: MessageId("Session", "How was your video call?"),
    ids.SESSION_DOCUMENT: MessageId("PushedDocument", "Sign here with your finger"),
    ids.SESSION_REPROOF: MessageId("Reproof", "Please confirm who you are again"),
    ids.END_SESSION: MessageId("EndSession", "End your session?"),
    ids.MEDIATION_CODE: MessageId("Mediation", "Join the mediation you were invited to"),
    ids.MEDIATION_CONSENT: MessageId("Mediation", "Before you join the mediation"),
    ids.MEDIATION_CALL: MessageId("Mediation", "Mediation call"),
    ids.MEDIATION_AGREEMENT: MessageId("Mediation", "The mediation agreement"),
}


def prompt_for(screen_id: str) -> MessageId | None:
    """The prompt of the navigator's `screen_id`; a service page says the service's title (a
    page for a service the catalogue does not list has none)."""
    if screen_id.startswith(ids.SERVICE_PREFIX):
        try:
            service = service_by_id(screen_id.removeprefix(ids.SERVICE_PREFIX))
        except KeyError:
            return None
        return MessageId("Services", service.title)
    return SCREEN_PROMPTS.get(screen_id)
