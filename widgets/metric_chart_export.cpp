// MetricChart's exports and its context menu: kept apart from the drawing code.
#include "widgets/metric_chart.h"

#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextStream>
#include <cmath>

namespace fab::widgets {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::MetricChart)
};

// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')) &&
        !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString number(double v)
{
    // Shortest text that reads back to the same double; NaN/Inf spelled as most tools read them.
    if (std::isnan(v))
        return QStringLiteral("nan");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return QString::number(v, 'g', 17);
}
}  // namespace

bool MetricChart::writeCsv(QIODevice &out, const QList<ChartRun> &runs)
{
    QTextStream ts(&out);
    ts << "run,step,time,value\n";
    for (const ChartRun &r : runs) {
        if (!r.series)
            continue;
        const QString label = csvField(r.label);
        const metrics::MetricSeries &s = *r.series;
        for (qsizetype i = 0; i < s.size(); ++i)
            ts << label << ',' << s.step(i) << ',' << (std::isnan(s.time(i)) ? QString() : number(s.time(i))) << ','
               << number(s.value(i)) << '\n';
    }
    ts.flush();
    return ts.status() == QTextStream::Ok;
}

bool MetricChart::exportCsv(const QString &path, QString *error) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !writeCsv(f, m_runs) || !f.commit()) {
        if (error)
            *error = Text::tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

bool MetricChart::exportPng(const QString &path, QString *error) const
{
    const QPixmap image = const_cast<MetricChart *>(this)->grab();
    if (image.isNull() || !image.save(path, "PNG")) {
        if (error)
            *error = Text::tr("Cannot write %1").arg(path);
        return false;
    }
    return true;
}

bool MetricChart::exportSvg(const QString &path, QString *error)
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size());
    svg.setViewBox(rect());
    svg.setTitle(m_metric);
    svg.setDescription(Text::tr("Fabbrica metrics chart"));
    QPainter p;
    if (!p.begin(&svg)) {
        if (error)
            *error = Text::tr("Cannot write %1").arg(path);
        return false;
    }
    render(&p);
    p.end();
    return true;
}

void MetricChart::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(Text::tr("Reset zoom"), this, &MetricChart::resetZoom);
    menu.addSeparator();
    struct Kind {
        QString label, filter, suffix;
        int id;
    };
    const QList<Kind> kinds{{Text::tr("Export PNG…"), Text::tr("PNG image (*.png)"), QStringLiteral(".png"), 0},
                            {Text::tr("Export SVG…"), Text::tr("SVG drawing (*.svg)"), QStringLiteral(".svg"), 1},
                            {Text::tr("Export CSV (all points)…"), Text::tr("CSV table (*.csv)"), QStringLiteral(".csv"), 2}};
    for (const Kind &k : kinds)
        menu.addAction(k.label, this, [this, k] {
            const QString path = QFileDialog::getSaveFileName(this, k.label, m_metric + k.suffix, k.filter);
            if (path.isEmpty())
                return;
            QString error;
            const bool ok = k.id == 0 ? exportPng(path, &error) : k.id == 1 ? exportSvg(path, &error)
                                                                            : exportCsv(path, &error);
            if (!ok)
                QMessageBox::warning(this, k.label, error);
        });
    menu.exec(event->globalPos());
}

}  // namespace fab::widgets
