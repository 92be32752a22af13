#include "exportpreviewdialog.h"

#include "codeview.h"
#include "sidebysideview.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

ExportPreviewDialog::ExportPreviewDialog(const QString &folder, const QList<sr::GeneratedFile> &files,
                                         const QList<sr::GeneratedOutput::Difference> &differences, QWidget *parent)
    : QDialog(parent)
    , m_folder(folder)
    , m_files(files)
    , m_differences(differences)
    , m_list(new QListWidget(this))
    , m_sides(new SideBySideView(this))
{
    m_list->setObjectName(QStringLiteral("exportFiles"));
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
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_sides);
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
    m_sides->showTexts(path, QString::fromUtf8(old), QString::fromUtf8(fresh));
}

CodeView *ExportPreviewDialog::before() const
{
    return m_sides->before();
}

CodeView *ExportPreviewDialog::after() const
{
    return m_sides->after();
}
