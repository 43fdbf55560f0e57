#pragma once

#include "ui/editor/adgroupformcontext.h"
#include "ui/editor/formsection.h"

class QComboBox;
class QLineEdit;

namespace pinstripe {

/**
 * Name, status and campaign of an ad group. A new ad group starts in an active campaign (else a
 * paused one, else the first listed).
 */
class BasicsSection final : public FormSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BasicsSection)

public:
    explicit BasicsSection(const AdGroupFormContext &context, QWidget *parent = nullptr);

    QStringList fields() const override;
    void apply(AdGroup &adGroup) const override;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *campaignCombo() const { return m_campaign; }

protected:
    void loadValues(const QList<AdGroup> &adGroups) override;

private:
    QLineEdit *m_name = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_campaign = nullptr;
    QList<std::pair<QString, QString>> m_campaignItems;
    /** The campaign a new ad group starts in: active, else paused, else the first. */
    QString m_defaultCampaign;
};

} // namespace pinstripe
