#include "analysis/linediff.h"

#include <vector>

namespace sr {

namespace {

/// The edit script of Myers' O(ND) algorithm: for each line of a and b, whether it is kept.
void myers(const QStringList &a, int aBegin, int aEnd, const QStringList &b, int bBegin, int bEnd, std::vector<bool> &keptA,
           std::vector<bool> &keptB)
{
    const int n = aEnd - aBegin;
    const int m = bEnd - bBegin;
    const int max = n + m;
    if (max == 0)
        return;
    std::vector<int> v(size_t(2 * max + 2), 0);
    std::vector<std::vector<int>> trace;
    const int offset = max + 1;
    int found = -1;
    for (int d = 0; d <= max && found < 0; ++d) {
        trace.push_back(v);
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                ? v[size_t(offset + k + 1)]
                : v[size_t(offset + k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && a.at(aBegin + x) == b.at(bBegin + y)) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    // Walk back through the snapshots, marking the diagonal (kept) moves.
    int x = n;
    int y = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &previous = trace[size_t(d)];
        const int k = x - y;
        const bool down = k == -d || (k != d && previous[size_t(offset + k - 1)] < previous[size_t(offset + k + 1)]);
        const int previousK = down ? k + 1 : k - 1;
        const int previousX = previous[size_t(offset + previousK)];
        const int previousY = previousX - previousK;
        while (x > previousX + (down ? 0 : 1) && y > previousY + (down ? 1 : 0)) {
            keptA[size_t(aBegin + x - 1)] = true;
            keptB[size_t(bBegin + y - 1)] = true;
            --x;
            --y;
        }
        x = previousX;
        y = previousY;
    }
    while (x > 0 && y > 0) { // the first snake, before any edit
        keptA[size_t(aBegin + x - 1)] = true;
        keptB[size_t(bBegin + y - 1)] = true;
        --x;
        --y;
    }
}

} // namespace

QList<LineDiff::Row> LineDiff::compare(const QStringList &before, const QStringList &after)
{
    const int n = int(before.size());
    const int m = int(after.size());
    std::vector<bool> keptA(size_t(n), false);
    std::vector<bool> keptB(size_t(m), false);
    // Common ends first: generated files mostly change in a few places.
    int prefix = 0;
    while (prefix < n && prefix < m && before.at(prefix) == after.at(prefix)) {
        keptA[size_t(prefix)] = keptB[size_t(prefix)] = true;
        ++prefix;
    }
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && before.at(n - 1 - suffix) == after.at(m - 1 - suffix)) {
        keptA[size_t(n - 1 - suffix)] = keptB[size_t(m - 1 - suffix)] = true;
        ++suffix;
    }
    myers(before, prefix, n - suffix, after, prefix, m - suffix, keptA, keptB);

    QList<Row> rows;
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && keptA[size_t(i)] && keptB[size_t(j)]) {
            rows.append({i++, j++, Kind::Same});
            continue;
        }
        // A changed stretch: the removed lines, then the added ones, paired side by side.
        int removedEnd = i;
        while (removedEnd < n && !keptA[size_t(removedEnd)])
            ++removedEnd;
        int addedEnd = j;
        while (addedEnd < m && !keptB[size_t(addedEnd)])
            ++addedEnd;
        while (i < removedEnd && j < addedEnd)
            rows.append({i++, j++, Kind::Changed});
        while (i < removedEnd)
            rows.append({i++, -1, Kind::Removed});
        while (j < addedEnd)
            rows.append({-1, j++, Kind::Added});
    }
    return rows;
}

int LineDiff::changedRows(const QList<Row> &rows)
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const Row &r) { return r.kind != Kind::Same; }));
}

QByteArray LineDiff::unified(const QString &path, const QByteArray &before, const QByteArray &after, int context)
{
    if (before == after)
        return {};
    // Lines keep their terminator, so that a missing final newline is a difference too.
    auto lines = [](const QByteArray &text) {
        QStringList out;
        qsizetype start = 0;
        while (start < text.size()) {
            const qsizetype newline = text.indexOf('\n', start);
            const qsizetype end = newline < 0 ? text.size() : newline + 1;
            out.append(QString::fromUtf8(text.mid(start, end - start)));
            start = end;
        }
        return out;
    };
    const QStringList a = lines(before);
    const QStringList b = lines(after);
    // The rows as a sequence of kept, removed and added lines (Changed = removed + added).
    struct Line
    {
        char op;
        int left;
        int right;
    };
    std::vector<Line> script;
    std::vector<Line> added;
    for (const Row &row : compare(a, b)) {
        if (row.kind == Kind::Same) {
            script.insert(script.end(), added.begin(), added.end());
            added.clear();
            script.push_back({' ', row.left, row.right});
            continue;
        }
        if (row.left >= 0)
            script.push_back({'-', row.left, -1});
        if (row.right >= 0)
            added.push_back({'+', -1, row.right});
    }
    script.insert(script.end(), added.begin(), added.end());

    QByteArray out = "--- a/" + path.toUtf8() + "\n+++ b/" + path.toUtf8() + '\n';
    auto text = [](const QString &line) {
        QByteArray bytes = line.toUtf8();
        if (!bytes.endsWith('\n'))
            bytes += "\n\\ No newline at end of file\n";
        return bytes;
    };
    const int count = int(script.size());
    int i = 0;
    while (i < count) {
        if (script[size_t(i)].op == ' ') {
            ++i;
            continue;
        }
        // A hunk: from `context` lines before this change to `context` lines after the last
        // change that is at most 2 × context unchanged lines away.
        int begin = std::max(0, i - context);
        int end = i;
        int unchanged = 0;
        for (int j = i; j < count; ++j) {
            if (script[size_t(j)].op == ' ') {
                if (++unchanged > 2 * context)
                    break;
            } else {
                unchanged = 0;
                end = j + 1;
            }
        }
        end = std::min(count, end + context);
        int oldStart = 0, newStart = 0, oldCount = 0, newCount = 0;
        // Line numbers: count what precedes the hunk on each side.
        for (int j = 0; j < begin; ++j) {
            oldStart += script[size_t(j)].op != '+';
            newStart += script[size_t(j)].op != '-';
        }
        QByteArray body;
        for (int j = begin; j < end; ++j) {
            const Line &line = script[size_t(j)];
            oldCount += line.op != '+';
            newCount += line.op != '-';
            body += line.op + text(line.op == '+' ? b.at(line.right) : a.at(line.left));
        }
        out += "@@ -" + QByteArray::number(oldCount ? oldStart + 1 : oldStart) + ',' + QByteArray::number(oldCount) + " +"
            + QByteArray::number(newCount ? newStart + 1 : newStart) + ',' + QByteArray::number(newCount) + " @@\n" + body;
        i = end;
    }
    return out;
}

} // namespace sr
