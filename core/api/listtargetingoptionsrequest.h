#pragma once

#include "core/api/apirequest.h"
#include "core/model/targetingoption.h"

namespace pinstripe {

/**
 * `GET /resources/targeting/{targeting_type}`: the values a targeting key can take, with their
 * names — for INTEREST, Pinterest's interest catalogue, which lets people type "Home decor"
 * where the API takes "925056443165".
 */
class ListTargetingOptionsRequest final : public ApiRequest
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListTargetingOptionsRequest)

public:
    /**
     * @p targetingType is one of the spec's PublicTargetingType values ("INTEREST", "LOCATION",
     * …); @p adAccountId (optional) asks for the options available to that account.
     */
    ListTargetingOptionsRequest(ApiClient *client, QString targetingType, QString adAccountId = {});
    QString operationName() const override;

    /** The spec's PublicTargetingType values. */
    static QStringList targetingTypes();

Q_SIGNALS:
    void finished(const QList<pinstripe::TargetingOption> &options);

protected:
    QString validate() const override;
    QString path() const override;
    QUrlQuery query() const override;
    QString handleSuccess(const QByteArray &body) override;

private:
    QString m_targetingType;
    QString m_adAccountId;
};

} // namespace pinstripe
