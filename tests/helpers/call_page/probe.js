// What a test reads from a call page, installed into the page by tests/helpers/browser_call.py:
// the remote <video>'s counter (a canvas read decoded exactly as remote_sessions/pattern.py
// reads a frame), the peak frequency of the remote audio (WebAudio AnalyserNode), and the
// candidate types of each peer connection's selected ICE pair (getStats).
"use strict";
window.lexkioskProbe = (() => {
  const decode = window.lexkioskPattern.decode; // pattern.js, evaluated first
  const seen = [];
  let audio = null;

  function readVideo(video) {
    const width = video.videoWidth;
    const height = video.videoHeight;
    if (!width || !height) return null;
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext("2d", { willReadFrequently: true });
    context.drawImage(video, 0, 0, width, height);
    return decode(context.getImageData(0, 0, width, height).data, width, height);
  }

  function watchVideo(selector, low, high) {
    const video = document.querySelector(selector);
    const tick = () => {
      const value = readVideo(video);
      if (value !== null && value >= low && value < high) seen.push(value);
    };
    setInterval(tick, 30);
  }

  function listenAudio(selector) {
    const element = document.querySelector(selector);
    const stream = element && element.srcObject;
    if (!stream || stream.getAudioTracks().length === 0) return false;
    const context = new AudioContext();
    const analyser = context.createAnalyser();
    analyser.fftSize = 8192;
    context.createMediaStreamSource(stream).connect(analyser);
    audio = { context, analyser };
    return true;
  }

  function peakHz() {
    if (audio === null) return null;
    const bins = new Float32Array(audio.analyser.frequencyBinCount);
    audio.analyser.getFloatFrequencyData(bins);
    let best = 1;
    for (let i = 2; i < bins.length; i++) if (bins[i] > bins[best]) best = i;
    if (!(bins[best] > -70)) return null; // silence
    return (best * audio.context.sampleRate) / audio.analyser.fftSize;
  }

  async function selectedPair(pc) {
    const stats = await pc.getStats();
    let pair = null;
    stats.forEach((report) => {
      if (report.type === "transport" && report.selectedCandidatePairId) {
        pair = stats.get(report.selectedCandidatePairId) || pair;
      }
    });
    if (pair === null) {
      stats.forEach((report) => {
        if (report.type === "candidate-pair" && report.nominated && report.state === "succeeded") {
          pair = report;
        }
      });
    }
    if (pair === null) return null;
    return [
      stats.get(pair.localCandidateId).candidateType,
      stats.get(pair.remoteCandidateId).candidateType,
    ];
  }

  // A page may expose its peer connections as one, a list, or an object holding them (one
  // level down, lists included): collect every RTCPeerConnection found.
  function collectPeers(found, depth = 0) {
    if (found instanceof RTCPeerConnection) return [found];
    if (found === null || typeof found !== "object" || depth > 2) return [];
    const values = Array.isArray(found) ? found : Object.values(found);
    return values.flatMap((value) => collectPeers(value, depth + 1));
  }

  async function selectedPairs(exposed) {
    const pairs = await Promise.all(collectPeers(exposed).map(selectedPair));
    return pairs.filter((pair) => pair !== null);
  }

  return {
    watchVideo,
    listenAudio,
    peakHz,
    selectedPairs,
    seen: () => seen.slice(),
    distinct: () => new Set(seen).size,
  };
})();
