#include "catalog/keydepthscan_p.h"

#include <algorithm>

namespace sr::detail {

namespace {

bool isBareKeyChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

} // namespace

int deepKeyLine(QByteArrayView text, int maxParts)
{
    // Fast path, vectorised: keys never span lines, and a key of N parts has N - 1 dots on
    // its line, so most files are done here. Lines without a dot are skipped in one search.
    bool suspicious = false;
    for (qsizetype from = 0; from < text.size() && !suspicious;) {
        const qsizetype dot = text.indexOf('.', from);
        if (dot < 0)
            break;
        qsizetype end = text.indexOf('\n', dot);
        if (end < 0)
            end = text.size();
        suspicious = std::count(text.begin() + dot, text.begin() + end, '.') >= maxParts;
        from = end + 1;
    }
    if (!suspicious)
        return 0;

    const qsizetype size = text.size();
    int line = 1;
    int parts = 0; // parts of the current chain; 0 when no chain is open
    bool afterDot = false; // the chain ends in a dot and waits for its next part
    auto endChain = [&] {
        parts = 0;
        afterDot = false;
    };
    auto addPart = [&] {
        parts = afterDot || parts == 0 ? parts + 1 : 1;
        afterDot = false;
        return parts > maxParts;
    };
    // Skips a string that starts at i (at its quote); returns the index after it.
    auto skipString = [&](qsizetype i) {
        const char quote = text[i];
        const bool basic = quote == '"';
        const bool multiline = i + 2 < size && text[i + 1] == quote && text[i + 2] == quote;
        i += multiline ? 3 : 1;
        while (i < size) {
            const char c = text[i];
            if (c == '\n') {
                ++line;
                if (!multiline)
                    return i; // unterminated: the parser reports it; go on scanning
            } else if (basic && c == '\\') {
                if (i + 1 < size && text[i + 1] == '\n')
                    ++line;
                i += 2;
                continue;
            } else if (c == quote) {
                if (!multiline)
                    return i + 1;
                if (i + 2 < size && text[i + 1] == quote && text[i + 2] == quote) {
                    // Up to two more quotes may belong to the content ("""a"""" ends with a quote).
                    i += 3;
                    for (int extra = 0; extra < 2 && i < size && text[i] == quote; ++extra)
                        ++i;
                    return i;
                }
            }
            ++i;
        }
        return i;
    };

    for (qsizetype i = 0; i < size;) {
        const char c = text[i];
        if (c == '"' || c == '\'') {
            const int startLine = line;
            const bool multiline = i + 2 < size && text[i + 1] == c && text[i + 2] == c;
            const bool deep = !multiline && addPart();
            if (deep)
                return startLine;
            i = skipString(i);
            if (multiline)
                endChain();
            continue;
        }
        if (isBareKeyChar(c)) {
            while (i < size && isBareKeyChar(text[i]))
                ++i;
            if (addPart())
                return line;
            continue;
        }
        if (c == '.') {
            if (parts > 0)
                afterDot = true;
            ++i;
            continue;
        }
        if (c == ' ' || c == '\t') {
            ++i;
            continue;
        }
        if (c == '#') {
            while (i < size && text[i] != '\n')
                ++i;
            continue;
        }
        if (c == '\n')
            ++line;
        endChain();
        ++i;
    }
    return 0;
}

} // namespace sr::detail
