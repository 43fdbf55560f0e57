#pragma once

#include "ui/editor/bulkeditplan.h"

#include "core/model/adgroup.h"
#include "core/model/currency.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QCheckBox;
class QGroupBox;
class QLabel;
class QRadioButton;
class QSpinBox;
class QUndoStack;

namespace pinstripe {

class ApiClient;
class ChangeSet;
class MoneyAdjustmentEdit;
class TargetingPresetPanel;
class TargetingPresetStore;

/**
 * Bulk edit of a selection: set the status; set, raise or lower budgets or bids by an amount or
 * a percentage (rounded to the currency's minor unit); shift or set end dates; apply targeting
 * (from a saved preset). A preview says what changes ("32 ad groups: $10.00 → $11.50, …");
 * what cannot be done — a budget edit over mixed budget types, a result below zero — is refused
 * with the reason and OK stays disabled. On OK everything is recorded as one undo step.
 */
class BulkEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkEditDialog)

public:
    /** @p presets is not owned and must outlive the dialog. */
    BulkEditDialog(const QList<AdGroup> &adGroups, const Currency &currency, TargetingPresetStore *presets,
                   QWidget *parent = nullptr);

    /** Where OK records the changes (neither owned); without it OK only closes. */
    void setRecordTarget(QUndoStack *undoStack, ChangeSet *changeSet);
    /** Loads the interest names through @p client so the targeting tab takes interests by name. */
    void setInterestCatalogSource(ApiClient *client, const QString &adAccountId);
    /** Used for ad groups that do not carry their account id. */
    void setAdAccountId(const QString &adAccountId) { m_adAccountId = adAccountId; refresh(); }

    /** The plan as entered. */
    BulkEditPlan plan() const;
    /** The plan's result for the selection (changes, refusals, preview). */
    BulkEditPlan::Outcome outcome() const { return m_outcome; }
    /** What OK records (or recorded). */
    QList<PendingChange> changes() const;
    /** Every reason the edit is refused, incl. entries that cannot be read. */
    QStringList problems() const { return m_problems; }

    QGroupBox *statusGroup() const { return m_statusGroup; }
    QComboBox *statusCombo() const { return m_status; }
    QGroupBox *budgetGroup() const { return m_budgetGroup; }
    MoneyAdjustmentEdit *budgetEdit() const { return m_budget; }
    QGroupBox *bidGroup() const { return m_bidGroup; }
    MoneyAdjustmentEdit *bidEdit() const { return m_bid; }
    QGroupBox *endGroup() const { return m_endGroup; }
    QRadioButton *shiftEndRadio() const { return m_shiftEnd; }
    QSpinBox *shiftDaysSpin() const { return m_shiftDays; }
    QRadioButton *setEndRadio() const { return m_setEnd; }
    QDateTimeEdit *endEdit() const { return m_end; }
    /** Applies the targeting tab's spec to every selected ad group when checked. */
    QCheckBox *applyTargetingCheck() const { return m_applyTargeting; }
    TargetingPresetPanel *targetingPanel() const { return m_targeting; }
    QLabel *previewLabel() const { return m_preview; }
    QPushButton *okButton() const;

    void accept() override;

Q_SIGNALS:
    /** OK recorded @p changes as one undo step. */
    void changesRecorded(const QList<PendingChange> &changes);

private:
    void refresh();

    QList<AdGroup> m_adGroups;
    Currency m_currency;
    QString m_adAccountId;
    QGroupBox *m_statusGroup = nullptr;
    QComboBox *m_status = nullptr;
    QGroupBox *m_budgetGroup = nullptr;
    MoneyAdjustmentEdit *m_budget = nullptr;
    QGroupBox *m_bidGroup = nullptr;
    MoneyAdjustmentEdit *m_bid = nullptr;
    QGroupBox *m_endGroup = nullptr;
    QRadioButton *m_shiftEnd = nullptr;
    QSpinBox *m_shiftDays = nullptr;
    QRadioButton *m_setEnd = nullptr;
    QDateTimeEdit *m_end = nullptr;
    QCheckBox *m_applyTargeting = nullptr;
    TargetingPresetPanel *m_targeting = nullptr;
    QLabel *m_preview = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    BulkEditPlan::Outcome m_outcome;
    QStringList m_problems;
    std::optional<QList<PendingChange>> m_recorded;
    QPointer<QUndoStack> m_undoStack;
    QPointer<ChangeSet> m_changeSet;
};

} // namespace pinstripe
