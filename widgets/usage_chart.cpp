#include "widgets/usage_chart.h"

#include "widgets/chart_palette.h"

#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

namespace fab::widgets {
namespace {

// Past this a dashed line would squash months of readings into a few pixels; the label under the
// chart still says the date.
constexpr qint64 kMaxHorizonDays = 400;

qreal xOf(const QDateTime &t) { return qreal(t.toMSecsSinceEpoch()); }
QDateTime fromX(qreal v) { return QDateTime::fromMSecsSinceEpoch(qint64(v), Qt::UTC); }

}  // namespace

UsageChart::UsageChart(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    setMinimumHeight(240);
    // The axes live as long as the chart; each update replaces only the series.
    m_axisX = new QDateTimeAxis(chart());
    m_axisY = new QValueAxis(chart());
    m_axisX->setTickCount(6);
    m_axisY->setMin(0);
    chart()->addAxis(m_axisX, Qt::AlignBottom);
    chart()->addAxis(m_axisY, Qt::AlignLeft);
    setAccessibleName(tr("Usage over time"));
    clearUsage(tr("Select an account to see its use over time"));
    followPalette(this);
}

QLineSeries *UsageChart::addLine(const QString &name, const QColor &colour, Qt::PenStyle style, qreal width)
{
    auto *s = new QLineSeries(chart());
    s->setName(name);
    QPen pen(colour);
    pen.setStyle(style);
    pen.setWidthF(width);
    s->setPen(pen);
    chart()->addSeries(s);
    s->attachAxis(m_axisX);
    s->attachAxis(m_axisY);
    return s;
}

void UsageChart::clearUsage(const QString &title)
{
    chart()->removeAllSeries();
    m_used = m_forecast = m_granted = m_periodEnd = nullptr;
    chart()->setTitle(title);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_axisX->setRange(now.addDays(-7), now);
    m_axisX->setFormat(QStringLiteral("dd MMM"));
    m_axisY->setRange(0, 1);
    m_axisY->setTitleText(QString());
}

void UsageChart::setUsage(const Allocation &a, const QList<UsagePoint> &points, const AllocationForecast &f)
{
    chart()->removeAllSeries();
    m_used = m_forecast = m_granted = m_periodEnd = nullptr;
    const QString unit = resourceKindLabel(a.kind);
    chart()->setTitle(a.scope.isEmpty() ? tr("%1 — %2").arg(a.account, unit)
                                        : tr("%1 — %2 (%3)").arg(a.account, unit, a.scope));
    m_axisY->setTitleText(unit);

    QList<UsagePoint> known;
    for (const UsagePoint &p : points)
        if (p.at.isValid() && p.used)
            known << p;
    if (known.isEmpty()) {
        chart()->setTitle(tr("%1: no readings of the usage yet").arg(a.account));
        return;
    }
    const QDateTime start = known.first().at;
    const QDateTime last = known.last().at;
    const qint64 span = std::max<qint64>(start.secsTo(last), 3600);

    // The x range: the readings, then far enough to show the run-out date or the period end, within
    // a horizon.
    QDateTime end = last.addSecs(std::max<qint64>(86400, span / 10));
    if (f.runOut)
        end = std::max(end, *f.runOut);
    // The period end widens the range only when it is within the horizon: a period ending years
    // later would squash the readings and the forecast into a corner.
    if (f.periodEndsAt && *f.periodEndsAt <= last.addDays(kMaxHorizonDays))
        end = std::max(end, *f.periodEndsAt);
    end = std::min(end, last.addDays(kMaxHorizonDays));
    end = end.addSecs(start.secsTo(end) / 20);  // a margin, so the run-out point is not on the frame

    double top = a.granted.value_or(0);
    m_used = addLine(tr("Used"), QColor(0x3b, 0x6f, 0xb6), Qt::SolidLine, 2.5);
    m_used->setPointsVisible(true);
    for (const UsagePoint &p : known) {
        m_used->append(xOf(p.at), *p.used);
        top = std::max(top, *p.used);
    }
    if (f.ratePerDay && f.lastUsed && f.lastAt.isValid()) {
        m_forecast = addLine(tr("At the current pace"), QColor(0xe0, 0x7b, 0x1a), Qt::DashLine, 2);
        m_forecast->append(xOf(f.lastAt), *f.lastUsed);
        if (f.runOut && a.granted && *f.runOut <= end) {
            m_forecast->append(xOf(*f.runOut), *a.granted);
        } else {
            const double days = double(f.lastAt.secsTo(end)) / 86400.0;
            const double y = *f.lastUsed + *f.ratePerDay * days;
            m_forecast->append(xOf(end), y);
            top = std::max(top, y);
        }
    }
    if (a.granted) {
        m_granted = addLine(tr("Granted"), QColor(0x2e, 0x8b, 0x57), Qt::SolidLine, 1.5);
        m_granted->append(xOf(start), *a.granted);
        m_granted->append(xOf(end), *a.granted);
    }
    if (top <= 0)
        top = 1;
    top *= 1.08;  // headroom, so the granted line does not sit on the frame
    if (f.periodEndsAt && *f.periodEndsAt >= start && *f.periodEndsAt <= end) {
        m_periodEnd = addLine(tr("Period ends"), QColor(0xb3, 0x26, 0x1e), Qt::DotLine, 2);
        m_periodEnd->append(xOf(*f.periodEndsAt), 0);
        m_periodEnd->append(xOf(*f.periodEndsAt), top);
    }
    m_axisX->setRange(start.toLocalTime(), end.toLocalTime());
    m_axisX->setFormat(start.daysTo(end) <= 2 ? QStringLiteral("dd MMM hh:mm")
                       : start.daysTo(end) > 300 ? QStringLiteral("MMM yyyy")
                                                 : QStringLiteral("dd MMM"));
    m_axisY->setRange(0, top);
    m_axisY->setLabelFormat(top >= 100 ? QStringLiteral("%.0f") : QStringLiteral("%.2f"));
    m_axisY->applyNiceNumbers();
}

int UsageChart::readingCount() const { return m_used ? int(m_used->count()) : 0; }

std::optional<QDateTime> UsageChart::forecastLineEnd() const
{
    if (!m_forecast || m_forecast->count() < 2)
        return std::nullopt;
    return fromX(m_forecast->at(m_forecast->count() - 1).x());
}

std::optional<double> UsageChart::grantedLine() const
{
    return m_granted && m_granted->count() ? std::optional<double>(m_granted->at(0).y()) : std::nullopt;
}

std::optional<QDateTime> UsageChart::periodEndLine() const
{
    return m_periodEnd && m_periodEnd->count() ? std::optional<QDateTime>(fromX(m_periodEnd->at(0).x())) : std::nullopt;
}

QDateTime UsageChart::rangeStart() const { return m_axisX->min().toUTC(); }
QDateTime UsageChart::rangeEnd() const { return m_axisX->max().toUTC(); }

}  // namespace fab::widgets
