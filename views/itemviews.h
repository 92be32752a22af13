#pragma once

class QTableView;
class QWidget;

/// A table view set up the way every pane's tables look: whole rows, one selection,
/// alternating rows, compact rows, no vertical header.
QTableView *makeTableView(QWidget *parent);
