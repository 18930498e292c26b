"""The pushed document's rules in plain Python: ink as timed points, and a changed document
clearing the signature (kiosk.flows.signing)."""

from __future__ import annotations

from kiosk.flows.signing import InkRecorder, PushedDocument

SHA_1, SHA_2 = "1" * 64, "2" * 64


def test_ink_keeps_strokes_with_times_from_the_first_touch_inside_the_pad() -> None:
    ink = InkRecorder(600, 200)
    ink.down(10, 20, at_ms=5000.0)
    ink.move(700, -5, at_ms=5016.0)  # the finger slid past the edge: kept on the pad
    ink.up(300, 100, at_ms=5040.0)
    ink.move(1, 1, at_ms=5100.0)  # no finger down: not ink
    ink.down(50, 50, at_ms=6000.0)
    ink.cancel()  # the system took the touch away
    ink.move(60, 60, at_ms=6010.0)
    assert [[(p.x, p.y, p.t_ms) for p in s] for s in ink.strokes] == [
        [(10, 20, 0), (600, 0, 16), (300, 100, 40)],
        [(50, 50, 1000)],
    ]
    assert not ink.signed()  # four points: a stray touch, not a signature
    wire = ink.to_wire()
    assert (wire.width, wire.height, len(wire.strokes)) == (600, 200, 2)
    assert repr(ink) == "InkRecorder(2 strokes)"  # the signature stays out of logs
    ink.clear()
    assert ink.points == 0 and not ink.strokes


def test_a_new_version_is_fetched_and_the_same_one_is_not() -> None:
    doc = PushedDocument("vs_x")
    assert doc.announce(1, "委托书", SHA_1, signed=False) is True
    assert doc.state == "fetching"
    doc.loaded(b"%PDF-", 3)
    assert (doc.state, doc.page, doc.turn(5), doc.turn(-9)) == ("reading", 0, 2, 0)
    assert doc.announce(1, "委托书", SHA_1, signed=False) is False  # the next poll
    assert doc.announce(1, "委托书", SHA_1, signed=True) is False
    assert doc.state == "signed"
    assert doc.announce(2, "委托书", SHA_2, signed=False) is True  # changed: start again
    assert (doc.state, doc.pdf, doc.pages) == ("fetching", b"", 0)
    assert "委托书" not in repr(doc)
