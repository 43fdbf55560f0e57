#include "ui/editor/optimizationgoaleditor.h"

#include "ui/editor/moneyedit.h"

#include "core/model/enums.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pinstripe {

namespace {

const QString kGoal = QStringLiteral("optimization_goal_metadata");

/** Attribution windows Pinterest offers for conversion goals, in days. */
const QList<int> kWindowDays = {1, 7, 14, 30, 60};

} // namespace

OptimizationGoalEditor::OptimizationGoalEditor(const Currency &currency, QWidget *parent)
    : FormSection(parent)
    , m_mixedNote(new QLabel(tr("The ad groups have different goals: a change here replaces the goal of all."), this))
    , m_conversion(new QGroupBox(tr("Conversion goal"), this))
    , m_tagId(new QLineEdit(this))
    , m_event(new QComboBox(this))
    , m_cpaGoal(new MoneyEdit(this))
    , m_roas(new QCheckBox(tr("Optimize for return on ad spend (CHECKOUT with automatic bidding only)"), this))
    , m_frequencyGoal(new QGroupBox(tr("Frequency goal"), this))
    , m_frequency(new QSpinBox(this))
    , m_timerange(new QComboBox(this))
    , m_scrollup(new QGroupBox(tr("Scroll-up goal"), this))
    , m_scrollupGoal(new MoneyEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    m_mixedNote->setWordWrap(true);
    layout->addWidget(m_mixedNote);

    auto touchGoal = [this] { touch(kGoal); };

    m_conversion->setObjectName(QStringLiteral("conversionGoal"));
    m_conversion->setCheckable(true);
    auto *conversion = new QFormLayout(m_conversion);
    m_tagId->setObjectName(QStringLiteral("conversionTagId"));
    m_tagId->setAccessibleName(tr("Conversion tag id"));
    conversion->addRow(tr("Conversion &tag id:"), m_tagId);
    m_event->setObjectName(QStringLiteral("conversionEvent"));
    m_event->setAccessibleName(tr("Conversion event"));
    m_event->addItem(tr("(choose)"), QString());
    for (const QString &event : enums::conversionEvents())
        m_event->addItem(event, event);
    conversion->addRow(tr("Conversion &event:"), m_event);
    m_cpaGoal->setObjectName(QStringLiteral("cpaGoal"));
    m_cpaGoal->setAccessibleName(tr("Cost per action goal"));
    m_cpaGoal->setCurrency(currency);
    m_cpaGoal->setEmptyText(tr("none"));
    conversion->addRow(tr("CPA &goal:"), m_cpaGoal);
    conversion->addRow(QString(), m_roas);
    m_clickWindow = windowCombo(QStringLiteral("clickWindow"));
    m_engagementWindow = windowCombo(QStringLiteral("engagementWindow"));
    m_viewWindow = windowCombo(QStringLiteral("viewWindow"));
    conversion->addRow(tr("Click window:"), m_clickWindow);
    conversion->addRow(tr("Engagement window:"), m_engagementWindow);
    conversion->addRow(tr("View window:"), m_viewWindow);
    layout->addWidget(m_conversion);

    m_frequencyGoal->setObjectName(QStringLiteral("frequencyGoal"));
    m_frequencyGoal->setCheckable(true);
    auto *frequency = new QFormLayout(m_frequencyGoal);
    m_frequency->setObjectName(QStringLiteral("frequency"));
    m_frequency->setAccessibleName(tr("Frequency"));
    m_frequency->setRange(2, 20);
    m_frequency->setSuffix(tr(" impressions"));
    frequency->addRow(tr("&Frequency:"), m_frequency);
    m_timerange->setObjectName(QStringLiteral("timerange"));
    m_timerange->setAccessibleName(tr("Per"));
    for (const QString &range : enums::frequencyTimeranges())
        m_timerange->addItem(range, range);
    frequency->addRow(tr("&Per:"), m_timerange);
    layout->addWidget(m_frequencyGoal);

    m_scrollup->setObjectName(QStringLiteral("scrollupGoal"));
    m_scrollup->setCheckable(true);
    auto *scrollup = new QFormLayout(m_scrollup);
    m_scrollupGoal->setObjectName(QStringLiteral("scrollupGoalValue"));
    m_scrollupGoal->setAccessibleName(tr("Scroll-up goal"));
    m_scrollupGoal->setCurrency(currency);
    m_scrollupGoal->setEmptyText(tr("none"));
    scrollup->addRow(tr("Goal &value:"), m_scrollupGoal);
    layout->addWidget(m_scrollup);

    layout->addWidget(problemLabel({kGoal}));
    layout->addStretch(1);

    for (QGroupBox *group : {m_conversion, m_frequencyGoal, m_scrollup})
        connect(group, &QGroupBox::toggled, this, touchGoal);
    connect(m_tagId, &QLineEdit::textEdited, this, touchGoal);
    connect(m_event, &QComboBox::currentIndexChanged, this, touchGoal);
    connect(m_cpaGoal, &MoneyEdit::edited, this, touchGoal);
    connect(m_roas, &QCheckBox::toggled, this, touchGoal);
    for (QComboBox *combo : {m_clickWindow, m_engagementWindow, m_viewWindow, m_timerange})
        connect(combo, &QComboBox::currentIndexChanged, this, touchGoal);
    connect(m_frequency, &QSpinBox::valueChanged, this, touchGoal);
    connect(m_scrollupGoal, &MoneyEdit::edited, this, touchGoal);
}

QComboBox *OptimizationGoalEditor::windowCombo(const QString &name)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(name);
    combo->addItem(tr("(not set)"), 0);
    for (int days : kWindowDays)
        combo->addItem(tr("%n day(s)", "", days), days);
    return combo;
}

void OptimizationGoalEditor::setWindow(QComboBox *combo, const Field<int> &days)
{
    int index = combo->findData(days.valueOr(0));
    if (index < 0) {
        combo->addItem(tr("%n day(s)", "", days.value()), days.value());
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

void OptimizationGoalEditor::putWindow(const QComboBox *combo, Field<int> &days)
{
    const int value = combo->currentData().toInt();
    if (value > 0)
        days = value;
    else
        days.clear();
}

QStringList OptimizationGoalEditor::fields() const
{
    return {kGoal};
}

void OptimizationGoalEditor::loadValues(const QList<AdGroup> &adGroups)
{
    const bool mixed = isMixed(adGroups, kGoal);
    m_mixedNote->setVisible(mixed);
    const OptimizationGoalMetadata goal = (mixed || adGroups.isEmpty())
        ? OptimizationGoalMetadata()
        : adGroups.constFirst().optimizationGoalMetadata.valueOr({});
    const Currency currency = m_cpaGoal->currency();

    const ConversionTagGoalMetadata conversion = goal.conversionTagV3GoalMetadata.valueOr({});
    m_conversion->setChecked(goal.conversionTagV3GoalMetadata.hasValue());
    m_tagId->setText(conversion.conversionTagId.valueOr({}));
    const int eventIndex = m_event->findData(conversion.conversionEvent.valueOr({}));
    if (eventIndex >= 0) {
        m_event->setCurrentIndex(eventIndex);
    } else {
        m_event->addItem(conversion.conversionEvent.value(), conversion.conversionEvent.value());
        m_event->setCurrentIndex(m_event->count() - 1);
    }
    const auto cpa = conversion.cpaGoalMicros();
    m_cpaGoal->setMoney(cpa ? std::optional<Money>(Money(*cpa, currency)) : std::nullopt);
    m_roas->setChecked(conversion.isRoasOptimized.valueOr(false));
    const AttributionWindows windows = conversion.attributionWindows.valueOr({});
    setWindow(m_clickWindow, windows.clickWindowDays);
    setWindow(m_engagementWindow, windows.engagementWindowDays);
    setWindow(m_viewWindow, windows.viewWindowDays);

    const FrequencyGoalMetadata frequency = goal.frequencyGoalMetadata.valueOr({});
    m_frequencyGoal->setChecked(goal.frequencyGoalMetadata.hasValue());
    m_frequency->setValue(frequency.frequency.valueOr(2));
    const int rangeIndex = m_timerange->findData(frequency.timerange.valueOr(QStringLiteral("SEVEN_DAY")));
    m_timerange->setCurrentIndex(rangeIndex < 0 ? 0 : rangeIndex);

    const ScrollupGoalMetadata scrollup = goal.scrollupGoalMetadata.valueOr({});
    m_scrollup->setChecked(goal.scrollupGoalMetadata.hasValue());
    const auto scrollupMicros = scrollup.scrollupGoalMicros();
    m_scrollupGoal->setMoney(scrollupMicros ? std::optional<Money>(Money(*scrollupMicros, currency)) : std::nullopt);
}

void OptimizationGoalEditor::apply(AdGroup &adGroup) const
{
    if (!writes(kGoal))
        return;
    // Start from the ad group's goal so members this version does not show stay as they were.
    OptimizationGoalMetadata goal = adGroup.optimizationGoalMetadata.valueOr({});

    if (m_conversion->isChecked()) {
        ConversionTagGoalMetadata conversion = goal.conversionTagV3GoalMetadata.valueOr({});
        const QString tag = m_tagId->text().trimmed();
        if (tag.isEmpty())
            conversion.conversionTagId.clear();
        else
            conversion.conversionTagId = tag;
        const QString event = m_event->currentData().toString();
        if (event.isEmpty())
            conversion.conversionEvent.clear();
        else
            conversion.conversionEvent = event;
        if (const auto cpa = m_cpaGoal->money())
            conversion.setCpaGoalMicros(cpa->micros());
        else if (m_cpaGoal->isEmpty())
            conversion.cpaGoalValueInMicroCurrency.clear();
        if (m_roas->isChecked())
            conversion.isRoasOptimized = true;
        else if (conversion.isRoasOptimized.hasValue())
            conversion.isRoasOptimized = false;
        AttributionWindows windows = conversion.attributionWindows.valueOr({});
        putWindow(m_clickWindow, windows.clickWindowDays);
        putWindow(m_engagementWindow, windows.engagementWindowDays);
        putWindow(m_viewWindow, windows.viewWindowDays);
        if (windows.toJson().isEmpty())
            conversion.attributionWindows.clear();
        else
            conversion.attributionWindows = windows;
        goal.conversionTagV3GoalMetadata = conversion;
    } else {
        goal.conversionTagV3GoalMetadata.clear();
    }

    if (m_frequencyGoal->isChecked()) {
        FrequencyGoalMetadata frequency = goal.frequencyGoalMetadata.valueOr({});
        frequency.frequency = m_frequency->value();
        frequency.timerange = m_timerange->currentData().toString();
        goal.frequencyGoalMetadata = frequency;
    } else {
        goal.frequencyGoalMetadata.clear();
    }

    if (m_scrollup->isChecked()) {
        ScrollupGoalMetadata scrollup = goal.scrollupGoalMetadata.valueOr({});
        if (const auto value = m_scrollupGoal->money())
            scrollup.setScrollupGoalMicros(value->micros());
        else if (m_scrollupGoal->isEmpty())
            scrollup.scrollupGoalValueInMicroCurrency.setNull();
        goal.scrollupGoalMetadata = scrollup;
    } else {
        goal.scrollupGoalMetadata.clear();
    }

    if (goal.toJson().isEmpty()) {
        if (adGroup.optimizationGoalMetadata.hasValue())
            put(adGroup.optimizationGoalMetadata, std::optional<OptimizationGoalMetadata>());
        return;
    }
    adGroup.optimizationGoalMetadata = goal;
}

QList<FieldProblem> OptimizationGoalEditor::inputProblems() const
{
    QList<FieldProblem> problems;
    if (!writes(kGoal))
        return problems;
    if (m_conversion->isChecked() && !m_cpaGoal->isAcceptable())
        problems << FieldProblem{kGoal, tr("CPA goal: %1").arg(m_cpaGoal->errorText())};
    if (m_scrollup->isChecked() && !m_scrollupGoal->isAcceptable())
        problems << FieldProblem{kGoal, tr("Scroll-up goal: %1").arg(m_scrollupGoal->errorText())};
    return problems;
}

} // namespace pinstripe
