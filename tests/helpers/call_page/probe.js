// What a test reads from a call page, installed into the page by tests/helpers/browser_call.py:
// the remote <video>'s counter (a canvas read decoded exactly as remote_sessions/pattern.py
// reads a frame), the peak frequency of the remote audio (WebAudio AnalyserNode), and the
// candidate types of each peer connection's selected ICE pair (getStats).
"use strict";
window.lexkioskProbe = (() => {
  const BITS = 16;
  const MARGIN = 48;
  const seen = [];
  let audio = null;

  function meanGrey(px, width, x0, x1, y0, y1) {
    let sum = 0;
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        const i = (y * width + x) * 4;
        sum += (px[i] + px[i + 1] + px[i + 2]) / 3;
      }
    }
    return sum / ((x1 - x0) * (y1 - y0));
  }

  function decode(px, width, height) {
    const block = Math.floor(width / BITS);
    const half = Math.floor(height / 2);
    if (block < 4 || half < 4) return null;
    const inset = Math.floor(half / 4);
    let value = 0;
    for (let bit = 0; bit < BITS; bit++) {
      const x0 = bit * block + Math.floor(block / 4);
      const x1 = (bit + 1) * block - Math.floor(block / 4);
      const top = meanGrey(px, width, x0, x1, inset, half - inset);
      const bottom = meanGrey(px, width, x0, x1, half + inset, height - inset);
      if (Math.abs(top - bottom) < MARGIN) return null;
      value = value * 2 + (top > bottom ? 1 : 0);
    }
    return value;
  }

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
