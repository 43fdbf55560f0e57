#include "ui/editor/basicssection.h"

#include "core/rules/adgrouprule.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace pinstripe {

namespace {

const QString kName = QStringLiteral("name");
const QString kStatus = QStringLiteral("status");
const QString kCampaign = QStringLiteral("campaign_id");

} // namespace

BasicsSection::BasicsSection(const AdGroupFormContext &context, QWidget *parent)
    : FormSection(parent)
    , m_name(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_campaign(new QComboBox(this))
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_name->setObjectName(QStringLiteral("name"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setClearButtonEnabled(true);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), problemLabel({kName}));
    connect(m_name, &QLineEdit::textEdited, this, [this] { touch(kName); });

    m_status->setObjectName(QStringLiteral("status"));
    m_status->setAccessibleName(tr("Status"));
    fillCombo(m_status, {{QStringLiteral("ACTIVE"), tr("Active")},
                         {QStringLiteral("PAUSED"), tr("Paused")},
                         {QStringLiteral("ARCHIVED"), tr("Archived")},
                         {QStringLiteral("DRAFT"), tr("Draft")}});
    form->addRow(tr("&Status:"), m_status);
    form->addRow(QString(), problemLabel({kStatus}));
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { touch(kStatus); });

    m_campaign->setObjectName(QStringLiteral("campaign"));
    m_campaign->setAccessibleName(tr("Campaign"));
    // A new ad group goes where ads run: the first active campaign, else the first paused one,
    // else the first listed. A DRAFT campaign would leave the new ad group unable to deliver.
    const auto firstWithStatus = [&context](QLatin1String status) -> const Campaign * {
        for (const Campaign &campaign : context.campaigns) {
            if (campaign.status.valueOr({}) == status)
                return &campaign;
        }
        return nullptr;
    };
    const Campaign *preferred = firstWithStatus(QLatin1String("ACTIVE"));
    if (!preferred)
        preferred = firstWithStatus(QLatin1String("PAUSED"));
    if (!preferred && !context.campaigns.isEmpty())
        preferred = &context.campaigns.constFirst();
    if (preferred)
        m_defaultCampaign = preferred->id.valueOr({});
    for (const Campaign &campaign : context.campaigns) {
        const QString id = campaign.id.valueOr({});
        const QString objective = campaign.objectiveType.valueOr({});
        QString label = campaign.name.valueOr(id);
        if (!objective.isEmpty())
            label = QString(label + QStringLiteral(" — ") + objective);
        if (campaign.isCbo())
            label = QString(label + QStringLiteral(" · CBO"));
        m_campaignItems.append({id, label});
    }
    form->addRow(tr("&Campaign:"), m_campaign);
    form->addRow(QString(), problemLabel({kCampaign}));
    connect(m_campaign, &QComboBox::currentIndexChanged, this, [this] { touch(kCampaign); });
}

QStringList BasicsSection::fields() const
{
    return {kName, kStatus, kCampaign};
}

void BasicsSection::loadValues(const QList<AdGroup> &adGroups)
{
    const AdGroup first = adGroups.isEmpty() ? AdGroup() : adGroups.constFirst();
    const bool nameMixed = isMixed(adGroups, kName);
    m_name->setText(nameMixed ? QString() : first.name.valueOr({}));
    m_name->setPlaceholderText(nameMixed ? tr("(mixed)") : QString());
    m_name->setMaxLength(32767);

    setComboValue(m_status, adGroups.isEmpty() ? Field<QString>(QStringLiteral("ACTIVE")) : first.status,
                  isMixed(adGroups, kStatus));

    fillCombo(m_campaign, m_campaignItems);
    Field<QString> campaign = first.campaignId;
    if (adGroups.isEmpty() && !m_defaultCampaign.isEmpty())
        campaign = m_defaultCampaign;
    setComboValue(m_campaign, campaign, isMixed(adGroups, kCampaign));
    // Pinterest has no documented move between campaigns; an existing ad group keeps its
    // campaign (a copy can be created in another one instead).
    m_campaign->setEnabled(isCreating());
    m_campaign->setToolTip(isCreating() ? QString()
                                        : tr("An existing ad group stays in its campaign; duplicate it to use another one."));
}

void BasicsSection::apply(AdGroup &adGroup) const
{
    if (writes(kName))
        adGroup.name = m_name->text().trimmed();
    bool mixed = false;
    if (writes(kStatus)) {
        const auto status = comboValue(m_status, &mixed);
        if (!mixed && status)
            adGroup.status = *status;
    }
    if (writes(kCampaign)) {
        const auto campaign = comboValue(m_campaign, &mixed);
        if (!mixed)
            put(adGroup.campaignId, campaign);
    }
}

} // namespace pinstripe
