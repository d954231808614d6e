#pragma once
class QChartView;

namespace fab::widgets {

// Charts draw with QtCharts' own light colours; this makes a chart take the application palette
// (background, text, grid) now and again whenever the palette changes (View ▸ Theme, system switch).
void followPalette(QChartView *view);

}  // namespace fab::widgets
