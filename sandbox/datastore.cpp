#include "sandbox/datastore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace pinstripe::sandbox {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

void DataStore::noteId(qint64 key)
{
    if (key >= m_nextId)
        m_nextId = key + 1;
}

AccountRecord &DataStore::putAccount(const QJsonObject &account)
{
    const QString id = str(account, "id");
    const qint64 key = id.toLongLong();
    AccountRecord &r = m_accounts[key];
    r.key = key;
    r.id = id;
    r.currency = str(account, "currency");
    r.country = str(account, "country");
    r.object = account;
    r.json = QJsonDocument(account).toJson(QJsonDocument::Compact);
    noteId(key);
    return r;
}

void DataStore::putCampaign(AccountRecord &account, const QJsonObject &campaign)
{
    const QString id = str(campaign, "id");
    const qint64 key = id.toLongLong();
    CampaignRecord &r = account.campaigns[key];
    r.key = key;
    r.id = id;
    r.status = str(campaign, "status");
    r.object = campaign;
    r.json = QJsonDocument(campaign).toJson(QJsonDocument::Compact);
    noteId(key);
}

const AdGroupRecord &DataStore::putAdGroup(AccountRecord &account, const QJsonObject &adGroup)
{
    const QString id = str(adGroup, "id");
    const qint64 key = id.toLongLong();
    AdGroupRecord &r = account.adGroups[key];
    r.key = key;
    r.id = id;
    r.campaignId = str(adGroup, "campaign_id");
    r.status = str(adGroup, "status");
    r.json = QJsonDocument(adGroup).toJson(QJsonDocument::Compact);
    noteId(key);
    return r;
}

AccountRecord *DataStore::account(const QString &id)
{
    bool ok = false;
    const qint64 key = id.toLongLong(&ok);
    if (!ok)
        return nullptr;
    auto it = m_accounts.find(key);
    return it == m_accounts.end() ? nullptr : &it->second;
}

const CampaignRecord *DataStore::campaign(const AccountRecord &account, const QString &id)
{
    bool ok = false;
    const qint64 key = id.toLongLong(&ok);
    auto it = account.campaigns.find(key);
    return ok && it != account.campaigns.end() ? &it->second : nullptr;
}

const AdGroupRecord *DataStore::adGroup(const AccountRecord &account, const QString &id)
{
    bool ok = false;
    const qint64 key = id.toLongLong(&ok);
    auto it = account.adGroups.find(key);
    return ok && it != account.adGroups.end() ? &it->second : nullptr;
}

int DataStore::adGroupCount(const AccountRecord &account, const QString &campaignId)
{
    int n = 0;
    for (const auto &[key, r] : account.adGroups) {
        if (r.campaignId == campaignId)
            ++n;
    }
    return n;
}

QString DataStore::allocateId()
{
    // A small stride keeps new ids looking like Pinterest's (not consecutive) yet ordered.
    const qint64 id = m_nextId;
    m_nextId += 3;
    return QString::number(id);
}

qint64 DataStore::adGroupTotal() const
{
    qint64 n = 0;
    for (const auto &[key, a] : m_accounts)
        n += qint64(a.adGroups.size());
    return n;
}

bool DataStore::save(const QString &fileName, QString *error) const
{
    QJsonArray accounts;
    for (const auto &[key, a] : m_accounts) {
        QJsonArray campaigns;
        for (const auto &[ck, c] : a.campaigns)
            campaigns.append(c.object);
        QJsonArray adGroups;
        for (const auto &[gk, g] : a.adGroups)
            adGroups.append(g.object());
        accounts.append(QJsonObject{{QStringLiteral("account"), a.object},
                                    {QStringLiteral("campaigns"), campaigns},
                                    {QStringLiteral("ad_groups"), adGroups}});
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("pinstripe-sandbox-state")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("next_id"), QString::number(m_nextId)},
                           {QStringLiteral("accounts"), accounts}};
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool DataStore::load(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError
        || root.value(QLatin1String("format")).toString() != QLatin1String("pinstripe-sandbox-state")) {
        *error = QStringLiteral("not a sandbox state file: %1").arg(parseError.errorString());
        return false;
    }
    m_accounts.clear();
    m_nextId = 1;
    const QJsonArray accounts = root.value(QLatin1String("accounts")).toArray();
    for (const QJsonValue &v : accounts) {
        const QJsonObject entry = v.toObject();
        AccountRecord &a = putAccount(entry.value(QLatin1String("account")).toObject());
        const QJsonArray campaigns = entry.value(QLatin1String("campaigns")).toArray();
        for (const QJsonValue &c : campaigns)
            putCampaign(a, c.toObject());
        const QJsonArray adGroups = entry.value(QLatin1String("ad_groups")).toArray();
        for (const QJsonValue &g : adGroups)
            putAdGroup(a, g.toObject());
    }
    m_nextId = qMax(m_nextId, root.value(QLatin1String("next_id")).toString().toLongLong());
    return true;
}

} // namespace pinstripe::sandbox
