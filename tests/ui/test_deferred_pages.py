"""The case detail and the pages behind the window's tabs are built when first shown (issue 26), and then behave as if
they had been there from the start: the choices loaded before, the links between them, no question on closing."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.fixtures.gui import WindowFactory
from tests.support import Office, register
from ui.widgets.deferred_page import DeferredPage


def test_a_deferred_page_is_built_once_when_first_shown_or_asked_for(qtbot: QtBot) -> None:
    built: list[QLabel] = []

    def build() -> QLabel:
        built.append(QLabel("Fristen"))
        return built[-1]

    holder = QWidget()
    qtbot.addWidget(holder)
    shown, asked = DeferredPage(build, "shown", holder), DeferredPage(build, "asked")
    qtbot.addWidget(asked)
    assert not shown.built and not asked.built and built == []
    holder.show()
    assert shown.built and shown.page is built[0] and built[0].isVisible()  # visible at once, not after the loop
    assert asked.page is built[1] and asked.page is built[1] and len(built) == 2  # built once
    assert not built[1].isVisible()  # asked for, but its stand-in is not shown


def test_the_start_builds_neither_the_case_detail_nor_the_hidden_pages(office: Office, window_for: WindowFactory,
                                                                       qtbot: QtBot) -> None:
    register(office)
    window = window_for("anna")
    pages = window.pages
    assert window.choices is not None and window.case_list.model.rowCount() == 1
    stand_ins = [window.findChild(DeferredPage, name) for name in ("caseDetailSlot", "deadlinesPage",
                                                                  "consultationsPage", "microProjectsPage")]
    assert all(stand_in is not None and not stand_in.built for stand_in in stand_ins)
    window.close()  # nothing typed, nothing built: it closes without building the detail
    assert not window.isVisible() and not stand_ins[0].built  # type: ignore[union-attr]
    window.show()

    pages.setCurrentWidget(pages.cases)  # the cases page shown: the detail is built, with the choices loaded before
    assert stand_ins[0].built and window.case_detail.isVisible()  # type: ignore[union-attr]
    assert window.case_detail.choices is window.choices
    pages.setCurrentIndex(2)
    assert pages.currentWidget() is window.deadline_view and window.deadline_view.isVisible()
    assert not stand_ins[2].built and not stand_ins[3].built  # type: ignore[union-attr]


def test_a_case_opened_from_a_built_page_opens_in_the_built_detail(office: Office, window_for: WindowFactory,
                                                                   qtbot: QtBot) -> None:
    file_number = register(office, title="Familiencafe Nord")
    window = window_for("anna")
    view = window.deadline_view  # built when asked for
    window.pages.setCurrentWidget(view)
    assert window.pages.currentIndex() == 2
    with qtbot.waitSignal(window.case_detail.loaded, timeout=20000):
        window.pages.open_case(file_number)
    assert window.pages.currentWidget() is window.pages.cases and window.case_detail.isVisible()
    detail = window.case_detail.detail
    assert detail is not None and detail.file_number == file_number and window.case_detail.isEnabled()
    assert "Familiencafe Nord" in window.case_detail.title.text()
