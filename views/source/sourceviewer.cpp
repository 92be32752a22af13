#include "sourceviewer.h"

#include "tomlhighlighter.h"

#include "appearance.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QShortcut>
#include <QTextBlock>
#include <QVBoxLayout>

namespace {

/// A plain text editor with a line-number gutter.
class NumberedEditor : public QPlainTextEdit
{
public:
    explicit NumberedEditor(QWidget *parent)
        : QPlainTextEdit(parent)
        , m_gutter(new Gutter(this))
    {
        connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { updateMargins(); });
        connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
            if (dy)
                m_gutter->scroll(0, dy);
            else
                m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
        });
        updateMargins();
    }

    int gutterWidth() const
    {
        const int digits = QString::number(std::max(1, blockCount())).size();
        return 16 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QPlainTextEdit::resizeEvent(event);
        const QRect r = contentsRect();
        m_gutter->setGeometry(QRect(r.left(), r.top(), gutterWidth(), r.height()));
    }

private:
    class Gutter : public QWidget
    {
    public:
        explicit Gutter(NumberedEditor *editor)
            : QWidget(editor)
            , m_editor(editor)
        { }

    protected:
        void paintEvent(QPaintEvent *event) override
        {
            QPainter painter(this);
            painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
            painter.setPen(palette().color(QPalette::PlaceholderText));
            QTextBlock block = m_editor->firstVisibleBlock();
            int top = qRound(m_editor->blockBoundingGeometry(block).translated(m_editor->contentOffset()).top());
            const int current = m_editor->textCursor().blockNumber();
            while (block.isValid() && top <= event->rect().bottom()) {
                const int height = qRound(m_editor->blockBoundingRect(block).height());
                if (block.isVisible()) {
                    QFont font = painter.font();
                    font.setBold(block.blockNumber() == current);
                    painter.setFont(font);
                    painter.drawText(0, top, width() - 8, height, Qt::AlignRight | Qt::AlignVCenter,
                                     QString::number(block.blockNumber() + 1));
                }
                block = block.next();
                top += height;
            }
        }

    private:
        NumberedEditor *m_editor;
    };

    void updateMargins() { setViewportMargins(gutterWidth(), 0, 0, 0); }
    Gutter *m_gutter;
};

} // namespace

SourceViewer::SourceViewer(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_header(new QLabel(this))
    , m_editor(new NumberedEditor(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    m_editor->setReadOnly(true);
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    new TomlHighlighter(m_editor->document());
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
        m_editor->clear();
        return false;
    }
    m_editor->setPlainText(QString::fromUtf8(content.bytes));
    setWindowTitle(tr("%1 (read-only)").arg(path));
    m_header->setText(line > 0 ? tr("<b>%1</b> — line %2").arg(path.toHtmlEscaped()).arg(line)
                               : QStringLiteral("<b>%1</b>").arg(path.toHtmlEscaped()));

    const QTextBlock block = m_editor->document()->findBlockByNumber(std::max(0, line - 1));
    QTextCursor cursor(block);
    if (column > 1)
        cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, std::min(column - 1, block.length() - 1));
    m_editor->setTextCursor(cursor);
    if (line > 0) {
        QTextEdit::ExtraSelection highlight;
        highlight.format.setBackground(Appearance::currentLineColor());
        highlight.format.setProperty(QTextFormat::FullWidthSelection, true);
        highlight.cursor = QTextCursor(block);
        m_editor->setExtraSelections({highlight});
    }
    m_editor->centerCursor();
    return true;
}

int SourceViewer::currentLine() const
{
    return m_editor->textCursor().blockNumber() + 1;
}
