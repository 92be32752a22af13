#pragma once

#include <QObject>
#include <QStringList>

class EditSession;
class MessageBar;
class ServiceEditorPane;
class QWidget;

/// What the window asks and tells about unsaved edits: saving (with the reason when it
/// fails), the save/discard/cancel question before edits would be lost, the recovery file
/// of a registry just opened, and files edited here that changed on disk. The main window
/// only wires it to its actions, message bar and close event.
class UnsavedEdits : public QObject
{
    Q_OBJECT

public:
    UnsavedEdits(EditSession *session, ServiceEditorPane *editor, MessageBar *messageBar, QWidget *window);

    /// Writes the edits; false (after telling the user why) when a file cannot be written.
    bool save();
    /// Asks what to do with unsaved edits before they would be lost; false: cancel.
    bool confirmDiscard();
    /// Offers the edits a recovery file holds for `root`, once per registry opened.
    void offerRecovery(const QString &root);

Q_SIGNALS:
    /// The user restored recovered edits: show them.
    void restored();

private:
    void askAboutDiskChanges(const QStringList &files);
    void compare(const QStringList &files);

    EditSession *m_session;
    ServiceEditorPane *m_editor;
    MessageBar *m_messageBar;
    QWidget *m_window;
    QString m_recoveryOffered; ///< the registry whose recovery file was looked at
};
