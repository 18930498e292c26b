"""Charts as inline SVG, drawn on the server: no script, no CDN, and they print.

Every label goes through `escape` (site names come from terminals)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from central.console.words import bi, bi_text

BAR_H = 22
GAP = 6
LABEL_W = 190
VALUE_W = 80
FONT = 'font-family="WenQuanYi Micro Hei, sans-serif" font-size="13"'


def bar_chart(
    title: tuple[str, str],
    items: Sequence[tuple[str, float]],
    width: int = 560,
    unit: str = "",
    colour: str = "#1a73e8",
    top: float | None = None,
) -> str:
    """Horizontal bars, one per (label, value), scaled to the largest value (or `top`);
    `title` is (Chinese, English). A label is data (a site's name, a word in Chinese): it is
    marked `translate="no"`."""
    caption = f"<figcaption>{bi(*title)}</figcaption>"
    if not items:
        return f'<figure class="chart">{caption}<p>-</p></figure>'
    peak = top if top is not None else max(value for _, value in items) or 1.0
    span = width - LABEL_W - VALUE_W
    height = len(items) * (BAR_H + GAP) + GAP
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" {FONT}>'
        f"<title>{escape(bi_text(*title))}</title>"
    ]
    for n, (label, value) in enumerate(items):
        y = GAP + n * (BAR_H + GAP)
        length = max(0.0, min(1.0, value / peak if peak else 0.0)) * span
        shown = f"{value:g}{unit}"
        parts.append(
            f'<g class="bar" data-label="{escape(label)}" data-value="{value:g}">'
            f'<text x="{LABEL_W - 8}" y="{y + 15}" text-anchor="end" translate="no">'
            f"{escape(label)}</text>"
            f'<rect x="{LABEL_W}" y="{y}" width="{length:.1f}" height="{BAR_H}" '
            f'fill="{colour}" rx="2"/>'
            f'<text x="{LABEL_W + length + 6:.1f}" y="{y + 15}">{escape(shown)}</text></g>'
        )
    parts.append("</svg>")
    return f'<figure class="chart">{caption}{"".join(parts)}</figure>'
