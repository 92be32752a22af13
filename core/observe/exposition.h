#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <initializer_list>
#include <utility>

namespace sr {

/// Writes metric families in Prometheus' text exposition format 0.0.4
/// (`text/plain; version=0.0.4`): each family's HELP and TYPE once, then its samples, label
/// values escaped as the format requires. docs/metrics.md lists what the exporter writes.
class Exposition
{
public:
    enum class Type { Gauge, Counter, Histogram };
    using Labels = std::initializer_list<std::pair<const char *, QString>>;

    static constexpr const char *contentType = "text/plain; version=0.0.4; charset=utf-8";

    /// Starts a family: `name` without the `_total`/`_bucket` suffixes its samples carry.
    void family(const char *name, Type type, const char *help);
    void sample(const char *name, Labels labels, double value);
    /// A histogram's `_bucket` samples (cumulative, `+Inf` last), `_sum` and `_count` from
    /// `observations`, with `bounds` ascending.
    void histogram(const char *name, Labels labels, const QList<double> &bounds, const QList<double> &observations);

    /// Makes room for about `samples` more samples at once, rather than growing step by step
    /// (each step holding the old text and the new).
    void reserve(qsizetype samples) { m_text.reserve(m_text.size() + samples * 128); }

    const QByteArray &text() const { return m_text; }

    /// A value as the format writes it: integers without a fraction, NaN, +Inf, -Inf.
    static QByteArray number(double value);
    /// A label value with `\`, `"` and line feeds escaped.
    static QByteArray escaped(const QString &value);

private:
    void labels(Labels labels, const char *extraName = nullptr, const QByteArray &extraValue = {});

    QByteArray m_text;
};

} // namespace sr
