#include "exportpreviewdialog.h"

#include "analysis/linediff.h"
#include "appearance.h"
#include "codeview.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QVBoxLayout>

namespace {

QStringList linesOf(const QByteArray &bytes)
{
    QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QColor removedColor()
{
    return Appearance::isDarkPalette() ? QColor(0x5c, 0x2b, 0x2e) : QColor(0xff, 0xdc, 0xe0);
}

QColor addedColor()
{
    return Appearance::isDarkPalette() ? QColor(0x23, 0x4d, 0x2f) : QColor(0xd4, 0xf5, 0xdc);
}

QColor fillerColor()
{
    return Appearance::isDarkPalette() ? QColor(0x30, 0x30, 0x30) : QColor(0xf0, 0xf0, 0xf0);
}

} // namespace

ExportPreviewDialog::ExportPreviewDialog(const QString &folder, const QList<sr::GeneratedFile> &files,
                                         const QList<sr::GeneratedOutput::Difference> &differences, QWidget *parent)
    : QDialog(parent)
    , m_folder(folder)
    , m_files(files)
    , m_differences(differences)
    , m_list(new QListWidget(this))
    , m_before(new CodeView(this))
    , m_after(new CodeView(this))
{
    setWindowTitle(tr("Export: what changes in %1").arg(folder));
    for (const auto &d : differences) {
        QString status;
        switch (d.kind) {
        case sr::GeneratedOutput::Difference::Changed:
            status = tr("changed");
            break;
        case sr::GeneratedOutput::Difference::Missing:
            status = tr("new");
            break;
        case sr::GeneratedOutput::Difference::Stale:
            status = tr("removed");
            break;
        }
        m_list->addItem(QStringLiteral("%1  (%2)").arg(d.path, status));
    }
    auto *intro = new QLabel(tr("%n file(s) in this folder would change. The folder's version is on the left, the new "
                                "one on the right.",
                                nullptr, int(differences.size())),
                             this);
    intro->setWordWrap(true);
    auto *sides = new QSplitter(Qt::Horizontal, this);
    sides->addWidget(m_before);
    sides->addWidget(m_after);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(sides);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *write = buttons->addButton(tr("&Write %n file(s)", nullptr, int(files.size())), QDialogButtonBox::AcceptRole);
    write->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    // Both sides scroll together: their lines are aligned.
    connect(m_before->verticalScrollBar(), &QScrollBar::valueChanged, m_after->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_after->verticalScrollBar(), &QScrollBar::valueChanged, m_before->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_list, &QListWidget::currentRowChanged, this, &ExportPreviewDialog::showDifference);
    resize(1200, 800);
    if (!differences.isEmpty())
        m_list->setCurrentRow(0);
}

void ExportPreviewDialog::showDifference(int row)
{
    if (row < 0 || row >= m_differences.size())
        return;
    const QString path = m_differences.at(row).path;
    QByteArray old;
    QFile file(m_folder + QLatin1Char('/') + path);
    if (file.open(QIODevice::ReadOnly))
        old = file.read(8 * 1024 * 1024);
    QByteArray fresh;
    for (const sr::GeneratedFile &f : m_files) {
        if (f.path == path)
            fresh = f.content;
    }
    const QStringList left = linesOf(old);
    const QStringList right = linesOf(fresh);
    const QList<sr::LineDiff::Row> rows = sr::LineDiff::compare(left, right);
    QStringList leftText;
    QStringList rightText;
    for (const auto &r : rows) {
        leftText.append(r.left >= 0 ? left.at(r.left) : QString());
        rightText.append(r.right >= 0 ? right.at(r.right) : QString());
    }
    m_before->showText(path, leftText.join(QLatin1Char('\n')));
    m_after->showText(path, rightText.join(QLatin1Char('\n')));
    int first = -1;
    for (int i = 0; i < rows.size(); ++i) {
        const auto kind = rows.at(i).kind;
        if (kind == sr::LineDiff::Kind::Same)
            continue;
        if (first < 0)
            first = i;
        m_before->setLineBackground(i, rows.at(i).left >= 0 ? removedColor() : fillerColor());
        m_after->setLineBackground(i, rows.at(i).right >= 0 ? addedColor() : fillerColor());
    }
    m_before->setFirstVisibleLine(std::max(0, first - 3));
}
