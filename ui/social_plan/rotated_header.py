"""A horizontal header that writes its labels upwards, so 28 municipality names fit above narrow columns."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QBrush, QFontMetrics, QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

PADDING = 14


class RotatedHeader(QHeaderView):
    def __init__(self, upright_sections: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.upright_sections = upright_sections  # the first sections (label, district) stay horizontal

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As tall as the longest label, written upwards."""
        hint = super().sizeHint()
        model = self.model()
        if model is None:
            return hint
        font = self.font()
        font.setBold(True)  # the labels are painted bold
        metrics = QFontMetrics(font)
        longest = max((metrics.horizontalAdvance(str(model.headerData(i, self.orientation()) or ""))
                       for i in range(self.upright_sections, self.count())), default=0)
        return QSize(hint.width(), max(hint.height(), longest + PADDING))

    def paintSection(self, painter: QPainter, rect: QRect, index: int) -> None:  # noqa: N802 - Qt override
        """Frame as the style draws it, then the text: upright for the first sections, upwards for the rest."""
        model = self.model()
        if model is None or not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect, option.section, option.text = rect, index, ""
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        text = str(model.headerData(index, self.orientation()) or "")
        brush = model.headerData(index, self.orientation(), Qt.ItemDataRole.ForegroundRole)
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        if isinstance(brush, QBrush):
            painter.setPen(brush.color())
        if index < self.upright_sections:
            bottom_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
            painter.drawText(rect.adjusted(6, 0, -6, -6), int(bottom_left), text)
        else:
            painter.translate(rect.center().x() + painter.fontMetrics().ascent() / 2 - 1, rect.bottom() - 6)
            painter.rotate(-90)
            painter.drawText(0, 0, text)
        painter.restore()
