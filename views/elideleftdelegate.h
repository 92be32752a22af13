#pragma once

#include <QStyledItemDelegate>

/// Cuts a cell's text at its start ("…services.toml:17"), for columns whose end says most:
/// a file position's line, a path's file name.
class ElideLeftDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
