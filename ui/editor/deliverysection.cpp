#include "ui/editor/deliverysection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace pinstripe {

namespace {

const QString kPlacement = QStringLiteral("placement_group");
const QString kPacing = QStringLiteral("pacing_delivery_type");
const QString kAutoTargeting = QStringLiteral("auto_targeting_enabled");
const QString kCreative = QStringLiteral("is_creative_optimization");
const QString kCap = QStringLiteral("lifetime_frequency_cap");
const QString kPromotionId = QStringLiteral("promotion_id");
const QString kPromotionLevel = QStringLiteral("promotion_application_level");

void setCheck(QCheckBox *check, const Field<bool> &value, bool mixed)
{
    // Partially checked stands for "mixed" and for "not set": a click picks a real value.
    check->setTristate(mixed || !value.hasValue());
    check->setCheckState(mixed || !value.hasValue() ? Qt::PartiallyChecked
                                                    : (value.value() ? Qt::Checked : Qt::Unchecked));
}

} // namespace

DeliverySection::DeliverySection(QWidget *parent)
    : FormSection(parent)
    , m_placement(new QComboBox(this))
    , m_pacing(new QComboBox(this))
    , m_autoTargeting(new QCheckBox(tr("Let Pinterest widen the audience (Performance+ targeting)"), this))
    , m_creativeOptimization(new QCheckBox(tr("Turn product Pins into collection and shopping formats"), this))
    , m_frequencyCap(new QSpinBox(this))
    , m_promotionId(new QLineEdit(this))
    , m_promotionLevel(new QComboBox(this))
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_placement->setObjectName(QStringLiteral("placement"));
    m_placement->setAccessibleName(tr("Placement"));
    fillCombo(m_placement, {{QStringLiteral("ALL"), tr("All placements (ALL)")},
                            {QStringLiteral("SEARCH"), tr("Search (SEARCH)")},
                            {QStringLiteral("BROWSE"), tr("Browse (BROWSE)")},
                            {QStringLiteral("OTHER"), tr("Other (OTHER)")}});
    form->addRow(tr("&Placement:"), m_placement);
    form->addRow(QString(), problemLabel({kPlacement}));
    connect(m_placement, &QComboBox::currentIndexChanged, this, [this] { touch(kPlacement); });

    m_pacing->setObjectName(QStringLiteral("pacing"));
    m_pacing->setAccessibleName(tr("Pacing"));
    fillCombo(m_pacing, {{QStringLiteral("STANDARD"), tr("Standard: smooth over the day (STANDARD)")},
                         {QStringLiteral("ACCELERATED"), tr("Accelerated: as fast as possible (ACCELERATED)")}});
    form->addRow(tr("P&acing:"), m_pacing);
    form->addRow(QString(), problemLabel({kPacing}));
    connect(m_pacing, &QComboBox::currentIndexChanged, this, [this] { touch(kPacing); });

    m_autoTargeting->setObjectName(QStringLiteral("autoTargeting"));
    form->addRow(tr("Auto targeting:"), m_autoTargeting);
    form->addRow(QString(), problemLabel({kAutoTargeting}));
    connect(m_autoTargeting, &QCheckBox::clicked, this, [this] {
        m_autoTargeting->setTristate(false);
        touch(kAutoTargeting);
    });

    m_creativeOptimization->setObjectName(QStringLiteral("creativeOptimization"));
    form->addRow(tr("Creative optimization:"), m_creativeOptimization);
    form->addRow(QString(), problemLabel({kCreative}));
    connect(m_creativeOptimization, &QCheckBox::clicked, this, [this] {
        m_creativeOptimization->setTristate(false);
        touch(kCreative);
    });

    m_frequencyCap->setObjectName(QStringLiteral("frequencyCap"));
    m_frequencyCap->setAccessibleName(tr("Lifetime frequency cap"));
    m_frequencyCap->setRange(0, 1000);
    m_frequencyCap->setSpecialValueText(tr("no cap"));
    m_frequencyCap->setSuffix(tr(" impressions per person in 30 days"));
    m_frequencyCap->setToolTip(tr("CPM (IMPRESSION billing) only; needs an end time."));
    form->addRow(tr("&Frequency cap:"), m_frequencyCap);
    form->addRow(QString(), problemLabel({kCap}));
    connect(m_frequencyCap, &QSpinBox::valueChanged, this, [this] { touch(kCap); });

    m_promotionId->setObjectName(QStringLiteral("promotionId"));
    m_promotionId->setAccessibleName(tr("Promotion id"));
    m_promotionId->setPlaceholderText(tr("none"));
    m_promotionId->setClearButtonEnabled(true);
    form->addRow(tr("P&romotion id:"), m_promotionId);
    form->addRow(QString(), problemLabel({kPromotionId}));
    connect(m_promotionId, &QLineEdit::textEdited, this, [this] { touch(kPromotionId); });

    m_promotionLevel->setObjectName(QStringLiteral("promotionLevel"));
    m_promotionLevel->setAccessibleName(tr("Promotion applies to"));
    fillCombo(m_promotionLevel, {{QString(), tr("(not set)")},
                                 {QStringLiteral("NONE"), tr("Nothing (NONE)")},
                                 {QStringLiteral("ITEM"), tr("Items (ITEM)")},
                                 {QStringLiteral("AD_GROUP"), tr("The ad group (AD_GROUP)")}});
    form->addRow(tr("Promotion applies to:"), m_promotionLevel);
    form->addRow(QString(), problemLabel({kPromotionLevel}));
    connect(m_promotionLevel, &QComboBox::currentIndexChanged, this, [this] { touch(kPromotionLevel); });
}

QStringList DeliverySection::fields() const
{
    return {kPlacement, kPacing, kAutoTargeting, kCreative, kCap, kPromotionId, kPromotionLevel};
}

void DeliverySection::loadValues(const QList<AdGroup> &adGroups)
{
    const AdGroup first = adGroups.isEmpty() ? AdGroup() : adGroups.constFirst();
    const bool blank = adGroups.isEmpty();
    setComboValue(m_placement, blank ? Field<QString>(QStringLiteral("ALL")) : first.placementGroup, isMixed(adGroups, kPlacement));
    setComboValue(m_pacing, blank ? Field<QString>(QStringLiteral("STANDARD")) : first.pacingDeliveryType, isMixed(adGroups, kPacing));
    // Pinterest's defaults for a new ad group: auto targeting on, creative optimization off.
    setCheck(m_autoTargeting, blank ? Field<bool>(true) : first.autoTargetingEnabled, isMixed(adGroups, kAutoTargeting));
    setCheck(m_creativeOptimization, blank ? Field<bool>(false) : first.isCreativeOptimization, isMixed(adGroups, kCreative));

    const bool capMixed = isMixed(adGroups, kCap);
    m_frequencyCap->setValue(capMixed ? 0 : static_cast<int>(first.lifetimeFrequencyCap.valueOr(0)));
    m_frequencyCap->setSpecialValueText(capMixed ? tr("(mixed)") : tr("no cap"));

    const bool idMixed = isMixed(adGroups, kPromotionId);
    m_promotionId->setText(idMixed ? QString() : first.promotionId.valueOr({}));
    m_promotionId->setPlaceholderText(idMixed ? tr("(mixed)") : tr("none"));
    setComboValue(m_promotionLevel, first.promotionApplicationLevel, isMixed(adGroups, kPromotionLevel));
}

void DeliverySection::applyCheck(const QCheckBox *check, Field<bool> &field) const
{
    if (check->checkState() == Qt::PartiallyChecked)
        return;
    field = check->checkState() == Qt::Checked;
}

void DeliverySection::apply(AdGroup &adGroup) const
{
    bool mixed = false;
    if (writes(kPlacement)) {
        const auto value = comboValue(m_placement, &mixed);
        if (!mixed && value)
            adGroup.placementGroup = *value;
    }
    if (writes(kPacing)) {
        const auto value = comboValue(m_pacing, &mixed);
        if (!mixed && value)
            adGroup.pacingDeliveryType = *value;
    }
    if (writes(kAutoTargeting))
        applyCheck(m_autoTargeting, adGroup.autoTargetingEnabled);
    if (writes(kCreative))
        applyCheck(m_creativeOptimization, adGroup.isCreativeOptimization);
    if (writes(kCap)) {
        const int cap = m_frequencyCap->value();
        put(adGroup.lifetimeFrequencyCap, cap > 0 ? std::optional<qint64>(cap) : std::nullopt);
    }
    if (writes(kPromotionId)) {
        const QString id = m_promotionId->text().trimmed();
        put(adGroup.promotionId, id.isEmpty() ? std::nullopt : std::optional<QString>(id));
    }
    if (writes(kPromotionLevel)) {
        const auto value = comboValue(m_promotionLevel, &mixed);
        if (!mixed)
            put(adGroup.promotionApplicationLevel, value);
    }
}

} // namespace pinstripe
