#include "ui/editor/adgroupform.h"

#include "core/changes/editchanges.h"
#include "core/rules/adgroupeditrules.h"

#include "ui/editor/basicssection.h"
#include "ui/editor/budgetbidsection.h"
#include "ui/editor/deliverysection.h"
#include "ui/editor/optimizationgoaleditor.h"
#include "ui/editor/schedulesection.h"
#include "ui/editor/targetingsection.h"
#include "ui/editor/trackingurlseditor.h"

#include <QHash>
#include <QScrollArea>
#include <QSet>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pinstripe {

namespace {

QWidget *scrolled(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setWidget(content);
    return area;
}

} // namespace

AdGroupForm::AdGroupForm(const AdGroupFormContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_tabs(new QTabWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    m_basics = new BasicsSection(context);
    m_budgetBid = new BudgetBidSection(context.currency);
    m_schedule = new ScheduleSection;
    m_delivery = new DeliverySection;
    m_goal = new OptimizationGoalEditor(context.currency);
    m_trackingUrls = new TrackingUrlsEditor;
    m_targeting = new TargetingSection;
    m_targeting->setAudienceEstimateSource(context.apiClient, context.adAccountId);
    m_targeting->setInterestCatalogSource(context.apiClient, context.adAccountId);

    m_tabs->addTab(scrolled(m_basics, m_tabs), tr("&General"));
    m_tabs->addTab(scrolled(m_budgetBid, m_tabs), tr("&Budget and bid"));
    m_tabs->addTab(scrolled(m_schedule, m_tabs), tr("S&chedule"));
    m_tabs->addTab(scrolled(m_delivery, m_tabs), tr("&Delivery"));
    m_tabs->addTab(scrolled(m_goal, m_tabs), tr("&Optimization goal"));
    m_tabs->addTab(scrolled(m_trackingUrls, m_tabs), tr("Trac&king URLs"));
    m_tabs->addTab(m_targeting, tr("&Targeting"));
    m_sections = {m_basics, m_budgetBid, m_schedule, m_delivery, m_goal, m_trackingUrls, m_targeting};
    for (FormSection *section : std::as_const(m_sections)) {
        connect(section, &FormSection::edited, this, [this] {
            revalidate();
            Q_EMIT changed();
        });
    }
    startCreate();
}

AdGroupForm::~AdGroupForm() = default;

void AdGroupForm::loadSections(const QList<AdGroup> &shown, bool creating)
{
    for (FormSection *section : std::as_const(m_sections))
        section->load(shown, creating);
    revalidate();
}

void AdGroupForm::startCreate()
{
    m_mode = Mode::Create;
    m_duplicate = false;
    AdGroup blank;
    m_bases = {blank};
    loadSections({}, true);
}

void AdGroupForm::startCreateFrom(const AdGroup &values)
{
    m_mode = Mode::Create;
    m_duplicate = false;
    m_bases = {values};
    loadSections(m_bases, true);
}

void AdGroupForm::startDuplicate(const QList<AdGroup> &sources)
{
    m_mode = Mode::Create;
    m_duplicate = true;
    m_bases.clear();
    for (const AdGroup &source : sources)
        m_bases << editchanges::duplicateOf(source, tr("%1 (copy)"));
    if (m_bases.isEmpty())
        m_bases = {AdGroup()};
    loadSections(m_bases, true);
}

void AdGroupForm::startEdit(const QList<AdGroup> &adGroups)
{
    m_mode = adGroups.size() > 1 ? Mode::EditMany : Mode::EditOne;
    m_duplicate = false;
    m_bases = adGroups;
    loadSections(adGroups, false);
}

QList<AdGroup> AdGroupForm::results() const
{
    QList<AdGroup> result;
    result.reserve(m_bases.size());
    for (const AdGroup &base : m_bases) {
        AdGroup adGroup = base;
        for (const FormSection *section : m_sections)
            section->apply(adGroup);
        result << adGroup;
    }
    return result;
}

QList<FieldProblem> AdGroupForm::fieldProblems() const
{
    return m_problems;
}

QStringList AdGroupForm::problems() const
{
    QStringList result;
    for (const FieldProblem &problem : m_problems)
        result << problem.message;
    return result;
}

void AdGroupForm::revalidate()
{
    QList<FieldProblem> problems;
    QSet<QString> unreadable;
    for (const FormSection *section : std::as_const(m_sections)) {
        for (const FieldProblem &problem : section->inputProblems()) {
            problems << problem;
            unreadable.insert(problem.field);
        }
    }

    // Each ad group is checked as it would be after the form; a rule that fails for only some
    // of many says for how many.
    const QList<AdGroup> after = results();
    const bool editing = m_mode != Mode::Create;
    QList<FieldProblem> ruleProblems;
    QHash<QString, int> counts;
    for (qsizetype i = 0; i < after.size(); ++i) {
        const Campaign *campaign = m_context.campaign(after.at(i).campaignId.valueOr({}));
        const RuleViolations found = checkAdGroupEdit(after.at(i), editing ? &m_bases.at(i) : nullptr, campaign);
        for (const RuleViolation &violation : found) {
            const FieldProblem problem{violation.field, violation.message};
            // An entry that cannot be read says so; the rules would only add "missing" to it.
            if (unreadable.contains(problem.field))
                continue;
            const QString key = problem.field + QLatin1Char('\n') + problem.message;
            if (counts[key]++ == 0)
                ruleProblems << problem;
        }
    }
    const int total = static_cast<int>(after.size());
    for (FieldProblem problem : std::as_const(ruleProblems)) {
        const int count = counts.value(problem.field + QLatin1Char('\n') + problem.message);
        if (total > 1 && count < total)
            problem.message = tr("%1 of %n ad group(s): %2", nullptr, int(total)).arg(count).arg(problem.message);
        problems << problem;
    }
    m_problems = problems;

    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (qsizetype i = 0; i < m_sections.size(); ++i) {
        FormSection *section = m_sections.at(i);
        section->showProblems(problems);
        bool has = false;
        for (const FieldProblem &problem : std::as_const(problems))
            has = has || section->fields().contains(problem.field);
        m_tabs->setTabIcon(static_cast<int>(i), has ? warning : QIcon());
    }
}

QList<PendingChange> AdGroupForm::changes() const
{
    if (m_mode == Mode::Create)
        return editchanges::ofCreates(results(), m_context.adAccountId);
    return editchanges::ofEdits(m_bases, results(), m_context.adAccountId);
}

QString AdGroupForm::description() const
{
    const QList<AdGroup> after = results();
    switch (m_mode) {
    case Mode::Create:
        if (after.size() == 1)
            return tr("Create ad group \"%1\"").arg(after.constFirst().name.valueOr({}));
        return tr("Create %n ad groups", "", static_cast<int>(after.size()));
    case Mode::EditOne:
        return tr("Edit ad group \"%1\"").arg(m_bases.constFirst().name.valueOr({}));
    case Mode::EditMany:
        break;
    }
    return tr("Edit %n ad groups", "", static_cast<int>(m_bases.size()));
}

} // namespace pinstripe
