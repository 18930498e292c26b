// A test-only call page: joins a Janus VideoRoom with a grant from the central service through
// Debian's janus.js (publish camera and microphone, subscribe to every other publisher) and
// exposes its RTCPeerConnections as window.testCall.peers(). The staff console's call page
// plays this part in the product; tests/helpers/browser_call.py reads either.
"use strict";
window.testCall = (() => {
  const PLUGIN = "janus.plugin.videoroom";
  const handles = [];
  const subscribed = new Set();
  const remote = new MediaStream();
  let failure = null;

  function showRemote(track, on) {
    for (const old of remote.getTracks()) {
      if (old.kind === track.kind) remote.removeTrack(old);
    }
    if (on) remote.addTrack(track);
    const video = document.getElementById("remote-video");
    if (video.srcObject !== remote) video.srcObject = remote;
  }

  function subscribe(janus, grant, feed, privateId) {
    if (subscribed.has(feed)) return;
    subscribed.add(feed);
    let handle = null;
    janus.attach({
      plugin: PLUGIN,
      success: (h) => {
        handle = h;
        handles.push(h);
        const join = { request: "join", ptype: "subscriber", room: grant.room_id,
          streams: [{ feed }], token: grant.join_token };
        if (privateId) join.private_id = privateId;
        h.send({ message: join });
      },
      error: (e) => { failure = "subscribe: " + e; },
      onmessage: (msg, jsep) => {
        if (msg.error) failure = "subscriber: " + msg.error;
        if (!jsep) return;
        handle.createAnswer({
          jsep,
          tracks: [],
          success: (answer) => handle.send({ message: { request: "start" }, jsep: answer }),
          error: (e) => { failure = "answer: " + e; },
        });
      },
      onremotetrack: (track, mid, on) => showRemote(track, on),
    });
  }

  function publish(janus, grant, resolve, reject) {
    let handle = null;
    let privateId = null;
    const others = (msg) => {
      for (const p of msg.publishers || []) subscribe(janus, grant, p.id, privateId);
    };
    janus.attach({
      plugin: PLUGIN,
      success: (h) => {
        handle = h;
        handles.push(h);
        h.send({ message: { request: "join", ptype: "publisher", room: grant.room_id,
          display: grant.participant_id, token: grant.join_token } });
      },
      error: (e) => reject("attach: " + e),
      onmessage: (msg, jsep) => {
        if (jsep) handle.handleRemoteJsep({ jsep });
        if (msg.error) {
          failure = msg.error;
          reject(msg.error);
          return;
        }
        if (msg.videoroom === "joined") {
          privateId = msg.private_id;
          handle.createOffer({
            tracks: [
              { type: "audio", capture: true, recv: false },
              { type: "video", capture: { width: 640, height: 480 }, recv: false },
            ],
            success: (offer) => {
              handle.send({ message: { request: "publish", audio: true, video: true }, jsep: offer });
              resolve(msg.id);
            },
            error: (e) => reject("offer: " + e),
          });
        }
        others(msg);
      },
      onlocaltrack: (track, on) => {
        if (on && track.kind === "video") {
          document.getElementById("local-video").srcObject = new MediaStream([track]);
        }
      },
    });
  }

  function start(grant, relay) {
    return new Promise((resolve, reject) => {
      Janus.init({
        debug: false,
        dependencies: Janus.useDefaultDependencies(),
        callback: () => {
          const janus = new Janus({
            server: grant.janus_url,
            token: grant.janus_token,
            iceServers: grant.ice_servers,
            iceTransportPolicy: relay ? "relay" : "all",
            success: () => publish(janus, grant, resolve, reject),
            error: (e) => reject("janus: " + e),
          });
        },
      });
    });
  }

  function peers() {
    return handles.map((h) => h.webrtcStuff && h.webrtcStuff.pc).filter((pc) => !!pc);
  }

  return { start, peers, failure: () => failure };
})();
