#include "ui/editor/optionaldatetimeedit.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace pinstripe {

OptionalDateTimeEdit::OptionalDateTimeEdit(const QString &checkText, const QString &absentText, QWidget *parent)
    : QWidget(parent)
    , m_check(new QCheckBox(checkText, this))
    , m_edit(new QDateTimeEdit(this))
    , m_note(new QLabel(this))
    , m_absentText(absentText)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_note);
    m_edit->setTimeSpec(Qt::LocalTime);
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    setFocusProxy(m_check);

    connect(m_check, &QCheckBox::toggled, this, [this] {
        if (m_loading)
            return;
        m_mixed = false;
        refresh();
        Q_EMIT edited();
    });
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (m_loading)
            return;
        m_mixed = false;
        refresh();
        Q_EMIT edited();
    });
}

void OptionalDateTimeEdit::setValue(const std::optional<qint64> &seconds, qint64 fallbackSeconds)
{
    m_loading = true;
    m_mixed = false;
    m_check->setChecked(seconds.has_value());
    m_edit->setDateTime(QDateTime::fromSecsSinceEpoch(seconds.value_or(fallbackSeconds)).toLocalTime());
    m_loading = false;
    refresh();
}

std::optional<qint64> OptionalDateTimeEdit::value() const
{
    if (!m_check->isChecked())
        return std::nullopt;
    return m_edit->dateTime().toSecsSinceEpoch();
}

void OptionalDateTimeEdit::setMixed(bool mixed)
{
    m_mixed = mixed;
    refresh();
}

void OptionalDateTimeEdit::refresh()
{
    m_edit->setEnabled(m_check->isChecked());
    if (m_mixed)
        m_note->setText(tr("(mixed: a change applies to all)"));
    else
        m_note->setText(m_check->isChecked() ? QString() : m_absentText);
    m_note->setVisible(!m_note->text().isEmpty());
}

} // namespace pinstripe
