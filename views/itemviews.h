#pragma once

class QLabel;
class QLineEdit;
class QString;
class QTableView;
class QWidget;

/// A table view set up the way every pane's tables look: whole rows, one selection,
/// alternating rows, compact rows, no vertical header.
QTableView *makeTableView(QWidget *parent);

/// A label for a field, with its mnemonic (&) moving the focus to `buddy`.
QLabel *fieldLabel(const QString &text, QWidget *buddy, QWidget *parent);

/// Ctrl+F (the platform's Find) anywhere in `pane` focuses `filter` and selects its text.
void bindFindShortcut(QWidget *pane, QLineEdit *filter);
