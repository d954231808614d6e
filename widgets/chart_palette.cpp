#include "widgets/chart_palette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLegend>

namespace fab::widgets {

namespace {

void apply(QChartView *view)
{
    QChart *c = view->chart();
    const QPalette p = view->palette();
    const QColor text = p.color(QPalette::Text), base = p.color(QPalette::Base);
    QColor grid = p.color(QPalette::Mid);
    grid.setAlpha(110);
    c->setBackgroundBrush(base);
    c->setTitleBrush(text);
    c->legend()->setLabelColor(text);
    for (QAbstractAxis *a : c->findChildren<QAbstractAxis *>()) {
        a->setLabelsColor(text);
        a->setTitleBrush(text);
        a->setGridLineColor(grid);
        a->setLinePenColor(p.color(QPalette::Mid));
    }
}

class PaletteFollower : public QObject {
public:
    explicit PaletteFollower(QChartView *view) : QObject(view), m_view(view) { view->installEventFilter(this); }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view && event->type() == QEvent::PaletteChange)
            apply(m_view);
        return false;
    }
private:
    QChartView *m_view;
};

}  // namespace

void followPalette(QChartView *view)
{
    apply(view);
    new PaletteFollower(view);
}

}  // namespace fab::widgets
