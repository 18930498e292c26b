// The rooms of one mediation participant in a browser (the other party's /join page, the
// mediator's mediation page): join a room with janus.js as publisher (camera and microphone),
// subscribe to every publisher in it (each in its own tile of tiles.js, made when the
// subscription begins and named by the publisher's display: the participant id; the tiles'
// notes follow the state), and follow MediationState every 2 s: join the side room while
// the state lists it in `your_rooms`, leave it afterwards and subscribe to the main room anew
// (Janus asks a publisher relayed again for no keyframe: a new subscription starts with one),
// leave everything when removed. The server decides who may be in which room; this only
// follows. `window.lexkioskRooms` exposes the peer connections for tests (getStats).
(function () {
  'use strict';

  function iceServers(grant) {
    return grant.ice_servers.map(function (s) {
      var server = { urls: s.urls };
      if (s.username) { server.username = s.username; }
      if (s.credential) { server.credential = s.credential; }
      return server;
    });
  }

  // options: grant(name) -> Promise of the grant for room `name`; state() -> Promise of the
  // MediationState; videos: the element the remote <video>s go into; me: the local <video>
  // (or null); say(text): a status line; onState(state): after each look at the state;
  // onMedia(name, up): our media path into room `name` came up (true) or was hung up.
  window.LexkioskRooms = function (options) {
    var rooms = {};  // 'main' | 'side' -> { janus, publisher, subs, grant, privateId, feedId }
    var sideTalkOn = false;
    var stopped = false;

    var names = {};  // participant id -> what the caption says (from MediationState)
    var tiles = window.LexkioskTiles(options.videos);
    var ROLES = { resident: '申请人 resident', other_party: '另一方当事人 other party', mediator: '调解员 mediator' };

    function caption(display, name) {
      return (names[display] || display) + (name === 'side' ? ' · 单独谈话 side talk' : '');
    }

    function remoteVideo(name, feed, display) {
      return tiles.video(name, feed, display, caption(display, name));
    }

    function dropTile(name, feed) {
      var tile = document.getElementById('tile-' + name + '-' + feed);
      if (tile) { tile.remove(); }
    }

    function relabel(state) {
      (state.participants || []).forEach(function (p) {
        names[p.participant_id] = p.display_name + ' ' + (ROLES[p.role] || p.role);
      });
      options.videos.querySelectorAll('figcaption[data-participant]').forEach(function (text) {
        text.textContent = caption(text.dataset.participant, text.dataset.room);
      });
    }

    function subscribe(name, feed, display) {
      var room = rooms[name];
      if (!room || room.subs[feed] || feed === room.feedId) { return; }
      room.subs[feed] = 'attaching';
      remoteVideo(name, feed, display);  // 正在连接… until its first frame
      var mine = null;
      room.janus.attach({
        plugin: 'janus.plugin.videoroom',
        success: function (handle) {
          mine = handle;
          room.subs[feed] = handle;
          handle.send({ message: { request: 'join', ptype: 'subscriber', room: room.grant.room_id,
            streams: [{ feed: feed }], token: room.grant.join_token, private_id: room.privateId } });
        },
        error: function (err) { delete room.subs[feed]; dropTile(name, feed); options.say(String(err)); },
        onmessage: function (msg, jsep) {
          var handle = room.subs[feed];
          if (jsep && handle && handle !== 'attaching') {
            handle.createAnswer({ jsep: jsep, tracks: [{ type: 'data' }],
              success: function (answer) { handle.send({ message: { request: 'start' }, jsep: answer }); } });
          }
        },
        onremotetrack: function (track, mid, on) {
          if (!on) { return; }
          var el = remoteVideo(name, feed, display);
          var stream = el.srcObject || new MediaStream();
          stream.getTracks().forEach(function (old) {
            if (old.kind === track.kind && old.id !== track.id) { stream.removeTrack(old); }
          });
          stream.addTrack(track);
          el.srcObject = stream;
          var playing = el.play();
          if (playing && playing.catch) { playing.catch(function () { /* autoplay refused */ }); }
        },
        // not the tile of a subscription made anew to the same feed (resubscribe)
        oncleanup: function () { if (room.subs[feed] === mine) { dropTile(name, feed); } }
      });
    }

    function gone(name, feed) {
      var room = rooms[name];
      var handle = room && room.subs[feed];
      if (!handle) { return; }
      delete room.subs[feed];
      if (handle !== 'attaching') { handle.detach(); }
      dropTile(name, feed);
    }

    function onPublisher(name, msg, jsep) {
      var room = rooms[name];
      if (!room) { return; }
      var handle = room.publisher;
      if (jsep && handle) { handle.handleRemoteJsep({ jsep: jsep }); }
      if (msg.error) { options.say('视频服务器拒绝 The video server refused: ' + msg.error); return; }
      if (msg.videoroom === 'joined' && handle) {
        room.privateId = msg.private_id;
        room.feedId = msg.id;
        handle.createOffer({
          tracks: [{ type: 'audio', capture: true, recv: false }, { type: 'video', capture: true, recv: false }],
          success: function (offer) { handle.send({ message: { request: 'publish', audio: true, video: true }, jsep: offer }); },
          error: function (err) { options.say('无法打开摄像头或麦克风 Cannot open the camera or microphone: ' + err); }
        });
        options.say('通话中 In the call');
      }
      (msg.publishers || []).forEach(function (p) { subscribe(name, p.id, p.display); });
      if (msg.unpublished && msg.unpublished !== 'ok') { gone(name, msg.unpublished); }
      if (msg.leaving && msg.leaving !== 'ok') { gone(name, msg.leaving); }
    }

    function join(name) {
      if (rooms[name] || stopped) { return; }
      var room = { subs: {}, janus: null, publisher: null, privateId: null, feedId: null, grant: null };
      rooms[name] = room;
      options.grant(name).then(function (grant) {
        if (rooms[name] !== room) { return; }
        room.grant = grant;
        room.janus = new Janus({
          server: grant.janus_url, token: grant.janus_token, iceServers: iceServers(grant),
          iceTransportPolicy: 'relay',
          success: function () {
            room.janus.attach({
              plugin: 'janus.plugin.videoroom',
              success: function (handle) {
                room.publisher = handle;
                handle.send({ message: { request: 'join', ptype: 'publisher', room: grant.room_id,
                  display: grant.participant_id, token: grant.join_token } });
              },
              error: function (err) { options.say('无法连接视频服务器 Cannot reach the video server: ' + err); },
              onmessage: function (msg, jsep) { onPublisher(name, msg, jsep); },
              webrtcState: function (up) {
                // the central service's cap for this room's publishers (max_video_bps)
                if (up && room.publisher) { window.LexkioskBitrate.capHandle(room.publisher, grant.max_video_bps); }
                if (options.onMedia) { options.onMedia(name, up); }
              },
              onlocaltrack: function (track, on) {
                if (on && track.kind === 'video' && name === 'main' && options.me) {
                  options.me.srcObject = new MediaStream([track]);
                }
              }
            });
          },
          error: function (err) { options.say('连接中断 The connection broke: ' + err); }
        });
      }).catch(function (err) {
        if (rooms[name] === room) { delete rooms[name]; }
        options.say(String(err.message || err));
      });
    }

    function leave(name) {
      var room = rooms[name];
      if (!room) { return; }
      delete rooms[name];
      Object.keys(room.subs).forEach(function (feed) { dropTile(name, feed); });
      if (room.janus) { room.janus.destroy({ cleanupHandles: true }); }
    }

    function resubscribe(name) {
      var room = rooms[name];
      if (!room || !room.publisher || !room.grant) { return; }
      Object.keys(room.subs).forEach(function (feed) { gone(name, feed); });
      room.publisher.send({
        message: { request: 'listparticipants', room: room.grant.room_id },
        success: function (reply) {
          (reply.participants || []).forEach(function (p) {
            if (p.publisher) { subscribe(name, p.id, p.display); }
          });
        }
      });
    }

    function follow() {
      if (stopped) { return; }
      options.state().then(function (state) {
        var inSide = state.your_rooms.indexOf('side') >= 0;
        var sideNow = Boolean(state.side_talk);
        if (sideTalkOn && !sideNow) { resubscribe('main'); }
        sideTalkOn = sideNow;
        if (inSide) { join('side'); } else { leave('side'); }
        relabel(state);
        tiles.show(state);
        if (options.onState) { options.onState(state); }
        if (state.removed) { stop(); return; }
        window.setTimeout(follow, 2000);
      }).catch(function (err) {
        stop();
        options.say(String(err.message || err));
      });
    }

    function stop() {
      stopped = true;
      leave('main'); leave('side');
    }

    var api = {
      start: function () { join('main'); follow(); },
      stop: stop,
      rooms: rooms,
      peerConnections: function () {
        var found = [];
        Object.keys(rooms).forEach(function (name) {
          var room = rooms[name];
          var handles = [room.publisher];
          Object.keys(room.subs).forEach(function (feed) { handles.push(room.subs[feed]); });
          handles.forEach(function (h) {
            if (h && h.webrtcStuff && h.webrtcStuff.pc) { found.push(h.webrtcStuff.pc); }
          });
        });
        return found;
      }
    };
    window.lexkioskRooms = api;
    return api;
  };
}());
