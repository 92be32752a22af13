#include "editsession.h"

#include "workspace.h"

#include "edit/atomicwrite.h"
#include "edit/serviceedit.h"
#include "generate/generatedoutput.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimer>
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
    , m_recoveryTimer(new QTimer(this))
{
    connect(m_stack, &QUndoStack::cleanChanged, this, &EditSession::changed);
    m_recoveryTimer->setSingleShot(true);
    m_recoveryTimer->setInterval(2000);
    connect(m_recoveryTimer, &QTimer::timeout, this, &EditSession::writeRecovery);
    connect(this, &EditSession::changed, m_recoveryTimer, qOverload<>(&QTimer::start));
    connect(m_workspace, &Workspace::registryChanged, this, &EditSession::checkDisk);
}

QString EditSession::recoveryFile() const
{
    const QByteArray key
        = QCryptographicHash::hash(QDir(m_workspace->root()).absolutePath().toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery/")
        + QString::fromLatin1(key.left(16)) + QStringLiteral(".json");
}

void EditSession::writeRecovery()
{
    m_recoveryTimer->stop();
    const QStringList modified = modifiedFiles();
    if (modified.isEmpty()) {
        QFile::remove(recoveryFile());
        return;
    }
    QJsonObject files;
    for (const QString &file : modified)
        files.insert(file, QString::fromLatin1(m_texts.value(file).toBase64()));
    const QJsonObject recovery{{QStringLiteral("registry"), QDir(m_workspace->root()).absolutePath()},
                               {QStringLiteral("written"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                               {QStringLiteral("files"), files}};
    QDir().mkpath(QFileInfo(recoveryFile()).absolutePath());
    QString error;
    sr::writeFilesAtomically({{recoveryFile(), QJsonDocument(recovery).toJson(QJsonDocument::Compact)}}, &error);
}

QHash<QString, QByteArray> EditSession::recoverable(QDateTime *written) const
{
    QFile file(recoveryFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject recovery = QJsonDocument::fromJson(file.readAll()).object();
    if (recovery.value(QStringLiteral("registry")).toString() != QDir(m_workspace->root()).absolutePath())
        return {};
    if (written)
        *written = QDateTime::fromString(recovery.value(QStringLiteral("written")).toString(), Qt::ISODate);
    QHash<QString, QByteArray> out;
    const QJsonObject files = recovery.value(QStringLiteral("files")).toObject();
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QByteArray text = QByteArray::fromBase64(it.value().toString().toLatin1());
        if (sr::GeneratedOutput::isSafePath(it.key()) && text != diskText(it.key()))
            out.insert(it.key(), text);
    }
    return out;
}

bool EditSession::restore()
{
    const QHash<QString, QByteArray> texts = recoverable();
    if (texts.isEmpty())
        return false;
    m_stack->beginMacro(tr("Restore unsaved edits"));
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        setText(it.key(), it.value(), tr("Restore unsaved edits"));
    m_stack->endMacro();
    return true;
}

void EditSession::checkDisk()
{
    QStringList conflicts;
    for (auto it = m_base.begin(); it != m_base.end(); ++it) {
        const QByteArray disk = diskText(it.key());
        if (disk == it.value())
            continue;
        if (m_texts.value(it.key()) == disk) { // our own save, or the same change made there
            it.value() = disk;
            continue;
        }
        conflicts.append(it.key());
    }
    if (!conflicts.isEmpty()) {
        conflicts.sort();
        emit changedOnDisk(conflicts);
    }
}

void EditSession::takeDiskVersion(const QString &file)
{
    const QByteArray disk = diskText(file);
    m_base.insert(file, disk);
    // Undo would bring back texts based on the old file: the history restarts.
    m_stack->clear();
    apply(file, disk);
}

void EditSession::keepMine(const QString &file)
{
    m_base.insert(file, diskText(file)); // asked once per change on disk
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
    if (!m_base.contains(file))
        m_base.insert(file, diskText(file));
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
    for (const QString &file : modified)
        m_base.insert(file, m_texts.value(file));
    m_stack->setClean();
    QFile::remove(recoveryFile());
    emit changed();
    return true;
}

void EditSession::discard()
{
    const bool edited = !m_texts.isEmpty();
    if (edited)
        QFile::remove(recoveryFile());
    m_texts.clear();
    m_base.clear();
    m_stack->clear();
    if (edited)
        m_workspace->discardBuffers();
    emit changed();
}
