#pragma once

#include "ui/editor/formsection.h"

class QLabel;

namespace pinstripe {

class ApiClient;
class TargetingSpecEditor;

/** The ad group's targeting spec, built with the targeting spec builder. */
class TargetingSection final : public FormSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetingSection)

public:
    explicit TargetingSection(QWidget *parent = nullptr);

    QStringList fields() const override;
    void apply(AdGroup &adGroup) const override;
    QList<FieldProblem> inputProblems() const override;

    TargetingSpecEditor *specEditor() const { return m_editor; }
    void setAudienceEstimateSource(ApiClient *client, const QString &adAccountId);
    /** Loads the interest names through @p client so interests can be typed by name. */
    void setInterestCatalogSource(ApiClient *client, const QString &adAccountId);

protected:
    void loadValues(const QList<AdGroup> &adGroups) override;

private:
    QLabel *m_mixedNote = nullptr;
    TargetingSpecEditor *m_editor = nullptr;
};

} // namespace pinstripe
