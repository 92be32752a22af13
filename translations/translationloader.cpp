#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace {
const QString installedName = QStringLiteral("serviceRegistryTranslator");

void installOne(QCoreApplication *app, const std::function<bool(QTranslator &)> &load)
{
    auto *translator = new QTranslator(app);
    translator->setObjectName(installedName);
    if (load(*translator))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}
} // namespace

void TranslationLoader::install(QCoreApplication *app, const QLocale &locale)
{
    // Replace, not stack: a translator left behind would answer for strings the new
    // language leaves untranslated.
    for (QTranslator *old : app->findChildren<QTranslator *>(installedName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    installOne(app, [&locale](QTranslator &t) {
        return t.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    });
    installOne(app, [&locale](QTranslator &t) {
        return t.load(locale, QStringLiteral("serviceregistry"), QStringLiteral("_"), QStringLiteral(":/i18n"))
            || t.load(QStringLiteral("serviceregistry_en"), QStringLiteral(":/i18n"));
    });
}
