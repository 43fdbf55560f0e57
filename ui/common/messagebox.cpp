#include "ui/common/messagebox.h"

namespace pinstripe {

namespace {

// Only touched on the UI thread.
QList<QMessageBox::StandardButton> &queuedAnswers()
{
    static QList<QMessageBox::StandardButton> answers;
    return answers;
}

QString &lastShownText()
{
    static QString text;
    return text;
}

} // namespace

QMessageBox::StandardButton MessageBox::ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton)
{
    lastShownText() = text;
    if (!queuedAnswers().isEmpty())
        return queuedAnswers().takeFirst();
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    return ask(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    return ask(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    queuedAnswers().append(answer);
}

void MessageBox::clearNextAnswers()
{
    queuedAnswers().clear();
}

QString MessageBox::lastText()
{
    return lastShownText();
}

} // namespace pinstripe
