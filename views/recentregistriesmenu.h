#pragma once

#include <QMenu>

/// File › Open Recent: the registries opened last, newest first, kept in QSettings.
class RecentRegistriesMenu : public QMenu
{
    Q_OBJECT

public:
    explicit RecentRegistriesMenu(const QString &title, QWidget *parent = nullptr);

    /// Puts `root` first. Nothing is written when it is first already: every reload of the
    /// open registry (each edit) reports it again.
    void add(const QString &root);

Q_SIGNALS:
    void openRequested(const QString &root);

private:
    void rebuild();
};
