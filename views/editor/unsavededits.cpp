#include "unsavededits.h"

#include "editor/serviceeditorpane.h"
#include "editsession.h"
#include "messagebar.h"
#include "sidebysideview.h"
#include "workspace.h"

#include "catalog/registrysource.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QVBoxLayout>

UnsavedEdits::UnsavedEdits(EditSession *session, ServiceEditorPane *editor, MessageBar *messageBar, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_editor(editor)
    , m_messageBar(messageBar)
    , m_window(window)
{
    connect(m_session, &EditSession::changedOnDisk, this, &UnsavedEdits::askAboutDiskChanges);
}

bool UnsavedEdits::save()
{
    m_editor->flush();
    QString error;
    if (m_session->save(&error))
        return true;
    QMessageBox::warning(m_window, tr("Cannot Save"),
                         tr("The edits were not written, and nothing on disk changed: %1").arg(error));
    return false;
}

bool UnsavedEdits::confirmDiscard()
{
    m_editor->flush();
    if (!m_session->isModified())
        return true;
    const auto answer
        = QMessageBox::question(m_window, tr("Unsaved Edits"),
                                tr("%n file(s) have unsaved edits: %1", nullptr, int(m_session->modifiedFiles().size()))
                                    .arg(m_session->modifiedFiles().join(QLatin1String(", "))),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_session->discard();
        return true;
    }
    return false;
}

void UnsavedEdits::offerRecovery(const QString &root)
{
    if (m_recoveryOffered == root)
        return;
    m_recoveryOffered = root;
    QDateTime written;
    const QHash<QString, QByteArray> texts = m_session->recoverable(&written);
    if (texts.isEmpty())
        return;
    QStringList files = texts.keys();
    files.sort();
    auto *restore = new QAction(tr("Restore"), m_messageBar);
    connect(restore, &QAction::triggered, this, [this] {
        if (m_session->restore())
            emit restored();
    });
    auto *drop = new QAction(tr("Discard"), m_messageBar);
    connect(drop, &QAction::triggered, this, [this] { QFile::remove(m_session->recoveryFile()); });
    m_messageBar->showMessage(
        MessageBar::Kind::Warning,
        tr("Unsaved edits to %1 from %2 were kept when the console last stopped without saving. "
           "Restore them?")
            .arg(files.join(QLatin1String(", ")), QLocale().toString(written.toLocalTime(), QLocale::ShortFormat)),
        {restore, drop});
}

void UnsavedEdits::askAboutDiskChanges(const QStringList &files)
{
    auto *reload = new QAction(tr("Reload"), m_messageBar);
    reload->setToolTip(tr("Take the files as they are on disk; your edits to them are dropped"));
    connect(reload, &QAction::triggered, this, [this, files] {
        for (const QString &file : files)
            m_session->takeDiskVersion(file);
    });
    auto *keep = new QAction(tr("Keep Mine"), m_messageBar);
    keep->setToolTip(tr("Keep your edits; saving overwrites the files on disk"));
    connect(keep, &QAction::triggered, this, [this, files] {
        for (const QString &file : files)
            m_session->keepMine(file);
    });
    auto *compareAction = new QAction(tr("Compare"), m_messageBar);
    connect(compareAction, &QAction::triggered, this, [this, files] {
        compare(files);
        askAboutDiskChanges(files); // still to decide
    });
    m_messageBar->showMessage(MessageBar::Kind::Warning,
                              tr("%1 changed on disk while you were editing it.").arg(files.join(QLatin1String(", "))),
                              {reload, keep, compareAction});
}

void UnsavedEdits::compare(const QStringList &files)
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("On Disk and Edited"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *view = new SideBySideView(&dialog);
    auto *file = new QComboBox(&dialog);
    file->addItems(files);
    file->setVisible(files.size() > 1);
    auto *caption = new QLabel(&dialog);
    auto show = [this, view, caption](const QString &name) {
        caption->setText(tr("Left: %1 as it is on disk now. Right: your edited text.").arg(name));
        view->showTexts(name,
                        QString::fromUtf8(sr::FolderSource(m_session->workspace()->root()).read(name, qint64(8) << 20).bytes),
                        QString::fromUtf8(m_session->text(name)));
    };
    connect(file, &QComboBox::currentTextChanged, &dialog, show);
    layout->addWidget(file);
    layout->addWidget(caption);
    layout->addWidget(view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    show(files.first());
    dialog.resize(1100, 700);
    dialog.exec();
}
