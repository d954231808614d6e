#include "core/allocation_forecast.h"

#include "core/allocation_format.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace fab {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::AllocationForecast)
};

constexpr double kSecondsPerDay = 86400.0;
// Beyond this a "run-out date" is not a forecast any more, and QDateTime arithmetic on it is pointless.
constexpr double kMaxForecastDays = 36500.0;

QString isoDay(const QDateTime &t) { return t.toUTC().date().toString(Qt::ISODate); }

}  // namespace

QDateTime periodEndMoment(const QDate &lastDay)
{
    // Sites print the last day of the period; it is usable until that day is over.
    return QDateTime(lastDay.addDays(1), QTime(0, 0), Qt::UTC);
}

AllocationForecast forecastAllocation(const ForecastInput &input)
{
    AllocationForecast f;
    if (input.periodEnd && input.periodEnd->isValid())
        f.periodEndsAt = periodEndMoment(*input.periodEnd);

    QList<UsagePoint> pts;
    for (const UsagePoint &p : input.points)
        if (p.at.isValid() && p.used && std::isfinite(*p.used))
            pts << p;
    std::stable_sort(pts.begin(), pts.end(), [](const UsagePoint &a, const UsagePoint &b) { return a.at < b.at; });

    // Use only counts up. A drop means the counter was reset (a new period, myquota's monthly
    // figures, an account re-created): fitting across it would report a negative pace, so the fit
    // starts after the last drop.
    qsizetype start = 0;
    for (qsizetype i = 1; i < pts.size(); ++i)
        if (*pts[i].used < *pts[i - 1].used)
            start = i;
    pts = pts.mid(start);

    if (!pts.isEmpty()) {
        f.lastAt = pts.last().at;
        f.lastUsed = pts.last().used;
        const QDateTime from = f.lastAt.addSecs(-qint64(input.windowDays) * 86400);
        pts.erase(std::remove_if(pts.begin(), pts.end(), [&](const UsagePoint &p) { return p.at < from; }), pts.end());
    }
    f.pointsUsed = int(pts.size());

    if (input.granted && f.lastUsed && *f.lastUsed >= *input.granted) {
        f.outcome = AllocationForecast::Outcome::Exhausted;
        f.message = Text::tr("All of it is used: %1 of %2.").arg(formatAmount(f.lastUsed), formatAmount(input.granted));
        return f;
    }
    if (pts.size() < 2) {
        f.message = Text::tr("No forecast yet: it needs at least two readings of the usage within %n day(s), "
                             "and there %1. Refresh again later.", nullptr, input.windowDays)
                        .arg(pts.isEmpty() ? Text::tr("are none") : Text::tr("is one"));
        return f;
    }
    const qint64 span = pts.first().at.secsTo(pts.last().at);
    if (span < input.minSpanSeconds) {
        f.message = Text::tr("No forecast yet: the readings are only %n minute(s) apart, too close to tell a pace. "
                             "Refresh again later.", nullptr, int(span / 60));
        return f;
    }

    // Least squares over (days since the first reading in the window, used).
    const QDateTime t0 = pts.first().at;
    double mx = 0, my = 0;
    for (const UsagePoint &p : pts) {
        mx += double(t0.secsTo(p.at)) / kSecondsPerDay;
        my += *p.used;
    }
    mx /= double(pts.size());
    my /= double(pts.size());
    double sxy = 0, sxx = 0;
    for (const UsagePoint &p : pts) {
        const double dx = double(t0.secsTo(p.at)) / kSecondsPerDay - mx;
        sxy += dx * (*p.used - my);
        sxx += dx * dx;
    }
    const double rate = sxy / sxx;  // sxx > 0: the span is at least minSpanSeconds
    f.ratePerDay = rate;
    const QString pace = Text::tr("%1 a day").arg(formatAmount(rate));

    if (!input.granted) {
        f.outcome = AllocationForecast::Outcome::NoGrant;
        f.message = Text::tr("Using about %1; the granted amount is unknown, so there is no run-out date.").arg(pace);
        return f;
    }
    if (f.periodEndsAt && rate > 0) {
        const double days = double(f.lastAt.secsTo(*f.periodEndsAt)) / kSecondsPerDay;
        f.usedAtPeriodEnd = *f.lastUsed + rate * std::max(0.0, days);
    }
    const double left = *input.granted - *f.lastUsed;
    const double days = rate > 0 ? left / rate : INFINITY;
    if (!(days <= kMaxForecastDays)) {
        f.outcome = AllocationForecast::Outcome::Idle;
        f.message = rate > 0 ? Text::tr("Using about %1: at this pace it lasts more than a hundred years.").arg(pace)
                             : Text::tr("No use in the last %n day(s): at this pace it does not run out.", nullptr,
                                        input.windowDays);
        f.periodEndsFirst = f.periodEndsAt.has_value();
        return f;
    }
    f.runOut = f.lastAt.addSecs(qint64(std::llround(days * kSecondsPerDay)));
    f.outcome = AllocationForecast::Outcome::RunsOut;
    if (f.periodEndsAt && *f.periodEndsAt <= *f.runOut) {
        f.periodEndsFirst = true;
        const std::optional<double> unused = f.usedAtPeriodEnd ? std::optional<double>(*input.granted - *f.usedAtPeriodEnd)
                                                               : std::nullopt;
        f.message = Text::tr("At this pace (%1) the period ends first, on %2, with about %3 unused; the budget "
                             "alone would last until %4.")
                        .arg(pace, isoDay(f.periodEndsAt->addSecs(-1)), formatAmount(unused), isoDay(*f.runOut));
        return f;
    }
    f.message = f.periodEndsAt
                    ? Text::tr("At this pace (%1) the budget runs out on %2, before the period ends on %3.")
                          .arg(pace, isoDay(*f.runOut), isoDay(f.periodEndsAt->addSecs(-1)))
                    : Text::tr("At this pace (%1) the budget runs out on %2.").arg(pace, isoDay(*f.runOut));
    return f;
}

}  // namespace fab
