#include "tablefieldeditor.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int ProblemRole = Qt::UserRole + 1;
const QColor problemColor(0xd6, 0x45, 0x41); // the form's colour for problems
} // namespace

/// Editors by column kind: completion for text, digits for numbers, a list for choices.
/// Text is checked while it is typed, before the cell is committed.
class TableFieldEditor::Delegate : public QStyledItemDelegate
{
public:
    explicit Delegate(TableFieldEditor *owner)
        : QStyledItemDelegate(owner)
        , m_owner(owner)
    { }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const override
    {
        QWidget *editor = makeEditor(parent, index);
        m_owner->m_openEditor = editor;
        return editor;
    }

    QWidget *makeEditor(QWidget *parent, const QModelIndex &index) const
    {
        const Column &column = m_owner->m_columns.at(index.column());
        switch (column.kind) {
        case Column::Kind::Choice: {
            auto *combo = new QComboBox(parent);
            combo->addItems(column.choices);
            return combo;
        }
        case Column::Kind::Check:
            return nullptr; // toggled in place
        case Column::Kind::Number: {
            auto *line = new QLineEdit(parent);
            line->setValidator(new QIntValidator(0, 65535, line));
            return line;
        }
        case Column::Kind::Text:
            break;
        }
        auto *line = new QLineEdit(parent);
        if (const QStringList values = m_owner->m_completions.value(column.key); !values.isEmpty()) {
            auto *completer = new QCompleter(values, line);
            completer->setCaseSensitivity(Qt::CaseInsensitive);
            completer->setFilterMode(Qt::MatchContains);
            line->setCompleter(completer);
        }
        const int row = index.row();
        connect(line, &QLineEdit::textEdited, line, [this, line, row, key = column.key](const QString &text) {
            Row values = m_owner->rowAt(row);
            values.insert(key, text.trimmed());
            const QString problem = m_owner->m_check ? m_owner->m_check(key, values) : QString();
            QPalette palette = line->palette();
            palette.setColor(QPalette::Text,
                             problem.isEmpty() ? line->parentWidget()->palette().color(QPalette::Text) : problemColor);
            line->setPalette(palette);
            line->setToolTip(problem);
        });
        return line;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setCurrentIndex(std::max(0, combo->findText(index.data().toString())));
            return;
        }
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->setText(index.data().toString());
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, combo->currentText());
            return;
        }
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            model->setData(index, line->text().trimmed());
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    TableFieldEditor *m_owner;
};

TableFieldEditor::TableFieldEditor(const QList<Column> &columns, QWidget *parent)
    : QWidget(parent)
    , m_columns(columns)
    , m_table(new QTableWidget(0, int(columns.size()), this))
    , m_note(new QLabel(this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
{
    QStringList titles;
    for (const Column &column : columns)
        titles.append(column.title);
    m_table->setObjectName(QStringLiteral("fieldTable"));
    m_table->setHorizontalHeaderLabels(titles);
    m_table->setItemDelegate(new Delegate(this));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    fitHeight();
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling)
            return;
        checkRow(item->row());
        changed();
    });

    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();
    m_add->setText(tr("Add"));
    m_add->setToolTip(tr("Add an entry (Insert)"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected entries (Delete)"));
    connect(m_add, &QToolButton::clicked, this, &TableFieldEditor::addRow);
    connect(m_remove, &QToolButton::clicked, this, &TableFieldEditor::removeSelectedRows);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_table, 1);
    body->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_note);
    layout->addLayout(body);
    setFocusProxy(m_table);
}

void TableFieldEditor::setRows(const QList<Row> &rows, bool inherited, const QString &note)
{
    m_filling = true;
    m_inherited = inherited;
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < m_columns.size(); ++c)
            setCell(r, c, rows[r].value(m_columns[c].key));
        checkRow(r);
    }
    m_note->setText(note);
    m_note->setVisible(inherited && !note.isEmpty());
    fitHeight();
    m_filling = false;
}

void TableFieldEditor::setCell(int row, int column, const QString &value)
{
    auto *item = new QTableWidgetItem;
    if (m_columns[column].kind == Column::Kind::Check) {
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(value == QLatin1String("true") ? Qt::Checked : Qt::Unchecked);
    } else {
        item->setText(value);
    }
    m_table->setItem(row, column, item);
}

TableFieldEditor::Row TableFieldEditor::rowAt(int row) const
{
    Row out;
    for (int c = 0; c < m_columns.size(); ++c) {
        const QTableWidgetItem *item = m_table->item(row, c);
        if (!item)
            continue;
        if (m_columns[c].kind == Column::Kind::Check)
            out.insert(m_columns[c].key, item->checkState() == Qt::Checked ? QStringLiteral("true") : QString());
        else
            out.insert(m_columns[c].key, item->text().trimmed());
    }
    return out;
}

QList<TableFieldEditor::Row> TableFieldEditor::rows() const
{
    QList<Row> out;
    for (int r = 0; r < m_table->rowCount(); ++r)
        out.append(rowAt(r));
    return out;
}

void TableFieldEditor::setCompletions(const QString &key, const QStringList &values)
{
    m_completions.insert(key, values);
}

void TableFieldEditor::setCheck(Check check)
{
    m_check = std::move(check);
}

QString TableFieldEditor::problemAt(int row, const QString &key) const
{
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns[c].key == key && m_table->item(row, c))
            return m_table->item(row, c)->data(ProblemRole).toString();
    }
    return {};
}

void TableFieldEditor::checkRow(int row)
{
    const bool filling = std::exchange(m_filling, true); // colouring is not an edit
    const Row values = rowAt(row);
    for (int c = 0; c < m_columns.size(); ++c) {
        QTableWidgetItem *item = m_table->item(row, c);
        if (!item)
            continue;
        const QString problem = m_check ? m_check(m_columns[c].key, values) : QString();
        item->setData(ProblemRole, problem);
        item->setToolTip(problem);
        if (!problem.isEmpty())
            item->setForeground(problemColor);
        else if (m_inherited)
            item->setForeground(palette().color(QPalette::PlaceholderText));
        else
            item->setData(Qt::ForegroundRole, QVariant());
    }
    m_filling = filling;
}

void TableFieldEditor::changed()
{
    if (m_inherited) {
        // The first change overrides the inherited entries: they are the user's now.
        m_inherited = false;
        m_note->hide();
        for (int r = 0; r < m_table->rowCount(); ++r)
            checkRow(r);
    }
    Q_EMIT edited();
}

void TableFieldEditor::addRow()
{
    const int row = m_table->rowCount();
    m_filling = true;
    m_table->insertRow(row);
    for (int c = 0; c < m_columns.size(); ++c)
        setCell(row, c, QString());
    m_filling = false;
    fitHeight();
    m_table->setCurrentCell(row, 0);
    m_table->setFocus();
    m_table->editItem(m_table->item(row, 0)); // written once its first cell is
}

void TableFieldEditor::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows.append(m_table->currentRow());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : rows)
        m_table->removeRow(row);
    fitHeight();
    changed();
}

void TableFieldEditor::fitHeight()
{
    // Every entry and room for one more, from two to eight rows: no empty box, no scrolling
    // for the usual lists.
    const int rows = std::clamp(m_table->rowCount() + 1, 2, 8);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height()
                            + rows * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth());
}

bool TableFieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress && !isEditing()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Insert) {
            addRow();
            return true;
        }
        if (key->key() == Qt::Key_Delete) {
            removeSelectedRows();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
