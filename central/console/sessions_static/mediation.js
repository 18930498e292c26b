// The mediator's mediation page: loads the agreement panel (JSON {html}) into #agreement-slot
// (the participants are kept fresh by mediator.js, without reloading the call away).
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
}());
