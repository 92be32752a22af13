#include "messagebar.h"

#include "appearance.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text, const QList<QAction *> &actions)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    for (QAction *old : std::as_const(m_actions)) {
        if (!actions.contains(old))
            old->deleteLater(); // may be the one being triggered
    }
    m_actions = actions;
    auto *row = static_cast<QHBoxLayout *>(layout());
    for (QAction *action : actions) {
        action->setParent(this);
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(button, &QToolButton::triggered, this, &QWidget::hide);
        row->insertWidget(row->count() - 1, button);
        m_buttons.append(button);
    }
    // Light tints on a light palette, deep ones on a dark palette: readable in both themes.
    const bool dark = Appearance::isDarkPalette();
    const char *colors = kind == Kind::Error ? (dark ? "background:#4a1c1a; border:1px solid #8c3a35; color:#f8d7d4;"
                                                     : "background:#fdecea; border:1px solid #e0a39e; color:#611a15;")
        : kind == Kind::Warning              ? (dark ? "background:#4a3510; border:1px solid #8a6420; color:#fde7c2;"
                                                     : "background:#fff4e5; border:1px solid #e8c48a; color:#663c00;")
                                             : (dark ? "background:#12324a; border:1px solid #2f6690; color:#d3e9fb;"
                                                     : "background:#e8f4fd; border:1px solid #9cc7ea; color:#0d3c61;");
    setStyleSheet(QStringLiteral("#messageBar { %1 border-radius:4px; } QLabel { border:none; background:transparent; }")
                      .arg(QString::fromLatin1(colors)));
    m_label->setText(text);
    show();
}

QString MessageBar::text() const
{
    return m_label->text();
}
