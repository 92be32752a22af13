#pragma once

#include <QFrame>

class QAction;
class QLabel;
class QToolButton;

/// A non-modal, dismissible message line above the panes (docs/architecture.md: failures are shown
/// inline; modal dialogs only where the user must decide something).
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Error, Warning, Information };
    explicit MessageBar(QWidget *parent = nullptr);
    /// Shows `text`, with a button per action (each hides the bar when clicked).
    void showMessage(Kind kind, const QString &text, const QList<QAction *> &actions = {});
    QString text() const;
    /// Whether the bar waits for a decision (it shows action buttons): status messages then
    /// do not replace it.
    bool isAsking() const { return !isHidden() && !m_buttons.isEmpty(); }

private:
    QLabel *m_label = nullptr;
    QToolButton *m_close = nullptr;
    QList<QToolButton *> m_buttons;
    QList<QAction *> m_actions; ///< the shown actions; the bar owns them
};
