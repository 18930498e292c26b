// The mediator's mediation page: loads the agreement panel (JSON {html}) into #agreement-slot, and reloads the participants every 5 s while no form is
// being filled in.
(function () {
  'use strict';
  var slot = document.getElementById('agreement-slot');
  if (slot && slot.dataset.src) {
    // the section answers {html, version, state}: the panel's HTML, rendered by the service
    fetch(slot.dataset.src, {
      credentials: 'same-origin', headers: { Accept: 'application/json' }
    }).then(function (reply) {
      if (!reply.ok) { return null; }
      return reply.json();
    }).then(function (section) {
      if (section && typeof section.html === 'string') {
        var panel = document.createElement('div');
        panel.innerHTML = section.html;
        slot.appendChild(panel);
      }
    }).catch(function () { /* no agreement panel on this service */ });
  }
  var typing = false;
  document.addEventListener('input', function () { typing = true; });
  window.setInterval(function () {
    if (!typing && document.visibilityState === 'visible') { window.location.reload(); }
  }, 5000);
}());
