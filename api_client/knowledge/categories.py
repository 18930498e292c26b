"""Knowledge categories as residents and clerks read them."""

from __future__ import annotations

CATEGORY_LABELS: dict[str, str] = {
    "labour": "劳动工资",
    "marriage_family": "婚姻家庭",
    "neighbour": "邻里纠纷",
    "traffic": "交通事故",
    "loan": "借贷纠纷",
    "land": "土地承包",
    "legal_aid": "法律援助",
    "other": "其他",
}
