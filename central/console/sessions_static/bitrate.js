// The video cap the central service puts in every grant (max_video_bps): applied to the
// publisher's video sender with RTCRtpSender.setParameters, so a browser in a call of several
// parties (or on a weak link) sends no more than its share. Used by call.js and join.js.
(function () {
  'use strict';
  function capVideo(pc, bps) {
    if (!pc || !bps || !pc.getSenders) { return Promise.resolve(false); }
    var done = pc.getSenders().filter(function (sender) {
      return sender.track && sender.track.kind === 'video';
    }).map(function (sender) {
      var params = sender.getParameters();
      if (!params.encodings || params.encodings.length === 0) { params.encodings = [{}]; }
      params.encodings.forEach(function (encoding) { encoding.maxBitrate = bps; });
      return sender.setParameters(params).then(function () { return true; });
    });
    return Promise.all(done).then(function (all) { return all.length > 0; });
  }
  // a janus.js plugin handle's peer connection (janus.js keeps it in webrtcStuff)
  function capHandle(handle, bps) {
    var pc = handle && handle.webrtcStuff ? handle.webrtcStuff.pc : null;
    return capVideo(pc, bps).catch(function () { return false; });
  }
  window.LexkioskBitrate = { capVideo: capVideo, capHandle: capHandle };
}());
