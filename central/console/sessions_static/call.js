// The staff member's side of a video session: start the call (the grant from the central
// service), join the session's Janus VideoRoom as publisher with janus.js, subscribe to the
// resident, and send the text line and notes without leaving the page. Standard WebRTC only.
// `window.lexkioskCall` exposes the peer connections for tests (getStats, candidate pairs).
//
// The page rejoins on its own: loaded again (a reload, a crashed tab reopened) it asks for the
// staff member's grant of the call they hold and joins the same room; when the media path
// drops (ICE failed, or disconnected for RECONNECT_AFTER_MS) or the connection to Janus is
// lost, it leaves Janus and joins again with a fresh grant, so the TURN credential it uses is
// never the expired one of the first join (coturn refuses those).
(function () {
  'use strict';
  var root = document.getElementById('call');
  var sid = root.dataset.session;
  var policy = root.dataset.icePolicy === 'relay' ? 'relay' : 'all';
  var statusLine = document.getElementById('call-status');
  var remoteVideo = document.getElementById('remote-video');
  var remoteAudio = document.getElementById('remote-audio');
  var localVideo = document.getElementById('local-video');
  var base = '/console/sessions/' + encodeURIComponent(sid);
  var RECONNECT_AFTER_MS = 3000;  // disconnected this long: join again
  var JOIN_WITHIN_MS = 30000;  // a join not up by then is tried again
  var MAX_REJOINS = 8;  // in a row without the call coming back up
  var RENEW_MARGIN_S = 10;  // a credential ending this soon is not used for a new connection
  var call = {
    state: 'starting',
    error: null,
    janus: null,
    publisher: null,
    subscribers: {},
    grant: null,
    grants: 0,  // grants fetched by this page (a rejoin fetches a fresh one)
    rejoins: 0,
    feedId: null,
    mediaReady: false,  // our camera and microphone are open (see publishers())
    pending: [],  // publishers to subscribe to once they are
    leaving: false,  // the page goes (hand over, end, reload): a drop is not to be mended
    peerConnections: function () {
      var found = [];
      var handles = [call.publisher];
      Object.keys(call.subscribers).forEach(function (feed) {
        handles.push(call.subscribers[feed]);
      });
      handles.forEach(function (handle) {
        if (handle && handle.webrtcStuff && handle.webrtcStuff.pc) {
          found.push(handle.webrtcStuff.pc);
        }
      });
      return found;
    }
  };
  window.lexkioskCall = call;
  var watch = { settle: null, join: null, failedInRow: 0 };

  function say(zh, en, problem) {
    statusLine.innerHTML = '';
    var a = document.createElement('span');
    a.lang = 'zh-CN';
    a.textContent = zh;
    var b = document.createElement('span');
    b.lang = 'en';
    b.className = 'en';
    b.textContent = en;
    statusLine.append(a, ' ', b);
    statusLine.className = problem ? 'problem' : '';
  }

  function fail(zh, en, detail) {
    call.state = 'failed';
    call.error = en + (detail ? ': ' + detail : '');
    say(zh, call.error, true);
  }

  function post(path, fields) {
    return fetch(base + path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Accept': 'application/json',
        'Content-Type': 'application/x-www-form-urlencoded'
      },
      body: new URLSearchParams(fields || {}).toString()
    }).then(function (reply) {
      return reply.text().then(function (text) {
        var body = null;
        try { body = JSON.parse(text); } catch (err) { body = { detail: text }; }
        if (!reply.ok) {
          throw new Error((body && body.detail) || ('HTTP ' + reply.status));
        }
        return body;
      });
    });
  }

  function show(element, track) {
    element.srcObject = new MediaStream([track]);
    var playing = element.play();
    if (playing && playing.catch) { playing.catch(function () { /* autoplay refused */ }); }
  }

  function expiring() {
    // the grant's TURN credential ends within RENEW_MARGIN_S (or has ended)
    return Boolean(call.grant && call.grant.expires_at &&
      Date.now() / 1000 >= call.grant.expires_at - RENEW_MARGIN_S);
  }

  function subscribe(feed) {
    if (call.subscribers[feed]) { return; }
    if (expiring()) {
      // janus.js gives every peer connection of a session the same ICE servers: a new
      // subscription with a live TURN credential needs a new session with a fresh grant
      rejoin('the TURN credential is renewed', true);
      return;
    }
    call.janus.attach({
      plugin: 'janus.plugin.videoroom',
      success: function (handle) {
        call.subscribers[feed] = handle;
        handle.send({
          message: {
            request: 'join',
            ptype: 'subscriber',
            room: call.grant.room_id,
            streams: [{ feed: feed }],
            token: call.grant.join_token,
            private_id: call.privateId
          }
        });
      },
      error: function (err) { fail('无法接收居民的画面', 'cannot receive the resident', String(err)); },
      onmessage: function (msg, jsep) {
        var handle = call.subscribers[feed];
        if (msg.error) {
          fail('无法接收居民的画面', 'cannot receive the resident', msg.error);
          return;
        }
        if (jsep && handle) {
          handle.createAnswer({
            jsep: jsep,
            tracks: [{ type: 'data' }],
            success: function (answer) {
              handle.send({ message: { request: 'start', room: call.grant.room_id }, jsep: answer });
            },
            error: function (err) { fail('无法接收居民的画面', 'cannot receive the resident', String(err)); }
          });
        }
      },
      onremotetrack: function (track, mid, on) {
        if (!on) { return; }
        if (track.kind === 'video') {
          show(remoteVideo, track);
          call.state = 'in_call';
          say('通话中', 'in call', false);
        } else if (track.kind === 'audio') {
          show(remoteAudio, track);
        }
      },
      iceState: iceChanged,
      oncleanup: function () { delete call.subscribers[feed]; }
    });
  }

  function gone(feed) {
    var handle = call.subscribers[feed];
    if (handle) {
      handle.detach();
      delete call.subscribers[feed];
      say('居民的连接中断,正在等待重新连接', 'the resident dropped; waiting for them to reconnect', true);
    }
  }

  function publishers(list) {
    // Subscriptions wait for our own camera: Chromium hides a page's host addresses behind
    // mDNS names until it holds a media permission, and Janus cannot reach those, so a
    // subscription made before (the resident already in the room: a reload, a rejoin)
    // would never carry the resident's picture.
    (list || []).forEach(function (p) {
      if (call.mediaReady) { subscribe(p.id); } else { call.pending.push(p.id); }
    });
  }

  function mediaReady() {
    call.mediaReady = true;
    call.pending.splice(0).forEach(subscribe);
  }

  function publish() {
    call.publisher.createOffer({
      tracks: [
        { type: 'audio', capture: true, recv: false },
        { type: 'video', capture: true, recv: false }
      ],
      success: function (jsep) {
        call.publisher.send({ message: { request: 'publish', audio: true, video: true }, jsep: jsep });
        mediaReady();
      },
      error: function (err) { fail('无法打开摄像头或麦克风', 'cannot open the camera or microphone', String(err)); }
    });
  }

  function onPublisherMessage(msg, jsep) {
    if (jsep) { call.publisher.handleRemoteJsep({ jsep: jsep }); }
    if (msg.error) {
      fail('Janus 拒绝了加入', 'Janus refused to let us in', msg.error);
      return;
    }
    if (msg.videoroom === 'joined') {
      call.feedId = msg.id;
      call.privateId = msg.private_id;
      call.state = 'joined';
      say('已加入,等待居民的画面', 'joined; waiting for the resident', false);
      publish();
      publishers(msg.publishers);
    } else if (msg.videoroom === 'event') {
      publishers(msg.publishers);
      if (msg.unpublished && msg.unpublished !== 'ok') { gone(msg.unpublished); }
      if (msg.leaving && msg.leaving !== 'ok') { gone(msg.leaving); }
    }
  }

  function attachPublisher() {
    call.janus.attach({
      plugin: 'janus.plugin.videoroom',
      success: function (handle) {
        call.publisher = handle;
        handle.send({
          message: {
            request: 'join',
            ptype: 'publisher',
            room: call.grant.room_id,
            display: call.grant.participant_id,
            token: call.grant.join_token
          }
        });
      },
      error: function (err) { fail('无法连接视频服务器', 'cannot reach the video server', String(err)); },
      onmessage: onPublisherMessage,
      onlocaltrack: function (track, on) {
        if (on && track.kind === 'video') { show(localVideo, track); }
      },
      webrtcState: function (up) {
        if (up) {
          joinedUp();
          window.LexkioskBitrate.capHandle(call.publisher, call.grant && call.grant.max_video_bps);
          post('/report', { event: 'joined' }).catch(function () { /* shown by the state */ });
        } else {
          say('连接中断', 'the connection dropped', true);
          rejoin('the media path was hung up');
        }
      },
      iceState: iceChanged
    });
  }

  function clearTimer(name) {
    if (watch[name] !== null) { window.clearTimeout(watch[name]); watch[name] = null; }
  }

  function iceChanged(state) {
    if (state === 'connected' || state === 'completed') {
      clearTimer('settle');
    } else if (state === 'failed') {
      rejoin('the media path failed');
    } else if (state === 'disconnected' && watch.settle === null) {
      watch.settle = window.setTimeout(function () {
        watch.settle = null;
        rejoin('the media path stayed disconnected');
      }, RECONNECT_AFTER_MS);
    }
  }

  function joinedUp() {
    clearTimer('join');
    watch.failedInRow = 0;
  }

  function leaveJanus() {
    var janus = call.janus;
    call.janus = null;
    call.publisher = null;
    call.subscribers = {};
    call.pending = [];
    if (janus) {
      try { janus.destroy({ cleanupHandles: true, notifyDestroyed: false }); } catch (err) { /* gone */ }
    }
  }

  function rejoin(why, renewing) {
    // leave Janus and join again with a fresh grant (new TURN credentials); `renewing`: the
    // call did not drop, only the credential is renewed (nothing to report)
    if (call.leaving || call.state === 'rejoining') { return; }
    clearTimer('settle');
    clearTimer('join');
    watch.failedInRow += 1;
    if (watch.failedInRow > MAX_REJOINS) {
      fail('无法恢复通话', 'the call could not be brought back', why);
      return;
    }
    call.state = 'rejoining';
    call.rejoins += 1;
    say('连接中断,正在重新连接', 'the connection dropped; reconnecting', !renewing);
    leaveJanus();
    var reported = renewing ? Promise.resolve() : post('/report', { event: 'dropped', detail: why })
      .then(function () { return post('/report', { event: 'reconnecting' }); });
    reported
      .catch(function () { /* the state says it */ })
      .then(function () { return post('/connect'); })
      .then(start)
      .catch(function (err) {
        call.state = 'retry';
        say('重新连接失败,稍后再试', 'reconnecting failed; trying again', true);
        watch.join = window.setTimeout(function () { watch.join = null; rejoin(err.message); },
          RECONNECT_AFTER_MS * watch.failedInRow);
      });
  }

  var initialised = false;

  function start(grant) {
    call.grant = grant;
    call.grants += 1;
    call.state = 'starting';
    say('正在连接视频服务器', 'connecting to the video server', false);
    clearTimer('join');
    watch.join = window.setTimeout(function () {
      watch.join = null;
      rejoin('the call did not come up in time');
    }, JOIN_WITHIN_MS);
    if (initialised) {
      openJanus(grant);
      return;
    }
    Janus.init({
      debug: false,
      dependencies: Janus.useDefaultDependencies(),
      callback: function () {
        initialised = true;
        openJanus(grant);
      }
    });
  }

  function openJanus(grant) {
    var janus = new Janus({
          server: grant.janus_url,
          token: grant.janus_token,
          iceServers: grant.ice_servers.map(function (s) {
            var server = { urls: s.urls };
            if (s.username) { server.username = s.username; }
            if (s.credential) { server.credential = s.credential; }
            return server;
          }),
          iceTransportPolicy: policy,
          success: attachPublisher,
          error: function (err) {
            // before or after it was up: the connection to Janus is lost; join again
            if (call.janus === janus) { rejoin('the video server connection was lost: ' + err); }
          }
        });
    call.janus = janus;
  }

  function wireCaption() {
    var form = document.getElementById('caption-form');
    var input = document.getElementById('caption-input');
    var shown = document.getElementById('caption-shown');
    var timer = null;
    function send() {
      timer = null;
      return post('/caption', { text: input.value }).then(function (body) {
        shown.textContent = body.text ? '已显示 Shown: ' + body.text : '已清除 Cleared';
      }).catch(function (err) { shown.textContent = '未能显示 Not shown: ' + err.message; });
    }
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (timer !== null) { window.clearTimeout(timer); }
      send();
    });
    input.addEventListener('input', function () {
      if (timer !== null) { window.clearTimeout(timer); }
      timer = window.setTimeout(send, 600);
    });
  }

  function wireDocument() {
    // the PDF itself is the body (no multipart): the route reads application/pdf
    var form = document.getElementById('document-form');
    var name = document.getElementById('document-name');
    var file = document.getElementById('document-file');
    var said = document.getElementById('document-pushed');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var chosen = file.files && file.files[0];
      if (!chosen) { said.textContent = '请选择 PDF 文件 Choose a PDF file'; return; }
      said.textContent = '正在推送… Pushing…';
      fetch(base + '/documents?title=' + encodeURIComponent(name.value), {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Accept': 'application/json', 'Content-Type': 'application/pdf' },
        body: chosen
      }).then(function (reply) {
        return reply.json().catch(function () { return {}; }).then(function (body) {
          if (!reply.ok) { throw new Error(body.detail || ('HTTP ' + reply.status)); }
          said.textContent = '已推送第 ' + body.version + ' 版 Pushed version ' + body.version +
            ' (SHA-256 ' + body.sha256.slice(0, 12) + '…)';
          awaitSignature(body.version);
        });
      }).catch(function (err) { said.textContent = '未能推送 Not pushed: ' + err.message; });
    });
  }

  function awaitSignature(version) {
    // the resident signs at the kiosk: look every 2 s until this version comes back signed
    // (or a newer push takes its place), then link the signed PDF
    var signed = document.getElementById('document-signed');
    signed.textContent = '等待居民签名… Waiting for the signature…';
    function look() {
      fetch(base + '/documents', {
        credentials: 'same-origin', headers: { 'Accept': 'application/json' }
      }).then(function (reply) { return reply.ok ? reply.json() : []; }).then(function (all) {
        var latest = all.length ? all[all.length - 1] : null;
        if (!latest || latest.version !== version) { return; }
        if (!latest.signed_sha256) { window.setTimeout(look, 2000); return; }
        var link = document.createElement('a');
        link.href = base + '/documents/' + version + '/signed';
        link.target = '_blank';
        link.id = 'document-signed-link';
        link.textContent = '已签名，查看签名文书 Signed: open the signed PDF';
        signed.replaceChildren(link);
      }).catch(function () { window.setTimeout(look, 2000); });
    }
    look();
  }

  function wireNote() {
    var form = document.getElementById('note-form');
    var input = document.getElementById('note-input');
    var saved = document.getElementById('note-saved');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      post('/note', { note: input.value }).then(function (body) {
        var line = document.createElement('li');
        line.textContent = 'session_note: ' + body.note;
        document.getElementById('history').append(line);
        input.value = '';
        saved.textContent = '已保存 Saved';
      }).catch(function (err) { saved.textContent = '未保存 Not saved: ' + err.message; });
    });
  }

  function wireHandOver() {
    // by script, so that a refusal (the call has started) leaves the call running
    var form = document.getElementById('hand-over-form');
    var said = document.getElementById('hand-over-said');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      call.leaving = true;  // being put out of the room is not a drop to mend
      post('/hand-over', { to: document.getElementById('hand-over-to').value }).then(function (body) {
        location.assign(body.next);
      }).catch(function (err) {
        call.leaving = false;
        said.textContent = '未能转交 Not handed over: ' + err.message;
      });
    });
  }

  wireCaption();
  wireDocument();
  wireNote();
  wireHandOver();
  document.getElementById('end-form').addEventListener('submit', function () { call.leaving = true; });
  window.addEventListener('pagehide', function () { call.leaving = true; });
  if (typeof Janus === 'undefined' || typeof adapter === 'undefined') {
    fail('缺少 janus.js 或 webrtc-adapter', 'janus.js or webrtc-adapter is missing (Debian packages libjs-janus-gateway, libjs-webrtc-adapter)');
    return;
  }
  post('/connect').then(start).catch(function (err) {
    fail('无法开始通话', 'cannot start the call', err.message);
  });
})();
