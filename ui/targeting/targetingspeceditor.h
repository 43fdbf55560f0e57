#pragma once

#include "core/model/targetingspec.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSplitter;

namespace pinstripe {

class AgeRangeEditor;
class ApiClient;
class ApiRequest;
class AppTypeEditor;
class AudienceEditor;
class AudienceEstimateLabel;
class GenderEditor;
class InterestEditor;
class LocaleEditor;
class LocationEditor;
class ShoppingRetargetingEditor;
class TargetingKeyEditor;
class TargetingStrategyEditor;

/**
 * An ad group's whole targeting spec: one small editor per key, the problems shown at each
 * field, the exact JSON on request and a live potential-audience estimate.
 *
 * setSpec() then spec() gives back every key that was not edited unchanged — keys this version
 * does not know and the legacy AGE_BUCKET included — so opening targeting never rewrites it.
 */
class TargetingSpecEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetingSpecEditor)

public:
    explicit TargetingSpecEditor(QWidget *parent = nullptr);
    ~TargetingSpecEditor() override;

    void setSpec(const TargetingSpec &spec);
    TargetingSpec spec() const;
    /** Why the spec cannot be sent, one sentence each; empty when it can. */
    QStringList problems() const;

    /** Estimates the audience through @p client for @p adAccountId (nothing shown without both). */
    void setAudienceEstimateSource(ApiClient *client, const QString &adAccountId);
    AudienceEstimateLabel *audienceEstimate() const { return m_estimate; }
    /**
     * Loads Pinterest's interest catalogue through @p client (GET /resources/targeting/INTEREST)
     * so that interests can be typed by name, with the names offered while typing.
     */
    void setInterestCatalogSource(ApiClient *client, const QString &adAccountId);

    bool isJsonVisible() const;
    void setJsonVisible(bool visible);
    /** The spec as the indented JSON the panel shows. */
    QString jsonText() const;

    AgeRangeEditor *ageRangeEditor() const { return m_age; }
    GenderEditor *genderEditor() const { return m_gender; }
    LocationEditor *locationEditor() const { return m_location; }
    LocaleEditor *localeEditor() const { return m_locale; }
    InterestEditor *interestEditor() const { return m_interest; }
    AudienceEditor *audienceEditor() const { return m_audience; }
    AppTypeEditor *appTypeEditor() const { return m_appType; }
    TargetingStrategyEditor *targetingStrategyEditor() const { return m_strategy; }
    ShoppingRetargetingEditor *shoppingRetargetingEditor() const { return m_retargeting; }

Q_SIGNALS:
    /** The person changed the spec (not emitted by setSpec()). */
    void specChanged();
    /** The interest names arrived (setInterestCatalogSource()); problems() may have changed. */
    void interestCatalogLoaded();

private:
    QWidget *section(const QString &title, TargetingKeyEditor *editor, const QString &keys);
    void onEditorChanged();
    void refresh();

    AgeRangeEditor *m_age = nullptr;
    GenderEditor *m_gender = nullptr;
    LocationEditor *m_location = nullptr;
    LocaleEditor *m_locale = nullptr;
    InterestEditor *m_interest = nullptr;
    AudienceEditor *m_audience = nullptr;
    AppTypeEditor *m_appType = nullptr;
    TargetingStrategyEditor *m_strategy = nullptr;
    ShoppingRetargetingEditor *m_retargeting = nullptr;
    QList<TargetingKeyEditor *> m_editors;
    AudienceEstimateLabel *m_estimate = nullptr;
    QLabel *m_unknownKeys = nullptr;
    QPushButton *m_showJson = nullptr;
    QPlainTextEdit *m_json = nullptr;
    QSplitter *m_splitter = nullptr;
    TargetingSpec m_base;
    QPointer<ApiRequest> m_interestRequest;
};

} // namespace pinstripe
