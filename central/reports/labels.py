"""Words a supervisor reads on the report page (Chinese first, the code after)."""

from __future__ import annotations

CHANNELS = {
    "kiosk": "自助终端",
    "hall": "服务大厅",
    "hotline": "12348热线",
    "online": "网上平台",
}
KINDS = {
    "legal_aid": "法律援助",
    "consultation": "法律咨询",
    "notarisation": "公证预约",
    "mediation": "调解申请",
    "callback": "热线回拨",
}
PERIODS = {"weekly": "周报", "monthly": "月报", "quarterly": "季报", "yearly": "年报"}
PARTS = {
    "handled": "办结量",
    "median_hours": "办理时长",
    "satisfaction": "满意度",
    "uptime": "终端在线率",
}


def channel(code: str) -> str:
    return f"{CHANNELS.get(code, code)} {code}"


def kind(code: str) -> str:
    return f"{KINDS.get(code, code)} {code}"
