// The mediator's mediation page: loads the agreement panel (JSON {html}) into #agreement-slot
// and wires the mediator's confirmation button (the participants are kept fresh by
// mediator.js, which never reloads the page: that would drop the mediator's call).
(function () {
  'use strict';
  var slot = document.getElementById('agreement-slot');
  var busy = false;

  function place(html) {
    var old = document.getElementById('agreement-panel-holder');
    if (old) { old.remove(); }
    var holder = document.createElement('div');
    holder.id = 'agreement-panel-holder';
    holder.innerHTML = html;
    slot.appendChild(holder);
    var button = document.getElementById('agreement-confirm');
    if (button) { button.addEventListener('click', function () { confirm(button); }); }
  }

  function load() {
    // the section answers {html, version, state}: the panel's HTML, rendered by the service
    return fetch(slot.dataset.src, {
      credentials: 'same-origin', headers: { Accept: 'application/json' }
    }).then(function (reply) {
      if (!reply.ok) { return null; }
      return reply.json();
    }).then(function (section) {
      if (section && typeof section.html === 'string') { place(section.html); }
    }).catch(function () { /* no agreement panel on this service */ });
  }

  // the mediator's signature image: their name written on a canvas (a desk, not a touchscreen)
  function inked(name) {
    var pad = document.createElement('canvas');
    pad.width = 420;
    pad.height = 120;
    var ctx = pad.getContext('2d');
    ctx.fillStyle = '#0a1a6e';
    ctx.font = '40px sans-serif';
    ctx.textBaseline = 'middle';
    ctx.fillText(name, 16, 48);
    ctx.font = '18px sans-serif';
    ctx.fillText('调解员确认 ' + new Date().toISOString().slice(0, 10), 16, 96);
    return pad.toDataURL('image/png').split(',')[1];
  }

  function confirm(button) {
    var message = document.getElementById('agreement-confirm-message');
    busy = true;
    button.disabled = true;
    var src = slot.dataset.src.split('?')[0];
    fetch(src.replace(/\/section$/, '/confirm'), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({
        version: Number(button.dataset.version),
        signature_png_b64: inked(button.dataset.name)
      })
    }).then(function (reply) {
      return reply.json().catch(function () { return {}; }).then(function (body) {
        if (reply.ok && typeof body.html === 'string') {
          place(body.html);
          busy = false;
          return;
        }
        var detail = typeof body.detail === 'string' ? body.detail : '';
        message.dataset.result = reply.status === 409 ? 'changed' : 'refused';
        message.textContent = reply.status === 409
          ? '协议已变更或已确认，请重新阅读。 The agreement changed or was confirmed: read it ' +
            'again. ' + detail
          : '未能确认。 Not confirmed: ' + detail;
        button.disabled = false;
        busy = false;
      });
    }).catch(function () {
      message.dataset.result = 'refused';
      message.textContent = '网络错误，请重试。 Network error: try again.';
      button.disabled = false;
      busy = false;
    });
  }

  if (slot && slot.dataset.src) {
    load();
    // the panel anew every 5 s (signatures given meanwhile), unless the mediator is filling
    // it in or confirming: the page itself is not reloaded (the call runs on it)
    var typing = false;
    slot.addEventListener('input', function () { typing = true; });
    window.setInterval(function () {
      if (!typing && !busy && document.visibilityState === 'visible') { load(); }
    }, 5000);
  }
}());
