#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <map>

namespace pinstripe::sandbox {

/**
 * An ad group as the store keeps it: the serialized AdGroupResponse (so a 250-item page is
 * a concatenation, not 250 serializations) plus the fields the list filters need.
 */
struct AdGroupRecord
{
    qint64 key = 0; ///< numeric id, the paging order
    QString id;
    QString campaignId;
    QString status;
    QByteArray json; ///< compact AdGroupResponse

    QJsonObject object() const;
};

/** A campaign: its CampaignResponse object and the serialized bytes. */
struct CampaignRecord
{
    qint64 key = 0;
    QString id;
    QString status;
    QJsonObject object;
    QByteArray json;
};

/** An ad account with everything it owns. */
struct AccountRecord
{
    qint64 key = 0;
    QString id;
    QString currency;
    QString country;
    QJsonObject object;
    QByteArray json;
    std::map<qint64, CampaignRecord> campaigns;
    std::map<qint64, AdGroupRecord> adGroups;
};

} // namespace pinstripe::sandbox
