#include "ui/targeting/interesttextedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

namespace pinstripe {

namespace {

bool isSeparator(QChar c)
{
    return c == u',' || c == u';';
}

} // namespace

InterestTextEdit::InterestTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_completer(new QCompleter(this))
    , m_model(new QStringListModel(this))
{
    m_completer->setModel(m_model);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setWidget(this);
    m_completer->popup()->setObjectName(QStringLiteral("interestCompletions"));
    m_completer->popup()->setAccessibleName(tr("Interest names"));
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &InterestTextEdit::insertCompletion);
}

InterestTextEdit::~InterestTextEdit() = default;

void InterestTextEdit::setNames(const QStringList &names)
{
    QStringList sorted = names;
    sorted.sort(Qt::CaseInsensitive);
    m_model->setStringList(sorted);
}

QStringList InterestTextEdit::names() const
{
    return m_model->stringList();
}

QString InterestTextEdit::entryBeforeCursor() const
{
    const QTextCursor cursor = textCursor();
    const QString line = cursor.block().text().left(cursor.positionInBlock());
    qsizetype start = line.size();
    while (start > 0 && !isSeparator(line.at(start - 1)))
        --start;
    return line.mid(start).trimmed();
}

void InterestTextEdit::offerCompletions()
{
    const QString typed = entryBeforeCursor();
    bool digits = !typed.isEmpty();
    for (const QChar c : typed)
        digits = digits && c.isDigit();
    // Ids need no help; a name typed out in full needs no list either.
    if (typed.isEmpty() || digits || m_model->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(typed);
    const int count = m_completer->completionCount();
    if (count == 0 || (count == 1 && m_completer->currentCompletion().compare(typed, Qt::CaseInsensitive) == 0)) {
        m_completer->popup()->hide();
        return;
    }
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
    // Nothing chosen until the person moves into the list: Return alone still starts a new line.
    m_completer->popup()->setCurrentIndex({});
}

void InterestTextEdit::insertCompletion(const QString &name)
{
    QTextCursor cursor = textCursor();
    const QString line = cursor.block().text();
    const int position = cursor.positionInBlock();
    int start = position;
    while (start > 0 && !isSeparator(line.at(start - 1)))
        --start;
    while (start < position && line.at(start).isSpace())
        ++start;
    int end = position;
    while (end < line.size() && !isSeparator(line.at(end)))
        ++end;
    cursor.setPosition(cursor.block().position() + start);
    cursor.setPosition(cursor.block().position() + end, QTextCursor::KeepAnchor);
    cursor.insertText(name);
    setTextCursor(cursor);
    m_completer->popup()->hide();
}

void InterestTextEdit::keyPressEvent(QKeyEvent *event)
{
    const bool choosing = m_completer->popup()->isVisible() && m_completer->popup()->currentIndex().isValid();
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        // With a name chosen in the list, the completer takes it (it acts on keys left ignored).
        if (choosing) {
            event->ignore();
            return;
        }
        m_completer->popup()->hide();
        break;
    case Qt::Key_Escape:
        if (m_completer->popup()->isVisible()) {
            event->ignore();
            return;
        }
        break;
    default:
        break;
    }
    QPlainTextEdit::keyPressEvent(event);
    // Only typing offers names: text set by the program (loading an ad group) does not.
    offerCompletions();
}

void InterestTextEdit::focusInEvent(QFocusEvent *event)
{
    m_completer->setWidget(this);
    QPlainTextEdit::focusInEvent(event);
}

} // namespace pinstripe
