"""The document staff pushed during the call, as the resident's screen holds it: the page
shown, and the signature being written (ink as points with timing). Plain Python.

The rule the issue asks for lives here: a changed document (a new version pushed) clears the
signature, the ink and the page; the same version shown again keeps them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from api_client.schemas.session_documents import Ink, InkPoint, InkStroke


@dataclass(frozen=True)
class Point:
    x: float  # pad pixels, from the left
    y: float  # pad pixels, from the top
    t_ms: int  # since the first touch of the signature


@dataclass(repr=False)
class InkRecorder:
    """Strokes as the touchscreen reports them: a finger down starts one, each move adds a
    point, the finger up ends it. Times are counted from the first touch."""

    width: int
    height: int
    strokes: list[list[Point]] = field(default_factory=list)
    _t0_ms: float | None = None
    _open: bool = False

    def __repr__(self) -> str:  # the ink is the resident's signature: not in logs
        return f"InkRecorder({len(self.strokes)} strokes)"

    def _point(self, x: float, y: float, at_ms: float) -> Point:
        if self._t0_ms is None:
            self._t0_ms = at_ms
        x = min(max(x, 0.0), float(self.width))
        y = min(max(y, 0.0), float(self.height))
        return Point(x, y, max(0, round(at_ms - self._t0_ms)))

    def down(self, x: float, y: float, at_ms: float) -> None:
        self.strokes.append([self._point(x, y, at_ms)])
        self._open = True

    def move(self, x: float, y: float, at_ms: float) -> None:
        if self._open:
            self.strokes[-1].append(self._point(x, y, at_ms))

    def up(self, x: float, y: float, at_ms: float) -> None:
        if self._open:
            self.strokes[-1].append(self._point(x, y, at_ms))
            self._open = False

    def cancel(self) -> None:
        """The touch was taken away (not lifted): the stroke ends where it was."""
        self._open = False

    def clear(self) -> None:
        self.strokes.clear()
        self._t0_ms, self._open = None, False

    @property
    def points(self) -> int:
        return sum(len(s) for s in self.strokes)

    def signed(self) -> bool:
        """Enough ink to count as a signature: a few points, not a stray tap."""
        return self.points >= 5

    def to_wire(self) -> Ink:
        return Ink(
            width=self.width,
            height=self.height,
            strokes=[
                InkStroke(points=[InkPoint(x=p.x, y=p.y, t_ms=p.t_ms) for p in stroke])
                for stroke in self.strokes
            ],
        )


@dataclass(repr=False)
class PushedDocument:
    """One session's document on screen: which version, its bytes, the page, the state of
    the signature (`writing`, `sending`, `signed`, `failed`)."""

    session_id: str
    version: int = 0
    title: str = ""
    sha256: str = ""
    pdf: bytes = b""
    pages: int = 0
    page: int = 0
    state: str = "empty"  # empty, fetching, reading, sending, signed, failed
    signed_by_service: bool = False

    def __repr__(self) -> str:
        return f"PushedDocument(v{self.version}, {self.state})"

    def announce(self, version: int, title: str, sha256: str, signed: bool) -> bool:
        """The session's status names a document. True when it is a new version to fetch
        (the caller then clears the ink: a changed document clears the signature)."""
        self.signed_by_service = signed
        if version == self.version and sha256 == self.sha256:
            if signed:
                self.state = "signed"
            return False
        self.version, self.title, self.sha256 = version, title, sha256
        self.pdf, self.pages, self.page = b"", 0, 0
        self.state = "fetching"
        return True

    def loaded(self, pdf: bytes, pages: int) -> None:
        self.pdf, self.pages, self.page = pdf, pages, 0
        self.state = "signed" if self.signed_by_service else "reading"

    def turn(self, step: int) -> int:
        if self.pages:
            self.page = min(max(self.page + step, 0), self.pages - 1)
        return self.page
