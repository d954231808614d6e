#include "core/slurm/budget_tools.h"

#include "core/slurm/parse_util.h"
#include "core/slurm/shell_quote.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fab {

using namespace slurmparse;

namespace {

std::optional<QDate> yyyymmdd(QStringView t)
{
    const QDate d = QDate::fromString(t.toString(), QStringLiteral("yyyyMMdd"));
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

std::optional<QDate> isoDate(QStringView t)
{
    const QDate d = QDate::fromString(t.left(10).toString(), Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

QString stripAnsi(const QString &s)
{
    static const QRegularExpression ansi(QStringLiteral("\\x1b\\[[0-9;]*[A-Za-z]"));
    QString out = s;
    out.remove(ansi);
    return out;
}

struct Token {
    QString text;
    qsizetype start, end;  // end: one past the last character
};

// Splits at runs of `minGap` or more spaces, keeping the columns where each token sits.
QList<Token> tokens(const QString &line, int minGap = 1)
{
    QList<Token> out;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        while (i < n && line[i].isSpace())
            ++i;
        if (i >= n)
            break;
        qsizetype j = i;
        for (;;) {
            while (j < n && !line[j].isSpace())
                ++j;
            qsizetype gap = j;
            while (gap < n && line[gap].isSpace())
                ++gap;
            if (gap < n && gap - j < minGap)
                j = gap;  // a single space inside a multi-word token
            else
                break;
        }
        out << Token{line.mid(i, j - i), i, j};
        i = j;
    }
    return out;
}

}  // namespace

// ---- Leonardo: saldo -b --------------------------------------------------------------------------

Parsed<Allocation> parseSaldo(const QByteArray &output)
{
    Parsed<Allocation> p;
    p.format = QStringLiteral("saldo -b");
    for (const QString &line : lines(output)) {
        const QString t = line.trimmed();
        if (t.isEmpty() || t.startsWith(QLatin1String("---")))
            continue;
        const QStringList f = t.split(QRegularExpression(QStringLiteral("\\s+")));
        if (f.value(0) == QLatin1String("account") || f.value(0).startsWith(QLatin1Char('(')))
            continue;  // the two header lines
        const auto start = yyyymmdd(f.value(1)), end = yyyymmdd(f.value(2));
        if (f.size() != 9 || !start || !end) {
            noteProblem(&p, line);
            continue;
        }
        Allocation a;
        a.account = f[0];
        a.kind = ResourceKind::LocalHours;
        a.scope = QStringLiteral("Leonardo");
        a.source = QStringLiteral("saldo -b");
        a.periodStart = start;
        a.periodEnd = end;
        a.granted = number(f[3]);
        const auto local = number(f[4]), total = number(f[5]), percent = number(f[6]);
        a.used = total;
        // The percentage saldo prints says which consumed column the budget is counted in: the
        // documentation's own sample has a cluster column that matches it and a total that does not.
        if (a.granted && *a.granted > 0 && percent && total && local) {
            const double ofTotal = *total / *a.granted * 100, ofLocal = *local / *a.granted * 100;
            if (std::abs(ofTotal - *percent) > 1.0 && std::abs(ofLocal - *percent) <= 1.0) {
                a.used = local;
                a.note = QCoreApplication::translate("fab::BudgetTools",
                                                     "saldo's total consumed (%1) disagrees with its %2 %; the "
                                                     "cluster's consumed column is used")
                             .arg(f[5], f[6]);
            }
        }
        const auto monthTotal = number(f[7]), monthUsed = number(f[8]);
        if (monthTotal && monthUsed)
            a.note = (a.note.isEmpty() ? QString() : a.note + QStringLiteral("; ")) +
                     QCoreApplication::translate("fab::BudgetTools", "this month %1 of %2 local hours").arg(f[8], f[7]);
        a.completeLeft();
        p.rows << a;
    }
    return p;
}

// ---- LUMI: lumi-allocations ------------------------------------------------------------------------

Parsed<Allocation> parseLumiAllocations(const QByteArray &output)
{
    Parsed<Allocation> p;
    p.format = QStringLiteral("lumi-allocations");
    QStringList columns;
    QString updated;
    static const QRegularExpression cell(
        QStringLiteral("^\\s*([0-9.]+)\\s*/\\s*([0-9.]+)\\s+\\(\\s*([^)]*)\\)\\s+(\\S+)\\s*$"));
    for (const QString &line : lines(output)) {
        const QString t = line.trimmed();
        if (t.isEmpty() || t.startsWith(QLatin1String("----")))
            continue;
        if (t.startsWith(QLatin1String("Data updated:"))) {
            updated = t;
            continue;
        }
        const QStringList f = line.split(QLatin1Char('|'));
        if (f.value(0).trimmed() == QLatin1String("Project")) {
            columns.clear();
            for (qsizetype i = 1; i < f.size(); ++i)  // "CPU (used/allocated)" → "CPU"
                columns << f[i].trimmed().section(QLatin1Char(' '), 0, 0);
            continue;
        }
        const QString project = f.value(0).trimmed();
        if (f.size() < 2 || project.isEmpty() || project.contains(QLatin1Char(' '))) {
            noteProblem(&p, line);
            continue;
        }
        bool any = false;
        for (qsizetype i = 1; i < f.size(); ++i) {
            const auto m = cell.match(f[i]);
            if (!m.hasMatch())
                continue;
            Allocation a;
            a.account = project;
            a.source = QStringLiteral("lumi-allocations");
            a.note = updated;
            a.scope = columns.value(i - 1);
            const QString unit = m.captured(4).toLower();
            a.kind = unit == QLatin1String("gpu/hours")    ? ResourceKind::GpuHours
                     : unit == QLatin1String("core/hours") ? ResourceKind::CoreHours
                     : unit == QLatin1String("tb/hours")   ? ResourceKind::StorageTbHours
                                                           : ResourceKind::Unknown;
            a.used = number(m.captured(1));
            a.granted = number(m.captured(2));
            a.completeLeft();
            p.rows << a;
            any = true;
        }
        if (!any)
            noteProblem(&p, line);
    }
    return p;
}

// ---- MareNostrum 5: bsc_acct -----------------------------------------------------------------------

Parsed<Allocation> parseBscAcct(const QByteArray &output)
{
    Parsed<Allocation> p;
    p.format = QStringLiteral("bsc_acct");
    static const QRegularExpression project(QStringLiteral("^Project:\\s*(.*?)\\s*\\(([^()\\s]+)\\)\\s*$"));
    static const QRegularExpression expires(QStringLiteral("^Project's Expiration Date:\\s*(\\S+)\\s*$"));
    // "Marenostrum5 ACC   280.00 (0.00,0.00)   221.68 (79%)" or "Marenostrum5 GPP   undefined   653113.27"
    static const QRegularExpression budget(QStringLiteral(
        "^(\\S.*?)\\s{2,}(?:undefined|([0-9.]+)\\s*\\(([0-9.]+),([0-9.]+)\\))\\s+([0-9.]+)(?:\\s*\\((\\d+)%\\))?\\s*$"));
    // "bsc900001 (Colleague 1)   Nord4   17.14(0%)"; a long name may run into the machine.
    static const QRegularExpression user(
        QStringLiteral("^(\\S+)\\s+\\(([^)]*)\\)\\s*(\\S.*?)\\s+([0-9.]+)\\((\\d+)%\\)\\s*$"));
    enum class Section { None, Budget, Users } section = Section::None;
    QString title, account, note;
    std::optional<QDate> expiry;
    qsizetype firstOfProject = 0;
    for (const QString &line : lines(output)) {
        const QString t = line.trimmed();
        if (t.isEmpty() || t.startsWith(QLatin1String("----")))
            continue;
        if (t == QLatin1String("CPU GROUP BUDGET:")) {
            section = Section::Budget;
            title.clear();
            account.clear();
            expiry.reset();
            firstOfProject = p.rows.size();
            continue;
        }
        if (t == QLatin1String("USER CONSUMED CPU:")) {
            section = Section::Users;
            continue;
        }
        if (t.startsWith(QLatin1String("Machine:")) || t.startsWith(QLatin1String("User:")))
            continue;  // column titles
        if (t.startsWith(QLatin1String("Accounting updated on"))) {
            note = t;
            continue;
        }
        if (const auto m = project.match(t); m.hasMatch() && section == Section::Budget) {
            title = m.captured(1);
            account = m.captured(2);
            continue;
        }
        if (const auto m = expires.match(t); m.hasMatch() && section == Section::Budget) {
            expiry = isoDate(m.captured(1));  // "undefined" stays unknown
            continue;
        }
        if (section == Section::Budget && !account.isEmpty()) {
            if (const auto m = budget.match(t); m.hasMatch()) {
                Allocation a;
                a.account = account;
                a.title = title;
                a.scope = m.captured(1).trimmed();
                a.kind = ResourceKind::CoreHours;
                a.source = QStringLiteral("bsc_acct");
                a.periodEnd = expiry;
                if (const auto total = number(m.captured(2)))
                    a.granted = *total * 1000.0;
                if (const auto used = number(m.captured(5)))
                    a.used = *used * 1000.0;
                a.completeLeft();
                p.rows << a;
                continue;
            }
        }
        if (section == Section::Users) {
            if (const auto m = user.match(t); m.hasMatch()) {
                const QString machine = m.captured(3).trimmed();
                for (qsizetype i = firstOfProject; i < p.rows.size(); ++i)
                    if (p.rows[i].scope == machine) {
                        UserUsage u;
                        u.user = m.captured(1);
                        u.fullName = m.captured(2);
                        if (const auto used = number(m.captured(4)))
                            u.used = *used * 1000.0;
                        u.percent = number(m.captured(5));
                        p.rows[i].users << u;
                    }
                continue;
            }
        }
        noteProblem(&p, line);
    }
    for (Allocation &a : p.rows)
        a.note = note;
    return p;
}

// ---- Karolina: it4ifree ------------------------------------------------------------------------------

Parsed<Allocation> parseIt4iFree(const QByteArray &output)
{
    Parsed<Allocation> p;
    p.format = QStringLiteral("it4ifree");
    const QStringList all = lines(output);
    enum class Table { None, Projects, Investigated, Legend } table = Table::None;
    QList<Token> header;     // column titles of the current table
    QList<Token> dashes;     // the ----- line: exact column spans
    QString lastPid;
    ResourceKind kind = ResourceKind::Unknown;
    auto columnText = [&](const QString &line, const QString &title) -> QString {
        for (qsizetype c = 0; c < header.size() && c < dashes.size(); ++c)
            if (header[c].text == title) {
                const qsizetype from = dashes[c].start;
                const qsizetype to = c + 1 < dashes.size() ? dashes[c + 1].start : line.size();
                return line.mid(from, to - from).trimmed();
            }
        return QString();
    };
    auto findColumn = [&](const QString &prefix) -> QString {
        for (const Token &h : header)
            if (h.text.startsWith(prefix))
                return h.text;
        return QString();
    };
    for (qsizetype li = 0; li < all.size(); ++li) {
        const QString &line = all[li];
        const QString t = line.trimmed();
        if (t.isEmpty() || t.startsWith(QLatin1String("$ ")) || t.startsWith(QLatin1String("====")))
            continue;
        if (t.startsWith(QLatin1String("Projects I am participating in"))) {
            table = Table::Projects;
            header.clear();
            continue;
        }
        if (t.startsWith(QLatin1String("Projects I am Primarily Investigating"))) {
            table = Table::Investigated;
            header.clear();
            continue;
        }
        if (t == QLatin1String("Legend")) {
            table = Table::Legend;
            continue;
        }
        if (table == Table::Legend || table == Table::None) {
            if (table == Table::None)
                noteProblem(&p, line);
            continue;
        }
        if (header.isEmpty()) {
            header = tokens(line, 2);
            continue;
        }
        if (t.startsWith(QLatin1String("---"))) {
            dashes = tokens(line, 1);
            if (table == Table::Projects) {
                const QString used = findColumn(QStringLiteral("Used"));
                kind = used.contains(QLatin1String("NCH")) || used.contains(QLatin1String("WCH")) ? ResourceKind::CoreHours
                       : used.contains(QLatin1String("NH"))                                     ? ResourceKind::NodeHours
                                                                                                 : ResourceKind::Unknown;
            }
            continue;
        }
        if (dashes.isEmpty()) {
            noteProblem(&p, line);
            continue;
        }
        if (table == Table::Projects) {
            Allocation a;
            a.account = columnText(line, QStringLiteral("PID"));
            if (a.account.isEmpty()) {
                noteProblem(&p, line);
                continue;
            }
            a.kind = kind;
            a.source = QStringLiteral("it4ifree");
            a.scope = columnText(line, QStringLiteral("Type"));
            a.granted = number(columnText(line, QStringLiteral("Total")));
            // Normalized core hours are what a project is charged; wall-clock ones are for reference.
            QString usedTitle = findColumn(QStringLiteral("Used NCH"));
            if (usedTitle.isEmpty())
                usedTitle = findColumn(QStringLiteral("Used"));
            a.used = number(columnText(line, usedTitle));
            a.left = number(columnText(line, QStringLiteral("Free")));
            const QString days = columnText(line, QStringLiteral("Days left"));
            if (!days.isEmpty())
                a.note = QCoreApplication::translate("fab::BudgetTools", "%1 days left").arg(days);
            a.completeLeft();
            p.rows << a;
        } else if (table == Table::Investigated) {
            QString pid = columnText(line, QStringLiteral("PID"));
            if (pid.isEmpty())
                pid = lastPid;  // continuation rows leave the project blank
            lastPid = pid;
            const QString login = columnText(line, QStringLiteral("Login"));
            QString usedTitle = findColumn(QStringLiteral("Used NCH"));
            if (usedTitle.isEmpty())
                usedTitle = findColumn(QStringLiteral("Used"));
            if (pid.isEmpty() || login.isEmpty()) {
                noteProblem(&p, line);
                continue;
            }
            for (Allocation &a : p.rows)
                if (a.account == pid)
                    a.users << UserUsage{login, QString(), number(columnText(line, usedTitle)), std::nullopt};
        }
    }
    return p;
}

// ---- MeluXina: myquota -----------------------------------------------------------------------------

Parsed<Allocation> parseMyQuota(const QByteArray &output)
{
    Parsed<Allocation> p;
    p.format = QStringLiteral("myquota");
    const QStringList all = lines(output);
    std::optional<QDate> from;
    QList<Token> groups, columns;  // "CPU node-hours" …; "Used", "Max", "%used" …
    bool inCompute = false;
    static const QRegularExpression usage(QStringLiteral("COMPUTE USAGE FROM\\s+(\\d{4}-\\d{2}-\\d{2})"));
    for (const QString &raw : all) {
        const QString line = stripAnsi(raw);
        const QString t = line.trimmed();
        if (t.isEmpty())
            continue;
        if (t.startsWith(QLatin1String("COMPUTE ALLOCATIONS"))) {
            inCompute = true;
            continue;
        }
        if (const auto m = usage.match(t); m.hasMatch()) {
            from = isoDate(m.captured(1));
            continue;
        }
        if (t.startsWith(QLatin1String("DATA ALLOCATIONS"))) {
            inCompute = false;
            continue;
        }
        if (!inCompute)
            continue;  // the data (storage) part: not a compute budget
        if (t.startsWith(QLatin1String("Project"))) {
            groups = tokens(line, 2).mid(1);
            continue;
        }
        if (t.startsWith(QLatin1String("Used"))) {
            columns = tokens(line, 1);
            continue;
        }
        const QList<Token> cells = tokens(line, 1);
        if (groups.isEmpty() || columns.isEmpty() || cells.isEmpty()) {
            noteProblem(&p, line);
            continue;
        }
        struct Values {
            std::optional<double> used, max;
        };
        QList<Values> values(groups.size());
        bool bad = false;
        for (qsizetype c = 1; c < cells.size(); ++c) {
            // Numbers are right-aligned under their column title: match by end column.
            qsizetype best = -1, bestDistance = 4;
            for (qsizetype k = 0; k < columns.size(); ++k) {
                const qsizetype d = std::abs(columns[k].end - cells[c].end);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = k;
                }
            }
            if (best < 0) {
                bad = true;
                continue;
            }
            qsizetype g = 0;
            while (g + 1 < groups.size() && columns[best].end > groups[g + 1].start)
                ++g;
            const QString title = columns[best].text;
            if (title == QLatin1String("Used"))
                values[g].used = number(cells[c].text);
            else if (title == QLatin1String("Max"))
                values[g].max = number(cells[c].text);
        }
        if (bad) {
            noteProblem(&p, line);
            continue;
        }
        for (qsizetype g = 0; g < groups.size(); ++g) {
            if (!values[g].max && values[g].used.value_or(0) == 0)
                continue;  // no grant of this kind and nothing used: not a budget
            Allocation a;
            a.account = cells[0].text;
            a.kind = ResourceKind::NodeHours;
            a.scope = groups[g].text.section(QLatin1Char(' '), 0, 0);  // "GPU"
            a.granted = values[g].max;
            a.used = values[g].used;
            a.periodStart = from;
            if (from)
                a.periodEnd = from->addMonths(1).addDays(-1);
            a.source = QStringLiteral("myquota");
            a.note = QCoreApplication::translate("fab::BudgetTools", "granted for this month");
            a.completeLeft();
            p.rows << a;
        }
    }
    return p;
}

// ---- Discoverer+: accountcheck ---------------------------------------------------------------------

Parsed<Allocation> parseAccountCheck(const QByteArray &output, const QString &account)
{
    Parsed<Allocation> p;
    p.format = QStringLiteral("accountcheck");
    // "ALLOCATED billing: 330900.0 hours gres/gpu: 5000.0 GPU-hours" / "USED billing: 0.0 (0.0%) gres/gpu: …"
    static const QRegularExpression pair(QStringLiteral("(billing|gres/gpu):\\s*([0-9.]+)"));
    QHash<QString, double> granted, used;
    for (const QString &line : lines(output)) {
        const QString t = line.trimmed();
        QHash<QString, double> *target = t.startsWith(QLatin1String("ALLOCATED")) ? &granted
                                         : t.startsWith(QLatin1String("USED"))    ? &used
                                                                                   : nullptr;
        if (!target) {
            if (!t.isEmpty())
                noteProblem(&p, line);
            continue;
        }
        auto it = pair.globalMatch(t);
        bool any = false;
        while (it.hasNext()) {
            const auto m = it.next();
            if (const auto v = number(m.captured(2))) {
                target->insert(m.captured(1), *v);
                any = true;
            }
        }
        if (!any)
            noteProblem(&p, line);
    }
    for (const QString &tres : {QStringLiteral("gres/gpu"), QStringLiteral("billing")}) {
        if (!granted.contains(tres) && !used.contains(tres))
            continue;
        Allocation a;
        a.account = account;
        a.kind = tres == QLatin1String("billing") ? ResourceKind::BillingHours : ResourceKind::GpuHours;
        if (granted.contains(tres))
            a.granted = granted.value(tres);
        if (used.contains(tres))
            a.used = used.value(tres);
        a.source = QStringLiteral("accountcheck");
        a.completeLeft();
        p.rows << a;
    }
    return p;
}

std::optional<Parsed<Allocation>> parseBudgetTool(const QString &tool, const QByteArray &output, const QString &account)
{
    if (tool == QLatin1String("saldo"))
        return parseSaldo(output);
    if (tool == QLatin1String("lumi-allocations"))
        return parseLumiAllocations(output);
    if (tool == QLatin1String("bsc_acct"))
        return parseBscAcct(output);
    if (tool == QLatin1String("it4ifree"))
        return parseIt4iFree(output);
    if (tool == QLatin1String("myquota"))
        return parseMyQuota(output);
    if (tool == QLatin1String("accountcheck"))
        return parseAccountCheck(output, account);
    return std::nullopt;
}

QString budgetToolCommand(const QString &tool, const QString &account)
{
    if (tool == QLatin1String("saldo"))
        return QStringLiteral("saldo -b");
    if (tool == QLatin1String("lumi-allocations") || tool == QLatin1String("it4ifree") ||
        tool == QLatin1String("myquota"))
        return tool;
    if (tool == QLatin1String("bsc_acct"))
        return QStringLiteral("bsc_acct");
    if (tool == QLatin1String("accountcheck")) {
        const auto q = shellQuote(account);
        if (!q || account.isEmpty())
            return QString();
        return QStringLiteral("module load accountcheck && accountcheck ") + QString::fromUtf8(*q);
    }
    return QString();
}

}  // namespace fab
