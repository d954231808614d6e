#include "core/metrics/metric_parser.h"

#include "core/metrics/csv_parser.h"
#include "core/metrics/hf_trainer_parser.h"
#include "core/metrics/jsonl_parser.h"
#include "core/metrics/mlflow_parser.h"
#include "core/metrics/regex_parser.h"
#include "core/metrics/tensorboard_parser.h"

#include <QCoreApplication>

#include <cstring>

namespace fab::metrics {

namespace {
constexpr qsizetype kExcerptBytes = 80;
constexpr qsizetype kMaxTexts = 256;  // distinct text fields remembered; a bound against garbage keys

QString excerptOf(QByteArrayView bytes)
{
    QString out;
    const qsizetype n = std::min(bytes.size(), kExcerptBytes);
    out.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c >= 0x20 && c < 0x7f)
            out += QLatin1Char(char(c));
        else
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    }
    if (bytes.size() > n)
        out += QStringLiteral("…");
    return out;
}
}  // namespace

QString BrokenExample::toString() const
{
    return QCoreApplication::translate("fab::metrics::MetricParser", "byte %1: %2: %3")
        .arg(offset)
        .arg(reason, excerpt);
}

MetricParser::~MetricParser() = default;

QString MetricParser::formatName(Format f)
{
    switch (f) {
    case Format::Jsonl: return QStringLiteral("jsonl");
    case Format::Csv: return QStringLiteral("csv");
    case Format::HfTrainer: return QStringLiteral("hf-trainer");
    case Format::Mlflow: return QStringLiteral("mlflow");
    case Format::TensorBoard: return QStringLiteral("tensorboard");
    case Format::Regex: return QStringLiteral("regex");
    }
    return {};
}

void MetricParser::feed(QByteArrayView bytes, qint64 offset)
{
    if (offset < 0 || bytes.isEmpty())
        return;
    const qint64 end = offset + bytes.size();
    if (end <= m_received)
        return;  // everything here was seen already
    if (offset < m_received) {
        bytes = bytes.sliced(qsizetype(m_received - offset));
    } else if (offset > m_received) {
        gap(offset - m_received);
        m_received = m_consumed = offset;
    }
    m_received = end;
    consume(bytes);
}

void MetricParser::finish()
{
    end();
    m_consumed = m_received;
}

bool MetricParser::resume(qint64 offset, const json::Json &state)
{
    if (m_received != 0 || offset < 0 || !state.is_object() || !restoreState(state))
        return false;
    m_received = m_consumed = offset;
    return true;
}

int MetricParser::metricIndex(std::string_view name)
{
    if (auto it = m_nameIndex.find(name); it != m_nameIndex.end())
        return it->second;
    const int index = int(m_names.size());
    m_names << QString::fromUtf8(name.data(), qsizetype(name.size()));
    m_nameIndex.emplace(std::string(name), index);
    return index;
}

void MetricParser::keepText(std::string_view key, std::string_view text)
{
    ++m_stats.textFields;
    const QString k = QString::fromUtf8(key.data(), qsizetype(key.size()));
    auto it = m_texts.find(k);
    if (it == m_texts.end() && m_texts.size() >= kMaxTexts)
        return;
    const QString v = QString::fromUtf8(text.data(), qsizetype(std::min<size_t>(text.size(), 200)));
    if (it == m_texts.end())
        m_texts.insert(k, v);
    else
        *it = v;
}

void MetricParser::reportBroken(qint64 offset, const char *reason, QByteArrayView excerpt, const QString &arg)
{
    ++m_stats.brokenLines;
    if (m_stats.brokenExamples.size() >= ParseStats::kMaxExamples)
        return;  // translate and copy only the few examples shown
    QString r = QCoreApplication::translate("fab::metrics::MetricParser", reason);
    if (!arg.isEmpty())
        r = r.arg(arg);
    m_stats.brokenExamples.append(BrokenExample{offset, r, excerptOf(excerpt)});
}

// ---- LineParser ----------------------------------------------------------------------------------

void LineParser::completeLine(QByteArrayView line, qint64 offset)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.size() > m_maxLine) {
        reportBroken(offset, QT_TRANSLATE_NOOP("fab::metrics::MetricParser", "line longer than %1 bytes"), line,
                     QString::number(m_maxLine));
        return;
    }
    parseLine(line, offset);
}

void LineParser::consume(QByteArrayView bytes)
{
    const char *p = bytes.data();
    const char *const end = p + bytes.size();
    while (p < end) {
        const auto *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!nl) {
            // Incomplete line: keep it, unless it is already too long to be worth keeping; then
            // keep only its start for the example. It is reported when it ends, so a resume that
            // reads it again cannot count it twice.
            const qsizetype n = qsizetype(end - p);
            m_lineBytes += n;
            if (!m_tooLong) {
                if (m_pending.size() + n > m_maxLine + 1) {  // +1: a CR the line may still lose
                    m_pending.append(p, std::min(n, kExcerptBytes + 1));
                    m_pending.truncate(kExcerptBytes + 1);  // +1 keeps the "…" of a cut excerpt
                    m_tooLong = true;
                } else {
                    m_pending.append(p, n);
                }
            }
            return;
        }
        const QByteArrayView piece(p, nl - p);
        const qint64 lineStart = m_consumed;
        if (m_tooLong) {
            reportBroken(lineStart, QT_TRANSLATE_NOOP("fab::metrics::MetricParser", "line longer than %1 bytes"),
                         m_pending, QString::number(m_maxLine));
            m_pending.clear();
            m_tooLong = false;
        } else if (m_lineBytes > 0) {
            if (m_pending.size() + piece.size() > m_maxLine + 1) {
                m_pending.append(piece.first(std::min(piece.size(), kExcerptBytes + 1)));
                reportBroken(lineStart, QT_TRANSLATE_NOOP("fab::metrics::MetricParser", "line longer than %1 bytes"),
                             m_pending, QString::number(m_maxLine));
            } else {
                m_pending.append(piece);
                completeLine(m_pending, lineStart);
            }
            m_pending.clear();
        } else {
            completeLine(piece, lineStart);
        }
        m_consumed += m_lineBytes + piece.size() + 1;
        m_lineBytes = 0;
        p = nl + 1;
    }
}

void LineParser::gap(qint64 missing)
{
    reportBroken(m_consumed, QT_TRANSLATE_NOOP("fab::metrics::MetricParser", "%1 bytes missing from the stream"),
                 m_pending, QString::number(missing));
    m_pending.clear();
    m_lineBytes = 0;
    m_tooLong = false;
}

void LineParser::end()
{
    if (m_tooLong)
        reportBroken(m_consumed, QT_TRANSLATE_NOOP("fab::metrics::MetricParser", "line longer than %1 bytes"),
                     m_pending, QString::number(m_maxLine));
    else if (m_lineBytes > 0)
        completeLine(m_pending, m_consumed);
    m_pending.clear();
    m_lineBytes = 0;
    m_tooLong = false;
}

// ---- factory -------------------------------------------------------------------------------------

std::unique_ptr<MetricParser> makeParser(const QString &format, const json::Json &options, QString *error)
{
    auto option = [&](const char *key) {
        auto it = options.is_object() ? options.find(key) : options.end();
        return it != options.end() && it->is_string() ? json::str(*it) : QString();
    };
    if (format == QLatin1String("jsonl"))
        return std::make_unique<JsonlParser>();
    if (format == QLatin1String("csv"))
        return std::make_unique<CsvParser>();
    if (format == QLatin1String("hf-trainer"))
        return std::make_unique<HfTrainerParser>();
    if (format == QLatin1String("tensorboard"))
        return std::make_unique<TensorBoardParser>();
    if (format == QLatin1String("mlflow")) {
        const QString metric = option("metric");
        if (metric.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("fab::metrics::MetricParser",
                                                     "an MLflow metric file needs its metric name");
            return nullptr;
        }
        return std::make_unique<MlflowParser>(metric);
    }
    if (format == QLatin1String("regex")) {
        auto p = std::make_unique<RegexParser>(option("pattern"));
        if (!p->isValid()) {
            if (error)
                *error = p->errorString();
            return nullptr;
        }
        return p;
    }
    if (error)
        *error = QCoreApplication::translate("fab::metrics::MetricParser", "unknown metrics format “%1”").arg(format);
    return nullptr;
}

}  // namespace fab::metrics
