#include "ui/editor/schedulesection.h"

#include "ui/editor/optionaldatetimeedit.h"

#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QTimeZone>

namespace pinstripe {

namespace {

const QString kStart = QStringLiteral("start_time");
const QString kEnd = QStringLiteral("end_time");

std::optional<qint64> secondsOf(const Field<qint64> &field)
{
    return field.toOptional();
}

} // namespace

ScheduleSection::ScheduleSection(QWidget *parent)
    : FormSection(parent)
    , m_start(new OptionalDateTimeEdit(tr("Starts at"), tr("with the campaign"), this))
    , m_end(new OptionalDateTimeEdit(tr("Ends at"), tr("no end: runs until paused"), this))
    , m_timeZone(new QLabel(this))
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setAccessibleName(tr("Start"));
    m_end->setObjectName(QStringLiteral("end"));
    m_end->setAccessibleName(tr("End"));
    form->addRow(tr("Start:"), m_start);
    form->addRow(QString(), problemLabel({kStart}));
    form->addRow(tr("End:"), m_end);
    form->addRow(QString(), problemLabel({kEnd}));

    const QDateTime now = QDateTime::currentDateTime();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const int offset = zone.offsetFromUtc(now);
    const QString sign = offset < 0 ? QStringLiteral("−") : QStringLiteral("+");
    const int minutes = (offset < 0 ? -offset : offset) / 60;
    const QString utc = QStringLiteral("UTC%1%2:%3")
                            .arg(sign)
                            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    m_timeZone->setText(tr("Times are in %1 (%2); Pinterest stores them as moments, so they hold everywhere.")
                            .arg(QString::fromUtf8(zone.id()), utc));
    m_timeZone->setWordWrap(true);
    form->addRow(QString(), m_timeZone);

    connect(m_start, &OptionalDateTimeEdit::edited, this, [this] { touch(kStart); });
    connect(m_end, &OptionalDateTimeEdit::edited, this, [this] { touch(kEnd); });
}

QStringList ScheduleSection::fields() const
{
    return {kStart, kEnd};
}

void ScheduleSection::loadValues(const QList<AdGroup> &adGroups)
{
    const AdGroup first = adGroups.isEmpty() ? AdGroup() : adGroups.constFirst();
    // A switched-off date starts from a sensible moment once switched on: tomorrow at this
    // hour for a start, a month later for an end.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 startFallback = (now / 3600 + 24) * 3600;
    const auto start = secondsOf(first.startTime);
    m_start->setValue(start, startFallback);
    m_start->setMixed(isMixed(adGroups, kStart));
    m_end->setValue(secondsOf(first.endTime), start.value_or(startFallback) + 30 * 24 * 3600);
    m_end->setMixed(isMixed(adGroups, kEnd));
}

void ScheduleSection::apply(AdGroup &adGroup) const
{
    if (writes(kStart))
        put(adGroup.startTime, m_start->value());
    if (writes(kEnd))
        put(adGroup.endTime, m_end->value());
}

} // namespace pinstripe
