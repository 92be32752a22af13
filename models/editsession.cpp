#include "editsession.h"

#include "workspace.h"

#include "edit/atomicwrite.h"
#include "edit/serviceedit.h"

#include <QUndoCommand>
#include <QUndoStack>

/// One change of one file's text; undo restores the exact previous bytes.
class FileTextCommand : public QUndoCommand
{
public:
    FileTextCommand(EditSession *session, QString file, QByteArray before, QByteArray after, const QString &label,
                    QString mergeKey)
        : QUndoCommand(label)
        , m_session(session)
        , m_file(std::move(file))
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(std::move(mergeKey))
    { }

    void redo() override { m_session->apply(m_file, m_after); }
    void undo() override { m_session->apply(m_file, m_before); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const FileTextCommand *>(other);
        if (next->m_mergeKey != m_mergeKey || next->m_file != m_file)
            return false;
        m_after = next->m_after;
        setObsolete(m_after == m_before); // typed back to where it started: no step at all
        return true;
    }

private:
    EditSession *m_session;
    QString m_file;
    QByteArray m_before;
    QByteArray m_after;
    QString m_mergeKey;
};

EditSession::EditSession(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_stack(new QUndoStack(this))
{
    connect(m_stack, &QUndoStack::cleanChanged, this, &EditSession::changed);
}

QByteArray EditSession::diskText(const QString &file) const
{
    return sr::FolderSource(m_workspace->root()).read(file, qint64(8) * 1024 * 1024).bytes;
}

QByteArray EditSession::text(const QString &file) const
{
    const auto it = m_texts.constFind(file);
    return it != m_texts.cend() ? *it : diskText(file);
}

void EditSession::setText(const QString &file, const QByteArray &text, const QString &label, const QString &mergeKey)
{
    const QByteArray before = this->text(file);
    if (before == text)
        return;
    m_stack->push(new FileTextCommand(this, file, before, text, label, mergeKey));
}

std::unique_ptr<sr::ServiceEdit> EditSession::serviceEdit() const
{
    const sr::RegistryPtr registry = m_workspace->registry();
    return registry ? std::make_unique<sr::ServiceEdit>(registry, m_texts) : nullptr;
}

void EditSession::commit(const sr::ServiceEdit &edit, const QString &label, const QString &mergeKey)
{
    QStringList files;
    for (auto it = edit.buffers().cbegin(); it != edit.buffers().cend(); ++it) {
        if (it.value() != text(it.key()))
            files.append(it.key());
    }
    files.sort();
    if (files.size() > 1)
        m_stack->beginMacro(label);
    for (const QString &file : std::as_const(files))
        setText(file, edit.buffers().value(file), label, files.size() > 1 ? QString() : mergeKey);
    if (files.size() > 1)
        m_stack->endMacro();
}

bool EditSession::setField(const QString &project, const QString &service, const QString &field,
                           const std::optional<QByteArray> &value, QString *error, bool typing)
{
    const std::unique_ptr<sr::ServiceEdit> edit = serviceEdit();
    if (!edit) {
        *error = tr("no registry is open");
        return false;
    }
    const bool ok = value ? edit->set(project, service, field, *value, error) : edit->unset(project, service, field, error);
    if (!ok)
        return false;
    commit(*edit, value ? tr("Set %1 of %2").arg(field, service) : tr("Clear %1 of %2").arg(field, service),
           typing ? project + QLatin1Char('/') + service + QLatin1Char('/') + field : QString());
    return true;
}

void EditSession::apply(const QString &file, const QByteArray &text)
{
    m_texts.insert(file, text);
    m_workspace->setBuffer(file, text);
    emit changed();
}

QStringList EditSession::modifiedFiles() const
{
    QStringList out;
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        if (*it != diskText(it.key()))
            out.append(it.key());
    }
    out.sort();
    return out;
}

bool EditSession::save(QString *error)
{
    QList<sr::FileContent> files;
    const QStringList modified = modifiedFiles();
    for (const QString &file : modified)
        files.append({sr::FolderSource(m_workspace->root()).filePath(file), m_texts.value(file)});
    if (!sr::writeFilesAtomically(files, error))
        return false;
    // The disk now holds the edits: the buffers stay (same text), the history stays undoable.
    m_stack->setClean();
    emit changed();
    return true;
}

void EditSession::discard()
{
    const bool edited = !m_texts.isEmpty();
    m_texts.clear();
    m_stack->clear();
    if (edited)
        m_workspace->discardBuffers();
    emit changed();
}
