"""Bar charts of the start page with Qt Charts, imported only when the first chart is drawn.

A click on a bar calls back with the bar's index, so every figure leads to the filtered case list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

BUDGET_COLOURS = ("#8a9bb0", "#1f5fa8", "#2e8b57", "#d9a441")  # allocation, approved, paid, available
STATUS_COLOUR = "#1f5fa8"
THOUSAND = Decimal(1000)


def _view(chart: object, height: int) -> QWidget:
    from PySide6.QtCharts import QChart, QChartView

    assert isinstance(chart, QChart)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(height)
    view.setCursor(Qt.CursorShape.PointingHandCursor)
    return view


def budget_chart(categories: Sequence[str], series: Sequence[tuple[str, Sequence[Decimal]]],
                 on_click: Callable[[int], None], axis_title: str) -> QWidget:
    """Grouped vertical bars: one group per programme-year, one bar per figure (in thousand euro)."""
    from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QValueAxis

    bars = QBarSeries()
    for (label, values), colour in zip(series, BUDGET_COLOURS, strict=False):
        bar_set = QBarSet(label)
        bar_set.setColor(QColor(colour))
        bar_set.setBorderColor(QColor(colour))
        bar_set.append([float(v / THOUSAND) for v in values])
        bars.append(bar_set)
    bars.clicked.connect(lambda index, _set: on_click(index))
    chart = QChart()
    chart.addSeries(bars)
    axis_x = QBarCategoryAxis()
    axis_x.append(list(categories))
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%.0f")
    axis_y.setTitleText(axis_title)
    figures = [float(v / THOUSAND) for _label, values in series for v in values]
    axis_y.setMin(min([0.0, *figures]))
    if not figures:  # no budget yet (an office before "Amt einrichten"): an empty axis, never a NaN range
        axis_y.setMax(1.0)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(axis_x)
    bars.attachAxis(axis_y)
    axis_y.applyNiceNumbers()
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return _view(chart, 260)


def count_chart(categories: Sequence[str], counts: Sequence[int], on_click: Callable[[int], None],
                label: str) -> QWidget:
    """Horizontal bars, one per category (e.g. cases by status), with the count at the bar."""
    from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QHorizontalBarSeries, QValueAxis

    bar_set = QBarSet(label)
    bar_set.setColor(QColor(STATUS_COLOUR))
    bar_set.setLabelColor(QColor("#10243d"))
    bar_set.append([float(c) for c in counts])
    bars = QHorizontalBarSeries()
    bars.append(bar_set)
    bars.setLabelsVisible(True)
    bars.setLabelsFormat("@value")
    bars.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    bars.setBarWidth(0.7)
    bars.clicked.connect(lambda index, _set: on_click(index))
    chart = QChart()
    chart.addSeries(bars)
    axis_y = QBarCategoryAxis()
    axis_y.append(list(categories))
    axis_x = QValueAxis()
    axis_x.setLabelFormat("%.0f")
    axis_x.setMin(0)
    axis_x.setMax(max([1, *counts]) * 1.15)
    axis_x.applyNiceNumbers()
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(axis_y)
    bars.attachAxis(axis_x)
    chart.legend().setVisible(False)
    return _view(chart, 300)
