#include "ui/editor/targetingsection.h"

#include "ui/targeting/targetingspeceditor.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pinstripe {

namespace {

const QString kTargeting = QStringLiteral("targeting_spec");

} // namespace

TargetingSection::TargetingSection(QWidget *parent)
    : FormSection(parent)
    , m_mixedNote(new QLabel(tr("The ad groups have different targeting: a change here replaces the targeting of all."), this))
    , m_editor(new TargetingSpecEditor(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_mixedNote->setWordWrap(true);
    layout->addWidget(m_mixedNote);
    layout->addWidget(m_editor, 1);
    // No message line of its own: the builder shows its problems at each key.
    connect(m_editor, &TargetingSpecEditor::specChanged, this, [this] { touch(kTargeting); });
    // Interest names typed before the catalogue arrived are readable now: check the form again.
    connect(m_editor, &TargetingSpecEditor::interestCatalogLoaded, this, [this] { Q_EMIT edited(); });
}

void TargetingSection::setAudienceEstimateSource(ApiClient *client, const QString &adAccountId)
{
    m_editor->setAudienceEstimateSource(client, adAccountId);
}

void TargetingSection::setInterestCatalogSource(ApiClient *client, const QString &adAccountId)
{
    m_editor->setInterestCatalogSource(client, adAccountId);
}

QStringList TargetingSection::fields() const
{
    return {kTargeting};
}

void TargetingSection::loadValues(const QList<AdGroup> &adGroups)
{
    const bool mixed = isMixed(adGroups, kTargeting);
    m_mixedNote->setVisible(mixed);
    m_editor->setSpec((mixed || adGroups.isEmpty()) ? TargetingSpec() : adGroups.constFirst().targetingSpec.valueOr({}));
}

void TargetingSection::apply(AdGroup &adGroup) const
{
    if (writes(kTargeting))
        adGroup.targetingSpec = m_editor->spec();
}

QList<FieldProblem> TargetingSection::inputProblems() const
{
    QList<FieldProblem> problems;
    // The builder shows its own problems at each key; they still keep the form from being sent.
    if (writes(kTargeting)) {
        for (const QString &problem : m_editor->problems())
            problems << FieldProblem{kTargeting, problem};
    }
    return problems;
}

} // namespace pinstripe
