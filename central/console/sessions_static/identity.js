// The call page's identity section: fetched again every few seconds, so the notary sees a
// re-proof made at the kiosk after a drop (passed or failed) without reloading the page.
// The document image opens only when the notary follows its link (each opening journaled).
(function () {
  'use strict';
  var root = document.getElementById('call');
  var section = document.getElementById('identity-proofs');
  if (!root || !section) { return; }
  var url = '/console/sessions/' + encodeURIComponent(root.dataset.session) + '/identity/section';
  var EVERY_MS = 3000;

  function refresh() {
    fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(function (reply) { return reply.ok ? reply.json() : null; })
      .then(function (answer) {
        if (answer === null) { return; }
        var holder = document.createElement('div');
        holder.innerHTML = answer.html;  // rendered and escaped by the service
        var fresh = holder.firstElementChild;
        var now = document.getElementById('identity-proofs');
        if (fresh && now && fresh.outerHTML !== now.outerHTML) { now.replaceWith(fresh); }
      })
      .catch(function () { /* the next round tries again */ })
      .finally(function () { window.setTimeout(refresh, EVERY_MS); });
  }
  window.setTimeout(refresh, EVERY_MS);
}());
