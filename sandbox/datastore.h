#pragma once

#include "sandbox/records.h"

#include <QList>

#include <optional>

namespace pinstripe::sandbox {

/** Where a page starts and how long it is; ids are walked in numeric order. */
struct PageSpec
{
    std::optional<qint64> after; ///< last id of the previous page
    bool descending = false;
    int pageSize = 25;
};

/**
 * The sandbox's in-memory database: ad accounts, their campaigns and ad groups, keyed by
 * numeric id so paging walks a stable order. Lives on the server thread; not thread-safe.
 */
class DataStore final
{
public:
    DataStore() = default;

    AccountRecord &putAccount(const QJsonObject &account);
    /** Inserts or replaces a campaign of @p account. */
    void putCampaign(AccountRecord &account, const QJsonObject &campaign);
    /** Inserts or replaces an ad group of @p account and refreshes its serialized bytes. */
    const AdGroupRecord &putAdGroup(AccountRecord &account, const QJsonObject &adGroup);

    AccountRecord *account(const QString &id);
    const std::map<qint64, AccountRecord> &accounts() const { return m_accounts; }
    static const CampaignRecord *campaign(const AccountRecord &account, const QString &id);
    static const AdGroupRecord *adGroup(const AccountRecord &account, const QString &id);
    /** Ad groups of @p campaignId in @p account (for the per-campaign caps). */
    static int adGroupCount(const AccountRecord &account, const QString &campaignId);

    /** A new id, numerically above every id in the store (Pinterest's ids grow over time). */
    QString allocateId();
    qint64 adGroupTotal() const;

    /** Writes everything to @p fileName as JSON. */
    bool save(const QString &fileName, QString *error) const;
    /** Replaces the contents with @p fileName's. */
    bool load(const QString &fileName, QString *error);

    /**
     * One page of @p map, starting after @p spec.after, of records that satisfy @p accept.
     * @p more is set when further matching records exist.
     */
    template<typename Record, typename Accept>
    static QList<const Record *> page(const std::map<qint64, Record> &map, const PageSpec &spec, Accept accept,
                                      bool *more)
    {
        QList<const Record *> out;
        out.reserve(spec.pageSize);
        *more = false;
        auto take = [&](const Record &r) {
            if (!accept(r))
                return true;
            if (out.size() == spec.pageSize) {
                *more = true;
                return false;
            }
            out.append(&r);
            return true;
        };
        if (!spec.descending) {
            auto it = spec.after ? map.upper_bound(*spec.after) : map.begin();
            for (; it != map.end(); ++it) {
                if (!take(it->second))
                    break;
            }
        } else {
            auto it = spec.after ? std::make_reverse_iterator(map.lower_bound(*spec.after)) : map.rbegin();
            for (; it != map.rend(); ++it) {
                if (!take(it->second))
                    break;
            }
        }
        return out;
    }

private:
    void noteId(qint64 key);

    std::map<qint64, AccountRecord> m_accounts;
    qint64 m_nextId = 1;
};

} // namespace pinstripe::sandbox
