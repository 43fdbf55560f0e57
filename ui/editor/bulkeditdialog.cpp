#include "ui/editor/bulkeditdialog.h"

#include "ui/changes/editcommand.h"
#include "ui/editor/moneyadjustmentedit.h"
#include "ui/editor/targetingpresetpanel.h"
#include "ui/targeting/targetingspeceditor.h"

#include "core/changes/changeset.h"
#include "ui/common/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pinstripe {

BulkEditDialog::BulkEditDialog(const QList<AdGroup> &adGroups, const Currency &currency, TargetingPresetStore *presets,
                               QWidget *parent)
    : QDialog(parent)
    , m_adGroups(adGroups)
    , m_currency(currency)
    , m_statusGroup(new QGroupBox(tr("Set &status"), this))
    , m_status(new QComboBox(this))
    , m_budgetGroup(new QGroupBox(tr("Change &budget"), this))
    , m_budget(new MoneyAdjustmentEdit(currency, this))
    , m_bidGroup(new QGroupBox(tr("Change b&id"), this))
    , m_bid(new MoneyAdjustmentEdit(currency, this))
    , m_endGroup(new QGroupBox(tr("Change &end date"), this))
    , m_shiftEnd(new QRadioButton(tr("Shift by"), this))
    , m_shiftDays(new QSpinBox(this))
    , m_setEnd(new QRadioButton(tr("Set to"), this))
    , m_end(new QDateTimeEdit(this))
    , m_applyTargeting(new QCheckBox(tr("Apply this &targeting to all selected ad groups"), this))
    , m_targeting(new TargetingPresetPanel(presets, this))
    , m_preview(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const QString count = tr("%n ad group(s)", nullptr, static_cast<int>(adGroups.size()));
    setWindowTitle(tr("Bulk edit of %1").arg(count));
    auto *layout = new QVBoxLayout(this);
    auto *header = new QLabel(tr("%1 selected; amounts in %2.").arg(count, currency.code()),
                              this);
    layout->addWidget(header);

    auto *tabs = new QTabWidget(this);
    auto *changesPage = new QWidget(tabs);
    auto *changesLayout = new QVBoxLayout(changesPage);

    m_statusGroup->setObjectName(QStringLiteral("statusGroup"));
    m_statusGroup->setCheckable(true);
    m_statusGroup->setChecked(false);
    auto *statusLayout = new QHBoxLayout(m_statusGroup);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->addItem(tr("Active"), QStringLiteral("ACTIVE"));
    m_status->addItem(tr("Paused"), QStringLiteral("PAUSED"));
    m_status->addItem(tr("Archived"), QStringLiteral("ARCHIVED"));
    statusLayout->addWidget(m_status);
    statusLayout->addStretch(1);
    changesLayout->addWidget(m_statusGroup);

    for (auto [group, edit, name] : {std::tuple{m_budgetGroup, m_budget, "budget"}, std::tuple{m_bidGroup, m_bid, "bid"}}) {
        group->setObjectName(QString::fromLatin1(name) + QStringLiteral("Group"));
        group->setCheckable(true);
        group->setChecked(false);
        edit->setObjectName(QString::fromLatin1(name));
        auto *groupLayout = new QHBoxLayout(group);
        groupLayout->addWidget(edit);
        changesLayout->addWidget(group);
        connect(edit, &MoneyAdjustmentEdit::changed, this, &BulkEditDialog::refresh);
    }
    m_budget->setOperation(MoneyAdjustmentEdit::Operation::Raise);
    m_budget->setUnit(MoneyAdjustmentEdit::Unit::Percent);
    m_bid->setOperation(MoneyAdjustmentEdit::Operation::Raise);
    m_bid->setUnit(MoneyAdjustmentEdit::Unit::Percent);

    m_endGroup->setObjectName(QStringLiteral("endGroup"));
    m_endGroup->setCheckable(true);
    m_endGroup->setChecked(false);
    auto *endLayout = new QFormLayout(m_endGroup);
    m_shiftDays->setObjectName(QStringLiteral("shiftDays"));
    m_shiftDays->setRange(-3650, 3650);
    m_shiftDays->setValue(7);
    m_shiftDays->setSuffix(tr(" days"));
    m_shiftEnd->setChecked(true);
    endLayout->addRow(m_shiftEnd, m_shiftDays);
    m_end->setObjectName(QStringLiteral("endDateTime"));
    m_end->setTimeSpec(Qt::LocalTime);
    m_end->setCalendarPopup(true);
    m_end->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_end->setDateTime(QDateTime::currentDateTime().addDays(30));
    endLayout->addRow(m_setEnd, m_end);
    changesLayout->addWidget(m_endGroup);
    changesLayout->addStretch(1);
    tabs->addTab(changesPage, tr("Status, budget, bid, end"));

    // Presets stay usable while the targeting is not applied (to save or tidy them up).
    auto *targetingPage = new QWidget(tabs);
    auto *targetingLayout = new QVBoxLayout(targetingPage);
    m_applyTargeting->setObjectName(QStringLiteral("applyTargeting"));
    targetingLayout->addWidget(m_applyTargeting);
    targetingLayout->addWidget(m_targeting, 1);
    tabs->addTab(targetingPage, tr("Targeting"));
    layout->addWidget(tabs, 1);

    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_preview);
    layout->addWidget(m_buttons);

    for (QGroupBox *group : {m_statusGroup, m_budgetGroup, m_bidGroup, m_endGroup})
        connect(group, &QGroupBox::toggled, this, &BulkEditDialog::refresh);
    connect(m_applyTargeting, &QCheckBox::toggled, this, &BulkEditDialog::refresh);
    connect(m_status, &QComboBox::currentIndexChanged, this, &BulkEditDialog::refresh);
    connect(m_shiftEnd, &QRadioButton::toggled, this, &BulkEditDialog::refresh);
    connect(m_shiftDays, &QSpinBox::valueChanged, this, &BulkEditDialog::refresh);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, &BulkEditDialog::refresh);
    connect(m_targeting, &TargetingPresetPanel::specChanged, this, &BulkEditDialog::refresh);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BulkEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BulkEditDialog::reject);
    resize(820, 620);
    refresh();
}

void BulkEditDialog::setInterestCatalogSource(ApiClient *client, const QString &adAccountId)
{
    TargetingSpecEditor *editor = m_targeting->editor();
    // Names typed before the catalogue arrived are readable now: check the plan again.
    connect(editor, &TargetingSpecEditor::interestCatalogLoaded, this, &BulkEditDialog::refresh, Qt::UniqueConnection);
    editor->setInterestCatalogSource(client, adAccountId);
}

void BulkEditDialog::setRecordTarget(QUndoStack *undoStack, ChangeSet *changeSet)
{
    m_undoStack = undoStack;
    m_changeSet = changeSet;
}

QPushButton *BulkEditDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

BulkEditPlan BulkEditDialog::plan() const
{
    BulkEditPlan plan;
    if (m_statusGroup->isChecked())
        plan.status = m_status->currentData().toString();
    if (m_budgetGroup->isChecked()) {
        if (const auto adjustment = m_budget->adjustment())
            plan.budget = BulkEditPlan::MoneyStep{*adjustment, m_budget->label()};
    }
    if (m_bidGroup->isChecked()) {
        if (const auto adjustment = m_bid->adjustment())
            plan.bid = BulkEditPlan::MoneyStep{*adjustment, m_bid->label()};
    }
    if (m_endGroup->isChecked()) {
        if (m_shiftEnd->isChecked())
            plan.endShiftDays = m_shiftDays->value();
        else
            plan.endSetTo = m_end->dateTime().toSecsSinceEpoch();
    }
    if (m_applyTargeting->isChecked()) {
        plan.targeting = m_targeting->spec();
        plan.targetingName = m_targeting->presetName();
    }
    return plan;
}

QList<PendingChange> BulkEditDialog::changes() const
{
    return m_recorded ? *m_recorded : m_outcome.changes;
}

void BulkEditDialog::refresh()
{
    m_recorded.reset();
    QStringList problems;
    QString error;
    if (m_budgetGroup->isChecked() && !m_budget->adjustment(&error))
        problems << tr("Budget: %1").arg(error);
    if (m_bidGroup->isChecked() && !m_bid->adjustment(&error))
        problems << tr("Bid: %1").arg(error);
    if (m_applyTargeting->isChecked()) {
        for (const QString &problem : m_targeting->problems())
            problems << tr("Targeting: %1").arg(problem);
    }
    m_outcome = plan().compute(m_adGroups, m_currency, m_adAccountId);
    problems << m_outcome.problems;
    m_problems = problems;

    QStringList lines;
    for (const QString &problem : std::as_const(problems))
        lines << QStringLiteral("✗ ") + problem;
    for (const QString &preview : std::as_const(m_outcome.previews))
        lines << preview;
    for (const QString &note : std::as_const(m_outcome.notes))
        lines << note;
    if (lines.isEmpty())
        lines << tr("Choose what to change; nothing is sent until you post the pending changes.");
    else if (problems.isEmpty() && m_outcome.changes.isEmpty())
        lines << tr("Nothing would change.");
    m_preview->setText(lines.join(QLatin1Char('\n')));
    m_preview->setStyleSheet(problems.isEmpty() ? QString() : problemStyleSheet());
    okButton()->setEnabled(problems.isEmpty() && !m_outcome.changes.isEmpty());
}

void BulkEditDialog::accept()
{
    if (!m_problems.isEmpty() || m_outcome.changes.isEmpty())
        return;
    const QList<PendingChange> list = m_outcome.changes;
    if (m_changeSet) {
        recordEdits(m_undoStack, m_changeSet, list, m_outcome.description);
        Q_EMIT changesRecorded(list);
    }
    m_recorded = list;
    QDialog::accept();
}

} // namespace pinstripe
