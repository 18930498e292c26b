// The resident's phone page: three tabs over the public JSON endpoints. Every value from the
// server is put in with textContent, never as HTML.
"use strict";

const STATUS_WORDS = {
  429: "尝试次数过多，请过几分钟再试。",
  503: "服务暂时繁忙，请稍后再试，或拨打 12348。",
};

function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

function show(box, ...nodes) {
  box.replaceChildren(...nodes);
}

function problem(res, body) {
  if (STATUS_WORDS[res.status]) return STATUS_WORDS[res.status];
  if (body && typeof body.detail === "string") return body.detail;
  if (body && Array.isArray(body.detail)) {
    return body.detail.map((d) => (d.loc ? d.loc[d.loc.length - 1] + "：" : "") + d.msg).join("；");
  }
  return "出现问题，请稍后再试，或拨打 12348。";
}

async function call(method, url, payload) {
  const init = { method, headers: { Accept: "application/json" } };
  if (payload !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(payload);
  }
  let res;
  try {
    res = await fetch(url, init);
  } catch (err) {
    return { ok: false, status: 0, error: "网络连接失败，请检查网络后再试。" };
  }
  let body = null;
  try {
    body = await res.json();
  } catch (err) {
    body = null;
  }
  return res.ok ? { ok: true, status: res.status, body } : { ok: false, status: res.status, body, error: problem(res, body) };
}

function when(iso) {
  const d = new Date(iso);
  return d.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false });
}

// --- tabs ------------------------------------------------------------------------------------
function selectTab(name) {
  const known = ["progress", "knowledge", "ask"];
  const tab = known.includes(name) ? name : "progress";
  for (const id of known) {
    document.getElementById(id).classList.toggle("active", id === tab);
    document.querySelector(`nav a[data-tab=${id}]`).classList.toggle("active", id === tab);
  }
}
window.addEventListener("hashchange", () => selectTab(location.hash.slice(1)));

// --- progress --------------------------------------------------------------------------------
const progressForm = document.getElementById("progress-form");
const progressBox = document.getElementById("progress-result");
progressForm.addEventListener("submit", async (event) => {
  event.preventDefault();
  const tracking = progressForm.tracking_number.value.trim().toUpperCase();
  const last4 = progressForm.last4.value.trim().toUpperCase();
  if (!tracking) return show(progressBox, el("p", "请填写受理编号（在回执上）。", "error"));
  if (!/^[0-9]{3}[0-9X]$/.test(last4)) {
    return show(progressBox, el("p", "请填写身份证号或手机号的最后四位（数字，身份证最后一位可以是 X）。", "error"));
  }
  show(progressBox, el("p", "正在查询…", "muted"));
  const r = await call("POST", "/public/api/progress", { tracking_number: tracking, last4 });
  if (!r.ok) {
    const text = r.status === 404 ? "没有找到与这个编号和后四位相符的事项，请核对后再试。" : r.error;
    return show(progressBox, el("p", text, "error"));
  }
  const p = r.body;
  const card = el("div", undefined, "card");
  card.append(el("p", p.tracking_number, "number"), el("p", p.status_text, "status"),
    el("p", `办理单位：${p.organisation}`), el("p", `预计办结：${when(p.due_at)} 前`, "muted"));
  const steps = el("ol", undefined, "steps");
  for (const step of p.steps) steps.append(el("li", `${when(step.at)}　${step.text}`));
  card.append(steps);
  show(progressBox, card);
});

// --- knowledge -------------------------------------------------------------------------------
function marked(text, spans) {
  const p = el("p");
  let at = 0;
  for (const span of spans || []) {
    const [start, end] = Array.isArray(span) ? span : [span.start, span.end];
    if (start < at) continue;
    p.append(document.createTextNode(text.slice(at, start)), el("mark", text.slice(start, end)));
    at = end;
  }
  p.append(document.createTextNode(text.slice(at)));
  return p;
}

const knowledgeForm = document.getElementById("knowledge-form");
const knowledgeBox = document.getElementById("knowledge-result");
knowledgeForm.addEventListener("submit", async (event) => {
  event.preventDefault();
  const q = knowledgeForm.q.value.trim();
  if (!q) return show(knowledgeBox, el("p", "请输入要搜索的问题。", "error"));
  show(knowledgeBox, el("p", "正在搜索…", "muted"));
  const r = await call("GET", `/public/api/knowledge?q=${encodeURIComponent(q)}`);
  if (!r.ok) return show(knowledgeBox, el("p", r.error, "error"));
  const hits = Array.isArray(r.body) ? r.body : r.body.results || r.body.hits || [];
  if (hits.length === 0) {
    return show(knowledgeBox, el("p", "没有找到相关内容。换个说法试试，或在“咨询·回电”里留言。"));
  }
  const nodes = [];
  for (const hit of hits) {
    const card = el("details", undefined, "card");
    const summary = el("summary");
    summary.append(marked(hit.question, hit.question_spans));
    card.append(summary);
    if (hit.snippet) card.append(marked(hit.snippet, hit.snippet_spans || hit.spans));
    if (hit.answer) card.append(el("p", hit.answer));
    if (hit.category) card.append(el("p", hit.category, "muted"));
    nodes.push(card);
  }
  show(knowledgeBox, ...nodes);
});

// --- consultation or call-back ---------------------------------------------------------------
const askForm = document.getElementById("ask-form");
const askBox = document.getElementById("ask-result");
askForm.addEventListener("submit", async (event) => {
  event.preventDefault();
  const data = {
    kind: askForm.kind.value,
    name: askForm.name.value.trim(),
    phone: askForm.phone.value.trim(),
    question: askForm.question.value.trim(),
  };
  if (!data.name) return show(askBox, el("p", "请填写姓名。", "error"));
  if (!/^1[3-9][0-9]{9}$/.test(data.phone)) {
    return show(askBox, el("p", "请填写 11 位手机号，以 1 开头。", "error"));
  }
  if (!data.question) return show(askBox, el("p", "请简单写下您的问题。", "error"));
  const button = askForm.querySelector("button");
  button.disabled = true;
  const r = await call("POST", "/public/api/requests", data);
  button.disabled = false;
  if (!r.ok) return show(askBox, el("p", r.error, "error"));
  askForm.reset();
  const card = el("div", undefined, "card");
  card.append(el("p", "已收到，我们会尽快联系您。请记下受理编号，可用它和手机号后四位查询进度：", "status"),
    el("p", r.body.tracking_number, "number"));
  show(askBox, card);
});

// --- start: the receipt's QR code opens /public/progress?n=NUMBER -------------------------------
(function start() {
  const params = new URLSearchParams(location.search);
  const number = params.get("n");
  if (number) progressForm.tracking_number.value = number.slice(0, 40);
  const fromPath = location.pathname.replace(/\/$/, "").split("/").pop();
  const tab = location.hash.slice(1) || (["progress", "knowledge", "ask"].includes(fromPath) ? fromPath : "progress");
  selectTab(tab);
  if (number) progressForm.last4.focus();
})();
