// The live queue of /console/sessions: the console's socket says "look now" whenever a
// session of the staff member's organisation changes, and the page fetches its rows again.
// Only while the socket is closed does the page fall back to fetching every few seconds.
(function () {
  'use strict';
  var rows = document.getElementById('queue-rows');
  var live = document.getElementById('queue-live');
  var FALLBACK_MS = 5000;
  var RETRY_MS = 10000;
  var fallback = null;

  function say(zh, en, ok) {
    live.innerHTML = '';
    var a = document.createElement('span');
    a.lang = 'zh-CN';
    a.textContent = zh;
    var b = document.createElement('span');
    b.lang = 'en';
    b.className = 'en';
    b.textContent = en;
    live.append(a, ' ', b);
    live.className = ok ? 'live' : 'stale';
  }

  function refresh() {
    var ice = new URLSearchParams(location.search).get('ice') === 'relay' ? '?ice=relay' : '';
    return fetch('/console/sessions/queue' + ice, { credentials: 'same-origin' })
      .then(function (reply) {
        if (reply.status === 401 || reply.status === 403) {
          location.reload(); // the login form
          return null;
        }
        return reply.ok ? reply.json() : null;
      })
      .then(function (body) {
        if (body !== null) {
          rows.innerHTML = body.rows; // escaped by the server
          document.dispatchEvent(new CustomEvent('lexkiosk-queue-refreshed'));
        }
      })
      .catch(function () { /* the next event or tick tries again */ });
  }

  function startFallback() {
    if (fallback === null) {
      fallback = window.setInterval(refresh, FALLBACK_MS);
    }
    say('实时更新已断开,每 5 秒刷新', 'live updates lost; refreshing every 5 s', false);
  }

  function stopFallback() {
    if (fallback !== null) {
      window.clearInterval(fallback);
      fallback = null;
    }
  }

  function connect() {
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    var socket = new WebSocket(scheme + location.host + '/console/sessions/events');
    socket.onmessage = function (message) {
      var event = JSON.parse(message.data);
      if (event.type === 'ready') {
        stopFallback();
        say('实时更新', 'live', true);
        refresh(); // whatever changed before the socket was listening
        window.lexkioskQueue.live = true;
      } else if (event.type === 'session.changed') {
        refresh();
      }
    };
    socket.onclose = function () {
      window.lexkioskQueue.live = false;
      startFallback();
      window.setTimeout(connect, RETRY_MS);
    };
  }

  window.lexkioskQueue = { live: false, refresh: refresh };
  connect();
})();
