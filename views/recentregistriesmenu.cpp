#include "recentregistriesmenu.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace {
constexpr int maxRecent = 8;
const QString recentKey = QStringLiteral("recentRegistries");
} // namespace

RecentRegistriesMenu::RecentRegistriesMenu(const QString &title, QWidget *parent)
    : QMenu(title, parent)
{
    rebuild();
}

void RecentRegistriesMenu::add(const QString &root)
{
    QSettings settings;
    QStringList recent = settings.value(recentKey).toStringList();
    if (!recent.isEmpty() && recent.first() == root)
        return;
    recent.removeAll(root);
    recent.prepend(root);
    while (recent.size() > maxRecent)
        recent.removeLast();
    settings.setValue(recentKey, recent);
    rebuild();
}

void RecentRegistriesMenu::rebuild()
{
    clear();
    const QStringList recent = QSettings().value(recentKey).toStringList();
    for (qsizetype i = 0; i < recent.size(); ++i) {
        const QString &root = recent.at(i);
        QAction *action = addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(root)), this,
                                    [this, root] { Q_EMIT openRequested(root); });
        action->setEnabled(QFileInfo(root).isDir());
    }
    if (recent.isEmpty()) {
        addAction(tr("No recent registries"))->setEnabled(false);
    } else {
        addSeparator();
        addAction(tr("&Clear List"), this, [this] {
            QSettings().remove(recentKey);
            rebuild();
        });
    }
}
