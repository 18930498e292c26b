// The resident's phone page: three tabs over the public JSON endpoints. Every value from the
// server is put in with textContent, never as HTML.
"use strict";

const STATUS_WORDS = {
  429: "尝试次数过多，请过几分钟再试。",
  503: "服务暂时繁忙，请稍后再试，或拨打 12348。",
};

// The status in the resident's words (the service's own text is for staff and may be English).
const STATUS_ZH = {
  submitted: "已收到，等待受理",
  accepted: "已受理",
  in_progress: "正在办理",
  transferred: "已转交其他单位办理",
  returned: "已退回，正在重新安排",
  completed: "已办结",
  closed: "已结束",
  rejected: "不予受理",
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
  card.append(el("p", p.tracking_number, "number"), el("p", STATUS_ZH[p.status] || p.status_text, "status"),
    el("p", `办理单位：${p.organisation}`), el("p", `预计办结：${when(p.due_at)} 前`, "muted"));
  const steps = el("ol", undefined, "steps");
  for (const step of p.steps) steps.append(el("li", `${when(step.at)}　${STATUS_ZH[step.status] || step.text}`));
  card.append(steps);
  if (p.status === "completed" || p.status === "closed") card.append(ratingForm(tracking, last4));
  show(progressBox, card);
});

// A finished request may be rated once: 1 (very unsatisfied) to 5 (very satisfied).
function ratingForm(tracking, last4) {
  const form = el("form", undefined, "rating");
  form.append(el("p", "请为这次服务打分：", "strong"));
  const words = ["很不满意", "不满意", "一般", "满意", "很满意"];
  const row = el("div", undefined, "scores");
  let score = 0;
  words.forEach((word, i) => {
    const b = el("button", `${i + 1} ${word}`, "score");
    b.type = "button";
    b.addEventListener("click", () => {
      score = i + 1;
      row.querySelectorAll("button").forEach((x, j) => x.classList.toggle("picked", j === i));
    });
    row.append(b);
  });
  const comment = el("textarea");
  comment.maxLength = 500;
  comment.rows = 2;
  comment.setAttribute("aria-label", "意见（可不填）");
  comment.placeholder = "意见（可不填）";
  const send = el("button", "提交评价");
  send.type = "submit";
  const out = el("p", undefined);
  out.setAttribute("role", "status");
  form.append(row, comment, send, out);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!score) return show(out, el("span", "请先选择 1 到 5 分。", "error"));
    const r = await call("POST", "/public/api/ratings",
      { tracking_number: tracking, last4, score, comment: comment.value.trim() });
    if (r.ok) return form.replaceChildren(el("p", "谢谢您的评价！", "status"));
    const text = r.status === 409 ? "这件事已经评价过了，谢谢！" : r.error;
    show(out, el("span", text, "error"));
  });
  return form;
}

// --- knowledge -------------------------------------------------------------------------------
function marked(text, spans) {
  const p = el("p");
  let at = 0;
  for (const span of spans || []) {
    const [start, end] = span;
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
  const hits = r.body.hits;
  if (hits.length === 0) {
    return show(knowledgeBox, el("p", "没有找到相关内容。换个说法试试，或在“咨询·回电”里留言。"));
  }
  const nodes = [];
  for (const hit of hits) {
    const card = el("details", undefined, "card");
    const summary = el("summary");
    summary.append(marked(hit.question, hit.question_marks));
    const snippet = marked(hit.snippet, hit.snippet_marks);
    snippet.className = "snippet";
    card.append(summary, snippet, el("p", hit.answer, "answer"));
    nodes.push(card);
  }
  show(knowledgeBox, ...nodes);
});

// --- consultation or call-back ---------------------------------------------------------------
// One key per filled-in form: a retry after a lost answer is recognised, never a second request.
function newKey() {
  if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
let askKey = newKey();
const askForm = document.getElementById("ask-form");
const askBox = document.getElementById("ask-result");
askForm.addEventListener("submit", async (event) => {
  event.preventDefault();
  const data = {
    idempotency_key: askKey,
    kind: askForm.kind.value,
    name: askForm.name.value.trim(),
    phone: askForm.phone.value.trim(),
    question: askForm.question.value.trim(),
  };
  if (!data.name) return show(askBox, el("p", "请填写姓名。", "error"));
  if (!/^(1[0-9]{10}|0[0-9]{9,11})$/.test(data.phone)) {
    return show(askBox, el("p", "请填写 11 位手机号（以 1 开头）或带区号的固定电话，只填数字。", "error"));
  }
  if (data.question.length < 2) return show(askBox, el("p", "请简单写下您的问题。", "error"));
  const button = askForm.querySelector("button");
  button.disabled = true;
  const r = await call("POST", "/public/api/requests", data);
  button.disabled = false;
  if (!r.ok) return show(askBox, el("p", r.error, "error"));
  askForm.reset();
  askKey = newKey();
  const card = el("div", undefined, "card");
  card.append(el("p", "已收到，我们会尽快联系您。请记下受理编号，可用它和手机号后四位查询进度：", "status"),
    el("p", r.body.tracking_number, "number"));
  const follow = el("a", "查询这件事的进度");
  follow.href = `/public/progress?n=${encodeURIComponent(r.body.tracking_number)}`;
  card.append(follow);
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
