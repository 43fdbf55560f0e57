#pragma once

#include "ui/editor/formsection.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace pinstripe {

/** Placement, pacing, auto targeting, creative optimization, lifetime frequency cap and promotion. */
class DeliverySection final : public FormSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliverySection)

public:
    explicit DeliverySection(QWidget *parent = nullptr);

    QStringList fields() const override;
    void apply(AdGroup &adGroup) const override;

    QComboBox *placementCombo() const { return m_placement; }
    QComboBox *pacingCombo() const { return m_pacing; }
    QCheckBox *autoTargetingCheck() const { return m_autoTargeting; }
    QCheckBox *creativeOptimizationCheck() const { return m_creativeOptimization; }
    QSpinBox *frequencyCapSpin() const { return m_frequencyCap; }
    QLineEdit *promotionIdEdit() const { return m_promotionId; }
    QComboBox *promotionLevelCombo() const { return m_promotionLevel; }

protected:
    void loadValues(const QList<AdGroup> &adGroups) override;

private:
    void applyCheck(const QCheckBox *check, Field<bool> &field) const;

    QComboBox *m_placement = nullptr;
    QComboBox *m_pacing = nullptr;
    QCheckBox *m_autoTargeting = nullptr;
    QCheckBox *m_creativeOptimization = nullptr;
    QSpinBox *m_frequencyCap = nullptr;
    QLineEdit *m_promotionId = nullptr;
    QComboBox *m_promotionLevel = nullptr;
};

} // namespace pinstripe
