"""HTML of the knowledge and template editors under /console/, built by hand like the fleet
page (central.console.fleet_html). Every value goes through `escape`."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from api_client.knowledge.categories import CATEGORY_LABELS
from api_client.schemas import ArticleOut, TemplateOut
from central.console.fleet_html import _page
from central.console.knowledge_forms import FIELD_LINE_HELP, fields_to_text

_EXTRA = """<style>
nav{margin:0 0 1rem;display:flex;gap:1rem;align-items:center}
.bar{display:flex;gap:1rem;align-items:center;margin:0 0 1rem}.bar nav{margin:0}
.bar h1{font-size:1.2rem;margin:0}
form.edit label{display:block;margin:.8rem 0 .2rem;font-weight:bold}
form.edit input[type=text],form.edit select{font-size:1rem;padding:.3rem;min-width:22rem}
form.edit textarea{width:100%;max-width:60rem;font-size:1rem;font-family:inherit}
.draft{color:#8a5a00}.help{color:#555;font-size:.9rem}.notice{color:#137333}
td.actions form{display:inline}button{font-size:1rem;padding:.3rem .8rem}
</style>"""


def _frame(username: str, heading: str, body: str, notice: str = "", error: str = "") -> str:
    nav = (
        f'<div class="bar"><h1>{escape(heading)}</h1><nav aria-label="Knowledge editors">'
        '<a href="/console/knowledge">知识库 Articles</a>'
        '<a href="/console/templates">文书模板 Templates</a></nav>'
        f"<span>Logged in as {escape(username)}</span>"
        '<form method="post" action="/console/logout"><button type="submit">Log out</button>'
        "</form></div>"
    )
    shown = f'<p class="notice" role="status">{escape(notice)}</p>' if notice else ""
    if error:
        shown += f'<p class="fault" role="alert">{escape(error)}</p>'
    return _page(f"{heading} - LexKiosk", f"{_EXTRA}{nav}{shown}{body}")


def _state(published: bool) -> str:
    return "published" if published else '<span class="draft">unpublished</span>'


def articles_page(
    username: str, articles: Sequence[ArticleOut], category: str, notice: str = ""
) -> str:
    options = '<option value="">all</option>' + "".join(
        f'<option value="{c}"{" selected" if c == category else ""}>{escape(label)}</option>'
        for c, label in CATEGORY_LABELS.items()
    )
    rows = "".join(
        f'<tr data-article="{a.id}"><td>{a.id}</td>'
        f"<td>{escape(CATEGORY_LABELS.get(a.category, a.category))}</td>"
        f'<td><a href="/console/knowledge/{a.id}">{escape(a.question)}</a></td>'
        f"<td>{escape(a.region_code or '全部')}</td><td>{_state(a.published)}</td>"
        f"<td>{a.updated_at:%Y-%m-%d %H:%M} {escape(a.updated_by)}</td>"
        f'<td class="actions">{_unpublish_button(f"/console/knowledge/{a.id}", a.published)}'
        "</td></tr>"
        for a in articles
    )
    body = (
        '<form class="filters" method="get" action="/console/knowledge">'
        f'<label>Category <select name="category">{options}</select></label>'
        '<button type="submit">Filter</button></form>'
        '<p><a href="/console/knowledge/new">+ New article</a> '
        f"{len(articles)} article(s)</p>"
        "<table><thead><tr><th>#</th><th>Category</th><th>Question</th><th>Region</th>"
        "<th>State</th><th>Updated (UTC)</th><th>Action</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )
    return _frame(username, "Knowledge base", body, notice)


def _unpublish_button(base: str, published: bool) -> str:
    if not published:
        return ""
    return (
        f'<form method="post" action="{base}/unpublish">'
        '<button type="submit" class="unpublish">Unpublish</button></form>'
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
        '<label for="question">Question (4-200 characters)</label>'
        f'<input type="text" id="question" name="question" size="70" '
        f'value="{escape(values.get("question", ""))}">'
        '<label for="answer">Answer (10-4000 characters)</label>'
        f'<textarea id="answer" name="answer" rows="9">{escape(values.get("answer", ""))}'
        "</textarea>"
        f'<label for="category">Category</label><select id="category" name="category">'
        f"{options}</select>"
        '<label for="region_code">Region code (empty: everywhere your organisation covers '
        "at top level)</label>"
        f'<input type="text" id="region_code" name="region_code" size="8" '
        f'value="{escape(values.get("region_code", ""))}">'
        f'<label><input type="checkbox" name="published" value="1"{checked}> published</label>'
        '<p><button type="submit">Save</button> <a href="/console/knowledge">Cancel</a></p>'
        "</form>"
    )
    heading = "New article" if action.endswith("/new") else "Edit article"
    return _frame(username, heading, body, notice, error)


def templates_page(username: str, templates: Sequence[TemplateOut], notice: str = "") -> str:
    rows = "".join(
        f'<tr data-template="{escape(t.code)}"><td>{escape(t.code)}</td>'
        f'<td><a href="/console/templates/{escape(t.code)}">{escape(t.title)}</a></td>'
        f"<td>v{t.version}</td><td>{len(t.fields)}</td><td>{_state(t.published)}</td>"
        f"<td>{t.created_at:%Y-%m-%d %H:%M} {escape(t.created_by)}</td>"
        f'<td class="actions">'
        f"{_unpublish_button(f'/console/templates/{escape(t.code)}', t.published)}</td></tr>"
        for t in templates
    )
    body = (
        f'<p><a href="/console/templates/new">+ New template</a> {len(templates)} template(s)</p>'
        "<table><thead><tr><th>Code</th><th>Title</th><th>Version</th><th>Fields</th>"
        "<th>State</th><th>Last version (UTC)</th><th>Action</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )
    return _frame(username, "Document templates", body, notice)


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
        '<label for="code">Code (lowercase letters, digits, _; e.g. iou)</label>'
        f'<input type="text" id="code" name="code" value="{escape(values.get("code", ""))}">'
        if new
        else ""
    )
    checked = " checked" if values.get("published", "1") == "1" else ""
    history = "".join(
        f"<li>v{v.version} — {v.created_at:%Y-%m-%d %H:%M} {escape(v.created_by)} "
        f"({'published' if v.published else 'unpublished'})</li>"
        for v in versions
    )
    body = (
        f'<form class="edit" method="post" action="{escape(action)}">{code}'
        '<label for="title">Title</label>'
        f'<input type="text" id="title" name="title" value="{escape(values.get("title", ""))}">'
        '<label for="fields">Fields</label>'
        f'<p class="help">{escape(FIELD_LINE_HELP)}</p>'
        f'<textarea id="fields" name="fields" rows="10">{escape(values.get("fields", ""))}'
        "</textarea>"
        '<label for="body">Body (write {{name}} where a field goes)</label>'
        f'<textarea id="body" name="body" rows="14">{escape(values.get("body", ""))}</textarea>'
        f'<label><input type="checkbox" name="published" value="1"{checked}> published</label>'
        f'<p><button type="submit">{"Create" if new else "Save as a new version"}</button> '
        '<a href="/console/templates">Cancel</a></p></form>'
        + (f"<h2>Versions</h2><ul class='versions'>{history}</ul>" if history else "")
    )
    heading = "New template" if new else f"Template {values.get('code', '')}"
    return _frame(username, heading, body, notice, error)
