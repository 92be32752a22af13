#include "sourceviewer.h"

#include "codeview.h"

#include <QFileInfo>
#include <QLabel>
#include <QShortcut>
#include <QVBoxLayout>

SourceViewer::SourceViewer(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_header(new QLabel(this))
    , m_editor(new CodeView(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setContentsMargins(4, 4, 4, 4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_editor, 1);
    auto *close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);
    resize(820, 640);
}

bool SourceViewer::openFile(const QString &path, int line, int column)
{
    // Through the same checks as the loader: QFile::open on a named pipe blocks forever.
    const QFileInfo info(path);
    return showContent(path, sr::FolderSource(info.path()).read(info.fileName(), qint64(8) * 1024 * 1024), line, column);
}

bool SourceViewer::showContent(const QString &path, const sr::RegistrySource::Content &content, int line, int column)
{
    m_path = path;
    if (content.status != sr::RegistrySource::Content::Ok) {
        const QString why = content.status == sr::RegistrySource::Content::TooLarge
            ? tr("it is %1 MiB, more than the 8 MiB a registry file may have")
                  .arg(double(content.size) / (1024.0 * 1024.0), 0, 'f', 1)
            : content.reason;
        m_header->setText(tr("Cannot open %1: %2").arg(path.toHtmlEscaped(), why.toHtmlEscaped()));
        m_editor->showText(path, QString());
        return false;
    }
    m_editor->showText(path, QString::fromUtf8(content.bytes));
    setWindowTitle(tr("%1 (read-only)").arg(path));
    m_header->setText(line > 0 ? tr("<b>%1</b> — line %2").arg(path.toHtmlEscaped()).arg(line)
                               : QStringLiteral("<b>%1</b>").arg(path.toHtmlEscaped()));
    m_editor->markLine(line > 0 ? line - 1 : -1);
    m_editor->setCursorPosition(std::max(0, line - 1), std::max(0, column - 1));
    return true;
}

int SourceViewer::currentLine() const
{
    int line = 0;
    int index = 0;
    m_editor->getCursorPosition(&line, &index);
    return line + 1;
}
