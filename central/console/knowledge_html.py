"""HTML of the knowledge and template editors under /console/, built by hand like the fleet
page (central.console.fleet_html). Every value goes through `escape`."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from api_client.knowledge.categories import CATEGORY_LABELS
from api_client.schemas import ArticleOut, TemplateOut
from central.console.fleet_html import _page
from central.console.knowledge_forms import FIELD_LINE_HELP, FIELD_LINE_HELP_ZH, fields_to_text
from central.console.words import bi, bi_text, data

_EXTRA = """<style>
nav{margin:0 0 1rem;display:flex;gap:1rem;align-items:center}
.bar{display:flex;gap:1rem;align-items:center;margin:0 0 1rem}.bar nav{margin:0}
.bar h1{font-size:1.2rem;margin:0}
form.edit label{display:block;margin:.8rem 0 .2rem;font-weight:bold}
form.edit input[type=text],form.edit select{font-size:1rem;padding:.3rem;min-width:22rem}
form.edit textarea{width:100%;max-width:60rem;font-size:1rem;font-family:inherit}
.draft{color:#8a5a00}.help{color:#555;font-size:.9rem}.notice{color:#137333}
td.actions form{display:inline}button{font-size:1rem;padding:.3rem .8rem}
form.edit label .en{font-weight:normal}.bar h1 .en{font-size:.75em}
</style>"""


def _frame(
    username: str, heading: tuple[str, str], body: str, notice: str = "", error: str = ""
) -> str:
    """`heading` is (Chinese, English); `notice` and `error` are HTML (`words.bi`)."""
    editors = bi_text("知识库编辑", "Knowledge editors")
    nav = (
        f'<div class="bar"><h1>{bi(*heading)}</h1><nav aria-label="{editors}">'
        f'<a href="/console/knowledge">{bi("知识库", "Articles")}</a>'
        f'<a href="/console/templates">{bi("文书模板", "Templates")}</a></nav>'
        f"<span>{bi('当前用户', 'Logged in as')} {data(username)}</span>"
        '<form method="post" action="/console/logout">'
        f'<button type="submit">{bi("退出", "Log out")}</button></form></div>'
    )
    shown = f'<p class="notice" role="status">{notice}</p>' if notice else ""
    if error:
        shown += f'<p class="fault" role="alert">{error}</p>'
    return _page(f"{bi_text(*heading)} - LexKiosk", f"{_EXTRA}{nav}{shown}{body}")


PUBLISHED = bi("已发布", "published")


def _state(published: bool) -> str:
    if published:
        return PUBLISHED
    return f'<span class="draft">{bi("未发布", "unpublished")}</span>'


def _heads(*words: tuple[str, str]) -> str:
    return "".join(f"<th>{bi(*w)}</th>" for w in words)


def articles_page(
    username: str, articles: Sequence[ArticleOut], category: str, notice: str = ""
) -> str:
    options = f'<option value="">{bi_text("全部", "all")}</option>' + "".join(
        f'<option value="{c}"{" selected" if c == category else ""}>{escape(label)}</option>'
        for c, label in CATEGORY_LABELS.items()
    )
    rows = "".join(
        f'<tr data-article="{a.id}"><td>{a.id}</td>'
        f"<td>{escape(CATEGORY_LABELS.get(a.category, a.category))}</td>"
        f'<td><a href="/console/knowledge/{a.id}">{data(a.question)}</a></td>'
        f"<td>{escape(a.region_code or '全部')}</td><td>{_state(a.published)}</td>"
        f"<td>{a.updated_at:%Y-%m-%d %H:%M} {data(a.updated_by)}</td>"
        f'<td class="actions">{_unpublish_button(f"/console/knowledge/{a.id}", a.published)}'
        "</td></tr>"
        for a in articles
    )
    heads = _heads(
        ("编号", "#"),
        ("类别", "Category"),
        ("问题", "Question"),
        ("地区", "Region"),
        ("状态", "State"),
        ("更新 (UTC)", "Updated"),
        ("操作", "Action"),
    )
    count = bi(f"共 {len(articles)} 条", f"{len(articles)} article(s)")
    body = (
        '<form class="filters" method="get" action="/console/knowledge">'
        f'<label>{bi("类别", "Category")} <select name="category">{options}</select></label>'
        f'<button type="submit">{bi("筛选", "Filter")}</button></form>'
        f'<p><a href="/console/knowledge/new">+ {bi("新建问答", "New article")}</a> {count}</p>'
        f"<table><thead><tr>{heads}</tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )
    return _frame(username, ("知识库", "Knowledge base"), body, notice)


def _unpublish_button(base: str, published: bool) -> str:
    if not published:
        return ""
    return (
        f'<form method="post" action="{base}/unpublish">'
        f'<button type="submit" class="unpublish">{bi("撤回发布", "Unpublish")}</button></form>'
    )


def article_form_page(
    username: str, action: str, values: dict[str, str], error: str = "", notice: str = ""
) -> str:
    category = values.get("category", "labour")
    options = "".join(
        f'<option value="{c}"{" selected" if c == category else ""}>{escape(label)}</option>'
        for c, label in CATEGORY_LABELS.items()
    )
    checked = " checked" if values.get("published", "1") == "1" else ""
    body = (
        f'<form class="edit" method="post" action="{escape(action)}">'
        f'<label for="question">{bi("问题（4-200 字）", "Question (4-200 characters)")}</label>'
        f'<input type="text" id="question" name="question" size="70" '
        f'value="{escape(values.get("question", ""))}">'
        f'<label for="answer">{bi("解答（10-4000 字）", "Answer (10-4000 characters)")}</label>'
        f'<textarea id="answer" name="answer" rows="9">{escape(values.get("answer", ""))}'
        "</textarea>"
        f'<label for="category">{bi("类别", "Category")}</label>'
        '<select id="category" name="category">'
        f"{options}</select>"
        '<label for="region_code">'
        + bi(
            "行政区划代码（留空：本机构辖区全部适用）",
            "Region code (empty: everywhere your organisation covers at top level)",
        )
        + "</label>"
        f'<input type="text" id="region_code" name="region_code" size="8" '
        f'value="{escape(values.get("region_code", ""))}">'
        f'<label><input type="checkbox" name="published" value="1"{checked}> {PUBLISHED}</label>'
        f'<p><button type="submit">{bi("保存", "Save")}</button> '
        f'<a href="/console/knowledge">{bi("取消", "Cancel")}</a></p></form>'
    )
    new = action.endswith("/new")
    heading = ("新建问答", "New article") if new else ("编辑问答", "Edit article")
    return _frame(username, heading, body, notice, error)


def templates_page(username: str, templates: Sequence[TemplateOut], notice: str = "") -> str:
    rows = "".join(
        f'<tr data-template="{escape(t.code)}"><td>{data(t.code)}</td>'
        f'<td><a href="/console/templates/{escape(t.code)}">{data(t.title)}</a></td>'
        f"<td>{data(f'v{t.version}')}</td><td>{len(t.fields)}</td><td>{_state(t.published)}</td>"
        f"<td>{t.created_at:%Y-%m-%d %H:%M} {data(t.created_by)}</td>"
        f'<td class="actions">'
        f"{_unpublish_button(f'/console/templates/{escape(t.code)}', t.published)}</td></tr>"
        for t in templates
    )
    heads = _heads(
        ("代码", "Code"),
        ("标题", "Title"),
        ("版本", "Version"),
        ("字段数", "Fields"),
        ("状态", "State"),
        ("最新版本 (UTC)", "Last version"),
        ("操作", "Action"),
    )
    count = bi(f"共 {len(templates)} 个", f"{len(templates)} template(s)")
    body = (
        f'<p><a href="/console/templates/new">+ {bi("新建模板", "New template")}</a> {count}</p>'
        f"<table><thead><tr>{heads}</tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )
    return _frame(username, ("文书模板", "Document templates"), body, notice)


def template_values(template: TemplateOut) -> dict[str, str]:
    return {
        "code": template.code,
        "title": template.title,
        "fields": fields_to_text(template.fields),
        "body": template.body,
        "published": "1" if template.published else "",
    }


def template_form_page(
    username: str,
    action: str,
    values: dict[str, str],
    versions: Sequence[TemplateOut] = (),
    error: str = "",
    notice: str = "",
) -> str:
    new = action.endswith("/new")
    code = (
        '<label for="code">'
        + bi(
            "代码（小写字母、数字、下划线，如 iou）",
            "Code (lowercase letters, digits, _; e.g. iou)",
        )
        + "</label>"
        + f'<input type="text" id="code" name="code" value="{escape(values.get("code", ""))}">'
        if new
        else ""
    )
    checked = " checked" if values.get("published", "1") == "1" else ""
    submit = bi("创建", "Create") if new else bi("另存为新版本", "Save as a new version")
    versions_html = ""
    history = "".join(
        f"<li>{data(f'v{v.version}')} — {v.created_at:%Y-%m-%d %H:%M} {data(v.created_by)} "
        f"（{_state(v.published)}）</li>"
        for v in versions
    )
    versions_html = f"<h2>{bi('历史版本', 'Versions')}</h2><ul class='versions'>{history}</ul>"
    body = (
        f'<form class="edit" method="post" action="{escape(action)}">{code}'
        f'<label for="title">{bi("标题", "Title")}</label>'
        f'<input type="text" id="title" name="title" value="{escape(values.get("title", ""))}">'
        f'<label for="fields">{bi("字段", "Fields")}</label>'
        f'<p class="help">{bi(FIELD_LINE_HELP_ZH, FIELD_LINE_HELP)}</p>'
        f'<textarea id="fields" name="fields" rows="10">{escape(values.get("fields", ""))}'
        "</textarea>"
        '<label for="body">'
        + bi("正文（在填字段处写 {{字段名}}）", "Body (write {{name}} where a field goes)")
        + "</label>"
        f'<textarea id="body" name="body" rows="14">{escape(values.get("body", ""))}</textarea>'
        f'<label><input type="checkbox" name="published" value="1"{checked}> {PUBLISHED}</label>'
        f'<p><button type="submit">{submit}</button> '
        f'<a href="/console/templates">{bi("取消", "Cancel")}</a></p></form>'
        + (versions_html if history else "")
    )
    code_ = values.get("code", "")
    heading = ("新建模板", "New template") if new else (f"文书模板 {code_}", f"Template {code_}")
    return _frame(username, heading, body, notice, error)
