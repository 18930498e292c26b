// The remote pictures of a page that runs rooms.js (the other party's /join page, the
// mediator's mediation page): each tile is a <figure> with the <video>, a note laid over it
// (real text, aria-live polite) and the caption. The note says 正在连接… until the tile's
// first frame. While its publisher is in a side talk the viewer is not part of, the server
// sends this viewer nothing of them: "单独谈话中 · 请稍候" covers the frozen last frame, and
// stays after the side talk until the tile (subscribed anew by rooms.js) shows a frame again.
// A viewer in the side talk (the mediator, the party with them) sees the main room's tile of
// the other one in it covered with "单独谈话中" and the tiles of those waiting in the main room
// marked "在主会场等候". Everything comes from MediationState, the state the page polls.
(function () {
  'use strict';

  var WORDS = {
    connecting: ['正在连接…', 'Connecting…'],
    away: ['单独谈话中 · 请稍候', 'Paused during the private talk'],
    with_us: ['单独谈话中', 'In the side talk'],
    waiting: ['在主会场等候', 'Waiting in the main room']
  };
  var COVERS = { connecting: true, away: true, with_us: true };

  function say(note, key) {
    if (note.dataset.note === key) { return; }
    note.dataset.note = key;
    note.className = 'tile-note' + (key ? (COVERS[key] ? ' cover' : ' badge') : '');
    note.textContent = '';
    if (!key) { return; }
    var zh = document.createElement('span');
    zh.lang = 'zh-CN';
    zh.textContent = WORDS[key][0];
    var en = document.createElement('span');
    en.lang = 'en';
    en.className = 'en';
    en.textContent = WORDS[key][1];
    note.appendChild(zh);
    note.appendChild(document.createTextNode(' '));
    note.appendChild(en);
  }

  function inSideTalk(state) {
    var found = {};
    if (!state || !state.side_talk) { return found; }
    (state.participants || []).forEach(function (p) {
      if (p.in_side_talk) { found[p.participant_id] = true; }
    });
    return found;
  }

  function viewerInSide(state) {
    return Boolean(state) && (state.your_rooms || []).indexOf('side') >= 0;
  }

  // box: the element the tiles go into
  window.LexkioskTiles = function (box) {
    var state = null;
    var away = {};     // participant -> true: in the side talk now (as far as the state says)
    // participant -> the note its main-room tiles keep until a frame comes after its side
    // talk ended ('away' for a viewer left out of it, 'connecting' for one who was in it)
    var resuming = {};

    function noteFor(tile) {
      var who = tile.dataset.participant;
      var flowing = tile.dataset.flowing === 'yes';
      if (tile.dataset.room === 'main') {
        if (away[who]) { return viewerInSide(state) ? 'with_us' : 'away'; }
        if (resuming[who] && !flowing) { return resuming[who]; }
      }
      if (!flowing) { return 'connecting'; }
      if (tile.dataset.room === 'main' && state && state.side_talk && viewerInSide(state)) {
        return 'waiting';
      }
      return '';
    }

    function update(tile) {
      var note = tile.querySelector('.tile-note');
      if (note) { say(note, noteFor(tile)); }
    }

    function updateAll() {
      box.querySelectorAll('figure.tile').forEach(update);
    }

    function flowed(tile, video) {
      if (!video.videoWidth || tile.dataset.flowing === 'yes') { return; }
      tile.dataset.flowing = 'yes';
      if (tile.dataset.room === 'main') { delete resuming[tile.dataset.participant]; }
      update(tile);
    }

    function watch(tile, video) {
      var seen = function () { flowed(tile, video); };
      video.addEventListener('loadeddata', seen);
      video.addEventListener('resize', seen);
      if (video.requestVideoFrameCallback) {
        video.requestVideoFrameCallback(seen);
      }
    }

    return {
      // the tile of `feed` in room `name` (made on first call): its <video>
      video: function (name, feed, display, caption) {
        var id = 'remote-' + name + '-' + feed;
        var el = document.getElementById(id);
        if (el) { return el; }
        var tile = document.createElement('figure');
        tile.id = 'tile-' + name + '-' + feed;
        tile.className = 'tile';
        tile.dataset.room = name;
        tile.dataset.participant = display || '';
        tile.dataset.flowing = 'no';
        var view = document.createElement('div');
        view.className = 'tile-view';
        el = document.createElement('video');
        el.id = id; el.autoplay = true; el.playsInline = true;
        el.dataset.room = name;
        el.dataset.participant = display || '';
        var note = document.createElement('p');
        note.className = 'tile-note';
        note.dataset.note = '';
        note.setAttribute('aria-live', 'polite');
        var text = document.createElement('figcaption');
        text.dataset.participant = display || '';
        text.dataset.room = name;
        text.textContent = caption;
        view.appendChild(el);
        view.appendChild(note);
        tile.appendChild(view);
        tile.appendChild(text);
        box.appendChild(tile);
        watch(tile, el);
        update(tile);
        return el;
      },
      // after each look at the MediationState
      show: function (fresh) {
        var now = inSideTalk(fresh);
        var wasIn = viewerInSide(state);
        Object.keys(away).forEach(function (who) {
          if (now[who]) { return; }
          resuming[who] = wasIn ? 'connecting' : 'away';
          // a tile kept from before shows its frozen frame: it waits for a new one too
          box.querySelectorAll('figure.tile[data-room=main]').forEach(function (tile) {
            if (tile.dataset.participant !== who) { return; }
            tile.dataset.flowing = 'no';
            watch(tile, tile.querySelector('video'));
          });
        });
        Object.keys(now).forEach(function (who) { delete resuming[who]; });
        away = now;
        state = fresh;
        updateAll();
      }
    };
  };
}());
