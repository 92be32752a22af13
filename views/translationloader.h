#pragma once

#include <QLocale>

class QCoreApplication;

/// Installs Qt's and the console's translations for a locale. English is the fallback,
/// so plural forms read "1 service" / "2 services" in every other locale too.
class TranslationLoader
{
public:
    static void install(QCoreApplication *app, const QLocale &locale = QLocale());
};
