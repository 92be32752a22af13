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

Q_SIGNALS:
    /// The set of modified files, or a file's text, changed.
    void changed();

private:
    friend class FileTextCommand;
    void apply(const QString &file, const QByteArray &text);
    QByteArray diskText(const QString &file) const;

    Workspace *m_workspace;
    QUndoStack *m_stack;
    QHash<QString, QByteArray> m_texts; ///< edited files' current text
};
