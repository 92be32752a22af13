#pragma once

#include <QHash>
#include <QWidget>

#include <optional>

#include "tablefieldeditor.h"

class CodeView;
class EditSession;
class QLabel;
class QTabWidget;
class QTimer;
class QToolButton;
class Workspace;

namespace sr {
struct ServiceField;
enum class FieldKind;
} // namespace sr

/// The Edit tab: the current service as a form of every field of the catalog format (from
/// the field table), and the raw TOML of the file that defines it. Every change goes through
/// the EditSession (undoable, shown by every pane before it is saved). In a project, a
/// global service's fields show the inherited value greyed; typing overrides it in the
/// project's services.toml, the reset button restores inheritance. Problems of a field are
/// shown under it, as you type.
class ServiceEditorPane : public QWidget
{
    Q_OBJECT

public:
    ServiceEditorPane(Workspace *workspace, EditSession *session, QWidget *parent = nullptr);

    /// The editor widget of a field ("version", "resources.memory"), for tests and focus.
    QWidget *editorOf(const QString &field) const;
    /// The button that removes a project's override of a field.
    QToolButton *resetButtonOf(const QString &field) const { return m_rows.value(field).reset; }
    /// The problems shown under a field, as text ("" when none).
    QString problemsOf(const QString &field) const;
    CodeView *source() const { return m_source; }
    /// Applies a pending edit now (the form waits for a pause in typing).
    void flush();

    /// Adds a service to the current scope (the global catalog or the current project) and
    /// makes it current; false with `error` when it cannot be added.
    bool createService(const QString &id, const QString &type, QString *error);
    /// Copies the current service as `id` and makes the copy current.
    bool duplicateService(const QString &id, QString *error);
    /// Renames the current service and every reference to it (sr::ServiceEdit::renameService).
    bool renameService(const QString &id, QString *error);
    /// Removes the current service's tables; the services that need it are then reported.
    bool deleteService(QString *error);
    /// The same, asking first (an id and type; a confirmation naming who depends on it).
    void askCreateService();
    void askDuplicateService();
    void askRenameService();
    void askDeleteService();

private:
    struct Row
    {
        const sr::ServiceField *field = nullptr;
        QWidget *editor = nullptr;
        QToolButton *reset = nullptr;
        QLabel *problems = nullptr;
    };
    void build();
    void refresh();
    void refreshSource();
    void showRow(Row &row, const QString &project, const QString &service);
    void showProblems(Row &row);
    /// The list fields (ports, dependencies) are tables; see TableFieldEditor.
    TableFieldEditor *makeTable(sr::FieldKind kind);
    void showTable(TableFieldEditor &table, const QString &project, const QString &service, bool inherited);
    const sr::ServiceField &fieldOf(const TableFieldEditor &table) const;
    /// What the registry's rules say of the value of `key` in an entry of a list field.
    QString entryProblem(sr::FieldKind kind, const QString &key, const TableFieldEditor::Row &row) const;
    void edited(const QString &field);
    void apply(const QString &field);
    void commitSource();
    /// The TOML value the editor of `row` holds; nullopt for "not set".
    std::optional<QByteArray> valueOf(const Row &row, QString *error) const;

    Workspace *m_workspace;
    EditSession *m_session;
    QLabel *m_title;
    QLabel *m_serviceProblems;
    QTabWidget *m_tabs;
    CodeView *m_source;
    QTimer *m_typing;
    QTimer *m_sourceTyping;
    QString m_pendingField;
    QString m_sourceFile;
    bool m_refreshing = false;
    QHash<QString, Row> m_rows;
};
