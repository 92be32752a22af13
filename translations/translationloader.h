#pragma once

#include <QLocale>

class QCoreApplication;

/// Installs Qt's and the product's translations (CLI and console) for a locale. English is
/// the fallback, so that plural forms read "1 service" / "2 services" in every other locale.
class TranslationLoader
{
public:
    static void install(QCoreApplication *app, const QLocale &locale = QLocale());
};
