#pragma once

#include <QFrame>

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
    void showMessage(Kind kind, const QString &text);
    QString text() const;

private:
    QLabel *m_label = nullptr;
    QToolButton *m_close = nullptr;
};
