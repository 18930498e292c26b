"use strict";
// /public/verify: an act's QR link (?act=&code=) or an uploaded PDF, shown in plain Chinese.
(function () {
  const KINDS = { notarisation: "远程视频公证" };
  // in the service's time zone when the answer names it (the verdict's day is in that zone)
  const when = (iso, timeZone) =>
    iso ? new Date(iso).toLocaleString("zh-CN", timeZone ? { hour12: false, timeZone } : { hour12: false }) : "—";

  function table(rows) {
    const dl = document.createElement("dl");
    for (const [label, value, cls] of rows) {
      const dt = document.createElement("dt");
      dt.textContent = label;
      const dd = document.createElement("dd");
      dd.textContent = value;
      if (cls) dd.className = cls;
      dl.append(dt, dd);
    }
    return dl;
  }

  function say(box, text, cls) {
    const p = document.createElement("p");
    p.className = cls || "";
    p.textContent = text;
    box.replaceChildren(p);
    return p;
  }

  function actRows(act, withSeal) {
    const rows = [
      ["公证书编号", act.act],
      ["公证事项", KINDS[act.kind] || act.kind],
      ["公证机构", act.organisation],
      ["状态", act.state === "sealed" ? "已盖章" : "盖章处理中（尚未盖章）", act.state === "sealed" ? "ok" : "warn"],
    ];
    if (withSeal) rows.push(["盖章单位", act.seal_signer || "—"], ["盖章时间（时间戳）", when(act.time_stamp)]);
    return rows;
  }

  function agreementRows(agreement) {
    return [
      ["文书种类", agreement.document],
      ["协议书编号", agreement.agreement],
      ["版本", "第" + agreement.version + "版"],
      ["调解组织", agreement.organisation || "—"],
      ["与本系统存档的盖章件", agreement.same_as_recorded ? "完全一致" : "不一致（不是存档的那一份）",
        agreement.same_as_recorded ? "ok" : "warn"],
    ];
  }

  async function problem(reply) {
    try {
      const body = await reply.json();
      return typeof body.detail === "string" ? body.detail : reply.statusText;
    } catch (e) {
      return reply.statusText;
    }
  }

  async function showAct(act, code) {
    const section = document.getElementById("act");
    const box = document.getElementById("act-result");
    section.hidden = false;
    section.classList.add("active");
    const url = "/public/api/verify/acts/" + encodeURIComponent(act) + "?code=" + encodeURIComponent(code);
    const reply = await fetch(url);
    if (!reply.ok) {
      say(box, reply.status === 404 ? "没有找到这份公证书，请核对二维码。" : "暂时无法查询：" + (await problem(reply)), "bad");
      return;
    }
    box.replaceChildren(table(actRows(await reply.json(), true)));
  }

  async function upload(event) {
    event.preventDefault();
    const box = document.getElementById("verify-result");
    const file = document.getElementById("pdf").files[0];
    if (!file) {
      say(box, "请先选择公证书或调解协议书的 PDF 文件。", "bad");
      return;
    }
    if (file.size > 4 * 1024 * 1024) {
      say(box, "文件太大：最多 4 MB。", "bad");
      return;
    }
    say(box, "正在核验……");
    const reply = await fetch("/public/api/verify", {
      method: "POST",
      headers: { "Content-Type": "application/pdf" },
      body: file,
    });
    if (!reply.ok) {
      const why = reply.status === 415 ? "这不是 PDF 文件，只能核验 PDF 格式的盖章文件。"
        : reply.status === 413 ? "文件太大：最多 4 MB。"
        : reply.status === 429 ? "核验次数过多，请稍后再试。"
        : "无法核验：" + (await problem(reply));
      say(box, why, "bad");
      return;
    }
    const seal = await reply.json();
    const good = seal.intact && seal.certificate_valid_then && !seal.altered
      && (seal.act || (seal.agreement && seal.agreement.same_as_recorded));
    const verdict = say(box, seal.verdict, good ? "ok verdict" : "bad verdict");
    verdict.id = "verdict";
    const english = document.createElement("p");
    english.id = "verdict-en";
    english.className = "verdict-en";
    english.lang = "en";
    english.textContent = seal.verdict_en;
    box.append(english);
    const rows = [
      ["盖章单位", seal.signer || "—"],
      ["盖章时间（时间戳）", when(seal.signed_at, seal.time_zone)],
      ["签章完整", seal.intact ? "是" : "否", seal.intact ? "ok" : "bad"],
      ["证书在盖章时有效", seal.certificate_valid_then ? "是" : "否", seal.certificate_valid_then ? "ok" : "bad"],
      ["盖章后是否改动", seal.altered ? "已改动：" + seal.what_changed
        : seal.updated_after_sealing ? "有允许的更新：" + seal.what_changed : "未改动",
        seal.altered ? "bad" : "ok"],
      ["长期验证数据", seal.revocation_embedded ? "已内嵌（吊销信息、时间戳）" : "缺少", seal.revocation_embedded ? "ok" : "warn"],
    ];
    if (seal.act) rows.push(...actRows(seal.act, false));
    if (seal.agreement) rows.push(...agreementRows(seal.agreement));
    box.append(table(rows));
  }

  document.addEventListener("DOMContentLoaded", () => {
    document.getElementById("verify-form").addEventListener("submit", upload);
    const query = new URLSearchParams(location.search);
    if (query.get("act") && query.get("code")) showAct(query.get("act"), query.get("code"));
  });
})();
