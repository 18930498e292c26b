// The guest's signature: drawn on the canvas with pointer events (mouse, pen or finger),
// sent as PNG for the version this page shows. An empty canvas is not sent.
"use strict";
(function () {
  const main = document.querySelector("main");
  const pad = document.getElementById("pad");
  if (!main || !pad) return;
  const sid = main.dataset.session;
  const version = Number(main.dataset.version);
  const message = document.getElementById("sign-message");
  const ctx = pad.getContext("2d");
  ctx.lineWidth = 4;
  ctx.lineCap = "round";
  ctx.lineJoin = "round";
  ctx.strokeStyle = "#0a1a6e";
  let drawing = false;
  let points = 0;

  function at(event) {
    const box = pad.getBoundingClientRect();
    return [
      ((event.clientX - box.left) * pad.width) / box.width,
      ((event.clientY - box.top) * pad.height) / box.height,
    ];
  }
  pad.addEventListener("pointerdown", function (event) {
    drawing = true;
    pad.setPointerCapture(event.pointerId);
    const [x, y] = at(event);
    ctx.beginPath();
    ctx.moveTo(x, y);
  });
  pad.addEventListener("pointermove", function (event) {
    if (!drawing) return;
    const [x, y] = at(event);
    ctx.lineTo(x, y);
    ctx.stroke();
    points += 1;
  });
  function stop() {
    drawing = false;
  }
  pad.addEventListener("pointerup", stop);
  pad.addEventListener("pointercancel", stop);

  document.getElementById("clear").addEventListener("click", function () {
    ctx.clearRect(0, 0, pad.width, pad.height);
    points = 0;
    message.textContent = "";
  });

  document.getElementById("sign").addEventListener("click", async function () {
    if (points < 5) {
      message.textContent = "请先在方框里签名。 Please sign in the box first.";
      return;
    }
    const png = pad.toDataURL("image/png").split(",")[1];
    const reply = await fetch(`/api/v1/guest/sessions/${sid}/agreement/signature`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ version: version, signature_png_b64: png }),
      credentials: "same-origin",
    });
    if (reply.ok) {
      message.textContent = "已签名，谢谢。 Signed, thank you.";
      message.dataset.result = "signed";
      document.getElementById("sign").disabled = true;
      return;
    }
    const body = await reply.json().catch(function () { return { detail: "" }; });
    message.dataset.result = reply.status === 409 ? "changed" : "refused";
    message.textContent =
      reply.status === 409
        ? "协议已修改，请重新阅读后再签名。 The agreement was changed: please read it again. " +
          body.detail
        : "未能签名。 Not signed: " + body.detail;
  });
})();
