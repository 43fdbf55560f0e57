#pragma once

#include "ui/editor/formsection.h"

#include "core/model/currency.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace pinstripe {

class MoneyEdit;

/**
 * The optimization goal of an ad group: a conversion tag goal (tag, event, CPA goal in the
 * account currency, ROAS, attribution windows), a frequency goal (2–20 impressions per time
 * range) and a scroll-up goal. Parts of the goal this version does not show are kept.
 */
class OptimizationGoalEditor final : public FormSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptimizationGoalEditor)

public:
    explicit OptimizationGoalEditor(const Currency &currency, QWidget *parent = nullptr);

    QStringList fields() const override;
    void apply(AdGroup &adGroup) const override;
    QList<FieldProblem> inputProblems() const override;

    QGroupBox *conversionGroup() const { return m_conversion; }
    QLineEdit *conversionTagEdit() const { return m_tagId; }
    QComboBox *conversionEventCombo() const { return m_event; }
    MoneyEdit *cpaGoalEdit() const { return m_cpaGoal; }
    QCheckBox *roasCheck() const { return m_roas; }
    QComboBox *clickWindowCombo() const { return m_clickWindow; }
    QComboBox *engagementWindowCombo() const { return m_engagementWindow; }
    QComboBox *viewWindowCombo() const { return m_viewWindow; }
    QGroupBox *frequencyGroup() const { return m_frequencyGoal; }
    QSpinBox *frequencySpin() const { return m_frequency; }
    QComboBox *timerangeCombo() const { return m_timerange; }
    QGroupBox *scrollupGroup() const { return m_scrollup; }
    MoneyEdit *scrollupGoalEdit() const { return m_scrollupGoal; }

protected:
    void loadValues(const QList<AdGroup> &adGroups) override;

private:
    QComboBox *windowCombo(const QString &name);
    static void setWindow(QComboBox *combo, const Field<int> &days);
    static void putWindow(const QComboBox *combo, Field<int> &days);

    QLabel *m_mixedNote = nullptr;
    QGroupBox *m_conversion = nullptr;
    QLineEdit *m_tagId = nullptr;
    QComboBox *m_event = nullptr;
    MoneyEdit *m_cpaGoal = nullptr;
    QCheckBox *m_roas = nullptr;
    QComboBox *m_clickWindow = nullptr;
    QComboBox *m_engagementWindow = nullptr;
    QComboBox *m_viewWindow = nullptr;
    QGroupBox *m_frequencyGoal = nullptr;
    QSpinBox *m_frequency = nullptr;
    QComboBox *m_timerange = nullptr;
    QGroupBox *m_scrollup = nullptr;
    MoneyEdit *m_scrollupGoal = nullptr;
};

} // namespace pinstripe
