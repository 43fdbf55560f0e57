#pragma once

#include "ui/editor/adgroupformcontext.h"
#include "ui/editor/fieldproblem.h"

#include "core/changes/pendingchange.h"
#include "core/model/adgroup.h"

#include <QList>
#include <QWidget>

class QTabWidget;

namespace pinstripe {

class BasicsSection;
class BudgetBidSection;
class DeliverySection;
class FormSection;
class OptimizationGoalEditor;
class ScheduleSection;
class TargetingSection;
class TrackingUrlsEditor;

/**
 * Every writable field of an ad group (API 5.23) in tabs: basics, budget and bid, schedule,
 * delivery, optimization goal, tracking URLs and targeting.
 *
 * - Create: a blank ad group with Pinterest's defaults, or copies of existing ones
 *   (startDuplicate(): read-only fields dropped, names suffixed " (copy)").
 * - Edit one: only fields the person changed become changes.
 * - Edit many: fields whose values differ show as mixed and stay as they are unless touched;
 *   a touched field is set on every ad group.
 *
 * Every rule's message appears next to its field; problems() lists them all.
 */
class AdGroupForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdGroupForm)

public:
    enum class Mode { Create, EditOne, EditMany };

    explicit AdGroupForm(const AdGroupFormContext &context, QWidget *parent = nullptr);
    ~AdGroupForm() override;

    /** A new ad group from scratch. */
    void startCreate();
    /** A new ad group starting from @p values as they are (e.g. a pending create to fix). */
    void startCreateFrom(const AdGroup &values);
    /** New ad groups copied from @p sources (one form for all of them). */
    void startDuplicate(const QList<AdGroup> &sources);
    /** Edits @p adGroups (one: EditOne, more: EditMany). */
    void startEdit(const QList<AdGroup> &adGroups);

    Mode mode() const { return m_mode; }
    bool isDuplicate() const { return m_duplicate; }
    const AdGroupFormContext &context() const { return m_context; }

    /** The ad groups as they would be after the form (create: the new ones). */
    QList<AdGroup> results() const;
    /** Every problem, at the field it belongs to. */
    QList<FieldProblem> fieldProblems() const;
    /** Every problem as a sentence; empty when the form can be accepted. */
    QStringList problems() const;

    /**
     * Edits: one field-level update per changed wire field and ad group (before = its JSON
     * value now, after = the new one, based on its updated_time). Create: one create per new
     * ad group with AdGroup::createBody().
     */
    QList<PendingChange> changes() const;
    /** The undo step's name: "Create ad group “Spring”", "Edit 3 ad groups", … */
    QString description() const;

    QTabWidget *tabs() const { return m_tabs; }
    BasicsSection *basics() const { return m_basics; }
    BudgetBidSection *budgetBid() const { return m_budgetBid; }
    ScheduleSection *schedule() const { return m_schedule; }
    DeliverySection *delivery() const { return m_delivery; }
    OptimizationGoalEditor *optimizationGoal() const { return m_goal; }
    TrackingUrlsEditor *trackingUrls() const { return m_trackingUrls; }
    TargetingSection *targeting() const { return m_targeting; }

Q_SIGNALS:
    /** The person changed something; problems() may have changed. */
    void changed();

private:
    void loadSections(const QList<AdGroup> &shown, bool creating);
    void revalidate();

    AdGroupFormContext m_context;
    Mode m_mode = Mode::Create;
    bool m_duplicate = false;
    /** What the form applies to: the originals when editing, the starting points when creating. */
    QList<AdGroup> m_bases;
    QList<FormSection *> m_sections;
    QList<FieldProblem> m_problems;
    QTabWidget *m_tabs = nullptr;
    BasicsSection *m_basics = nullptr;
    BudgetBidSection *m_budgetBid = nullptr;
    ScheduleSection *m_schedule = nullptr;
    DeliverySection *m_delivery = nullptr;
    OptimizationGoalEditor *m_goal = nullptr;
    TrackingUrlsEditor *m_trackingUrls = nullptr;
    TargetingSection *m_targeting = nullptr;
};

} // namespace pinstripe
