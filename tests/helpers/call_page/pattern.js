// The counter a test pattern frame carries, decoded from a canvas read exactly as
// remote_sessions/pattern.py reads a frame: shared by probe.js and rooms_probe.js, and
// evaluated in the page before either of them (tests/helpers/browser_call.py and
// tests/helpers/mediation_browser.py prepend it).
"use strict";
window.lexkioskPattern = (() => {
  const BITS = 16;
  const MARGIN = 48;

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

  return { decode };
})();
