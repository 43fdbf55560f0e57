#pragma once

#include "core/model/campaign.h"
#include "core/model/currency.h"

#include <QList>
#include <QString>

namespace pinstripe {

class ApiClient;

/** What the ad group form needs to know about the account it edits in. */
struct AdGroupFormContext
{
    QString adAccountId;
    /** The account currency: every budget and bid is entered and shown in it. */
    Currency currency;
    /** The account's campaigns, for the campaign choice and the rules that depend on them. */
    QList<Campaign> campaigns;
    /** Optional: estimates the audience of the targeting tab (not owned). */
    ApiClient *apiClient = nullptr;

    /** The campaign with @p id, or null. */
    const Campaign *campaign(const QString &id) const
    {
        for (const Campaign &c : campaigns) {
            if (c.id.valueOr({}) == id)
                return &c;
        }
        return nullptr;
    }
};

} // namespace pinstripe
