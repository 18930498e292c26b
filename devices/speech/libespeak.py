"""libespeak-ng through ctypes, in its synchronous mode: a sentence in, its samples out.

Why not pyttsx3's espeak driver: it initialises espeak-ng in retrieval mode, which synthesises
on a thread of espeak's own, and writes the WAV from that thread with state it shares, unlocked,
with the caller (`_save_file`, `_data_buffer`, `_speaking`). `runAndWait()` returns before that
thread has written the file whenever commands were queued (an engine's first sentence), and a
late end-of-message callback can write the *next* sentence's file empty. Under load that lost
most sentences (a missing WAV reported as hardwareError) or made them silent.

In synchronous mode `espeak_Synth` calls the sample callback on the caller's thread and returns
when the sentence is complete; the samples go to a buffer owned by that one call, and no file is
written at all. espeak-ng is one global library per process: `Library` initialises it once, and
every call must come from one thread at a time (the engine's owner thread).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import threading
from dataclasses import dataclass

AUDIO_OUTPUT_SYNCHRONOUS = 2
ESPEAK_CHARS_UTF8 = 1
ESPEAK_ENDPAUSE = 0x1000
POS_CHARACTER = 1
PARAM_RATE = 1
PARAM_VOLUME = 2
EE_OK = 0

_SynthCallback = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p
)


class _Voice(ctypes.Structure):
    _fields_ = (
        ("name", ctypes.c_char_p),
        ("languages", ctypes.c_char_p),
        ("identifier", ctypes.c_char_p),
        ("gender", ctypes.c_ubyte),
        ("age", ctypes.c_ubyte),
        ("variant", ctypes.c_ubyte),
        ("xx1", ctypes.c_ubyte),
        ("score", ctypes.c_int),
        ("spare", ctypes.c_void_p),
    )


@dataclass(frozen=True)
class Voice:
    """An installed voice: `id` as espeak-ng names its file (`sit/cmn`), its language code."""

    id: str
    name: str
    language: str


class EspeakMissing(RuntimeError):
    """libespeak-ng is not installed or could not be initialised."""


class Library:
    """The process's one libespeak-ng, initialised in synchronous mode on first use."""

    _lock = threading.Lock()
    _instance: Library | None = None

    def __init__(self) -> None:
        name = ctypes.util.find_library("espeak-ng") or "libespeak-ng.so.1"
        try:
            self._dll = ctypes.CDLL(name)
        except OSError as err:
            raise EspeakMissing(f"libespeak-ng is missing ({name})") from err
        dll = self._dll
        dll.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        dll.espeak_Initialize.restype = ctypes.c_int
        dll.espeak_SetSynthCallback.argtypes = [_SynthCallback]
        dll.espeak_SetSynthCallback.restype = None
        dll.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        dll.espeak_SetVoiceByName.restype = ctypes.c_int
        dll.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        dll.espeak_SetParameter.restype = ctypes.c_int
        dll.espeak_ListVoices.argtypes = [ctypes.c_void_p]
        dll.espeak_ListVoices.restype = ctypes.POINTER(ctypes.POINTER(_Voice))
        dll.espeak_Synth.argtypes = [
            ctypes.c_char_p,
            ctypes.c_size_t,
            ctypes.c_uint,
            ctypes.c_int,
            ctypes.c_uint,
            ctypes.c_uint,
            ctypes.c_void_p,
            ctypes.c_void_p,
        ]
        dll.espeak_Synth.restype = ctypes.c_int
        self.sample_rate = int(dll.espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, None, 0))
        if self.sample_rate <= 0:
            raise EspeakMissing("espeak-ng could not be initialised (no voice data?)")
        self._chunks: list[bytes] | None = None
        # kept referenced for the life of the process: espeak holds the raw pointer
        self._callback = _SynthCallback(lambda wav, n, ev: self._on_samples(wav, n, ev))
        dll.espeak_SetSynthCallback(self._callback)

    @classmethod
    def get(cls) -> Library:
        with cls._lock:
            if cls._instance is None:
                cls._instance = cls()
            return cls._instance

    def voices(self) -> list[Voice]:
        found: list[Voice] = []
        table = self._dll.espeak_ListVoices(None)
        index = 0
        while table[index]:
            voice = table[index].contents
            # `languages` is a priority byte, then the language code, NUL-terminated
            code = (voice.languages or b"\x00")[1:].decode("utf-8", "replace")
            found.append(
                Voice(
                    (voice.identifier or b"").decode("utf-8").lower(),
                    (voice.name or b"").decode("utf-8", "replace"),
                    code,
                )
            )
            index += 1
        return found

    def synthesise(self, text: str, voice: str, rate: int, volume: float) -> bytes:
        """16-bit mono PCM at `sample_rate` for `text`; returns when the sentence is complete."""
        if self._dll.espeak_SetVoiceByName(voice.encode("utf-8")) != EE_OK:
            raise ValueError(f"espeak-ng has no voice {voice!r}")
        self._dll.espeak_SetParameter(PARAM_RATE, int(rate), 0)
        self._dll.espeak_SetParameter(PARAM_VOLUME, round(volume * 100), 0)
        data = text.encode("utf-8")
        self._chunks = []
        try:
            status = self._dll.espeak_Synth(
                data, len(data) + 1, 0, POS_CHARACTER, 0,
                ESPEAK_CHARS_UTF8 | ESPEAK_ENDPAUSE, None, None,
            )  # fmt: skip
            if status != EE_OK:
                raise RuntimeError(f"espeak-ng refused the sentence (error {status})")
            return b"".join(self._chunks)
        finally:
            self._chunks = None

    def _on_samples(self, wav: ctypes._Pointer[ctypes.c_short], count: int, events: int) -> int:
        if count > 0 and self._chunks is not None and wav:
            self._chunks.append(ctypes.string_at(wav, count * 2))
        return 0  # go on
