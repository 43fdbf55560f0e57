#include "ui/targeting/targetingkeyeditor.h"
#include "ui/common/theme.h"

#include <QLabel>
#include <QRegularExpression>

namespace pinstripe {

TargetingKeyEditor::TargetingKeyEditor(QWidget *parent)
    : QWidget(parent)
{
}

TargetingKeyEditor::~TargetingKeyEditor() = default;

QJsonObject TargetingKeyEditor::toJson() const
{
    TargetingSpec spec;
    store(spec);
    return spec.toJson();
}

QLabel *TargetingKeyEditor::problemLabel()
{
    if (!m_problemLabel) {
        m_problemLabel = new QLabel(this);
        m_problemLabel->setObjectName(QStringLiteral("problems"));
        m_problemLabel->setWordWrap(true);
        m_problemLabel->setTextFormat(Qt::PlainText);
        // Red is not the only signal: the text itself says what is wrong.
        m_problemLabel->setStyleSheet(problemStyleSheet());
        m_problemLabel->setAccessibleName(tr("Problems"));
        m_problemLabel->hide();
    }
    return m_problemLabel;
}

void TargetingKeyEditor::refreshProblems()
{
    if (!m_problemLabel)
        return;
    const QStringList list = problems();
    m_problemLabel->setText(list.join(QLatin1Char('\n')));
    m_problemLabel->setVisible(!list.isEmpty());
}

void TargetingKeyEditor::notifyChanged()
{
    if (m_loading)
        return;
    refreshProblems();
    Q_EMIT changed();
}

TargetingKeyEditor::Loading::Loading(TargetingKeyEditor *editor)
    : m_editor(editor)
{
    m_editor->m_loading = true;
}

TargetingKeyEditor::Loading::~Loading()
{
    m_editor->m_loading = false;
    m_editor->refreshProblems();
}

Field<QStringList> TargetingKeyEditor::keptOrEdited(const Field<QStringList> &loaded, const QStringList &loadedView,
                                                    const QStringList &current)
{
    if (current == loadedView)
        return loaded;
    if (current.isEmpty())
        return {};
    return current;
}

QStringList TargetingKeyEditor::splitCodes(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

QStringList TargetingKeyEditor::splitEntries(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\n]+"));
    QStringList entries;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString entry = part.trimmed();
        if (!entry.isEmpty())
            entries << entry;
    }
    return entries;
}

bool TargetingKeyEditor::isDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

QString TargetingKeyEditor::capitalized(QString text)
{
    // "iPhone" keeps its spelling: a capital second letter means the case is deliberate.
    if (!text.isEmpty() && !(text.size() > 1 && text.at(1).isUpper()))
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace pinstripe
