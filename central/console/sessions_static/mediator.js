// The mediator's call on the mediation page: the main room with janus.js through rooms.js,
// and the side room while the mediator holds a side talk (the server puts them there). The
// page is never reloaded while the call runs: the participants, the side-talk state and the
// invitations (#mediation-now) are fetched anew every 5 s and after each of its forms, which
// are sent without leaving the page.
(function () {
  'use strict';
  var section = document.getElementById('mediation-call');
  if (!section) { return; }
  var base = '/console/sessions/' + encodeURIComponent(section.dataset.session) + '/mediation';
  var statusLine = document.getElementById('mediation-call-status');
  var typing = false;

  function say(text) { statusLine.textContent = text; }

  function json(path) {
    return fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (reply) {
        return reply.json().catch(function () { return {}; }).then(function (body) {
          if (!reply.ok) { throw new Error(typeof body.detail === 'string' ? body.detail : 'HTTP ' + reply.status); }
          return body;
        });
      });
  }

  function swap(html) {
    var fresh = new DOMParser().parseFromString(html, 'text/html');
    document.querySelectorAll('[data-refresh]').forEach(function (el) {
      var found = fresh.getElementById(el.id);
      if (found) { el.innerHTML = found.innerHTML; }
    });
  }

  function refresh() {
    if (typing) { return; }
    fetch(window.location.pathname, { credentials: 'same-origin' })
      .then(function (reply) { return reply.ok ? reply.text() : null; })
      .then(function (html) { if (html) { swap(html); } })
      .catch(function () { /* the next look */ });
  }

  document.addEventListener('input', function (event) {
    typing = Boolean(event.target.closest && event.target.closest('[data-refresh]'));
  });
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.closest || !form.closest('[data-refresh]')) { return; }
    event.preventDefault();
    typing = false;
    fetch(form.action, { method: 'POST', credentials: 'same-origin', body: new URLSearchParams(new FormData(form)) })
      .then(function (reply) { return reply.text(); })
      .then(swap)
      .catch(function (err) { say(String(err.message || err)); });
  });
  window.setInterval(refresh, 5000);

  if (typeof Janus === 'undefined' || typeof adapter === 'undefined') {
    say('缺少 janus.js 或 webrtc-adapter: janus.js or webrtc-adapter is missing (Debian packages libjs-janus-gateway, libjs-webrtc-adapter)');
    return;
  }
  Janus.init({ debug: false, dependencies: Janus.useDefaultDependencies(), callback: function () {
    window.LexkioskRooms({
      grant: function (name) { return json(base + '/grant?room=' + name); },
      state: function () { return json(base + '/state'); },
      videos: document.getElementById('mediation-videos'),
      me: document.getElementById('me'),
      say: say,
      onMedia: function (name, up) {
        // the session's state follows the mediator's reports as on the call page: without
        // `joined` it never leaves "connecting", and its end would be a failure
        if (name !== 'main' || !up) { return; }
        fetch('/console/sessions/' + encodeURIComponent(section.dataset.session) + '/report', {
          method: 'POST',
          credentials: 'same-origin',
          headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ event: 'joined' }).toString()
        }).catch(function () { /* the state shows it; the next join reports again */ });
      }
    }).start();
  } });
}());
