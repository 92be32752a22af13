#include "serviceeditorpane.h"

#include "editsession.h"
#include "itemviews.h"
#include "source/codeview.h"
#include "workspace.h"

#include "appearance.h"

#include "analysis/linediff.h"
#include "catalog/listfields.h"
#include "catalog/registry.h"
#include "catalog/servicefields.h"
#include "edit/listvalues.h"
#include "edit/serviceedit.h"
#include "edit/tomltexteditor.h"
#include "tablefieldeditor.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTabWidget>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

/// Fields a form edits as plain text (one line); the rest as a TOML value.
bool isPlain(sr::FieldKind kind)
{
    switch (kind) {
    case sr::FieldKind::Text:
    case sr::FieldKind::Enum:
    case sr::FieldKind::Version:
    case sr::FieldKind::Boolean:
    case sr::FieldKind::Quantity:
    case sr::FieldKind::Integer:
    case sr::FieldKind::Duration:
    case sr::FieldKind::StringList:
        return true;
    default:
        return false;
    }
}

/// SR004 about the service's field `key`, at the service's header.
bool isMissingField(const sr::Diagnostic &d, const sr::Service &service, const QString &key)
{
    return d.code == QLatin1String(sr::code::MissingField) && d.field == key && d.location.file == service.location.file
        && d.location.line == service.location.line;
}

bool isTable(sr::FieldKind kind)
{
    return kind == sr::FieldKind::Ports || kind == sr::FieldKind::Dependencies;
}

using Rows = QList<TableFieldEditor::Row>;

/// The key an entry of a list field cannot be without (a port's number, a dependency's service).
QString mainKey(sr::FieldKind kind)
{
    for (const sr::ListFieldKey &key : sr::listFieldKeys(kind)) {
        if (key.required)
            return QString::fromLatin1(key.key);
    }
    return {};
}

QString editorText(QWidget *editor)
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->currentData().toString();
    return static_cast<QLineEdit *>(editor)->text();
}

} // namespace

ServiceEditorPane::ServiceEditorPane(Workspace *workspace, EditSession *session, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_serviceProblems(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_source(new CodeView(this))
    , m_typing(new QTimer(this))
    , m_sourceTyping(new QTimer(this))
{
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_serviceProblems->setWordWrap(true);
    m_serviceProblems->setForegroundRole(QPalette::Link);
    m_serviceProblems->hide();
    m_typing->setSingleShot(true);
    m_typing->setInterval(250); // diagnostics follow typing without a reload per keystroke
    connect(m_typing, &QTimer::timeout, this, [this] { flush(); });
    m_sourceTyping->setSingleShot(true);
    m_sourceTyping->setInterval(400);
    connect(m_sourceTyping, &QTimer::timeout, this, &ServiceEditorPane::commitSource);
    m_source->setReadOnly(false);
    connect(m_source, &QsciScintilla::textChanged, this, [this] {
        if (!m_refreshing)
            m_sourceTyping->start();
    });

    auto *form = new QWidget;
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(form);
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->addTab(scroll, tr("&Form"));
    m_tabs->addTab(m_source, tr("TOML &Source"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_serviceProblems);
    layout->addWidget(m_tabs, 1);
    build();

    connect(m_workspace, &Workspace::registryChanged, this, &ServiceEditorPane::refresh);
    connect(m_workspace, &Workspace::currentServiceChanged, this, &ServiceEditorPane::refresh);
    connect(m_workspace, &Workspace::scopeChanged, this, &ServiceEditorPane::refresh);
    refresh();
}

void ServiceEditorPane::build()
{
    auto *formLayout = new QFormLayout(static_cast<QScrollArea *>(m_tabs->widget(0))->widget());
    formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const sr::ServiceField &field : sr::serviceFields()) {
        Row row;
        row.field = &field;
        const QString key = QString::fromLatin1(field.key);
        if (isTable(field.kind)) {
            auto *table = makeTable(field.kind);
            connect(table, &TableFieldEditor::edited, this, [this, key] {
                m_pendingField = key;
                flush();
            });
            row.editor = table;
        } else if (field.kind == sr::FieldKind::Enum || field.kind == sr::FieldKind::Boolean) {
            auto *combo = new QComboBox;
            combo->addItem(tr("(not set)"), QString());
            if (field.kind == sr::FieldKind::Boolean) {
                combo->addItem(QStringLiteral("true"), QStringLiteral("true"));
                combo->addItem(QStringLiteral("false"), QStringLiteral("false"));
            }
            for (const char *value : field.allowed)
                combo->addItem(QString::fromLatin1(value), QString::fromLatin1(value));
            connect(combo, &QComboBox::activated, this, [this, key] {
                m_pendingField = key;
                flush();
            });
            row.editor = combo;
        } else {
            auto *line = new QLineEdit;
            line->setClearButtonEnabled(true);
            if (!isPlain(field.kind))
                line->setToolTip(tr("A TOML value, e.g. [{ name = \"http\", port = 8080 }]"));
            else if (field.kind == sr::FieldKind::StringList)
                line->setToolTip(tr("Comma-separated"));
            connect(line, &QLineEdit::textEdited, this, [this, key] { edited(key); });
            connect(line, &QLineEdit::editingFinished, this, [this, key] {
                if (m_pendingField == key)
                    flush();
            });
            row.editor = line;
        }
        row.editor->setObjectName(key);
        row.editor->setWhatsThis(QString::fromLatin1(field.doc));
        row.reset = new QToolButton;
        row.reset->setText(tr("Reset"));
        row.reset->setToolTip(tr("Remove this project's override: the service inherits the catalog's value again"));
        connect(row.reset, &QToolButton::clicked, this, [this, key] {
            QString error;
            if (!m_session->setField(m_workspace->currentProject(), m_workspace->currentServiceId(), key, std::nullopt, &error))
                m_rows[key].problems->setText(error), m_rows[key].problems->show();
        });
        row.problems = new QLabel;
        row.problems->setWordWrap(true);
        row.problems->setStyleSheet(QStringLiteral("color: #d64541;"));
        row.problems->hide();
        auto *line = new QHBoxLayout;
        line->addWidget(row.editor, 1);
        line->addWidget(row.reset);
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addLayout(line);
        cell->addWidget(row.problems);
        formLayout->addRow(fieldLabel(QCoreApplication::translate("ServiceField", field.label), row.editor, this), cell);
        m_rows.insert(key, row);
    }
}

TableFieldEditor *ServiceEditorPane::makeTable(sr::FieldKind kind)
{
    using Column = TableFieldEditor::Column;
    QList<Column> columns;
    for (const sr::ListFieldKey &key : sr::listFieldKeys(kind)) {
        QStringList choices;
        if (key.kind == sr::ListFieldKey::Kind::Choice && !key.fallback)
            choices.append(QString()); // the key left out is a choice of its own
        for (const char *word : key.choices)
            choices.append(QString::fromLatin1(word));
        const auto columnKind
            = std::array{Column::Kind::Text, Column::Kind::Number, Column::Kind::Choice, Column::Kind::Check}[size_t(key.kind)];
        columns.append(
            Column(QString::fromLatin1(key.key), QCoreApplication::translate("ListField", key.label), columnKind, choices));
    }
    auto *table = new TableFieldEditor(columns);
    table->setCheck([this, kind](const QString &key, const TableFieldEditor::Row &row) { return entryProblem(kind, key, row); });
    return table;
}

QString ServiceEditorPane::entryProblem(sr::FieldKind kind, const QString &key, const TableFieldEditor::Row &row) const
{
    const sr::RegistryPtr registry = m_workspace->registry();
    const sr::ResolvedService *service = m_workspace->currentService();
    if (!registry || !service)
        return {};
    // The registry's own rules, as validate applies them once the entry is saved; the
    // warnings (a deprecated target) wait for the Problems list.
    for (const sr::Diagnostic &d : sr::checkListEntry(*registry, m_workspace->currentProject(), *service->service, kind, row)) {
        if (d.severity == sr::Severity::Error && d.field == key)
            return d.message;
    }
    return {};
}

QWidget *ServiceEditorPane::editorOf(const QString &field) const
{
    return m_rows.value(field).editor;
}

QString ServiceEditorPane::problemsOf(const QString &field) const
{
    const Row row = m_rows.value(field);
    return row.problems && !row.problems->isHidden() ? row.problems->text() : QString();
}

void ServiceEditorPane::edited(const QString &field)
{
    if (!m_pendingField.isEmpty() && m_pendingField != field)
        flush();
    m_pendingField = field;
    m_typing->start();
}

void ServiceEditorPane::flush()
{
    m_typing->stop();
    if (m_sourceTyping->isActive()) {
        m_sourceTyping->stop();
        commitSource();
    }
    const QString field = std::exchange(m_pendingField, QString());
    if (!field.isEmpty())
        apply(field);
}

void ServiceEditorPane::commitSource()
{
    if (!m_sourceFile.isEmpty())
        m_session->setText(m_sourceFile, m_source->text().toUtf8(), tr("Edit %1").arg(m_sourceFile),
                           QStringLiteral("source:") + m_sourceFile);
}

std::optional<QByteArray> ServiceEditorPane::valueOf(const Row &row, QString *error) const
{
    if (const auto *table = qobject_cast<TableFieldEditor *>(row.editor)) {
        const QByteArray value = sr::listValue(table->rows(), row.field->kind);
        return value.isEmpty() ? std::nullopt : std::optional<QByteArray>(value);
    }
    const QString text = editorText(row.editor).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    switch (row.field->kind) {
    case sr::FieldKind::Boolean:
        return text.toUtf8();
    case sr::FieldKind::Integer: {
        bool number = false;
        text.toLongLong(&number);
        return number ? text.toUtf8() : sr::TomlTextEditor::basicString(text); // the validator names the problem
    }
    case sr::FieldKind::StringList: {
        QByteArray list = "[";
        for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (list.size() > 1)
                list += ", ";
            list += sr::TomlTextEditor::basicString(item.trimmed());
        }
        return list + ']';
    }
    default:
        if (isPlain(row.field->kind))
            return sr::TomlTextEditor::basicString(text);
        if (auto value = sr::TomlTextEditor::valueFromArgument(text, error); value && !value->startsWith('"'))
            return value;
        *error = tr("not a TOML value: write it as in the file, e.g. [\"a\", \"b\"] or { key = \"value\" }");
        return QByteArray();
    }
}

void ServiceEditorPane::apply(const QString &field)
{
    const auto it = m_rows.find(field);
    if (it == m_rows.end())
        return;
    QString error;
    const std::optional<QByteArray> value = valueOf(*it, &error);
    if (!error.isEmpty() || (value && value->isEmpty())) {
        it->problems->setText(error);
        it->problems->show();
        return;
    }
    const bool typed = qobject_cast<QLineEdit *>(it->editor) != nullptr;
    if (!m_session->setField(m_workspace->currentProject(), m_workspace->currentServiceId(), field, value, &error, typed)
        && !error.contains(QLatin1String("is not set"))
        && !error.contains(QLatin1String("does not override"))) { // clearing what is not there is no problem
        it->problems->setText(error);
        it->problems->show();
    }
}

void ServiceEditorPane::refresh()
{
    const QString project = m_workspace->currentProject();
    const QString service = m_workspace->currentServiceId();
    const sr::ResolvedService *resolved = m_workspace->currentService();
    setEnabled(resolved != nullptr);
    if (!resolved) {
        m_title->setText(tr("Select a service to edit it."));
        m_serviceProblems->hide();
        return;
    }
    const QString file = resolved->service->location.file;
    m_title->setText(project.isEmpty() || resolved->origin == sr::Origin::Project
                         ? tr("%1 — %2").arg(service, file)
                         : tr("%1 as project %2 sees it — overrides go to %3")
                               .arg(service, project, m_workspace->registry()->project(project)->servicesFile));
    m_refreshing = true;
    for (Row &row : m_rows)
        showRow(row, project, service);
    // Problems of the service that no field row shows.
    QStringList rest;
    for (const sr::Diagnostic &d : m_workspace->diagnostics()) {
        const bool shownAtField = std::any_of(m_rows.cbegin(), m_rows.cend(), [&](const Row &row) {
            return isMissingField(d, *resolved->service, QString::fromLatin1(row.field->key));
        });
        if (d.location.file == file && d.location.line == resolved->service->location.line && !shownAtField)
            rest.append(d.code + QLatin1String(": ") + d.message);
    }
    m_serviceProblems->setText(rest.join(QLatin1Char('\n')));
    m_serviceProblems->setVisible(!rest.isEmpty());
    refreshSource();
    m_refreshing = false;
}

void ServiceEditorPane::showRow(Row &row, const QString &project, const QString &service)
{
    const QString key = QString::fromLatin1(row.field->key);
    QString error;
    const sr::ServiceEdit edit(m_workspace->registry());
    const std::optional<sr::ServiceEdit::Place> place = edit.place(project, service, key, &error);
    const bool override = place && place->path.first() == QLatin1String("overrides");
    std::optional<QByteArray> written;
    if (place)
        written = sr::TomlTextEditor(m_session->text(place->file)).inlineText(place->path);
    // What the field shows when this place does not write it: the catalog's value (greyed),
    // or the format's default.
    QString inherited = row.field->defaultValue ? QString::fromLatin1(row.field->defaultValue) : QString();
    if (override) {
        if (const auto global = edit.place(QString(), service, key, &error)) {
            const std::optional<QByteArray> value = sr::TomlTextEditor(m_session->text(global->file)).inlineText(global->path);
            if (value)
                inherited = sr::TomlTextEditor::plainText(*value).value_or(QString::fromUtf8(*value));
        }
    }
    if (auto *table = qobject_cast<TableFieldEditor *>(row.editor)) {
        showTable(*table, project, service, override && !written);
        row.reset->setVisible(override && written.has_value());
        showProblems(row);
        return;
    }
    QString shown;
    if (written)
        shown = isPlain(row.field->kind)
            ? sr::TomlTextEditor::plainText(*written).value_or(QString::fromUtf8(*written))
            : QString::fromUtf8(sr::TomlTextEditor::oneLine(*written).value_or(*written)); // a one-line editor
    if (row.editor->hasFocus() && m_pendingField == key)
        ; // keep what is being typed
    else if (auto *combo = qobject_cast<QComboBox *>(row.editor)) {
        const int index = combo->findData(shown);
        combo->setCurrentIndex(index >= 0 ? index : 0);
        combo->setItemText(0, inherited.isEmpty() ? tr("(not set)") : tr("(inherited: %1)").arg(inherited));
    } else if (auto *line = static_cast<QLineEdit *>(row.editor); line->text() != shown) {
        line->setText(shown);
    }
    if (auto *line = qobject_cast<QLineEdit *>(row.editor))
        line->setPlaceholderText(inherited);
    row.editor->setToolTip(override && !written ? tr("Inherited from the catalog; typing overrides it for %1").arg(project)
                                                : QString::fromLatin1(row.field->doc));
    row.reset->setVisible(override && written.has_value());
    showProblems(row);
}

void ServiceEditorPane::showTable(TableFieldEditor &table, const QString &project, const QString &service, bool inherited)
{
    if (table.isEditing())
        return; // keep what is being typed
    // Completion: the services the current service may depend on.
    QStringList ids;
    for (const sr::ResolvedService &r : m_workspace->scopeServices()) {
        if (r.service->id != service)
            ids.append(r.service->id);
    }
    if (const sr::RegistryPtr registry = m_workspace->registry(); registry && !project.isEmpty()) {
        for (const sr::Project &other : registry->projects) {
            for (const sr::ResolvedService &r : other.resolved) {
                if (other.name != project && r.origin == sr::Origin::Project && r.service->shared)
                    ids.append(other.name + QLatin1Char('/') + r.service->id);
            }
        }
    }
    ids.sort();
    table.setCompletions(QStringLiteral("service"), ids);
    const sr::ResolvedService *resolved = m_workspace->currentService();
    const Rows rows = resolved ? sr::listEntries(*resolved->service, fieldOf(table)) : Rows();
    // Rows still being filled in (no port number or service yet) are not written: they stay.
    const QString main = mainKey(fieldOf(table).kind);
    Rows complete = table.rows();
    complete.removeIf([&main](const TableFieldEditor::Row &row) { return row.value(main).isEmpty(); });
    if (rows != complete || inherited != table.isInherited())
        table.setRows(rows, inherited && !rows.isEmpty(),
                      tr("Inherited from the catalog; any change here overrides the whole list for %1.").arg(project));
}

const sr::ServiceField &ServiceEditorPane::fieldOf(const TableFieldEditor &table) const
{
    for (const Row &row : m_rows) {
        if (row.editor == &table)
            return *row.field;
    }
    Q_UNREACHABLE();
}

void ServiceEditorPane::showProblems(Row &row)
{
    const QString key = QString::fromLatin1(row.field->key);
    // The field's problems: diagnostics where the field is written, and a required field
    // that is missing (reported at the service's header).
    QStringList problems;
    const sr::ResolvedService *resolved = m_workspace->currentService();
    const sr::FieldSource *source = resolved ? resolved->service->sourceOf(key) : nullptr;
    for (const sr::Diagnostic &d : m_workspace->diagnostics()) {
        const bool atField = source && source->path == key && d.location.file == source->location.file
            && d.location.line == source->location.line;
        if (atField || (resolved && isMissingField(d, *resolved->service, key)))
            problems.append(d.code + QLatin1String(": ") + d.message);
    }
    row.problems->setText(problems.join(QLatin1Char('\n')));
    row.problems->setVisible(!problems.isEmpty());
}

void ServiceEditorPane::refreshSource()
{
    const sr::ResolvedService *resolved = m_workspace->currentService();
    if (!resolved)
        return;
    m_sourceFile = resolved->service->location.file;
    const QString text = QString::fromUtf8(m_session->text(m_sourceFile));
    if (m_source->text() != text && !m_source->hasFocus())
        m_source->showText(m_sourceFile, text);
    QList<CodeView::Problem> problems;
    for (const sr::Diagnostic &d : m_workspace->diagnostics()) {
        if (d.location.file != m_sourceFile || d.location.line <= 0)
            continue;
        const QString explanation
            = d.code + QLatin1String(": ") + d.message + (d.hint.isEmpty() ? QString() : QLatin1String("\n") + d.hint);
        problems.append({d.location.line - 1, std::max(0, d.location.column - 1), d.location.end.line - 1,
                         std::max(0, d.location.end.column - 1), explanation});
    }
    m_source->setProblems(problems);
}

bool ServiceEditorPane::createService(const QString &id, const QString &type, QString *error)
{
    flush();
    const std::unique_ptr<sr::ServiceEdit> edit = m_session->serviceEdit();
    if (!edit || !edit->addService(m_workspace->currentProject(), id, type, error))
        return false;
    m_session->commit(*edit, tr("New service %1").arg(id));
    m_workspace->setCurrentService(id);
    return true;
}

bool ServiceEditorPane::duplicateService(const QString &id, QString *error)
{
    flush();
    const QString from = m_workspace->currentServiceId();
    const std::unique_ptr<sr::ServiceEdit> edit = m_session->serviceEdit();
    if (!edit || !edit->duplicateService(m_workspace->currentProject(), from, id, error))
        return false;
    m_session->commit(*edit, tr("Duplicate %1 as %2").arg(from, id));
    m_workspace->setCurrentService(id);
    return true;
}

bool ServiceEditorPane::deleteService(QString *error)
{
    flush();
    const QString id = m_workspace->currentServiceId();
    const std::unique_ptr<sr::ServiceEdit> edit = m_session->serviceEdit();
    if (!edit || !edit->removeService(m_workspace->currentProject(), id, error))
        return false;
    m_session->commit(*edit, tr("Delete %1").arg(id));
    return true;
}

void ServiceEditorPane::askCreateService()
{
    bool ok = false;
    const QString where = m_workspace->currentProject().isEmpty() ? tr("the global catalog")
                                                                  : tr("project %1").arg(m_workspace->currentProject());
    const QString id = QInputDialog::getText(this, tr("New Service"), tr("Id of the new service in %1:").arg(where),
                                             QLineEdit::Normal, QString(), &ok)
                           .trimmed();
    if (!ok || id.isEmpty())
        return;
    QStringList types;
    for (const char *type : sr::findServiceField(u"type")->allowed)
        types.append(QString::fromLatin1(type));
    const QString type = QInputDialog::getItem(this, tr("New Service"), tr("Type of %1:").arg(id), types, 0, false, &ok);
    if (!ok)
        return;
    QString error;
    if (!createService(id, type, &error))
        QMessageBox::warning(this, tr("New Service"), error);
}

void ServiceEditorPane::askDuplicateService()
{
    const QString from = m_workspace->currentServiceId();
    if (from.isEmpty())
        return;
    bool ok = false;
    const QString id = QInputDialog::getText(this, tr("Duplicate Service"), tr("Id of the copy of %1:").arg(from),
                                             QLineEdit::Normal, from + QLatin1String("-copy"), &ok)
                           .trimmed();
    QString error;
    if (ok && !id.isEmpty() && !duplicateService(id, &error))
        QMessageBox::warning(this, tr("Duplicate Service"), error);
}

void ServiceEditorPane::askDeleteService()
{
    const QString id = m_workspace->currentServiceId();
    const std::unique_ptr<sr::ServiceEdit> edit = m_session->serviceEdit();
    if (id.isEmpty() || !edit)
        return;
    QStringList dependents = edit->dependentsOf(m_workspace->currentProject(), id);
    QString text = tr("Delete service %1 and all its tables?").arg(id);
    if (!dependents.isEmpty()) {
        const qsizetype total = dependents.size();
        if (total > 12)
            dependents = dependents.mid(0, 12) << tr("and %1 more").arg(total - 12);
        text += QLatin1String("\n\n")
            + tr("These services need it, directly or through others, and will report a missing dependency:")
            + QLatin1String("\n  ") + dependents.join(QLatin1String("\n  "));
    }
    text += QLatin1String("\n\n") + tr("You can undo it (Ctrl+Z) until you save.");
    if (QMessageBox::question(this, tr("Delete Service"), text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    QString error;
    if (!deleteService(&error))
        QMessageBox::warning(this, tr("Delete Service"), error);
}

bool ServiceEditorPane::renameService(const QString &id, QString *error)
{
    flush();
    const QString from = m_workspace->currentServiceId();
    const std::unique_ptr<sr::ServiceEdit> edit = m_session->serviceEdit();
    if (!edit || !edit->renameService(m_workspace->currentProject(), from, id, error))
        return false;
    m_session->commit(*edit, tr("Rename %1 to %2").arg(from, id));
    m_workspace->setCurrentService(id);
    return true;
}

void ServiceEditorPane::askRenameService()
{
    const QString from = m_workspace->currentServiceId();
    const std::unique_ptr<sr::ServiceEdit> edit = m_session->serviceEdit();
    if (from.isEmpty() || !edit)
        return;
    bool ok = false;
    const QString id
        = QInputDialog::getText(this, tr("Rename Service"), tr("New id of %1:").arg(from), QLineEdit::Normal, from, &ok)
              .trimmed();
    if (!ok || id.isEmpty() || id == from)
        return;
    QString error;
    if (!edit->renameService(m_workspace->currentProject(), from, id, &error)) {
        QMessageBox::warning(this, tr("Rename Service"), error);
        return;
    }
    // The preview: every line of every file that changes, as a unified diff.
    QByteArray diff;
    int lines = 0;
    for (const QString &file : edit->changedFiles()) {
        const QByteArray part = sr::LineDiff::unified(file, edit->originalText(file), edit->buffers().value(file), 1);
        diff += part;
        lines += int(std::count_if(part.cbegin(), part.cend(), [](char c) { return c == '\n'; }));
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Rename %1 to %2").arg(from, id));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("These lines of %n file(s) change. Text that only mentions the name (descriptions, "
                                    "alert expressions) is left as it is.",
                                    nullptr, int(edit->changedFiles().size())),
                                 &dialog));
    auto *text = new QPlainTextEdit(QString::fromUtf8(diff), &dialog);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QList<QTextEdit::ExtraSelection> marks; // removed lines red, added lines green, as in the Review tab
    for (QTextBlock block = text->document()->begin(); block.isValid(); block = block.next()) {
        const QString line = block.text();
        if (line.isEmpty() || line.startsWith(QLatin1String("---")) || line.startsWith(QLatin1String("+++"))
            || (line.front() != u'+' && line.front() != u'-'))
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(block);
        mark.format.setBackground(Appearance::changedLineColor(line.front() == u'+'));
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        marks.append(mark);
    }
    text->setExtraSelections(marks);
    layout->addWidget(text, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    buttons->addButton(tr("&Rename"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(900, std::min(800, 200 + lines * 18));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session->commit(*edit, tr("Rename %1 to %2").arg(from, id));
    m_workspace->setCurrentService(id);
}
