#pragma once

#include <QPlainTextEdit>
#include <QStringList>

class QCompleter;
class QStringListModel;

namespace pinstripe {

/**
 * The text box of InterestEditor: entries one per line (or separated by commas or semicolons),
 * with the interest names offered as the person types. The list shows the names that contain
 * what was typed of the current entry, in any case; Down and Return (or a click) take a name
 * and replace the entry with it. Return without a chosen name starts a new line as usual.
 */
class InterestTextEdit final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterestTextEdit)

public:
    explicit InterestTextEdit(QWidget *parent = nullptr);
    ~InterestTextEdit() override;

    /** The names offered while typing. */
    void setNames(const QStringList &names);
    QStringList names() const;
    QCompleter *completer() const { return m_completer; }

    /** What is typed of the entry at the cursor (its start up to the cursor), trimmed. */
    QString entryBeforeCursor() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void offerCompletions();
    void insertCompletion(const QString &name);

    QCompleter *m_completer = nullptr;
    QStringListModel *m_model = nullptr;
};

} // namespace pinstripe
