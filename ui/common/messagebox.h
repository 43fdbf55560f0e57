#pragma once

#include <QList>
#include <QMessageBox>
#include <QString>

namespace pinstripe {

/**
 * QMessageBox's static helpers behind a seam, so tests answer questions without a human:
 * setNextAnswer() queues the button the next call returns at once, without showing anything
 * (in the spirit of KeePassXC's MessageBox::setNextAnswer). lastText() tells a test what would
 * have been shown.
 */
class MessageBox final
{
public:
    MessageBox() = delete;

    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static QMessageBox::StandardButton information(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text);

    /** The next call returns @p answer without showing a box; calls queue up. */
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /** Drops queued answers (between tests). */
    static void clearNextAnswers();
    /** The text of the latest box shown or answered from the queue. */
    static QString lastText();

private:
    static QMessageBox::StandardButton ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                           const QString &text, QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
};

} // namespace pinstripe
