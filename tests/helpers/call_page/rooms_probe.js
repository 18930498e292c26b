// What a test reads from a mediation page (the guest's /join page, the mediator's mediation
// page), installed by tests/helpers/mediation_browser.py: for every remote <video> rooms.js
// made (data-participant, data-room), the counters decoded from it (as remote_sessions/
// pattern.py reads a frame) and the peak frequency of its audio (an AnalyserNode each); the
// RTP received per publisher (getStats of the subscriptions); and the "modified client": a
// page script that subscribes afresh to every publisher it can list in the main room and tries
// to join the side room, as publisher and as subscriber to each feed it can list there.
"use strict";
window.chainProbe = (() => {
  const decode = window.lexkioskPattern.decode; // pattern.js, evaluated first
  const seen = {};
  const ears = new Map();
  let audio = null;

  const canvas = document.createElement("canvas");
  const draw = canvas.getContext("2d", { willReadFrequently: true });

  function read(video) {
    const width = video.videoWidth;
    const height = video.videoHeight;
    if (!width || !height || video.readyState < 2) return null;
    canvas.width = width;
    canvas.height = height;
    draw.drawImage(video, 0, 0, width, height);
    return decode(draw.getImageData(0, 0, width, height).data, width, height);
  }

  function key(video) {
    return video.dataset.participant + "|" + video.dataset.room;
  }

  function listen(video) {
    if (ears.has(video)) return;
    const stream = video.srcObject;
    if (!stream || stream.getAudioTracks().length === 0) return;
    audio = audio || new AudioContext();
    const analyser = audio.createAnalyser();
    analyser.fftSize = 8192;
    audio.createMediaStreamSource(new MediaStream(stream.getAudioTracks())).connect(analyser);
    ears.set(video, analyser);
  }

  function tick() {
    document.querySelectorAll("video[data-participant]").forEach((video) => {
      const value = read(video);
      if (value !== null) (seen[key(video)] = seen[key(video)] || []).push(value);
      listen(video);
    });
  }
  setInterval(tick, 40);

  function peak(analyser) {
    const bins = new Float32Array(analyser.frequencyBinCount);
    analyser.getFloatFrequencyData(bins);
    let best = 1;
    for (let i = 2; i < bins.length; i++) if (bins[i] > bins[best]) best = i;
    if (!(bins[best] > -70)) return null; // silence
    return (best * audio.sampleRate) / analyser.fftSize;
  }

  function tones() {
    const out = {};
    ears.forEach((analyser, video) => {
      if (video.isConnected) out[key(video)] = peak(analyser);
    });
    return out;
  }

  // bytes and frames received per publisher (participant id), over every subscription of the
  // page, the probe's own included
  async function received() {
    const out = {};
    const add = async (pc, who) => {
      const stats = await pc.getStats();
      stats.forEach((s) => {
        if (s.type !== "inbound-rtp") return;
        const row = (out[who] = out[who] || { bytes: 0, frames: 0, audioBytes: 0 });
        if (s.kind === "video") {
          row.bytes += s.bytesReceived || 0;
          row.frames += s.framesDecoded || 0;
        } else {
          row.audioBytes += s.bytesReceived || 0;
        }
      });
    };
    const jobs = [];
    const rooms = window.lexkioskRooms ? window.lexkioskRooms.rooms : {};
    Object.keys(rooms).forEach((name) => {
      const room = rooms[name];
      Object.keys(room.subs).forEach((feed) => {
        const handle = room.subs[feed];
        const video = document.getElementById("remote-" + name + "-" + feed);
        const who = video ? video.dataset.participant : "feed:" + feed;
        if (handle && handle.webrtcStuff && handle.webrtcStuff.pc) jobs.push(add(handle.webrtcStuff.pc, who));
      });
    });
    modified.pcs.forEach(([pc, who]) => jobs.push(add(pc, who)));
    await Promise.all(jobs);
    return out;
  }

  const modified = { pcs: [], refusals: [], listed: {} };

  // The modified client, with the guest's own grant (the cookie's): a Janus session of its
  // own that lists the main room and subscribes to every publisher in it, then lists the
  // side room and tries to join it as publisher and as subscriber to each feed listed.
  async function subscribeEverything(grantUrl, sideRoom) {
    const grant = await (await fetch(grantUrl, { credentials: "same-origin" })).json();
    const servers = grant.ice_servers.map((s) => ({ urls: s.urls, username: s.username, credential: s.credential }));
    const janus = await new Promise((resolve, reject) => {
      const made = new Janus({ server: grant.janus_url, token: grant.janus_token, iceServers: servers,
        iceTransportPolicy: "relay", success: () => resolve(made), error: reject });
    });
    const attach = (onmessage) => new Promise((resolve, reject) => {
      janus.attach({ plugin: "janus.plugin.videoroom", success: resolve, error: reject,
        onmessage: (msg, jsep) => onmessage && onmessage(msg, jsep) });
    });
    const ask = (handle, message) => new Promise((resolve) => {
      handle.send({ message, success: resolve, error: (err) => resolve({ error: String(err) }) });
    });
    const lister = await attach(null);
    const list = async (room) => {
      const reply = await ask(lister, { request: "listparticipants", room });
      return reply.error || reply.videoroom !== "participants" ? [] : reply.participants.filter((p) => p.publisher);
    };
    const main = await list(grant.room_id);
    modified.listed.main = main.map((p) => p.display);
    for (const p of main) {
      if (p.display === grant.participant_id) continue;
      let handle = null;
      handle = await attach((msg, jsep) => {
        if (msg.error) modified.refusals.push("main " + p.display + ": " + msg.error);
        if (jsep) {
          handle.createAnswer({ jsep, tracks: [{ type: "data" }],
            success: (answer) => handle.send({ message: { request: "start" }, jsep: answer }) });
        }
      });
      handle.send({ message: { request: "join", ptype: "subscriber", room: grant.room_id,
        streams: [{ feed: p.id }], token: grant.join_token } });
      modified.pcs.push([{ getStats: () => (handle.webrtcStuff.pc ? handle.webrtcStuff.pc.getStats() : Promise.resolve(new Map())) }, p.display]);
    }
    const side = await list(sideRoom);
    modified.listed.side = side.map((p) => p.display);
    const attempts = [{ request: "join", ptype: "publisher", room: sideRoom, display: grant.participant_id, token: grant.join_token }];
    // as subscriber: without a private id, and with the page's own one of the main room
    const mainRoom = window.lexkioskRooms && window.lexkioskRooms.rooms.main;
    side.forEach((p) => {
      attempts.push({ request: "join", ptype: "subscriber", room: sideRoom, streams: [{ feed: p.id }], token: grant.join_token });
      if (mainRoom && mainRoom.privateId) {
        attempts.push({ request: "join", ptype: "subscriber", room: sideRoom, streams: [{ feed: p.id }], token: grant.join_token, private_id: mainRoom.privateId });
      }
    });
    for (const body of attempts) {
      const outcome = await new Promise((resolve) => {
        attach((msg) => resolve(msg.error ? "refused " + body.ptype + ": " + msg.error : "ADMITTED " + body.ptype))
          .then((handle) => handle.send({ message: body }));
        setTimeout(() => resolve("no answer " + body.ptype), 5000);
      });
      modified.refusals.push(outcome);
    }
    return { listed: modified.listed, refusals: modified.refusals, sideGrant: (await fetch(grantUrl.replace("room=main", "room=side"), { credentials: "same-origin" })).status };
  }

  return {
    seen: () => JSON.parse(JSON.stringify(seen)),
    tones,
    received,
    subscribeEverything,
  };
})();
