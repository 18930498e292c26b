"""Legal consultation, first screen: search with the pinyin keyboard or choose a topic; the
answers found are large buttons."""

from __future__ import annotations

from kiosk.flows.consultation import CATEGORIES, Article, Consultation
from kiosk.qt import (
    QCoreApplication,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from kiosk.screens.base import Screen, styled_button, styled_label
from kiosk.screens.footer import footer_buttons
from kiosk.screens.scrolling import scrolling

translate = QCoreApplication.translate
MAX_RESULTS = 6


class ConsultScreen(Screen):
    wants_keyboard = True
    search_requested = Signal(str)
    category_chosen = Signal(str)
    article_chosen = Signal(int)
    back_requested = Signal()

    def __init__(
        self, parent: QWidget | None = None, remote: bool = False, wide: bool = False
    ) -> None:
        super().__init__(parent)
        self.remote = remote  # the TV: texts name the remote's keys, never a touch
        self.consultation: Consultation | None = None
        self.message_text = ""
        self.searching = False
        self.title = styled_label("title")
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("ConsultSearch")
        self.search_edit.setMaxLength(64)
        self.search_edit.returnPressed.connect(self._search)
        self.search_button = styled_button("primary")
        self.search_button.setObjectName("ConsultSearchButton")
        self.search_button.clicked.connect(self._search)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.search_button)
        self.topics_label = styled_label("body")
        self.topics: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(12)
        # two wide columns (English fits); on a landscape screen (the TV, the robot) four, so
        # that the topics take two rows of its height
        columns = 4 if remote or wide else 2
        for index, (category, _text) in enumerate(CATEGORIES):
            button = styled_button("toggle")
            button.setObjectName(f"topic_{category}")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, c=category: self.category_chosen.emit(c))
            grid.addWidget(button, index // columns, index % columns)
            self.topics[category] = button
        self.results_label = styled_label("lead")
        self.results: list[QPushButton] = []
        results = QVBoxLayout()
        results.setSpacing(10)
        for index in range(MAX_RESULTS):
            button = styled_button("choice")
            button.setObjectName(f"result_{index}")
            button.clicked.connect(lambda _=False, i=index: self._chosen(i))
            results.addWidget(button)
            self.results.append(button)
        self.message = styled_label("body")
        self.message.setObjectName("ConsultMessage")
        footer, self.back_button, _go = footer_buttons("ConsultBack", None)
        self.back_button.clicked.connect(self.back_requested)
        layout = QVBoxLayout(self)
        # the TV's 1080 rows: tighter gaps (its topics already stand four to a row)
        layout.setContentsMargins(48, 12 if remote else 24, 48, 8 if remote else 16)
        layout.setSpacing(8 if remote else 12)
        layout.addWidget(self.title)
        layout.addLayout(search_row)
        layout.addWidget(self.topics_label)
        layout.addLayout(grid)
        layout.addWidget(self.results_label)
        results.addStretch(1)
        layout.addWidget(scrolling(results), 1)
        layout.addWidget(self.message)
        layout.addLayout(footer)
        self.show_consultation(None)

    def show_consultation(self, consultation: Consultation | None, message: str = "") -> None:
        self.consultation = consultation
        self.message_text = message
        self.searching = False
        if consultation is None:
            self.search_edit.clear()
        self.retranslate()

    def set_searching(self) -> None:
        self.searching = True
        self.message_text = ""
        self.retranslate()

    def _search(self) -> None:
        if self.search_edit.text().strip():
            self.search_requested.emit(self.search_edit.text())

    def _chosen(self, index: int) -> None:
        found = self.consultation.results if self.consultation else []
        if index < len(found):
            self.article_chosen.emit(found[index].id)

    def spoken_text(self) -> str:
        return self.title.text() + "\n" + self.topics_label.text()

    def retranslate(self) -> None:
        c = self.consultation
        self.title.setText(translate("Consultation", "Ask a legal question"))
        self.search_edit.setPlaceholderText(
            translate("Consultation", "Type a few words, e.g. 工资 (pinyin: gongzi)")
        )
        self.search_button.setText(translate("Consultation", "Search"))
        self.topics_label.setText(translate("Consultation", "Or choose a topic:"))
        for category, text in CATEGORIES:
            self.topics[category].setText(translate("Consultation", text))
            self.topics[category].setChecked(c is not None and c.category == category)
        found: list[Article] = c.results[:MAX_RESULTS] if c else []
        for index, button in enumerate(self.results):
            button.setVisible(index < len(found))
            if index < len(found):
                button.setText(found[index].question)
        if self.searching:
            heading = translate("Consultation", "Searching…")
        elif found and self.remote:
            heading = translate(
                "Consultation", "Choose a question with the arrow keys and press OK to read it:"
            )
        elif found:
            heading = translate("Consultation", "Touch a question to read its answer:")
        else:
            heading = ""
        self.results_label.setText(heading)
        self.results_label.setVisible(bool(heading))
        self.message.setText(self.message_text)
        self.message.setVisible(bool(self.message_text))
        self.back_button.setText(translate("Consultation", "Back"))
