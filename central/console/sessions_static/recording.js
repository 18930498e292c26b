// The call page's recording control: both consent boxes, then start; the state is shown.
(function () {
  'use strict';
  var form = document.getElementById('recording-form');
  if (!form) { return; }
  var said = document.getElementById('recording-state');
  var button = document.getElementById('recording-start');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    button.disabled = true;
    fetch(form.action, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'Accept': 'application/json',
        'Content-Type': 'application/x-www-form-urlencoded'
      },
      body: new URLSearchParams(new FormData(form)).toString()
    }).then(function (reply) {
      return reply.json().catch(function () { return {}; }).then(function (body) {
        if (!reply.ok) { throw new Error(body.detail || ('HTTP ' + reply.status)); }
        return body;
      });
    }).then(function (body) {
      said.textContent = '● 正在录像 Recording (第 ' + body.segment + ' 段 segment ' + body.segment + ')';
      said.className = 'recording-on';
    }).catch(function (err) {
      button.disabled = false;
      said.textContent = '未能开始录像 Not started: ' + err.message;
    });
  });
})();
