#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace sr {
class ServiceEdit;
}

class QDateTime;
class QTimer;
class QUndoStack;
class Workspace;

/// The console's unsaved edits: every change to a registry file's text is a command on one
/// undo stack (form edits and raw-text edits alike), applied as a Workspace buffer so that
/// every pane shows the edited registry before it is saved. Saving writes the changed files
/// atomically (core/edit/atomicwrite.h) and leaves the stack clean.
class EditSession : public QObject
{
    Q_OBJECT

public:
    explicit EditSession(Workspace *workspace, QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_stack; }
    Workspace *workspace() const { return m_workspace; }

    /// The text of a registry file as edited (its buffer), else as on disk.
    QByteArray text(const QString &file) const;
    /// Replaces a file's whole text as one undoable step named `label`. Consecutive changes
    /// with the same non-empty `mergeKey` (keystrokes in one field) merge into one step.
    void setText(const QString &file, const QByteArray &text, const QString &label, const QString &mergeKey = {});

    /// Sets (`value`) or clears (nullopt) a field of a service as `project` sees it (empty:
    /// the global catalog), through core/edit/serviceedit.h. False with `error` when the
    /// field cannot be written there. `typing`: merge with the previous edit of the same
    /// field (one undo step per field typed into, not per keystroke).
    bool setField(const QString &project, const QString &service, const QString &field, const std::optional<QByteArray> &value,
                  QString *error, bool typing = false);

    /// A service edit over the newest texts (the registry's snapshot may lag a load behind);
    /// null when no registry is open.
    std::unique_ptr<sr::ServiceEdit> serviceEdit() const;
    /// Applies the files `edit` changed as one undoable step named `label` (a macro when it
    /// spans several files).
    void commit(const sr::ServiceEdit &edit, const QString &label, const QString &mergeKey = {});

    /// The files whose edited text differs from the disk, in path order.
    QStringList modifiedFiles() const;
    bool isModified() const { return !modifiedFiles().isEmpty(); }
    /// Writes every modified file atomically; false with `error` (nothing is lost: the edits
    /// stay) when a file cannot be written.
    bool save(QString *error);
    /// Drops every unsaved edit and the undo history.
    void discard();

    /// Crash recovery: unsaved edits are written (a few seconds after each change) to a
    /// recovery file in the user's data folder, one per registry, removed on save or discard.
    QString recoveryFile() const;
    /// The edited texts a recovery file holds for the open registry, if they differ from
    /// the disk (empty otherwise), and when they were written.
    QHash<QString, QByteArray> recoverable(QDateTime *written = nullptr) const;
    /// Applies the recoverable texts as one undoable step.
    bool restore();
    void writeRecovery();

    /// A file edited here changed on disk too (git pull, another editor): take the disk's
    /// text (the edits to it are dropped), or keep the edits (they overwrite it on save).
    void takeDiskVersion(const QString &file);
    void keepMine(const QString &file);

Q_SIGNALS:
    /// The set of modified files, or a file's text, changed.
    void changed();
    /// Files edited here changed on disk since they were first edited (not by a save here).
    void changedOnDisk(const QStringList &files);

private:
    friend class FileTextCommand;
    void apply(const QString &file, const QByteArray &text);
    QByteArray diskText(const QString &file) const;
    void checkDisk();

    Workspace *m_workspace;
    QUndoStack *m_stack;
    QTimer *m_recoveryTimer;
    QHash<QString, QByteArray> m_texts; ///< edited files' current text
    QHash<QString, QByteArray> m_base; ///< edited files' text on disk when first edited (or last saved)
};
