#include "core/metrics/mlflow_parser.h"

#include "core/metrics/number_parse.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace fab::metrics {

MlflowParser::MlflowParser(const QString &metricName)
    : LineParser(Format::Mlflow), m_name(metricName), m_metric(metricIndex(metricName.toStdString()))
{
}

void MlflowParser::parseLine(QByteArrayView line, qint64 offset)
{
    const std::string_view text = num::trim(std::string_view(line.data(), size_t(line.size())));
    if (text.empty())
        return;
    // Split on runs of spaces: MLflow writes single spaces, hand-edited files may not.
    std::string_view fields[4];
    int n = 0;
    size_t i = 0;
    while (i < text.size() && n < 4) {
        while (i < text.size() && num::isSpace(text[i]))
            ++i;
        const size_t start = i;
        while (i < text.size() && !num::isSpace(text[i]))
            ++i;
        if (i > start)
            fields[n++] = text.substr(start, i - start);
    }
    const auto broken = [&] {
        reportBroken(offset,
                     QT_TRANSLATE_NOOP("fab::metrics::MetricParser", "not an MLflow metric line (timestamp value step)"),
                     line);
    };
    if (n < 2 || n > 3)
        return broken();
    const auto timestamp = num::toStep(fields[0]);
    const auto value = num::toDouble(fields[1]);
    const auto step = n == 3 ? num::toStep(fields[2]) : std::optional<qint64>(0);
    if (!timestamp || !value || !step)
        return broken();
    ++m_stats.parsedLines;
    addPoint(m_metric, *step, double(*timestamp) / 1000.0, *value);
}

QString mlflowMetricName(const QString &metricsDir, const QString &file)
{
    const QString base = QDir::cleanPath(QFileInfo(metricsDir).absoluteFilePath());
    const QString path = QDir::cleanPath(QFileInfo(file).absoluteFilePath());
    if (!path.startsWith(base + QLatin1Char('/')))
        return {};
    return path.mid(base.size() + 1);
}

QStringList mlflowMetricFiles(const QString &runDir)
{
    QStringList out;
    QDirIterator it(runDir + QStringLiteral("/metrics"), QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

json::Json mlflowParams(const QString &runDir)
{
    json::Json out = json::Json::object();
    const QString dir = runDir + QStringLiteral("/params");
    QDirIterator it(dir, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString &f : files) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QByteArray value = file.read(64 * 1024);
        while (value.endsWith('\n') || value.endsWith('\r'))
            value.chop(1);
        const QString name = mlflowMetricName(dir, f);
        const std::string_view v(value.constData(), size_t(value.size()));
        if (auto d = num::toDouble(v); d && std::isfinite(*d))
            out[name.toStdString()] = *d;
        else
            out[name.toStdString()] = QString::fromUtf8(value).toStdString();
    }
    return out;
}

}  // namespace fab::metrics
