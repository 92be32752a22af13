#include "observe/exposition.h"

#include <QLocale>

#include <cmath>

namespace sr {

QByteArray Exposition::number(double value)
{
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QByteArray::number(qint64(value));
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

QByteArray Exposition::escaped(const QString &value)
{
    QByteArray out = value.toUtf8();
    if (out.contains('\\') || out.contains('"') || out.contains('\n')) {
        QByteArray e;
        e.reserve(out.size() + 8);
        for (const char c : std::as_const(out)) {
            if (c == '\\')
                e += "\\\\";
            else if (c == '"')
                e += "\\\"";
            else if (c == '\n')
                e += "\\n";
            else
                e += c;
        }
        out = e;
    }
    return out;
}

void Exposition::family(const char *name, Type type, const char *help)
{
    m_text += "# HELP ";
    m_text += name;
    m_text += ' ';
    // HELP text escapes only backslashes and line feeds.
    m_text += QByteArray(help).replace('\\', "\\\\").replace('\n', "\\n");
    m_text += "\n# TYPE ";
    m_text += name;
    m_text += type == Type::Gauge ? " gauge\n" : type == Type::Counter ? " counter\n" : " histogram\n";
}

void Exposition::labels(Labels labels, const char *extraName, const QByteArray &extraValue)
{
    if (labels.size() == 0 && !extraName)
        return;
    m_text += '{';
    bool first = true;
    for (const auto &[name, value] : labels) {
        if (!first)
            m_text += ',';
        first = false;
        m_text += name;
        m_text += "=\"";
        m_text += escaped(value);
        m_text += '"';
    }
    if (extraName) {
        if (!first)
            m_text += ',';
        m_text += extraName;
        m_text += "=\"";
        m_text += extraValue;
        m_text += '"';
    }
    m_text += '}';
}

void Exposition::sample(const char *name, Labels labelList, double value)
{
    m_text += name;
    labels(labelList);
    m_text += ' ';
    m_text += number(value);
    m_text += '\n';
}

void Exposition::histogram(const char *name, Labels labelList, const QList<double> &bounds, const QList<double> &observations)
{
    QList<qint64> counts(bounds.size(), 0);
    double sum = 0;
    for (const double v : observations) {
        sum += v;
        for (qsizetype i = 0; i < bounds.size(); ++i) {
            if (v <= bounds[i])
                ++counts[i];
        }
    }
    const QByteArray bucket = QByteArray(name) + "_bucket";
    for (qsizetype i = 0; i <= bounds.size(); ++i) {
        m_text += bucket;
        labels(labelList, "le", i < bounds.size() ? number(bounds[i]) : QByteArrayLiteral("+Inf"));
        m_text += ' ';
        m_text += QByteArray::number(i < bounds.size() ? counts[i] : observations.size());
        m_text += '\n';
    }
    const QByteArray sumName = QByteArray(name) + "_sum";
    const QByteArray countName = QByteArray(name) + "_count";
    sample(sumName.constData(), labelList, sum);
    sample(countName.constData(), labelList, double(observations.size()));
}

} // namespace sr
