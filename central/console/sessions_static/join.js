// The other party's page: redeem the invitation (code from the link, last four, consent),
// then take part in the call through rooms.js (main room, relay only; the side room while
// the guest is in a side talk); show a note while the mediator talks with the other party
// alone, say so when removed; link to the agreement page once admitted.
(function () {
  'use strict';
  var form = document.getElementById('join');
  var errorBox = document.getElementById('error');
  var statusLine = document.getElementById('status');
  var sideNote = document.getElementById('side-note');

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

  function enter(sessionId) {
    var base = '/api/v1/guest/sessions/' + encodeURIComponent(sessionId);
    var rooms = window.LexkioskRooms({
      grant: function (name) { return api(base + '/grant?room=' + name); },
      state: function () { return api(base + '/mediation'); },
      videos: document.getElementById('videos'),
      me: document.getElementById('me'),
      say: say,
      onState: function (state) {
        var inSide = state.your_rooms.indexOf('side') >= 0;
        sideNote.hidden = !(state.side_talk && !inSide);
        if (state.removed) { say('您已被调解员移出 You were removed by the mediator'); }
      }
    });
    rooms.start();
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
        form.hidden = true;
        var link = document.getElementById('agreement-open');
        link.href = '/guest/sessions/' + encodeURIComponent(admission.session_id) + '/agreement';
        document.getElementById('agreement-link').hidden = false;
        document.getElementById('call').hidden = false;
        Janus.init({ debug: false, dependencies: Janus.useDefaultDependencies(), callback: function () {
          enter(admission.session_id);
        } });
      })
      .catch(function (err) { showError(String(err.message || err)); });
  });
}());
