#pragma once

#include "ui/editor/formsection.h"

class QLabel;

namespace pinstripe {

class OptionalDateTimeEdit;

/** Start and end of an ad group, entered in the local time zone (shown) and kept as Unix seconds. */
class ScheduleSection final : public FormSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleSection)

public:
    explicit ScheduleSection(QWidget *parent = nullptr);

    QStringList fields() const override;
    void apply(AdGroup &adGroup) const override;

    OptionalDateTimeEdit *startEdit() const { return m_start; }
    OptionalDateTimeEdit *endEdit() const { return m_end; }
    /** "Times are in Europe/Berlin (UTC+01:00)". */
    QLabel *timeZoneLabel() const { return m_timeZone; }

protected:
    void loadValues(const QList<AdGroup> &adGroups) override;

private:
    OptionalDateTimeEdit *m_start = nullptr;
    OptionalDateTimeEdit *m_end = nullptr;
    QLabel *m_timeZone = nullptr;
};

} // namespace pinstripe
