#pragma once
// When does a budget run out at the current pace? Display-free: the Allocations view draws it, the
// CLI may print it. Input is the series of readings the history database kept (time, used); the
// answer keeps every unknown unknown: no rate from fewer than two readings, no run-out date without
// a granted amount, and a plain-words message saying which of these it was.
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace fab {

struct UsagePoint {
    QDateTime at;  // UTC
    std::optional<double> used;
};

struct ForecastInput {
    QList<UsagePoint> points;            // any order; readings with unknown `used` are skipped
    std::optional<double> granted;
    std::optional<QDate> periodEnd;      // the last day of the allocation period (inclusive)
    int windowDays = 14;                 // the pace is fitted over this many days before the latest reading
    qint64 minSpanSeconds = 3600;        // readings closer together than this say nothing about a pace
};

struct AllocationForecast {
    enum class Outcome {
        Unknown,          // no pace could be computed (see message)
        NoGrant,          // a pace, but nothing to run out of: granted is unknown
        Idle,             // no use in the window (or a century's worth left): it does not run out
        RunsOut,          // a run-out date at this pace (the period may still end first)
        Exhausted,        // already used all of it
    };
    Outcome outcome = Outcome::Unknown;
    // A pace is known and the period (end known) is over before the budget is spent at that pace.
    bool periodEndsFirst = false;
    std::optional<double> ratePerDay;       // least-squares slope over the window, units per day
    std::optional<QDateTime> runOut;        // when used reaches granted at that pace (UTC)
    std::optional<QDateTime> periodEndsAt;  // the moment the period is over: the day after periodEnd, 00:00 UTC
    std::optional<double> usedAtPeriodEnd;  // projected use when the period ends (pace known, period known)
    QDateTime lastAt;                       // the reading the projection starts from
    std::optional<double> lastUsed;
    int pointsUsed = 0;                     // readings inside the window that the fit used
    QString message;                        // plain words, translated: the answer or why there is none

    bool hasRunOut() const { return runOut.has_value(); }
};

AllocationForecast forecastAllocation(const ForecastInput &input);

// The moment an inclusive end date is over: the next day at 00:00 UTC.
QDateTime periodEndMoment(const QDate &lastDay);

}  // namespace fab
