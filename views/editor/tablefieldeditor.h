#pragma once

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <functional>

class QLabel;
class QTableWidget;
class QTableWidgetItem;
class QToolButton;

/// A list field of a service (ports, dependencies) as a table: one row per entry, one typed
/// column per key — text with completion, a port number, a choice, a check box. Each cell is
/// checked as it is typed (a bad version range turns red and says why). Rows shown as
/// inherited are greyed until the first change, which overrides them. Insert adds a row,
/// Delete removes the selected ones.
class TableFieldEditor : public QWidget
{
    Q_OBJECT

public:
    struct Column
    {
        enum class Kind { Text, Number, Choice, Check };
        Column(QString key_, QString title_, Kind kind_ = Kind::Text, QStringList choices_ = {})
            : key(std::move(key_))
            , title(std::move(title_))
            , kind(kind_)
            , choices(std::move(choices_))
        { }
        QString key;
        QString title;
        Kind kind = Kind::Text;
        QStringList choices; ///< Choice: the values; the first is shown for an empty cell
    };
    /// One entry: its values by column key, as text ("true" or "" for a check box).
    using Row = QHash<QString, QString>;
    /// A sentence saying what is wrong with `row`'s value of `key`, or "" when nothing is.
    using Check = std::function<QString(const QString &key, const Row &row)>;

    explicit TableFieldEditor(const QList<Column> &columns, QWidget *parent = nullptr);

    /// Shows `rows`; `inherited` greys them, with `note` above them.
    void setRows(const QList<Row> &rows, bool inherited = false, const QString &note = {});
    QList<Row> rows() const;
    bool isInherited() const { return m_inherited; }
    /// What the text cells of column `key` complete to (the services in scope, …).
    void setCompletions(const QString &key, const QStringList &values);
    QStringList completions(const QString &key) const { return m_completions.value(key); }
    void setCheck(Check check);
    /// The problem shown at a cell ("" when none), for tests and tooltips.
    QString problemAt(int row, const QString &key) const;
    /// A cell's editor is open: what it holds is not committed yet.
    bool isEditing() const { return !m_openEditor.isNull(); }

    void addRow();
    void removeSelectedRows();

Q_SIGNALS:
    /// The user changed the list (a committed cell, a row added or removed).
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    class Delegate;
    void checkRow(int row);
    void fitHeight();
    void setCell(int row, int column, const QString &value);
    Row rowAt(int row) const;
    void changed();

    QList<Column> m_columns;
    QHash<QString, QStringList> m_completions;
    Check m_check;
    QTableWidget *m_table;
    QLabel *m_note;
    QToolButton *m_add;
    QToolButton *m_remove;
    QPointer<QWidget> m_openEditor; ///< a table has one cell editor at a time
    bool m_inherited = false;
    bool m_filling = false;
};
