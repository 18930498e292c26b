"""A participant in a Janus VideoRoom over aiortc: join as publisher with the grant's token,
publish video and audio, subscribe to every other publisher, keep the newest decoded frames
in `remote`, report state. aiortc has no ICE restart: `reconnect()` builds new peer
connections on a new Janus session.

Run it on one asyncio loop (the kiosk's network thread); `remote` and `state` may be read
from any thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiortc import MediaStreamTrack, RTCPeerConnection, RTCRtpSender, RTCSessionDescription
from aiortc.mediastreams import MediaStreamError

from remote_sessions.adapt import BitrateAdapter
from remote_sessions.errors import CallError
from remote_sessions.grant import JoinGrant
from remote_sessions.janus_session import JanusSession, Json
from remote_sessions.jitter import skip_holes
from remote_sessions.peer import new_peer, selected_pair
from remote_sessions.received import RemoteMedia
from remote_sessions.state import CallState

log = logging.getLogger(__name__)
VIDEOROOM = "janus.plugin.videoroom"
PLUGIN_CLOSED = "Close PC"  # a hangup's reason when the plugin, not the path, closed the PC
TrackFactory = Callable[[], MediaStreamTrack]
StateListener = Callable[[CallState], None]
GrantSource = Callable[[], Awaitable[JoinGrant]]
# A credential ending this soon is renewed before a new peer connection allocates a relay.
RENEW_MARGIN_S = 10.0


class VideoRoomClient:
    """One participant. `video` and `audio` build fresh tracks for each (re)connection."""

    def __init__(
        self,
        grant: JoinGrant,
        video: TrackFactory,
        audio: TrackFactory,
        relay_only: bool = False,
        on_state: StateListener | None = None,
        connect_timeout_s: float = 30.0,
        stall_s: float | None = None,
        renew: GrantSource | None = None,
        adapt_bitrate: bool = True,
        max_video_bps: int | None = None,
    ) -> None:
        """`renew` fetches a fresh grant: a peer connection made later in the call (a new
        staff member's feed, a rejoined page's) then allocates its relay with a live TURN
        credential, not the expired one of the join. `adapt_bitrate` caps the published
        video from Janus's receiver reports (remote_sessions/adapt.py), never above
        `max_video_bps` (the central service's cap, when it gives one)."""
        self.grant = grant
        self._renew = renew
        self._video = video
        self._audio = audio
        self._relay_only = relay_only
        self._on_state = on_state
        self._connect_timeout_s = connect_timeout_s
        self._stall_s = stall_s
        self._adapt_bitrate = adapt_bitrate
        self._max_video_bps = max_video_bps
        self.adapter: BitrateAdapter | None = None
        self._watchdog: asyncio.Task[None] | None = None
        self.remote = RemoteMedia()
        self.state = CallState.IDLE
        self.error: str | None = None
        self.feed_id: int | None = None
        self.displays: dict[int, str] = {}  # feed -> its publisher's display (participant id)
        self._janus: JanusSession | None = None
        self._publisher: RTCPeerConnection | None = None
        self._private_id: int | None = None
        self._subscribers: dict[int, tuple[int, RTCPeerConnection]] = {}
        self._joining: set[int] = set()
        self._closing = False
        self._tasks: set[asyncio.Task[None]] = set()
        self._peers_closing: set[asyncio.Future[None]] = set()

    def _set(self, state: CallState) -> None:
        if state is self.state:
            return
        self.state = state
        log.info("call state %s", state.value)
        if self._on_state is not None:
            self._on_state(state)

    async def start(self) -> None:
        """Join, publish and wait until the media path to Janus is up; existing publishers are
        subscribed. Raises CallError (CallRefused for a refused token) after setting the state
        to FAILED."""
        self._closing = False
        self._set(CallState.CONNECTING)
        try:
            await self._join_and_publish()
        except Exception as err:
            self.error = str(err) if isinstance(err, CallError) else f"the call failed: {err!r}"
            await self._teardown()
            self._set(CallState.FAILED)
            if isinstance(err, CallError):
                raise
            raise CallError(self.error) from err
        self._set(CallState.CONNECTED)
        if self._stall_s is not None:
            self._watchdog = asyncio.get_running_loop().create_task(self._watch_frames())

    async def reconnect(self) -> None:
        """A new Janus session and new peer connections with the same grant."""
        self._set(CallState.RECONNECTING)
        await self._teardown()
        await self.start()

    async def give_up(self, why: str) -> None:
        """No more attempts: tear down what is left and say FAILED with `why`."""
        self.error = why
        await self._teardown()
        self._set(CallState.FAILED)

    async def close(self) -> None:
        self._closing = True  # what the teardown breaks is not an interruption
        await self._teardown()
        self._set(CallState.CLOSED)

    def video_sender(self) -> RTCRtpSender | None:
        """The publisher's video sender (`bitrate.cap_bitrate` caps it); None unpublished."""
        if self._publisher is None:
            return None
        senders = self._publisher.getSenders()
        return next((s for s in senders if s.track is not None and s.track.kind == "video"), None)

    def selected_pairs(self) -> list[tuple[str, str]]:
        """The nominated candidate types of every peer connection (publisher first)."""
        pcs = [self._publisher] + [pc for _, pc in self._subscribers.values()]
        return [pair for pc in pcs if pc is not None and (pair := selected_pair(pc)) is not None]

    async def _join_and_publish(self) -> None:
        grant = self.grant
        janus = JanusSession(grant.janus_url, grant.janus_token)
        self._janus = janus
        janus.on_lost = self._lost
        await janus.open()
        handle = await janus.attach(VIDEOROOM, self._publisher_event)
        joined = await janus.message(
            handle,
            {
                "request": "join",
                "ptype": "publisher",
                "room": grant.room_id,
                "display": grant.participant_id,
                "token": grant.join_token,
            },
        )
        data = joined["plugindata"]["data"]
        self.feed_id = int(data["id"])
        self._private_id = int(data.get("private_id", 0)) or None
        pc = new_peer(grant.ice_servers, self._relay_only)
        self._publisher = pc
        self._watch(pc)
        pc.addTrack(self._video())
        pc.addTrack(self._audio())
        await pc.setLocalDescription(await pc.createOffer())
        if self._relay_only and " typ relay" not in pc.localDescription.sdp:
            raise CallError("the TURN server gave no relay address (a refused credential?)")
        answer = await janus.message(
            handle,
            {"request": "publish", "audio": True, "video": True},
            jsep={"type": "offer", "sdp": pc.localDescription.sdp, "trickle": False},
        )
        await pc.setRemoteDescription(_description(answer))
        await _media_up(pc, self._connect_timeout_s)
        self._start_adapting(pc)
        for publisher in data.get("publishers", []):
            self._note_display(publisher)
            await self._subscribe(int(publisher["id"]))

    def _start_adapting(self, pc: RTCPeerConnection) -> None:
        if not self._adapt_bitrate:
            return
        video = [s for s in pc.getSenders() if s.track is not None and s.track.kind == "video"]
        if video:
            cap = self._max_video_bps or self.grant.max_video_bps
            self.adapter = BitrateAdapter(video[0], cap)
            self.adapter.start()

    def _watch(self, pc: RTCPeerConnection) -> None:
        @pc.on("connectionstatechange")
        def changed() -> None:
            if pc.connectionState == "failed":
                self._media_lost("the media path failed")

    async def _watch_frames(self) -> None:
        """A cut path stays silent: ICE's consent checks notice only after about 30 s, and a
        TCP connection to Janus not at all. A feed that delivered frames in this connection and
        then none for `stall_s` seconds counts as a drop."""
        assert self._stall_s is not None
        while self.state is CallState.CONNECTED:
            await asyncio.sleep(self._stall_s / 4)  # the pace of the check, not a synchronisation
            now = time.monotonic()
            if any(now - f.at > self._stall_s for f in self.remote.frames().values()):
                self._media_lost(f"no picture from the other side for {self._stall_s:.0f} s")

    def _lost(self) -> None:
        self._media_lost("the connection to Janus closed")

    def _media_lost(self, why: str) -> None:
        if self.state is CallState.CONNECTED and not self._closing:
            self.error = why
            self._set(CallState.INTERRUPTED)

    def _subscriber_event(self, event: Json) -> None:
        if event.get("janus") != "hangup":
            return
        if not any(handle == event.get("sender") for handle, _ in self._subscribers.values()):
            # a feed already let go (its publisher was announced unpublished or leaving: the
            # staff member's page went): its PC closing ("DTLS alert") is not our path lost
            return
        reason = str(event.get("reason", "hangup"))
        if reason != PLUGIN_CLOSED:
            self._media_lost(reason)
            return
        # The VideoRoom closed the subscription: its publisher left (the staff member ended
        # the call and their page went) or the room is gone. The other side leaving is not a
        # lost path of ours; reporting it would race the end of the session.
        for feed, (handle, _) in list(self._subscribers.items()):
            if handle == event.get("sender"):
                self._spawn(self._unsubscribe(feed))

    def _publisher_event(self, event: Json) -> None:
        if event.get("janus") == "hangup":
            self._media_lost(str(event.get("reason", "hangup")))
            return
        data = event.get("plugindata", {}).get("data", {})
        for publisher in data.get("publishers", []):
            self._note_display(publisher)
            self._spawn(self._subscribe(int(publisher["id"])))
        # a staff member who handed the call over is kicked by the central service
        gone = data.get("unpublished") or data.get("leaving") or data.get("kicked")
        if isinstance(gone, int) and gone in self._subscribers:
            self._let_go(gone)

    def _note_display(self, publisher: Json) -> None:
        display = publisher.get("display")
        if isinstance(display, str):
            self.displays[int(publisher["id"])] = display

    async def resubscribe(self) -> None:
        """Subscribe to every feed anew. After a side talk Janus relays the main room's
        unmuted publishers again without asking them for a key frame, so the pictures of the
        old subscriptions stay frozen; a new subscription starts with one."""
        for feed in list(self._subscribers):
            await self._unsubscribe(feed)
            await self._subscribe(feed)

    def _spawn(self, coro: Any) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _subscribe(self, feed: int) -> None:
        janus = self._janus
        if (
            janus is None
            or feed in self._subscribers
            or feed in self._joining
            or feed == self.feed_id
        ):
            return
        self._joining.add(feed)  # an event may announce a feed the join answer listed too
        try:
            await self._fresh_grant()
            handle = await janus.attach(VIDEOROOM, self._subscriber_event)
        finally:
            self._joining.discard(feed)
        pc = new_peer(self.grant.ice_servers, self._relay_only)
        self._subscribers[feed] = (handle, pc)
        self._watch(pc)

        @pc.on("track")
        def on_track(track: MediaStreamTrack) -> None:
            for receiver in pc.getReceivers():
                if receiver.track is track:
                    skip_holes(receiver)  # a lost packet must not stall sound or picture
            self._spawn(self._consume(feed, pc, track))

        body: Json = {
            "request": "join",
            "ptype": "subscriber",
            "room": self.grant.room_id,
            "streams": [{"feed": feed}],
            "token": self.grant.join_token,
        }
        if self._private_id is not None:
            body["private_id"] = self._private_id
        try:
            offer = await janus.message(handle, body)
            await pc.setRemoteDescription(_description(offer))
            await pc.setLocalDescription(await pc.createAnswer())
            await janus.message(
                handle,
                {"request": "start"},
                jsep={"type": "answer", "sdp": pc.localDescription.sdp, "trickle": False},
            )
        except Exception as err:  # one feed that fails must not end the call
            log.warning("could not subscribe to a feed: %s", err)
            await self._unsubscribe(feed)

    async def _fresh_grant(self) -> None:
        """Renew the grant when its TURN credential is expired or about to be."""
        if self._renew is None or not self.grant.expiring(time.time(), RENEW_MARGIN_S):
            return
        try:
            self.grant = await self._renew()
        except Exception as err:  # the old grant is tried; a refusal shows as no relay
            log.warning("the call grant could not be renewed: %s", type(err).__name__)

    def _let_go(self, feed: int) -> None:
        """Forget `feed` at once, so that the hangup of its subscription which Janus sends
        right after is not taken for a lost path, and close the subscription meanwhile."""
        handle, pc = self._subscribers.pop(feed, (None, None))
        self.remote.drop_feed(feed)
        self._spawn(self._close_subscription(handle, pc))

    async def _unsubscribe(self, feed: int) -> None:
        handle, pc = self._subscribers.pop(feed, (None, None))
        self.remote.drop_feed(feed)
        await self._close_subscription(handle, pc)

    async def _close_subscription(self, handle: int | None, pc: RTCPeerConnection | None) -> None:
        if pc is not None:
            await self._close_peer(pc)
        if handle is not None and self._janus is not None:
            await self._janus.detach(handle)

    async def _close_peer(self, pc: RTCPeerConnection) -> None:
        """Close `pc` to the end even when this task is cancelled (the call ending while a
        feed leaves): aiortc's close cut short leaves the sockets open and makes a second close
        wait forever. The teardown waits for closes in flight."""
        closing = asyncio.ensure_future(pc.close())
        self._peers_closing.add(closing)
        closing.add_done_callback(self._peers_closing.discard)
        await asyncio.shield(closing)

    async def _consume(self, feed: int, pc: RTCPeerConnection, track: MediaStreamTrack) -> None:
        """Hand what `feed`'s subscription `pc` decodes to `remote` while `pc` is that feed's
        subscription: a frame still queued when the feed was let go (its publisher left) would
        otherwise bring the dropped feed back as a stale entry, which the watchdog takes for a
        picture stalled for good, in this connection and the next."""
        try:
            while True:
                frame = await track.recv()
                if self._subscribers.get(feed, (None, None))[1] is not pc:
                    continue  # let go meanwhile: its close ends this loop
                if track.kind == "video":
                    self.remote.put_frame(feed, frame.to_ndarray(format="rgb24"))  # type: ignore[union-attr]
                else:
                    samples = frame.to_ndarray()  # type: ignore[union-attr]
                    mono = samples.reshape(-1, len(frame.layout.channels))[:, 0]  # type: ignore[union-attr]
                    self.remote.put_audio(mono.copy(), int(frame.sample_rate))  # type: ignore[union-attr]
        except MediaStreamError:
            return

    async def _teardown(self) -> None:
        watchdog, self._watchdog = self._watchdog, None
        if watchdog is not None and watchdog is not asyncio.current_task():
            watchdog.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watchdog
        adapter, self.adapter = self.adapter, None
        if adapter is not None:
            await adapter.stop()
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if self._peers_closing:  # a leaving feed's close, shielded from the cancel above
            await asyncio.gather(*self._peers_closing, return_exceptions=True)
        self.remote.drop_frames()  # a frame of the old connection is not a live one
        for feed in list(self._subscribers):
            entry = self._subscribers.pop(feed, None)  # a feed's own leave may have gone first
            if entry is not None:
                await entry[1].close()
        if self._publisher is not None:
            await self._publisher.close()
            self._publisher = None
        if self._janus is not None:
            janus, self._janus = self._janus, None
            await janus.close()


async def _media_up(pc: RTCPeerConnection, timeout_s: float) -> None:
    """Wait until ICE and DTLS are up on `pc`; CallError when they fail or take too long."""
    up = asyncio.get_running_loop().create_future()

    def changed() -> None:
        if pc.connectionState in ("connected", "failed", "closed") and not up.done():
            up.set_result(pc.connectionState)

    pc.on("connectionstatechange", changed)
    changed()
    try:
        async with asyncio.timeout(timeout_s):
            state = await up
    except TimeoutError:
        raise CallError(f"the media path did not come up within {timeout_s:.0f} s") from None
    finally:
        pc.remove_listener("connectionstatechange", changed)
    if state != "connected":
        raise CallError("the media path to Janus could not be established")


def _description(reply: Json) -> RTCSessionDescription:
    jsep = reply.get("jsep")
    if not jsep:
        raise CallError("Janus answered without a session description")
    return RTCSessionDescription(sdp=jsep["sdp"], type=jsep["type"])
