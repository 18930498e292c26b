// The other party's page: redeem the invitation (code from the link, last four, consent),
// then join the main room with janus.js (relay only), subscribe to every publisher, and
// follow MediationState every 2 s: join the side room while the guest is in a side talk,
// show a note while the mediator talks with the other party alone, subscribe to the main
// room anew when a side talk ends, leave when removed; cap the video at the grant's
// max_video_bps; link to the agreement page once admitted.
(function () {
  'use strict';
  var form = document.getElementById('join');
  var errorBox = document.getElementById('error');
  var statusLine = document.getElementById('status');
  var sideNote = document.getElementById('side-note');
  var videos = document.getElementById('videos');
  var sessionId = null;
  var rooms = {};  // 'main' | 'side' -> { janus, handles }

  function showError(text) { errorBox.textContent = text; errorBox.hidden = false; }
  function say(text) { statusLine.textContent = text; }

  function api(path, options) {
    return fetch(path, Object.assign({ credentials: 'same-origin', headers: { 'Content-Type': 'application/json' } }, options || {}))
      .then(function (reply) {
        return reply.json().catch(function () { return {}; }).then(function (body) {
          if (!reply.ok) { throw new Error(typeof body.detail === 'string' ? body.detail : 'HTTP ' + reply.status); }
          return body;
        });
      });
  }

  function iceServers(grant) {
    return grant.ice_servers.map(function (s) {
      var server = { urls: s.urls };
      if (s.username) { server.username = s.username; }
      if (s.credential) { server.credential = s.credential; }
      return server;
    });
  }

  function remoteVideo(key) {
    var id = 'remote-' + key;
    var el = document.getElementById(id);
    if (!el) {
      el = document.createElement('video');
      el.id = id; el.autoplay = true; el.playsInline = true;
      videos.appendChild(el);
    }
    return el;
  }

  function subscribe(name, grant, janus, feed) {
    var room = rooms[name];
    if (!room || room.subs[feed]) { return; }
    janus.attach({
      plugin: 'janus.plugin.videoroom',
      success: function (handle) {
        room.subs[feed] = handle;
        handle.send({ message: { request: 'join', ptype: 'subscriber', room: grant.room_id,
          streams: [{ feed: feed }], token: grant.join_token, private_id: room.privateId } });
      },
      onmessage: function (msg, jsep) {
        var handle = room.subs[feed];
        if (jsep && handle) {
          handle.createAnswer({ jsep: jsep, tracks: [{ type: 'data' }],
            success: function (answer) { handle.send({ message: { request: 'start' }, jsep: answer }); } });
        }
      },
      onremotetrack: function (track, mid, on) {
        if (!on) { return; }
        var el = remoteVideo(name + '-' + feed);
        var stream = el.srcObject || new MediaStream();
        stream.addTrack(track);
        el.srcObject = stream;
      },
      oncleanup: function () {
        var el = document.getElementById('remote-' + name + '-' + feed);
        if (el) { el.remove(); }
      }
    });
  }

  function join(name) {
    if (rooms[name]) { return; }
    rooms[name] = { subs: {}, janus: null, privateId: null };
    api('/api/v1/guest/sessions/' + sessionId + '/grant?room=' + name).then(function (grant) {
      var janus = new Janus({
        server: grant.janus_url, token: grant.janus_token, iceServers: iceServers(grant),
        iceTransportPolicy: 'relay',
        success: function () {
          janus.attach({
            plugin: 'janus.plugin.videoroom',
            success: function (handle) {
              rooms[name].publisher = handle;
              handle.send({ message: { request: 'join', ptype: 'publisher', room: grant.room_id,
                display: grant.participant_id, token: grant.join_token } });
            },
            onmessage: function (msg, jsep) {
              var handle = rooms[name] && rooms[name].publisher;
              if (jsep && handle) { handle.handleRemoteJsep({ jsep: jsep }); }
              if (msg.videoroom === 'joined' && handle) {
                rooms[name].privateId = msg.private_id;
                rooms[name].feedId = msg.id;
                handle.createOffer({
                  tracks: [{ type: 'audio', capture: true, recv: false }, { type: 'video', capture: true, recv: false }],
                  success: function (offer) { handle.send({ message: { request: 'publish', audio: true, video: true }, jsep: offer }); }
                });
                say('通话中 In the call');
              }
              (msg.publishers || []).forEach(function (p) { subscribe(name, grant, janus, p.id); });
            },
            webrtcState: function (up) {
              // the central service's cap for this room's publishers (max_video_bps)
              if (up && rooms[name]) { window.LexkioskBitrate.capHandle(rooms[name].publisher, grant.max_video_bps); }
            },
            onlocaltrack: function (track, on) {
              if (on && track.kind === 'video' && name === 'main') {
                document.getElementById('me').srcObject = new MediaStream([track]);
              }
            }
          });
        },
        error: function (err) { say('连接中断 The connection broke: ' + err); }
      });
      rooms[name].janus = janus;
      rooms[name].grant = grant;
    }).catch(function (err) { delete rooms[name]; say(String(err.message || err)); });
  }

  function leave(name) {
    var room = rooms[name];
    if (!room) { return; }
    delete rooms[name];
    if (room.janus) { room.janus.destroy(); }
  }

  function resubscribe(name) {
    // after a side talk Janus relays the main room's publishers again but asks them for no
    // keyframe: subscribe to each anew, so the new subscription starts with a fresh picture
    var room = rooms[name];
    if (!room || !room.publisher || !room.grant) { return; }
    Object.keys(room.subs).forEach(function (feed) {
      var handle = room.subs[feed];
      delete room.subs[feed];
      handle.detach();
    });
    room.publisher.send({
      message: { request: 'listparticipants', room: room.grant.room_id },
      success: function (reply) {
        (reply.participants || []).forEach(function (p) {
          if (p.publisher && p.id !== room.feedId) { subscribe(name, room.grant, room.janus, p.id); }
        });
      }
    });
  }

  var sideTalkOn = false;

  function follow() {
    api('/api/v1/guest/sessions/' + sessionId + '/mediation').then(function (state) {
      var inSide = state.your_rooms.indexOf('side') >= 0;
      var sideNow = Boolean(state.side_talk);
      if (sideTalkOn && !sideNow) { resubscribe('main'); }
      sideTalkOn = sideNow;
      sideNote.hidden = !(state.side_talk && !inSide);
      if (inSide) { join('side'); } else { leave('side'); }
      if (state.removed) { leave('main'); say('您已被调解员移出 You were removed by the mediator'); return; }
      window.setTimeout(follow, 2000);
    }).catch(function (err) {
      leave('main'); leave('side');
      say(String(err.message || err));
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    errorBox.hidden = true;
    var body = {
      code: form.dataset.code,
      id_last4: document.getElementById('last4').value.trim().toUpperCase(),
      consent: document.getElementById('consent').checked,
      consent_version: form.dataset.consentVersion
    };
    api('/api/v1/invitations/' + form.dataset.invitation + '/redeem', { method: 'POST', body: JSON.stringify(body) })
      .then(function (admission) {
        sessionId = admission.session_id;
        form.hidden = true;
        var link = document.getElementById('agreement-open');
        link.href = '/guest/sessions/' + encodeURIComponent(sessionId) + '/agreement';
        document.getElementById('agreement-link').hidden = false;
        document.getElementById('call').hidden = false;
        Janus.init({ debug: false, dependencies: Janus.useDefaultDependencies(), callback: function () {
          join('main');
          follow();
        } });
      })
      .catch(function (err) { showError(String(err.message || err)); });
  });
}());
