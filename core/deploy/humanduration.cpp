#include "deploy/humanduration.h"

#include <QCoreApplication>

namespace sr {

namespace {

struct Unit
{
    qint64 seconds;
    const char *text;
};
// The largest unit that gives at least two of it.
constexpr Unit units[] = {{86400, QT_TRANSLATE_N_NOOP("Duration", "%n day(s)")},
                          {3600, QT_TRANSLATE_N_NOOP("Duration", "%n hour(s)")},
                          {60, QT_TRANSLATE_N_NOOP("Duration", "%n minute(s)")},
                          {1, QT_TRANSLATE_N_NOOP("Duration", "%n second(s)")}};

} // namespace

QString humanDuration(qint64 seconds)
{
    for (const Unit &unit : units) {
        if (seconds >= 2 * unit.seconds || unit.seconds == 1)
            return QCoreApplication::translate("Duration", unit.text, nullptr, int(seconds / unit.seconds));
    }
    return {};
}

} // namespace sr
