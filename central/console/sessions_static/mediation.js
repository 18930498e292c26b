// The mediator's mediation page: loads the agreement panel into #agreement when the service
// has one (a teammate's routes), and reloads the participants every 5 s while no form is
// being filled in.
(function () {
  'use strict';
  var slot = document.getElementById('agreement');
  if (slot && slot.dataset.src) {
    fetch(slot.dataset.src, { credentials: 'same-origin' }).then(function (reply) {
      if (!reply.ok) { return null; }
      return reply.text();
    }).then(function (html) {
      if (html) {
        var panel = document.createElement('div');
        panel.innerHTML = html;
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
